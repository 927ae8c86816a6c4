/**
 * SCORM API discovery (ADL's algorithm): look for the LMS's API object in this window's
 * parents, then in the opener's chain. Frames from another origin throw on access; they are
 * skipped rather than ending the search.
 */

export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
}

const maxDepth = 500;

function lookIn(start: Window, name: string): unknown {
  let win: Window | null = start;
  for (let depth = 0; win && depth <= maxDepth; depth += 1) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api) return api;
    } catch {
      // A cross-origin frame: keep climbing.
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

/** The API object named `name` ('API' for SCORM 1.2, 'API_1484_11' for 2004), or null. */
export function findScormApi<T>(name: 'API' | 'API_1484_11'): T | null {
  const found = lookIn(window, name);
  if (found) return found as T;
  const opener = (() => {
    try {
      return window.top?.opener as Window | null;
    } catch {
      return null;
    }
  })();
  return (opener ? lookIn(opener, name) : null) as T | null;
}
