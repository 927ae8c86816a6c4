/**
 * Moodle: the package goes to the teacher's draft files through `webservice/upload.php`
 * (moodle/moodle webservice/upload.php: `token`, `filearea=draft`, `itemid=0` makes a new
 * draft area; it answers a JSON list of stored file records, or per file `errortype:
 * fileoversized` / `filenameexist`, or for a bad token an exception as JSON with `errorcode`).
 * Moodle's core has no web service that turns a file into a SCORM activity or restores a
 * cartridge, so the result is "needs action": the exact steps the teacher takes next, with
 * the local copy of the package to pick. It is never reported as published.
 */
import { StudioError } from '../../shared/errors';
import type { PublishStep } from '../../shared/publish';
import type { Connector } from './connector';
import { withoutSlash } from './connector';
import { multipartBody, readJson, send } from './http';

interface UploadedFile {
  filename?: string;
  itemid?: number;
  errortype?: string;
  error?: string;
}

export const publishToMoodle: Connector = async ({ pkg, profile, secret, context }) => {
  const base = withoutSlash(profile.url);
  const host = new URL(base).host;
  context.report(0, 'uploading');
  const body = multipartBody(
    [
      ['token', secret ?? ''],
      ['filearea', 'draft'],
      ['itemid', '0'],
    ],
    {
      field: 'file_1',
      path: pkg.path,
      name: pkg.fileName,
      size: pkg.size,
      type: 'application/zip',
    },
    (sent) => context.report(sent / pkg.size, 'uploading'),
  );
  const response = await send(`${base}/webservice/upload.php`, body.init, context);
  const answer = (await readJson(response)) as
    UploadedFile[] | { error?: string; errorcode?: string } | null;
  if (!Array.isArray(answer)) {
    const code = (answer as { errorcode?: string } | null)?.errorcode ?? '';
    const message = (answer as { error?: string } | null)?.error ?? `HTTP ${response.status}`;
    const details = { host, status: response.status, platformMessage: message };
    if (code === 'invalidtoken' || code === 'accessexception')
      throw new StudioError(
        'PUBLISH_AUTH_FAILED',
        `${host} refused the token: ${message}`,
        details,
      );
    if (code === 'userquotalimit')
      throw new StudioError('PUBLISH_TOO_LARGE', `${host}: ${message}`, details);
    throw new StudioError('PUBLISH_REJECTED', `${host}: ${message}`, details);
  }
  const file = answer[0];
  if (file?.errortype === 'fileoversized')
    throw new StudioError(
      'PUBLISH_TOO_LARGE',
      `${host}: ${file.error ?? 'the file is too large'}`,
      {
        host,
        platformMessage: file.error ?? '',
      },
    );
  if (!file || file.errortype)
    throw new StudioError('PUBLISH_REJECTED', `${host}: ${file?.error ?? 'nothing was stored'}`, {
      host,
      platformMessage: file?.error ?? '',
    });
  context.report(1, 'uploaded');
  const courseUrl = profile.courseId
    ? `${base}/course/view.php?id=${encodeURIComponent(profile.courseId)}`
    : base;
  const isScorm = profile.format === 'scorm12' || profile.format === 'scorm2004';
  return {
    result: 'needs-action',
    remoteId: file.itemid === undefined ? null : String(file.itemid),
    url: courseUrl,
    messages: [],
    steps: (isScorm
      ? [
          { key: 'moodle.step.openCourse', params: { url: courseUrl } },
          { key: 'moodle.step.addScorm', params: {} },
          { key: 'moodle.step.pickPackage', params: { file: pkg.fileName, path: pkg.path } },
          { key: 'moodle.step.grade', params: {} },
        ]
      : [
          { key: 'moodle.step.openCourse', params: { url: courseUrl } },
          { key: 'moodle.step.restoreCartridge', params: {} },
          { key: 'moodle.step.pickPackage', params: { file: pkg.fileName, path: pkg.path } },
        ]) as PublishStep[],
  };
};
