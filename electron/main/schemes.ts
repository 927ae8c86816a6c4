/**
 * The two custom schemes the app serves. They must be registered as privileged before the
 * app is ready, and only once, so both live here.
 */
import { protocol } from 'electron';

/** The renderer is served from app://studio/ so it has a real origin for CSP 'self'. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Asset bytes for <img>, <video> and hls.js: studio-media://asset/<assetId>. */
export const MEDIA_SCHEME = 'studio-media';

export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    {
      scheme: MEDIA_SCHEME,
      // stream: video seeks need partial responses; corsEnabled: hls.js fetches segments.
      privileges: {
        standard: true,
        secure: true,
        stream: true,
        supportFetchAPI: true,
        corsEnabled: true,
      },
    },
  ]);
}

/**
 * True for pages we serve ourselves. Compares scheme and host rather than `URL.origin`,
 * which is "null" for custom schemes in Node's URL parser.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
