#!/usr/bin/env node
// `npm run bench`: how fast the BUILT CLI is, on deterministic corpora made from ../shared/corpus
// by ../shared/bench/make-corpus.mjs (written under .bench/, which git ignores; never committed).
//
// Each case runs the CLI as a user would (recommended preset, `--format json`, output to
// /dev/null) in a child process and records whole-process wall time and peak RSS (from
// `/usr/bin/time -v` when present, else from `process.resourceUsage()` inside the child). The
// parse-only floor (unified + retext-english on the same files, on 1 thread and on 2 worker
// threads) is measured in the same run, so lint/floor compares like with like.
//
//   npm run bench                      every case
//   npm run bench -- --only 10k,floor  cases whose name contains one of these words
//   npm run bench -- --skip 100k       leave out cases whose name contains one of these words
//   npm run bench -- --runs 3          median of 3 runs per case (the 10k cases and the floor
//                                      always take the median of at least 3, in rounds)
//
// Add a case to CASES below: a name, the corpus it runs on, and the CLI arguments.
// Where ../shared is absent (a clone outside the workspace), it says so and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ADVERSARIAL } from './adversarial.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// --- floor mode: run as a child by the floor cases --------------------------------------------
if (process.argv[2] === '--floor') {
  await floor(process.argv[3], Number(process.argv[4]));
  process.exit(0);
}

const shared = path.resolve(root, '..', 'shared');
const makeCorpus = path.join(shared, 'bench', 'make-corpus.mjs');
const source = path.join(shared, 'corpus');
if (!existsSync(makeCorpus) || !existsSync(source)) {
  console.log('bench: ../shared/bench/make-corpus.mjs or ../shared/corpus is not here; nothing to measure (skipped)');
  process.exit(0);
}
const bin = path.join(root, 'bin', 'apology-lint.js');
if (!existsSync(path.join(root, 'dist', 'src', 'cli.js'))) {
  console.error('bench: the CLI is not built; run `npm run build` first');
  process.exit(2);
}

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = flag('--only')?.split(',');
const skip = flag('--skip')?.split(',');
const runs = Number(flag('--runs') ?? 1);
const work = path.join(root, '.bench');
const cacheLocation = path.join(work, 'cache', 'lint-cache.json');

// --- corpora ------------------------------------------------------------------------------------

const MARKDOWN_SENTENCE = 'We are *so* sorry about [the page](https://example.com/p) and **this**. ';

/** Corpora by name: made on first use and kept (the generator is deterministic). */
const CORPORA = {
  one: () => single(path.join(work, 'one', 'reply.md'), 'Hi Sam,\n\nSorry for any inconvenience. The courier lost your parcel.\n'),
  '1k': () => files(1000),
  '10k': () => files(10000),
  '100k': () => files(100000),
  '10k-edit': () => copyOf('10k', '10k-edit'),
  '5mb': () => concat(6400, '5mb'),
  '10mb': () => concat(12800, '10mb'),
  'brackets-2mb': () => single(path.join(work, 'adversarial', 'brackets-2mb.md'), ADVERSARIAL.brackets.repeat(10)),
  // One paragraph of emphasis and links with a heading after it, so that it is not one plain wall.
  'paragraph-200kb': () => single(path.join(work, 'adversarial', 'paragraph-200kb.md'), `${MARKDOWN_SENTENCE.repeat(2800)}\n# Next\n`),
  'paragraph-2mb': () => single(path.join(work, 'adversarial', 'paragraph-2mb.md'), `${MARKDOWN_SENTENCE.repeat(28000)}\n# Next\n`),
  ...Object.fromEntries(
    Object.entries(ADVERSARIAL).map(([name, text]) => [`adv-${name}`, () => single(path.join(work, 'adversarial', `${name.replace(/\W+/g, '-')}.md`), text)]),
  ),
};

