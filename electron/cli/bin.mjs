#!/usr/bin/env node
// The `course-studio` command. Runs the TypeScript sources through tsx, so the CLI works
// straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
