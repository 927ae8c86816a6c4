import { startDesktop } from '../start';
import { runServe } from './serve';

/** `npm start`: the desktop app where Electron is available, else the same studio in a browser. */
export async function runStart(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      'Usage: course-studio start [file.course]\n\nOpens the desktop app, or the studio in your browser where Electron is not available.\n',
    );
    return 0;
  }
  if (await startDesktop(argv)) return 0;
  return runServe(argv);
}
