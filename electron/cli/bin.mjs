#!/usr/bin/env node
// The `course-studio` command. Runs the TypeScript sources through tsx, so the CLI works
// straight after `npm install` with no build step.
import * as zlib from 'node:zlib';
import { nodeFloor, nodeVersionProblem } from './node-version.mjs';

// Checked before anything else loads: on an older Node the first export would fail deep
// inside zlib with "crc32 is not a function".
// (Node 22.0 and 22.1 are above the floor yet lack crc32: the feature itself is checked too.)
const problem =
  nodeVersionProblem(process.versions.node) ??
  (typeof zlib.crc32 === 'function'
    ? null
    : nodeVersionProblem('0.0.0', nodeFloor()).replace('0.0.0', process.versions.node));
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
await import('./main.ts');
