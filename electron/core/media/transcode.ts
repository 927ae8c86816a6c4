/**
 * Runs one ffmpeg process and turns its `-progress pipe:1` output into fraction, speed and
 * ETA. Abort kills ffmpeg at once (SIGKILL: a graceful stop would spend time finishing
 * outputs that are about to be deleted).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../shared/errors';
import { CHILD_PID_FILE } from '../jobs/temp';

export interface TranscodeProgress {
  /** 0..1 of the source's duration. */
  fraction: number;
  /** Media seconds per second of wall-clock time. */
  speed: number | null;
  etaSeconds: number | null;
}

export interface TranscodeOptions {
  ffmpeg: string;
  args: readonly string[];
  /** The output folder: outputs are named relative to it; the pid file goes there too. */
  cwd: string;
  durationSec: number;
  signal: AbortSignal;
  onProgress(progress: TranscodeProgress): void;
}

const STDERR_TAIL = 16 * 1024;

/** Runs ffmpeg to completion; rejects with MEDIA_TRANSCODE_FAILED or the abort reason. */
export function runTranscode(options: TranscodeOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    options.signal.throwIfAborted();
    const started = Date.now();
    const child = spawn(options.ffmpeg, options.args, {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      // Its own process group: Ctrl+C in a terminal reaches us, and we cancel; ffmpeg
      // catching it too would finish its files and exit as if it had failed.
      detached: process.platform !== 'win32',
    });
    if (child.pid) writeFileSync(join(options.cwd, CHILD_PID_FILE), String(child.pid));
    const parser = new ProgressParser(options.durationSec, () => (Date.now() - started) / 1000);
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      for (const progress of parser.feed(text)) options.onProgress(progress);
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-STDERR_TAIL);
    });
    const kill = () => child.kill('SIGKILL');
    options.signal.addEventListener('abort', kill, { once: true });
    child.once('error', (error) => {
      options.signal.removeEventListener('abort', kill);
      reject(new StudioError('FFMPEG_NOT_FOUND', `Could not start ffmpeg: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      options.signal.removeEventListener('abort', kill);
      if (options.signal.aborted) return reject(options.signal.reason);
      if (code === 0) return resolve();
      const lines = stderr.trim().split('\n').filter(Boolean);
      if (/No space left on device/i.test(stderr)) {
        return reject(
          new StudioError(
            'DISK_FULL',
            'The disk is full: the video could not be converted. Free some space and retry.',
            { path: options.cwd },
          ),
        );
      }
      const last =
        lines[lines.length - 1] ?? (signal ? `killed by ${signal}` : `exit code ${code}`);
      reject(
        new StudioError('MEDIA_TRANSCODE_FAILED', `ffmpeg could not convert the file: ${last}`, {
          exitCode: code,
          stderr: lines.slice(-20).join('\n'),
        }),
      );
    });
  });
}

/**
 * Reads ffmpeg's key=value progress blocks (each ends with `progress=continue|end`). Only
 * `out_time_us` and `speed` matter; a block with `out_time_us=N/A` (nothing written yet) is
 * skipped.
 */
export class ProgressParser {
  private buffer = '';
  private outTimeUs: number | null = null;
  private speed: number | null = null;

  constructor(
    private readonly durationSec: number,
    private readonly elapsedSec: () => number,
  ) {}

  feed(text: string): TranscodeProgress[] {
    this.buffer += text;
    const lines = this.buffer.split('\n');
    this.buffer = lines.pop() ?? '';
    const reports: TranscodeProgress[] = [];
    for (const line of lines) {
      const [key, value = ''] = line.trim().split('=', 2);
      if (key === 'out_time_us') {
        const us = Number(value);
        this.outTimeUs = Number.isFinite(us) && us >= 0 ? us : this.outTimeUs;
      } else if (key === 'speed') {
        const speed = Number.parseFloat(value);
        this.speed = Number.isFinite(speed) && speed > 0 ? speed : null;
      } else if (key === 'progress') {
        const report = this.report(value === 'end');
        if (report) reports.push(report);
      }
    }
    return reports;
  }

  private report(end: boolean): TranscodeProgress | null {
    if (end) return { fraction: 1, speed: this.speed, etaSeconds: 0 };
    if (this.outTimeUs === null || this.durationSec <= 0) return null;
    const done = Math.min(this.outTimeUs / 1e6, this.durationSec);
    const elapsed = this.elapsedSec();
    const speed = this.speed ?? (elapsed > 0 && done > 0 ? done / elapsed : null);
    return {
      fraction: done / this.durationSec,
      speed,
      etaSeconds: speed ? Math.max(0, (this.durationSec - done) / speed) : null,
    };
  }
}
