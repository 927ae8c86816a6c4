/**
 * The window rules from DESIGN §7 that are not webPreferences: no navigation away from the
 * bundle, no new windows, no webviews, no permissions. Applied to every webContents the app
 * ever creates, so a forgotten window cannot slip past them.
 */
import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl } from './schemes';

const externalProtocols = new Set(['http:', 'https:', 'mailto:']);

export function enforceSecurityRules(): void {
  denyPermissions();
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}

function denyPermissions(): void {
  const allowed = (permission: string, origin: string) =>
    // Fullscreen is the one permission the UI needs: the video preview's fullscreen button.
    permission === 'fullscreen' && isAppUrl(origin);
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) =>
    callback(allowed(permission, contents.getURL())),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, origin) =>
    allowed(permission, origin),
  );
}

function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  const refuseNavigation = (event: { preventDefault(): void }, url: string) => {
    if (isSamePage(contents.getURL(), url)) return;
    event.preventDefault();
    openExternally(url);
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Reloads and in-page (#hash) moves are fine; going anywhere else is not. */
function isSamePage(current: string, target: string): boolean {
  const withoutHash = (url: string) => url.split('#')[0];
  return isAppUrl(target) && withoutHash(current) === withoutHash(target);
}

/** Links to the web and mail open in the user's own programs, never inside the app. */
function openExternally(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (externalProtocols.has(parsed.protocol)) void shell.openExternal(parsed.toString());
}
