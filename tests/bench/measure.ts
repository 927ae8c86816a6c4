/** Small timing helpers: medians of repeated runs, so one slow run does not decide a ratio. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function timeRuns(runs: number, work: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

export interface BenchResult {
  name: string;
  measured: string;
  baseline: string;
  ratio: number;
  goal?: string;
}

export function printResults(results: BenchResult[]): void {
  for (const result of results) {
    const goal = result.goal ? `  (goal ${result.goal})` : '';
    console.log(
      `${result.name}\n  ours:     ${result.measured}\n  baseline: ${result.baseline}\n  ratio:    ${result.ratio.toFixed(2)}x${goal}\n`,
    );
  }
}
