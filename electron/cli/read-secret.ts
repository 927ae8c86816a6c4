/**
 * Reads a secret without it ever appearing in argv (visible to every user in `ps`) or on
 * screen: from standard input when asked to, or at a prompt with echo off on a terminal.
 */
import { UsageError } from './args';

export async function readSecret(label: string, fromStdin: boolean): Promise<string> {
  const secret = fromStdin || !process.stdin.isTTY ? await readAll() : await prompt(label);
  const trimmed = secret.replace(/\r?\n$/, '');
  if (trimmed === '') throw new UsageError(`${label} is empty`);
  return trimmed;
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function prompt(label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(`${label}: `);
    stdin.setRawMode(true);
    stdin.resume();
    let value = '';
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          done();
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          done();
          reject(new UsageError('cancelled'));
          return;
        }
        if (char === '\u007f') value = value.slice(0, -1);
        else value += char;
      }
    };
    const done = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}
