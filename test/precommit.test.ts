// apology-lint as a pre-commit hook, in real git repositories: the plain hook from the README,
// and the pre-commit framework installing this package from `.pre-commit-hooks.yaml`.
import type { SpawnSyncReturns } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { BIN, ROOT, tempDir } from './helpers.js';

const BAD = 'Hi Sam,\n\nSorry for any inconvenience.\n';
const GOOD = "Hi Sam,\n\nI'm sorry we charged your card twice. I've refunded the extra $38 today.\n";

/** The environment without npm's per-script variables, with git isolated from this machine's config. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return {
    ...env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    NO_COLOR: '1',
    ...extra,
  };
}

function run(cmd: string, args: string[], cwd: string, env = cleanEnv()): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
}

/**
 * Like `run`, without blocking the test worker: installing a hook environment takes minutes, and
 * a worker blocked that long loses touch with the test runner.
 */
function runAsync(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function git(cwd: string, ...args: string[]): string {
  const r = run('git', args, cwd);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

function commitCount(repo: string): number {
  const r = run('git', ['rev-list', '--count', 'HEAD'], repo);
  return r.status === 0 ? Number(r.stdout.trim()) : 0;
}

/** The plain hook exactly as the README shows it. */
function readmeHook(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /```sh\n(#!\/bin\/sh\n# \.git\/hooks\/pre-commit[\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README has no plain pre-commit hook block');
  return block[1]!;
}

describe('.pre-commit-hooks.yaml', () => {
  it('is valid YAML with the fields pre-commit requires', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks.map((h) => h.id)).toEqual(['apology-lint', 'apology-lint-macros']);
    for (const hook of hooks) {
      expect(hook).toMatchObject({ entry: 'apology-lint', language: 'node', name: expect.any(String) });
    }
    expect(hooks[0]!.types_or).toEqual(['markdown', 'text']);
    const files = new RegExp(hooks[0]!.files as string);
    expect(['a.md', 'b.markdown', 'c.txt', 'd.text'].every((f) => files.test(f))).toBe(true);
    expect(['x.js', 'README.mdx', 'data.json'].some((f) => files.test(f))).toBe(false);
    const macros = new RegExp(hooks[1]!.files as string);
    expect(['m.json', 'm.yaml', 'm.yml', 'm.html', 'm.htm'].every((f) => macros.test(f))).toBe(true);
    expect(macros.test('m.md')).toBe(false);
  });
});

describe('plain .git/hooks/pre-commit (the README snippet)', () => {
  it('refuses a commit with a bad reply and lets a good one through', { timeout: 120_000 }, () => {
    const repo = tempDir({ '.gitignore': 'node_modules/\n', 'notes.js': '// sorry for any inconvenience\n' });
    git(repo, 'init', '-q');
    // `npx --no-install apology-lint` finds the linter in the repository's node_modules/.bin.
    mkdirSync(path.join(repo, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(BIN, path.join(repo, 'node_modules', '.bin', 'apology-lint'));
    const hook = path.join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, readmeHook());
    chmodSync(hook, 0o755);

    // Files that are not replies never reach the linter.
    git(repo, 'add', '.gitignore', 'notes.js');
    expect(run('git', ['commit', '-q', '-m', 'tooling'], repo).status).toBe(0);
    expect(commitCount(repo)).toBe(1);

    mkdirSync(path.join(repo, 'macros refunds'));
    writeFileSync(path.join(repo, 'macros refunds', 'double charge.md'), BAD);
    git(repo, 'add', '.');
    const refused = run('git', ['commit', '-m', 'add macro'], repo);
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/macros refunds\/double charge\.md\n {2}3:1 +error +"Sorry for any inconvenience" is a generic apology/);
    expect(commitCount(repo)).toBe(1);

    writeFileSync(path.join(repo, 'macros refunds', 'double charge.md'), GOOD);
    git(repo, 'add', '.');
    const accepted = run('git', ['commit', '-m', 'add macro'], repo);
    expect(accepted.stdout + accepted.stderr).not.toMatch(/\d+:\d+ +error /);
    expect(accepted.status).toBe(0);
    expect(commitCount(repo)).toBe(2);

    // A bad reply that is not staged does not block an unrelated commit.
    writeFileSync(path.join(repo, 'draft.txt'), BAD);
    writeFileSync(path.join(repo, 'ok.txt'), GOOD);
    git(repo, 'add', 'ok.txt');
    expect(run('git', ['commit', '-q', '-m', 'ok'], repo).status).toBe(0);
    expect(commitCount(repo)).toBe(3);
  });
});

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommit.status === 0;
const isGitCheckout = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() === 'true';
if (!hasPreCommit) console.warn('pre-commit framework tests skipped: `pre-commit` is not installed (apt-get install pre-commit)');
else if (!isGitCheckout) console.warn('pre-commit framework tests skipped: the project is not a git checkout');

/** A clone of the project with the working tree's uncommitted and untracked files committed. */
function projectClone(): string {
  const dir = path.join(tempDir(), 'apology-lint');
  git(path.dirname(dir), 'clone', '-q', '--no-hardlinks', ROOT, dir);
  const diff = spawnSync('git', ['diff', 'HEAD', '--binary'], { cwd: ROOT, encoding: 'buffer', env: cleanEnv() }).stdout;
  if (diff.length) {
    const applied = spawnSync('git', ['apply', '--whitespace=nowarn'], { cwd: dir, input: diff, env: cleanEnv() });
    if (applied.status !== 0) throw new Error(`cannot apply working-tree changes: ${applied.stderr}`);
  }
  for (const file of git(ROOT, 'ls-files', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  git(dir, 'add', '-A');
  if (run('git', ['diff', '--cached', '--quiet'], dir).status !== 0) git(dir, 'commit', '-q', '-m', 'working tree');
  return dir;
}

describe.skipIf(!hasPreCommit || !isGitCheckout)('the pre-commit framework', () => {
  // try-repo installs the hook into a store of its own each time, so it runs once here; the
  // configured hook then installs once more and serves both commits.
  it('try-repo installs the node hook and fails on the bad reply only; a configured hook guards commits', { timeout: 900_000 }, async () => {
    const project = projectClone();
    const env = cleanEnv({ PRE_COMMIT_HOME: tempDir() });
    // Only the phrase rules, so a good reply prints nothing (component rules would add warnings).
    const config = {
      rules: Object.fromEntries(
        Object.keys(rules)
          .filter((id) => !['no-vague-apology', 'no-blame-shift', 'no-conditional-apology'].includes(id))
          .map((id) => [id, 'off']),
      ),
    };
    const repo = tempDir({
      '.apologyrc.json': JSON.stringify(config),
      'replies/bad.md': BAD,
      'replies/good.md': GOOD,
      'src/app.js': '// sorry for any inconvenience\n',
    });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');

    const tried = await runAsync('pre-commit', ['try-repo', project, 'apology-lint', '--files', 'replies/bad.md', 'replies/good.md', 'src/app.js'], repo, env);
    const out = tried.stdout + tried.stderr;
    expect(out).toMatch(/apology-lint\.+Failed/);
    expect(out).toMatch(/replies\/bad\.md\n {2}3:1 +error +"Sorry for any inconvenience" is a generic apology.* +no-vague-apology/);
    expect(out).not.toContain('good.md');
    expect(out).not.toContain('app.js');
    expect(tried.status).toBe(1);

    // The same hook from a .pre-commit-config.yaml, installed into git, guarding real commits.
    const rev = git(project, 'rev-parse', 'HEAD').trim();
    writeFileSync(path.join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${project}\n    rev: ${rev}\n    hooks:\n      - id: apology-lint\n`);
    expect(run('pre-commit', ['install'], repo, env).status).toBe(0);
    git(repo, 'add', '.');
    const refused = await runAsync('git', ['commit', '-m', 'replies'], repo, env);
    expect(refused.stdout + refused.stderr).toMatch(/apology-lint\.+Failed[\s\S]*replies\/bad\.md\n {2}3:1 +error/);
    expect(refused.status).not.toBe(0);
    expect(commitCount(repo)).toBe(0);

    writeFileSync(path.join(repo, 'replies', 'bad.md'), GOOD);
    git(repo, 'add', '.');
    const accepted = await runAsync('git', ['commit', '-m', 'replies'], repo, env);
    expect(accepted.stdout + accepted.stderr).toMatch(/apology-lint\.+Passed/);
    expect(accepted.status).toBe(0);
    expect(commitCount(repo)).toBe(1);
  });

  it('pre-commit validates the hooks manifest', () => {
    const r = run('pre-commit', ['validate-manifest', path.join(ROOT, '.pre-commit-hooks.yaml')], ROOT);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
