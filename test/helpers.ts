import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { ResolvedConfig } from '../src/config.js';
import type { ReplyDoc } from '../src/document.js';
import { lintReply } from '../src/engine.js';
import type { Match } from '../src/phrase.js';
import { lintSource } from '../src/lint.js';
import type { Token } from '../src/tokens.js';
import { normalizeWord } from '../src/tokens.js';
import type { LintResult } from '../src/types.js';

/** The project root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The built CLI. */
export const BIN = path.join(ROOT, 'bin', 'apology-lint.js');

/** Result of running the CLI. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the built CLI as a user would. A run that hangs is stopped after `timeout` ms (its code is
 * then null), so the test fails instead of the suite waiting for ever.
 */
export function cli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string>; timeout?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    timeout: options.timeout ?? 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const asRoot = process.getuid?.() === 0;
/** As root, an unprivileged run drops to this user; permissions mean nothing to root itself. */
const AS_NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
let unprivileged: boolean | undefined;
/** Whether `cliUnprivileged` can run here: a checkout in a private folder is out of that user's reach. */
export function canRunUnprivileged(): boolean {
  unprivileged ??= !asRoot || spawnSync('setpriv', [...AS_NOBODY, process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`]).status === 0;
  return unprivileged;
}

/** `cli` as a user without special rights (as root, the run drops to the user `nobody`). */
export function cliUnprivileged(args: string[], options: { cwd: string; env?: Record<string, string> }): CliRun {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env };
  const r = asRoot
    ? spawnSync('setpriv', [...AS_NOBODY, process.execPath, BIN, ...args], { cwd: options.cwd, encoding: 'utf8', env, timeout: 120_000 })
    : spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, encoding: 'utf8', env, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Run the CLI with `args`, in which `{pipe}` stands for a named pipe made at `fifo` and read
 * while it runs: its exit code, whether the pipe is still a pipe afterwards, and what came
 * through it. (A file renamed over the pipe would leave the reader waiting: it is stopped.)
 */
export async function cliIntoPipe(args: string[], fifo: string, cwd: string): Promise<{ code: number | null; stillPipe: boolean; piped: string }> {
  if (spawnSync('mkfifo', [fifo]).status !== 0) throw new Error(`mkfifo ${fifo} failed`);
  const reader = spawn('cat', [fifo]);
  let piped = '';
  reader.stdout.on('data', (d: Buffer) => (piped += d.toString()));
  const read = new Promise((resolve) => reader.on('close', resolve));
  try {
    const child = spawn(process.execPath, [BIN, ...args.map((a) => (a === '{pipe}' ? fifo : a))], { cwd, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const stillPipe = lstatSync(fifo).isFIFO();
    if (stillPipe) await read;
    return { code, stillPipe, piped };
  } finally {
    reader.kill();
  }
}

/** Directories made by `tempDir` in this test file, removed when the file's tests end. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) removeTree(dir);
});

/** Remove a tree, first giving back any permission a test took away. */
function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    chmodTree(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

function chmodTree(dir: string): void {
  try {
    chmodSync(dir, 0o700);
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) chmodTree(p);
      else chmodSync(p, 0o600);
    }
  } catch {
    // a file that cannot be reached cannot be fixed either; rmSync reports it
  }
}

/** A temporary directory with the given files (paths relative to it), removed after the test file. */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'apology-lint-test-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** A resolved config with exactly these rules enabled (as warnings unless given). */
export function only(ids: string[], severity: 1 | 2 = 1, options: Record<string, Record<string, unknown>> = {}): ResolvedConfig {
  return { rules: Object.fromEntries(ids.map((id) => [id, { severity, options: options[id] ?? {} }])), settings: {}, ignorePatterns: [], configFile: null };
}

/** Lint text as a file of the given name with only these rules. */
export function lint(text: string, fileName: string, ids: string[], options: Record<string, Record<string, unknown>> = {}): LintResult {
  return lintSource(text, fileName, only(ids, 1, options));
}

/** Tokens of a sentence: words and single punctuation marks, normalised like the sentence index. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\w'-]+|[^\s\w]/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (/^[\w'-]+$/.test(m[0])) for (const norm of normalizeWord(m[0])) out.push({ norm, kind: 'word', start, end, literal: false });
    else out.push({ norm: m[0], kind: 'punct', start, end, literal: false });
  }
  return out;
}

/** The sentences' tokens of a reply, as the rules see them. */
export function sentencesOf(text: string, markdown = false): Token[][] {
  const out = lintReply({ text, markdown }, {});
  return (out.data.apologyDoc as ReplyDoc).sentences.map((s) => s.tokens);
}

/** Every reply text among the fixtures (Markdown and plain text). */
export function fixtureTexts(): { text: string; markdown: boolean }[] {
  const out: { text: string; markdown: boolean }[] = [];
  const dir = path.join(ROOT, 'fixtures');
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(e.name)) out.push({ text: readFileSync(p, 'utf8'), markdown: e.name.endsWith('.md') });
    }
  };
  walk(dir);
  return out;
}

/** Phrase matches as "pattern source @from-to", for comparing two finders' answers. */
export function showMatches(ms: readonly Match[]): string[] {
  return ms.map((m) => `${m.pattern.source} @${m.from}-${m.to}`);
}
