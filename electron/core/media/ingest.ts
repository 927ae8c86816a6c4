/**
 * Moving a finished transcode into the project. Each output file is read from disk piece by
 * piece (never whole: a rendition can be gigabytes) and stored as content-addressed chunks of
 * at most CHUNK_SIZE bytes, one small transaction per chunk so the app stays responsive.
 * The chunks stay invisible (`job_chunks`) until the job's final transaction links them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isSafeMediaFileName, mimeForMediaFile } from '../../shared/media-files';
import { CHUNK_SIZE, stageChunk, type StagedFile } from '../project/asset-repo';
import type { Project } from '../project/project';
import { CHILD_PID_FILE } from '../jobs/temp';

export interface OutputFile {
  /** The name inside the asset, `/`-separated. */
  name: string;
  path: string;
  size: number;
}

/** The files under `dir` as asset file names, sorted; bookkeeping files are left out. */
export function listOutputFiles(dir: string): OutputFile[] {
  const files: OutputFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name !== CHILD_PID_FILE) {
        const name = relative(dir, path).split(sep).join('/');
        if (isSafeMediaFileName(name)) files.push({ name, path, size: statSync(path).size });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/** Stores every file's chunks for the job; returns what the final commit links. */
export async function stageOutputs(
  project: Project,
  jobId: string,
  files: readonly OutputFile[],
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<StagedFile[]> {
  const total = files.reduce((sum, file) => sum + file.size, 0) || 1;
  // One buffer for the whole ingest: memory stays flat however large the files are.
  const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
  let done = 0;
  const staged: StagedFile[] = [];
  for (const file of files) {
    staged.push(
      await stageFile(project, jobId, file, buffer, signal, (bytes) => {
        done += bytes;
        onProgress(done / total);
      }),
    );
  }
  return staged;
}

async function stageFile(
  project: Project,
  jobId: string,
  file: OutputFile,
  buffer: Buffer,
  signal: AbortSignal,
  onBytes: (bytes: number) => void,
): Promise<StagedFile> {
  const whole = createHash('sha256');
  const chunks: StagedFile['chunks'] = [];
  const handle = await open(file.path, 'r');
  try {
    for (;;) {
      signal.throwIfAborted();
      const filled = await fill(handle, buffer);
      if (filled === 0) break;
      const piece = buffer.subarray(0, filled);
      whole.update(piece);
      const hash = createHash('sha256').update(piece).digest('hex');
      project.transact((db) => stageChunk(db, jobId, hash, piece));
      chunks.push({ hash, size: filled });
      onBytes(filled);
      if (filled < buffer.length) break;
    }
  } finally {
    await handle.close();
  }
  const size = chunks.reduce((sum, chunk) => sum + chunk.size, 0);
  return {
    name: file.name,
    mime: mimeForMediaFile(file.name),
    size,
    sha256: whole.digest('hex'),
    chunks,
  };
}

/** Reads until the buffer is full or the file ends; short reads are normal. */
async function fill(handle: Awaited<ReturnType<typeof open>>, buffer: Buffer): Promise<number> {
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}
