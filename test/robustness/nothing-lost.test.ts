// The linter never changes a reply: linting a copy of the shared corpus leaves every byte as it
// was; writes go to a temporary file and are renamed, so an interrupted write keeps the old file.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, readFileSync, readdirSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceablePath } from '../../src/atomic.js';
import { ROOT, cli, cliIntoPipe, tempDir } from '../helpers.js';

const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const f = path.join(d, name);
      if (statSync(f).isDirectory()) walk(f);
      else out[path.relative(dir, f)] = `${statSync(f).mtimeMs}:${createHash('sha256').update(readFileSync(f)).digest('hex')}`;
    }
  };
  walk(dir);
  return out;
}

describe('nothing lost', () => {
  it.skipIf(!existsSync(CORPUS))('linting a copy of ../shared/corpus leaves every file byte-identical', () => {
    const dir = tempDir();
    cpSync(CORPUS, path.join(dir, 'corpus'), { recursive: true, preserveTimestamps: true });
    const before = hashes(dir);
    expect(Object.keys(before).length).toBeGreaterThan(300);
    const r = cli(['-f', 'json', '-o', path.join(dir, 'report.json'), 'corpus'], { cwd: dir });
    expect([0, 1]).toContain(r.code);
    const after = hashes(dir);
    delete after['report.json'];
    expect(after).toEqual(before);
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).length).toBe(Object.keys(before).filter((f) => /\.(md|txt)$/.test(f)).length);
  });

  it('what is replaced by a rename: a file (through its links) or a new path, never a device or pipe', () => {
    const dir = tempDir({ 'real/report.json': '[]\n', 'a-dir/x': '' });
    symlinkSync(path.join(dir, 'real', 'report.json'), path.join(dir, 'link.json'));
    symlinkSync(path.join(dir, 'real', 'missing.json'), path.join(dir, 'dangling.json'));
    expect(replaceablePath(path.join(dir, 'link.json'))).toBe(realpathSync(path.join(dir, 'real', 'report.json')));
    expect(replaceablePath(path.join(dir, 'new.json'))).toBe(path.join(dir, 'new.json'));
    expect(replaceablePath(path.join(dir, 'a-dir'))).toBe(path.join(dir, 'a-dir'));
    // Written in place: through a link to nothing yet, and into devices.
    expect(replaceablePath(path.join(dir, 'dangling.json'))).toBeNull();
    expect(replaceablePath('/dev/null')).toBeNull();
  });

  it('a cache reached through a link is written to the file it points at, and the link kept', () => {
    const dir = tempDir({ 'r.md': 'Sorry for any inconvenience.\n', 'caches/lint.json': '' });
    symlinkSync(path.join('caches', 'lint.json'), path.join(dir, '.apologycache'));
    expect(cli(['--cache', '--cache-location', '.apologycache', 'r.md'], { cwd: dir }).code).toBe(1);
    expect(lstatSync(path.join(dir, '.apologycache')).isSymbolicLink()).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(path.join(dir, 'caches', 'lint.json'), 'utf8')).entries)).toEqual([path.join(dir, 'r.md')]);
    expect(readdirSync(path.join(dir, 'caches'))).toEqual(['lint.json']);
  });

  it('a cache location that is a pipe is written into, never read or replaced', async () => {
    const dir = tempDir({ 'r.md': 'Sorry for any inconvenience.\n' });
    const pipe = await cliIntoPipe(['--cache', '--cache-location', '{pipe}', 'r.md'], path.join(dir, 'cache-pipe'), dir);
    expect({ code: pipe.code, stillPipe: pipe.stillPipe }).toEqual({ code: 1, stillPipe: true });
    expect(Object.keys(JSON.parse(pipe.piped).entries)).toEqual([path.join(dir, 'r.md')]);
  });

  it('a run stopped by Ctrl-C or a kill while writing -o leaves the old report and no temporary file', async () => {
    const files: Record<string, string> = { 'report.json': 'OLD\n' };
    for (let i = 0; i < 3000; i++) files[`replies/r${i}.md`] = `Hi ${i},\n\nSorry for any inconvenience with order ${i}. The courier lost it.\n`;
    const dir = tempDir(files);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'apology-lint.js'), '-f', 'json', '-o', 'report.json', 'replies'], {
        cwd: dir,
        stdio: 'ignore',
      });
      const closed = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, sig) => resolve(sig)));
      // Stopped once the report has started going to its temporary file.
      const started = Date.now();
      while (!readdirSync(dir).some((f) => f.endsWith('.tmp')) && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 10));
      child.kill(signal);
      expect(await closed).toBe(signal);
      expect(readdirSync(dir).sort()).toEqual(['replies', 'report.json']);
      expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('OLD\n');
    }
  });

  it('an interrupted atomic write leaves the old file whole (never a partial file)', async () => {
    const dir = tempDir({ 'report.txt': 'OLD REPORT\n' });
    const target = path.join(dir, 'report.txt');
    const size = 64 * 1024 * 1024;
    // A child writes 64 MB through writeFileAtomic and is killed part-way.
    const script = `import { writeFileAtomic } from ${JSON.stringify(path.join(ROOT, 'dist', 'src', 'atomic.js'))};
      process.send('start');
      await writeFileAtomic(${JSON.stringify(target)}, 'y'.repeat(${size}));
      process.send('done');`;
    writeFileSync(path.join(dir, 'writer.mjs'), script);
    const child = spawn(process.execPath, [path.join(dir, 'writer.mjs')], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const outcome = await new Promise<string>((resolve) => {
      child.on('message', (m) => {
        if (m === 'start') setTimeout(() => child.kill('SIGKILL'), 30);
        if (m === 'done') resolve('finished');
      });
      child.on('exit', () => resolve('killed'));
    });
    // Killed 30 ms in, long before 64 MB are written and flushed: the old report is intact.
    expect(outcome).toBe('killed');
    expect(readFileSync(target, 'utf8')).toBe('OLD REPORT\n');
  });
});
