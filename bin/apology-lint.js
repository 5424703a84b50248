#!/usr/bin/env node
// Runs the built CLI: one bundle in dist/cli/ (built by `npm install` through the `prepare`
// script, or by `npm run build`), so a run starts without resolving hundreds of modules.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('apology-lint: not built yet; run `npm run build` (or `npm install`) in the package first\n');
  process.exit(2);
}
const { run } = await import(entry.href);
await run();
