#!/usr/bin/env node
// Bundle the CLI (and its worker thread) into dist/cli/, after `tsc` has built dist/src/.
//
// A command-line run pays for every module it loads: resolving and compiling some 400 small
// files (micromark, unified, cosmiconfig and friends) took longer than linting one reply. One
// bundle with code splitting loads in a fraction of that; formatters, the worker pool and the
// structured-input parsers stay separate chunks that load only when a run needs them.
// The library API (`import 'apology-lint'`) stays the plain dist/src/ modules.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// commander loads node:child_process (and with it net, dgram and more) as it loads, for
// subcommands that run as programs of their own; this CLI has none, and the load was about 5 ms
// of every start. The bundle loads it on first use instead.
const CHILD_PROCESS = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(CHILD_PROCESS)) throw new Error(`${args.path}: commander no longer loads child_process as scripts/bundle.mjs expects`);
      return {
        contents: text.replace(CHILD_PROCESS, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"),
        loader: 'js',
      };
    });
  },
};
const outdir = `${root}dist/cli`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The worker must sit beside the pool's chunk: the pool starts it as `./worker.js`.
  entryPoints: { cli: 'dist/src/cli.js', worker: 'dist/src/worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Prefer packages' ESM builds (jsonc-parser's CommonJS build requires files at run time).
  mainFields: ['module', 'main'],
  // cosmiconfig loads TypeScript only for a `.ts` config; bundling it would add 10 MB to every start.
  external: ['typescript'],
  // CommonJS dependencies call `require` for Node built-ins and read `__filename` (cosmiconfig's
  // import-fresh, on a config that fails to load); give every chunk the three
  // (only from imports: a chunk may have its own top-level `URL` or `path`).
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      "import { dirname as __pathDirname } from 'node:path';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      'const __dirname = __pathDirname(__filename);',
    ].join(' '),
  },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyChildProcess],
});

// The built-in rules' phrase patterns, compiled once here and read by every run and lint thread
// (compiling them was about a third of linting one file). Made by the code just bundled, so the
// two cannot disagree; `phrase-snapshot.json` must sit beside the chunk that reads it.
const { buildPhraseSnapshot } = await import(new URL('../dist/src/snapshot.js', import.meta.url).href);
writeFileSync(`${outdir}/phrase-snapshot.json`, buildPhraseSnapshot());
