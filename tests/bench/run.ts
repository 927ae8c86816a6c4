/** `npm run bench`: every benchmark, each as a ratio against a baseline measured in the same run. */
import { benchAutosave } from './autosave.bench';
import { benchEditor } from './editor.bench';
import { benchExport } from './export.bench';
import { benchFfmpegBuilds } from './ffmpeg-builds.bench';
import { benchMedia } from './media.bench';
import { printResults, type BenchResult } from './measure';

const results: BenchResult[] = [];
results.push(await benchAutosave());
results.push(...(await benchEditor()));
results.push(...(await benchExport()));
results.push(...(await benchMedia()));
results.push(await benchFfmpegBuilds());
printResults(results);
