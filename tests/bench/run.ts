/** `npm run bench`: every benchmark, each as a ratio against a baseline measured in the same run. */
import { benchAutosave } from './autosave.bench';
import { printResults, type BenchResult } from './measure';

const results: BenchResult[] = [];
results.push(await benchAutosave());
printResults(results);