function single(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function generate(out, n, concatFlag) {
  const marker = `${out}.done`;
  if (existsSync(marker)) return out;
  rmSync(out, { recursive: true, force: true });
  console.error(`bench: making ${path.relative(root, out)} (${n} replies)…`);
  const r = spawnSync(process.execPath, [makeCorpus, source, out, String(n), ...(concatFlag ? ['--concat'] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`make-corpus failed for ${out}`);
  writeFileSync(marker, '');
  return out;
}

function files(n) {
  return generate(path.join(work, `c${n}`), n);
}

function concat(n, name) {
  return generate(path.join(work, `${name}.md`), n, true);
}

/** A copy of a corpus that a case may edit. */
function copyOf(name, copy) {
  const from = corpus(name);
  const to = path.join(work, copy);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) writeFileSync(path.join(to, f), readFileSync(path.join(from, f)));
  return to;
}

const made = new Map();
function corpus(name) {
  if (!made.has(name)) made.set(name, CORPORA[name]());
  return made.get(name);
}

function sizeOf(target) {
  const st = statSync(target);
  if (!st.isDirectory()) return { files: 1, bytes: st.size };
  let bytes = 0;
  let count = 0;
  for (const f of readdirSync(target)) {
    if (!/\.(md|txt)$/.test(f)) continue;
    count++;
    bytes += statSync(path.join(target, f)).size;
  }
  return { files: count, bytes };
}

// --- cases --------------------------------------------------------------------------------------
const LINT = ['--no-config-lookup', '--format', 'json'];
const CACHE = ['--cache', '--cache-location', cacheLocation];

/**
 * The cases, in order. `corpus` names a CORPORA entry; `args` go to the CLI after the target;
 * `before` runs untimed first; `floor` measures the parse-only floor with that many workers;
 * `paired` cases are measured in rounds together (see PAIRED_RUNS).
 */
const CASES = [
  { name: '1 file (startup)', corpus: 'one', runs: 3 },
  { name: '1k files', corpus: '1k' },
  // The 10k runs and the floor are measured in rounds (see PAIRED_RUNS), so a busy machine slows
  // them alike.
  { name: '10k files', corpus: '10k', paired: true },
  { name: '10k files, --concurrency off', corpus: '10k', args: ['--concurrency', 'off'], paired: true },
  { name: 'parse floor, 1 thread (10k)', corpus: '10k', floor: 1, paired: true },
  { name: 'parse floor, 2 workers (10k)', corpus: '10k', floor: 2, paired: true },
  { name: '100k files', corpus: '100k' },
  { name: '5 MB file', corpus: '5mb', args: ['--max-file-size', '64'] },
  { name: '10 MB file', corpus: '10mb', args: ['--max-file-size', '64'] },
  { name: '10k --cache cold', corpus: '10k', args: CACHE, before: () => rmSync(path.dirname(cacheLocation), { recursive: true, force: true }) },
  { name: '10k --cache warm', corpus: '10k', args: CACHE },
  {
    name: '10k --cache warm, 1 file changed',
    corpus: '10k-edit',
    args: CACHE,
    before: (dir, i) => {
      if (i === 0) {
        // Fill the cache for this copy, then change one reply.
        rmSync(path.dirname(cacheLocation), { recursive: true, force: true });
        spawnSync(process.execPath, [bin, dir, ...LINT, ...CACHE], { stdio: 'ignore' });
      }
      const f = path.join(dir, 'reply-05000.md');
      writeFileSync(f, `${readFileSync(f, 'utf8')}\nOne more sentence, edit ${Date.now()}.\n`);
    },
  },
  // Every rule on 200 KB of hostile text: none may be super-linear (issue: no catastrophic backtracking).
  ...Object.keys(ADVERSARIAL).map((name) => ({ name: `adversarial 200 KB: ${name}`, corpus: `adv-${name}` })),
  // Ten times the brackets, on one line: a wall of text must cost about ten times as much.
  { name: 'adversarial 2 MB: brackets', corpus: 'brackets-2mb', args: ['--max-file-size', '64'] },
  // One paragraph of Markdown: ten times as long must cost about ten times as much.
  { name: 'one Markdown paragraph, 200 KB', corpus: 'paragraph-200kb', args: ['--max-file-size', '64'] },
  { name: 'one Markdown paragraph, 2 MB', corpus: 'paragraph-2mb', args: ['--max-file-size', '64'] },
];

// --- measuring ------------------------------------------------------------------------------------
const hasTime = existsSync('/usr/bin/time');
const rssProbe = path.join(work, 'rss-probe.mjs');

/** Run a node command; whole-process wall seconds and peak RSS in MB. */
function measure(nodeArgs) {
  mkdirSync(work, { recursive: true });
  const devnull = 'ignore';
  let r;
  const start = process.hrtime.bigint();
  if (hasTime) {
    r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...nodeArgs], {
      cwd: root,
      stdio: ['ignore', devnull, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
  } else {
    writeFileSync(
      rssProbe,
      "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\nBENCH_RSS ${u.maxRSS}\\nBENCH_CPU ${(u.userCPUTime + u.systemCPUTime) / 1e6}\\n`); });\n",
    );
    r = spawnSync(process.execPath, ['--import', pathToFileURL(rssProbe).href, ...nodeArgs], {
      cwd: root,
      stdio: ['ignore', devnull, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
  }
  const measured = Number(process.hrtime.bigint() - start) / 1e9;
  const stderr = r.stderr ?? '';
  const code = hasTime ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? r.status) : r.status;
  if (code === null || code > 1) throw new Error(`bench: ${nodeArgs.join(' ')} failed (exit ${code}):\n${stderr.slice(0, 2000)}`);
  let wall = measured;
  let rssKb;
  if (hasTime) {
    const w = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(stderr);
    if (w) wall = Number(w[1] ?? 0) * 3600 + Number(w[2]) * 60 + Number(w[3]);
    rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
  } else rssKb = Number(/BENCH_RSS (\d+)/.exec(stderr)?.[1]);
  const cpu = hasTime
    ? Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? 0) + Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? 0)
    : Number(/BENCH_CPU ([\d.]+)/.exec(stderr)?.[1] ?? 0);
  return { wall, rss: rssKb / 1024, cpu };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const selected = CASES.filter((c) => (!only || only.some((w) => c.name.includes(w))) && !(skip && skip.some((w) => c.name.includes(w))));
const results = new Map();
console.log(`apology-lint bench: node ${process.version}, ${cpus().length} cores, ${hasTime ? '/usr/bin/time -v' : 'process.resourceUsage'}\n`);
// CPU s (user + system, all threads) moves less than wall time when the machine is shared.
const header = ['case', 'files', 'MB', 'wall s', 'files/s', 'MB/s', 'peak RSS MB', 'CPU s'];
const rows = [];
/**
 * The 10k runs and the floors they are compared with are measured in rounds, each case once per
 * round, and each reports its median: the machine's speed drifts over minutes, and one run of each
 * taken minutes apart gave ratios from 1.9 to 2.3 for the same build.
 */
const PAIRED_RUNS = 3;
const paired = selected.filter((c) => c.paired);
/** Each case's runs so far: wall s, peak RSS MB and CPU s; `failed` once a run fails. */
const samples = new Map(selected.map((c) => [c, { times: [], rss: [], cpu: [], failed: false }]));

/** Run case `c` once (run number `i`) and record it. */
function sample(c, i) {
  const s = samples.get(c);
  if (s.failed) return;
  const target = corpus(c.corpus);
  c.before?.(target, i);
  const nodeArgs = c.floor ? [fileURLToPath(import.meta.url), '--floor', target, String(c.floor)] : [bin, target, ...LINT, ...(c.args ?? [])];
  try {
    const m = measure(nodeArgs);
    s.times.push(m.wall);
    s.rss.push(m.rss);
    s.cpu.push(m.cpu);
  } catch (error) {
    console.log(`${c.name}: FAILED — ${error.message.split('\n')[0]}`);
    s.failed = true;
  }
}

for (const c of selected) {
  if (c.paired) {
    if (c === paired[0]) for (let i = 0; i < Math.max(runs, PAIRED_RUNS); i++) for (const p of paired) sample(p, i);
  } else for (let i = 0; i < (c.runs ?? runs); i++) sample(c, i);
  const { times, rss, cpu } = samples.get(c);
  if (!times.length) continue;
  const { files: n, bytes } = sizeOf(corpus(c.corpus));
  const wall = median(times);
  const r = { wall, rss: Math.max(...rss), cpu: median(cpu), files: n, mb: bytes / 1048576 };
  results.set(c.name, r);
  const row = [c.name, String(n), r.mb.toFixed(1), wall.toFixed(2), (n / wall).toFixed(0), (r.mb / wall).toFixed(2), r.rss.toFixed(0), r.cpu.toFixed(2)];
  rows.push(row);
  console.log(row.join('  |  '));
}

// --- summary --------------------------------------------------------------------------------------
console.log('\n' + table([header, ...rows]));
const get = (name) => results.get(name);
const checks = [];
const check = (label, ok, detail) => checks.push(`${ok ? 'ok  ' : 'MISS'}  ${label}: ${detail}`);
if (get('10k files'))
  check(
    '10k files >= 2,000 files/s',
    get('10k files').files / get('10k files').wall >= 2000,
    `${(get('10k files').files / get('10k files').wall).toFixed(0)} files/s`,
  );
if (get('10k files') && get('parse floor, 2 workers (10k)')) {
  const ratio = get('10k files').wall / get('parse floor, 2 workers (10k)').wall;
  check('lint/floor (10k, 2 workers) <= 2', ratio <= 2, `${ratio.toFixed(2)}x`);
}
if (get('10k files') && get('parse floor, 1 thread (10k)'))
  console.log(`lint/floor (10k vs 1-thread floor): ${(get('10k files').wall / get('parse floor, 1 thread (10k)').wall).toFixed(2)}x`);
if (get('1 file (startup)')) check('1 file <= 0.30 s', get('1 file (startup)').wall <= 0.3, `${get('1 file (startup)').wall.toFixed(2)} s`);
if (get('5 MB file')) check('5 MB <= 5 s', get('5 MB file').wall <= 5, `${get('5 MB file').wall.toFixed(2)} s`);
if (get('5 MB file') && get('10 MB file')) {
  const ratio = get('10 MB file').wall / get('5 MB file').wall;
  check('10 MB / 5 MB about 2x (linear)', ratio <= 2.5, `${ratio.toFixed(2)}x`);
}
if (get('adversarial 200 KB: brackets') && get('adversarial 2 MB: brackets')) {
  // Start-up (about 0.2 s) is in both, so ten times the text costs less than ten times the time.
  const ratio = get('adversarial 2 MB: brackets').wall / get('adversarial 200 KB: brackets').wall;
  check('brackets 2 MB / 200 KB about 10x or less (linear)', ratio <= 12.5, `${ratio.toFixed(2)}x`);
}
if (get('one Markdown paragraph, 200 KB') && get('one Markdown paragraph, 2 MB')) {
  const ratio = get('one Markdown paragraph, 2 MB').wall / get('one Markdown paragraph, 200 KB').wall;
  check('one Markdown paragraph 2 MB / 200 KB about 10x or less (linear)', ratio <= 12.5, `${ratio.toFixed(2)}x`);
}
if (get('10k files')) check('peak RSS at 10k <= 200 MB', get('10k files').rss <= 200, `${get('10k files').rss.toFixed(0)} MB`);
if (get('10k files') && get('100k files')) {
  const ratio = get('100k files').rss / get('10k files').rss;
  check('peak RSS 100k / 10k <= 1.5', ratio <= 1.5, `${ratio.toFixed(2)}x (${get('100k files').rss.toFixed(0)} MB)`);
}
if (get('10k --cache warm')) check('warm --cache on 10k <= 0.5 s', get('10k --cache warm').wall <= 0.5, `${get('10k --cache warm').wall.toFixed(2)} s`);
if (get('10k --cache warm') && get('10k --cache cold')) {
  const ratio = get('10k --cache cold').wall / get('10k --cache warm').wall;
  check('warm --cache >= 10x faster than cold', ratio >= 10, `${ratio.toFixed(1)}x`);
}
if (get('10k --cache warm, 1 file changed'))
  check(
    'pre-commit: 10k cached, 1 changed, < 1 s',
    get('10k --cache warm, 1 file changed').wall < 1,
    `${get('10k --cache warm, 1 file changed').wall.toFixed(2)} s`,
  );
console.log('\n' + checks.join('\n'));

function table(all) {
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all
    .map(
      (r, j) =>
        r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ') +
        (j === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''),
    )
    .join('\n');
}

// --- the parse-only floor ---------------------------------------------------------------------------
/** Read and parse every file with unified + retext-english, on the main thread or on `threads` workers. */
async function floor(dir, threads) {
  const list = readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
  if (threads <= 1) {
    const { unified } = await import('unified');
    const { default: retextEnglish } = await import('retext-english');
    const { readFile } = await import('node:fs/promises');
    const processor = unified().use(retextEnglish);
    for (const f of list) processor.parse(await readFile(f, 'utf8'));
    return;
  }
  const { Worker } = await import('node:worker_threads');
  const script = path.join(root, '.bench', 'floor-worker.mjs');
  writeFileSync(
    script,
    [
      "import { readFile } from 'node:fs/promises';",
      "import { workerData, parentPort } from 'node:worker_threads';",
      "import { unified } from 'unified';",
      "import retextEnglish from 'retext-english';",
      'const processor = unified().use(retextEnglish);',
      'for (const f of workerData) processor.parse(await readFile(f, "utf8"));',
      'parentPort.postMessage(workerData.length);',
    ].join('\n'),
  );
  const parts = Array.from({ length: threads }, (_, i) => list.filter((_, j) => j % threads === i));
  await Promise.all(parts.map((part) => new Promise((resolve, reject) => new Worker(script, { workerData: part }).on('message', resolve).on('error', reject))));
}
