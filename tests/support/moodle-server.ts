/**
 * Moodle's `webservice/upload.php` on 127.0.0.1, answering as moodle/moodle does
 * (webservice/upload.php): `token` is required and checked (an AJAX_SCRIPT exception comes
 * back as JSON `{ error, errorcode: "invalidtoken" }`); only `filearea=draft` is allowed
 * (`private` throws `privatefilesupload`); a file over the site's maximum comes back as
 * `{ filename, errortype: "fileoversized", error }`; a stored file as its record, with the new
 * draft `itemid` when 0 was sent.
 */
import { createServer } from 'node:http';
import { json, parseMultipart, readBody } from './platform-http';
import { closeServer, listen, type RunningServer } from './publish-servers';

export interface MoodleServer extends RunningServer {
  stored: { filename: string; bytes: number; itemid: number }[];
}

export async function startMoodle(options: {
  token: string;
  maxBytes?: number;
}): Promise<MoodleServer> {
  const stored: MoodleServer['stored'] = [];
  const server = createServer((req, res) => {
    void (async () => {
      if (req.url !== '/webservice/upload.php' || req.method !== 'POST') return json(res, 404, {});
      const parts = parseMultipart(req, await readBody(req));
      const field = (name: string) =>
        parts.find((part) => part.name === name)?.data.toString('utf8');
      if (field('token') !== options.token)
        return json(res, 200, {
          error: 'Invalid token - token not found',
          errorcode: 'invalidtoken',
          stacktrace: null,
          debuginfo: null,
          reproductionlink: null,
        });
      if ((field('filearea') ?? 'private') !== 'draft')
        return json(res, 200, {
          error: 'Private files upload is disabled',
          errorcode: 'privatefilesupload',
        });
      const results = parts
        .filter((part) => part.filename !== null)
        .map((part) => {
          if (options.maxBytes !== undefined && part.data.length > options.maxBytes)
            return {
              filename: part.filename,
              errortype: 'fileoversized',
              error: 'File is too large',
            };
          const itemid = 900_000 + stored.length;
          stored.push({ filename: part.filename!, bytes: part.data.length, itemid });
          return {
            component: 'user',
            contextid: 5,
            userid: 2,
            filearea: 'draft',
            filename: part.filename,
            filepath: '/',
            itemid,
            license: 'allrightsreserved',
            author: 'Teacher',
            source: '',
          };
        });
      return json(res, 200, results);
    })();
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, port, stored, close: () => closeServer(server) };
}
