/**
 * The renderer's one door to the studio. Picks the Electron bridge (window.studio) when the
 * preload exposed it, else the web host's /rpc + /events. Both speak the same contract.
 */
import type {
  ArgsOf,
  EventName,
  EventPayload,
  MethodName,
  Reply,
  ResultOf,
} from '../../electron/shared/contract';
import type { StudioBridge } from '../../electron/shared/bridge';
import { StudioError } from '../../electron/shared/errors';

export type { StudioBridge };

declare global {
  interface Window {
    studio?: StudioBridge;
  }
}

/** The web transport's raw sender; null in Electron, whose IPC takes objects. */
let webSend: ((method: string, body: string) => Promise<Reply>) | null = null;

function webBridge(): StudioBridge {
  const clientId = crypto.randomUUID();
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const connect = () => {
    source = new EventSource(`/events?client=${encodeURIComponent(clientId)}`);
    source.addEventListener('message', () => undefined);
    for (const event of listeners.keys()) attach(event);
  };
  const attach = (event: string) => {
    source?.addEventListener(event, (message) => {
      const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
      for (const listener of listeners.get(event) ?? []) listener(payload);
    });
  };

  const send = async (method: string, body: string): Promise<Reply> => {
    const response = await fetch(`/rpc/${method}`, {
      method: 'POST',
      // Lets the last autosave finish when the tab closes; browsers cap keepalive bodies at
      // 64 KiB. A UTF-16 length of n is at most 3n UTF-8 bytes: no need to encode to check.
      keepalive: body.length * 3 < 60_000,
      headers: {
        'content-type': 'application/json',
        'x-studio-client': clientId,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
    return (await response.json()) as Reply;
  };
  webSend = send;

  return {
    clientId,
    call(method, args) {
      return send(method, JSON.stringify(args ?? {}));
    },
    on(event, listener) {
      if (!source) connect();
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        attach(event);
      }
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

const bridge: StudioBridge = window.studio ?? webBridge();

export const clientId = bridge.clientId;
export const host: 'electron' | 'web' = window.studio ? 'electron' : 'web';
export const nativeDialogs = bridge.dialog ?? null;
/** Electron only: "Show in folder" after an export. */
export const showInFolder = bridge.showInFolder ?? null;

/**
 * The web host's download of an exported package (GET /download, token cookie); null in
 * Electron, where the file is already on the teacher's disk.
 */
export function exportDownloadUrl(path: string): string | null {
  return host === 'electron' ? null : `/download?path=${encodeURIComponent(path)}`;
}
/** Electron only: where a dropped or picked file is on disk (null on the web host). */
export const nativePathForFile = bridge.pathForFile ?? null;

/** Calls one contract method; rejects with a StudioError the UI can translate. */
export async function call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  let reply: Reply;
  try {
    reply = await bridge.call(method, args);
  } catch (error) {
    throw new StudioError('INTERNAL', error instanceof Error ? error.message : String(error));
  }
  if (!reply.ok) throw StudioError.from(reply.error);
  return reply.value as ResultOf<M>;
}

/**
 * `call` for a payload the caller has already serialized (`json` is JSON of `args`): the web
 * transport sends that text as it is, so a large lesson is not stringified twice per save.
 */
export async function callSerialized<M extends MethodName>(
  method: M,
  args: ArgsOf<M>,
  json: string,
): Promise<ResultOf<M>> {
  if (!webSend) return call(method, args);
  let reply: Reply;
  try {
    reply = await webSend(method, json);
  } catch (error) {
    throw new StudioError('INTERNAL', error instanceof Error ? error.message : String(error));
  }
  if (!reply.ok) throw StudioError.from(reply.error);
  return reply.value as ResultOf<M>;
}

/** Subscribes to a contract event; returns the unsubscribe function. */
export function on<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return bridge.on(event, listener as (payload: unknown) => void);
}

/** Commands from the native menu (Electron only; the web host has none). */
export function onMenu(listener: (command: string) => void): () => void {
  return bridge.onMenu?.(listener) ?? (() => undefined);
}

/** Where the renderer loads an asset's bytes: the privileged protocol or the web host. */
export function assetUrl(assetId: string): string {
  return host === 'electron'
    ? `studio-media://asset/${encodeURIComponent(assetId)}`
    : `/media/asset/${encodeURIComponent(assetId)}`;
}

/** One file of an asset, e.g. `hls/master.m3u8`, `poster.jpg` or `captions/zh-CN.vtt`. */
export function assetFileUrl(assetId: string, file: string): string {
  return `${assetUrl(assetId)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * A file of the learner-player preview that `preview.lesson` / `preview.course` built, e.g.
 * its `entry`. Served by the host next to the media: the web host at /preview/, Electron
 * through the studio-media: protocol.
 */
export function previewUrl(entry: string): string {
  const path = entry.split('/').map(encodeURIComponent).join('/');
  return host === 'electron' ? `studio-media://preview/${path}` : `/preview/${path}`;
}
