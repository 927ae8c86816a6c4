import { escapeForTerminal, jsonForTerminal } from '../../shared/plain-text';
import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';
import { cliText } from '../messages';
import { clock } from '../progress';
import type { MediaAsset } from '../../shared/model';

const help = `Usage: course-studio media list <file.course> [--json]
       course-studio media extract <file.course> <asset-id> <out-dir>

list     each asset with its id, kind, state and duration (imports still running included)
extract  writes the asset's files (master and rendition playlists, segments, MP4, poster,
         thumbnails, captions) into <out-dir> as ordinary files`;

export async function runMedia(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [action, ...rest] = positionals;
  if (action === 'list') {
    if (rest.length !== 1) throw new UsageError('media list takes one course file');
    const assets = await withCourse(rest[0]!, ({ call }) => call('media.list', {}));
    return list(assets, values.json === true);
  }
  if (action === 'extract') {
    if (rest.length !== 3)
      throw new UsageError('media extract takes a course, an asset id and a folder');
    const [course, assetId, outDir] = rest as [string, string, string];
    const written = await withCourse(course, ({ call }) =>
      call('media.extract', { assetId, outDir }),
    );
    process.stdout.write(
      `${cliText('mediaExtracted', { files: written.files.length, folder: written.outDir })}\n`,
    );
    return 0;
  }
  throw new UsageError(action ? `unknown media action "${action}"` : 'media needs list or extract');
}

function list(assets: MediaAsset[], json: boolean): number {
  if (json) {
    const rows = assets.map((asset) => ({
      id: asset.id,
      kind: asset.kind,
      state: asset.state,
      name: asset.name,
      durationSec: asset.meta?.durationSec ?? null,
      size: asset.size,
      rungs: asset.meta?.rungs ?? [],
      captions: asset.meta?.captions ?? [],
      jobId: asset.jobId,
      error: asset.error,
    }));
    process.stdout.write(`${jsonForTerminal(rows)}\n`);
    return 0;
  }
  if (assets.length === 0) return (void process.stdout.write('No media in this course.\n'), 0);
  const lines = assets.map((asset) =>
    [
      asset.id.padEnd(14),
      asset.kind.padEnd(6),
      asset.state.padEnd(10),
      (asset.meta ? clock(asset.meta.durationSec) : '-').padStart(8),
      // Names come from the course file: a crafted one must not drive the terminal.
      `  ${escapeForTerminal(asset.name)}`,
    ].join(' '),
  );
  process.stdout.write(
    `${['ID             KIND   STATE      DURATION  NAME', ...lines].join('\n')}\n`,
  );
  return 0;
}
