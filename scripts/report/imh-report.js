#!/usr/bin/env node
// The `imh-report` command (package.json "bin"): runs the cohort report's TypeScript through tsx, which
// `npm ci` installs, so a fresh clone needs no extra build step for it.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
