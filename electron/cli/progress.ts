/**
 * Job progress on a terminal: a redrawn bar on a TTY, plain lines (each phase, every 10%)
 * when the output is a file or a pipe, so logs stay readable.
 */
import type { JobProgress } from '../shared/model';

const WIDTH = 30;

export function progressReporter(stream: NodeJS.WriteStream): {
  update(progress: JobProgress): void;
  finish(): void;
} {
  let lastPhase = '';
  let lastStep = -1;
  let drawn = false;
  return {
    update(progress) {
      const percent = Math.floor(progress.fraction * 100);
      const details = [
        progress.phase,
        progress.speed ? `${progress.speed.toFixed(2)}x` : '',
        progress.etaSeconds !== null && progress.phase === 'transcode'
          ? `ETA ${clock(progress.etaSeconds)}`
          : '',
      ]
        .filter(Boolean)
        .join('  ');
      if (stream.isTTY) {
        const filled = Math.round((WIDTH * percent) / 100);
        stream.write(
          `\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}%  ${details}\u001b[K`,
        );
        drawn = true;
        return;
      }
      const step = Math.floor(percent / 10);
      if (progress.phase === lastPhase && step === lastStep) return;
      lastPhase = progress.phase;
      lastStep = step;
      stream.write(`${percent}%  ${details}\n`);
    },
    finish() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}

/** m:ss or h:mm:ss */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
