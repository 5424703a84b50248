// Hostile and odd input: each case asserts the exit code and the one line the user sees.
import { chmodSync, closeSync, existsSync, openSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/run.js';
import { BIN, canRunUnprivileged, cli, cliUnprivileged, tempDir } from '../helpers.js';

const BAD = 'Sorry for any inconvenience.';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');

function positions(stdout: string): string[] {
  return (JSON.parse(stdout) as { messages: { line: number; column: number; endColumn: number; ruleId: string }[] }[]).flatMap((r) =>
    r.messages.map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId}`),
  );
}

describe('binary files', () => {
  it('are skipped with a warning line when named explicitly, exit unaffected', () => {
    const dir = tempDir({ 'logo.png': PNG, 'manual.pdf': PDF, 'ok.md': 'Thanks for writing in.\n' });
    const r = cli(['logo.png', 'manual.pdf', 'ok.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `apology-lint: warning: ${path.join(dir, 'logo.png')}: binary file (PNG image), skipped\napology-lint: warning: ${path.join(dir, 'manual.pdf')}: binary file (PDF document), skipped\n`,
    );
  });

  it('are skipped when a glob or directory finds them (NUL bytes in a .md file)', () => {
    const dir = tempDir({ 'replies/attachment.md': Buffer.concat([Buffer.from('Hi\n'), Buffer.from([0, 1, 2, 3])]), 'replies/bad.md': `${BAD}\n` });
    const r = cli(['-f', 'compact', 'replies'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`apology-lint: warning: ${path.join(dir, 'replies/attachment.md')}: binary file (contains NUL bytes), skipped\n`);
    expect(r.stdout).toContain('replies/bad.md: line 1, col 1, Error');
  });

  it('are errors (exit 2) with --strict-input', () => {
    const dir = tempDir({ 'logo.png': PNG });
    const r = cli(['--strict-input', 'logo.png'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`apology-lint: ${path.join(dir, 'logo.png')}: binary file (PNG image), skipped\n`);
  });
});

describe('encodings and line endings', () => {
  it('invalid UTF-8 is one error line naming the file and the byte; other files are still linted', () => {
    const dir = tempDir({ 'a.txt': Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x0a]), 'b.txt': `${BAD}\n` });
    const r = cli(['-f', 'compact', 'a.txt', 'b.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`apology-lint: ${path.join(dir, 'a.txt')}: invalid UTF-8 (first bad byte at offset 3); convert the file to UTF-8\n`);
    expect(r.stdout).toContain('b.txt: line 1, col 1, Error');
  });

  it('UTF-16 with a BOM is decoded (LE and BE)', () => {
    const text = `Hello,\n\n${BAD}\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const dir = tempDir({ 'le.txt': le, 'be.txt': be });
    const r = cli(['-f', 'json', 'le.txt', 'be.txt'], { cwd: dir });
    expect(positions(r.stdout)).toEqual(['3:1-28 no-vague-apology', '3:1-28 no-vague-apology']);
  });

  it('UTF-32 with a BOM is a binary file to convert, not UTF-16 read as garbage (LE and BE)', () => {
    const utf32 = (le: boolean): Buffer => {
      const out = Buffer.alloc((BAD.length + 1) * 4);
      [0xfeff, ...[...BAD].map((c) => c.codePointAt(0)!)].forEach((cp, k) => (le ? out.writeUInt32LE(cp, k * 4) : out.writeUInt32BE(cp, k * 4)));
      return out;
    };
    const dir = tempDir({ 'le.txt': utf32(true), 'be.txt': utf32(false) });
    const r = cli(['--strict-input', 'le.txt'], { cwd: dir });
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'le.txt')}: binary file (UTF-32 text; convert it to UTF-8), skipped\n`,
    });
    const both = cli(['be.txt', 'le.txt'], { cwd: dir });
    expect(both.code).toBe(0);
    expect(both.stderr.match(/UTF-32 text/g)).toHaveLength(2);
  });

  it('a UTF-8 BOM does not shift columns', () => {
    const dir = tempDir({ 'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${BAD}\n`)]) });
    expect(positions(cli(['-f', 'json', 'bom.md'], { cwd: dir }).stdout)).toEqual(['1:1-28 no-vague-apology']);
  });

  it('CRLF and lone CR line endings give the right lines', () => {
    const dir = tempDir({
      'crlf.md': `Hi Sam,\r\n\r\nThanks.\r\nThe courier lost it. ${BAD}\r\n`,
      'cr.txt': `Hi Sam,\r\rThanks.\rThe courier lost it. ${BAD}\r`,
    });
    const r = cli(['-f', 'json', 'crlf.md', 'cr.txt'], { cwd: dir });
    expect(positions(r.stdout)).toEqual(['4:1-17 no-blame-shift', '4:22-49 no-vague-apology', '4:1-17 no-blame-shift', '4:22-49 no-vague-apology']);
  });

  it('emoji, combining marks and CJK: columns count UTF-16 code units, like eslint and VS Code', () => {
    const dir = tempDir({ 'e.txt': `😀 e\u0301t\u00e9 你好. ${BAD}\n` });
    // 😀 is 2 units, then a space; "é" written as e + combining accent is 2 units, "t" 1, the
    // precomposed "é" 1, a space, "你好." 3, a space: the phrase starts at column 13.
    expect(positions(cli(['-f', 'json', 'e.txt'], { cwd: dir }).stdout)).toEqual(['1:13-40 no-vague-apology']);
  });

  it('non-English replies are not flagged (the rules match English phrasing only)', () => {
    const dir = tempDir({
      'fr.md': "Bonjour Marie,\n\nDésolé pour le retard de votre commande. Le transporteur a perdu le colis, et nous l'avons renvoyé aujourd'hui.\n",
      'de.md': 'Hallo Jonas,\n\nEs tut uns leid, dass die Lieferung zu spät kam. Das Lager hat den falschen Artikel geschickt.\n',
      'es.md': 'Hola Ana,\n\nLo siento por cualquier inconveniente. Si usted se siente molesta, lo sentimos.\n',
    });
    const r = cli(['.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('');
  });
});

describe('words that are also names of JavaScript object members', () => {
  it('"constructor", "toString" and the like in a reply are words like any other', () => {
    const dir = tempDir({ 'r.md': 'The constructor called toString, valueOf and hasOwnProperty on __proto__. Sorry for any inconvenience.\n' });
    const r = cli(['-f', 'json', '--rule', 'require-empathy: off', 'r.md'], { cwd: dir });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 1, stderr: '' });
    const found = (JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[])[0]!.messages.map(
      (m) => `${m.line}:${m.column} ${m.ruleId}`,
    );
    expect(found).toContain('1:75 no-vague-apology');
    // A directive naming one is an unknown rule, as any other unknown name is.
    const directive = tempDir({ 'd.md': '<!-- apology-lint-disable constructor -->\nHello.\n' });
    const d = cli(['-f', 'compact', '--report-unused-disable-directives', 'd.md'], { cwd: directive });
    expect(d.stdout).toBe('d.md: line 1, col 1, Warning - Unknown rule "constructor" in apology-lint-disable directive\n\n1 problem\n');
  });
});

describe('sizes', () => {
  it('empty and whitespace-only files are clean', () => {
    const dir = tempDir({ 'empty.md': '', 'blank.txt': ' \n\t\n\n   \n' });
    const r = cli(['empty.md', 'blank.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toBe('');
  });

  it('a 1 MB single line finishes and reports a phrase at its end at the exact column', () => {
    const filler = 'The parcel left our depot on time and the team checked it twice. '.repeat(16_000);
    const dir = tempDir({ 'one-line.txt': `${filler}${BAD}\n` });
    expect(filler.length).toBeGreaterThan(1_000_000);
    const r = cli(['-f', 'json', 'one-line.txt'], { cwd: dir });
    expect(positions(r.stdout)).toEqual([`1:${filler.length + 1}-${filler.length + 28} no-vague-apology`]);
  });

  it('files over --max-file-size are refused with one line (exit 2); a larger limit lets them through', () => {
    const dir = tempDir({ 'big.md': `${'Thanks for your patience while we look into this. '.repeat(25_000)}\n` });
    const r = cli(['--max-file-size', '1', 'big.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`apology-lint: ${path.join(dir, 'big.md')}: file is 1.2 MB, over the --max-file-size limit of 1.0 MB\n`);
    expect(cli(['--max-file-size', '2', 'big.md'], { cwd: dir }).code).toBe(0);
  });

  it('a limit below the size of a reply refuses small files too, in kilobytes', () => {
    const dir = tempDir({ 'small.md': `${'Thanks for your patience. '.repeat(1200)}\n`, 'tiny.md': 'Thanks.\n' });
    const r = cli(['--max-file-size', '0.01', '-f', 'compact', '.'], { cwd: dir });
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `apology-lint: ${path.join(dir, 'small.md')}: file is 30.5 KB, over the --max-file-size limit of 10.2 KB\n`,
    });
    // A result cached by a run without the limit does not let the file through.
    expect(cli(['--cache', '-f', 'compact', '.'], { cwd: dir }).code).toBe(0);
    const cached = cli(['--cache', '--max-file-size', '0.01', '-f', 'compact', '.'], { cwd: dir });
    expect({ code: cached.code, stderr: cached.stderr }).toEqual({ code: 2, stderr: r.stderr });
  });

  it('input of unknown size (a device, a pipe, standard input) stops at --max-file-size instead of reading on', () => {
    // /dev/zero never ends: before, the whole of it was read into memory.
    const zero = cli(['--max-file-size', '1', '/dev/zero'], { timeout: 30_000 });
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe('apology-lint: /dev/zero: more than 1.0 MB, over the --max-file-size limit of 1.0 MB\n');
    const big = `${'Thanks for your patience while we look into this. '.repeat(25_000)}\n`;
    const piped = cli(['--max-file-size', '1', '--stdin'], { input: big, timeout: 30_000 });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toBe('apology-lint: <stdin>: more than 1.0 MB, over the --max-file-size limit of 1.0 MB\n');
    expect(cli(['--max-file-size', '2', '--stdin'], { input: big }).code).toBe(0);
  });

  it('a named pipe on the command line is read once, through the descriptor that opened it', async () => {
    // Before, the pipe was opened, found not to be a file, closed and opened again: what the
    // writer had sent was lost, and the second open waited for a writer that had gone.
    const dir = tempDir({});
    const fifo = path.join(dir, 'reply.md');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf '%s\\n' '${BAD}' > reply.md`], { cwd: dir });
    const child = spawn(process.execPath, [BIN, '--no-config-lookup', '-f', 'compact', 'reply.md'], { cwd: dir });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const timer = setTimeout(() => child.kill(), 20_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    writer.kill();
    expect(code).toBe(1);
    expect(stdout).toContain('reply.md: line 1, col 1, Error - "Sorry for any inconvenience"');
  });

  it('an endless standard input stops at the limit too', async () => {
    const child = spawn(process.execPath, [BIN, '--max-file-size', '1', '--stdin'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => undefined);
    const line = Buffer.from('Sorry for the wait. '.repeat(1000));
    const feed = (): void => {
      while (child.stdin.writable && child.stdin.write(line));
    };
    child.stdin.on('drain', feed);
    feed();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'apology-lint: <stdin>: more than 1.0 MB, over the --max-file-size limit of 1.0 MB\n' });
  });
});

describe('structured exports built to exhaust the reader', () => {
  it('JSON nested 200,000 deep is one line, not a stack overflow', () => {
    const dir = tempDir({ 'deep.json': `${'['.repeat(200_000)}${']'.repeat(200_000)}` });
    const r = cli(['deep.json'], { cwd: dir });
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'deep.json')}: invalid JSON: nested too deeply to read\n`,
    });
  });

  it('Markdown lists nested thousands deep on one line are read as text, and the other files are still linted', () => {
    const dir = tempDir({ 'deep.md': `${'- '.repeat(2000)}${BAD}\n`, 'ordered.md': `${'1. '.repeat(3000)}${BAD}\n`, 'b.md': `${BAD}\n` });
    const r = cli(['-f', 'json', 'deep.md', 'ordered.md', 'b.md'], { cwd: dir });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 1, stderr: '' });
    const found = (JSON.parse(r.stdout) as { filePath: string; messages: { line: number; column: number; ruleId: string }[] }[]).map((f) => [
      path.basename(f.filePath),
      f.messages.filter((m) => m.ruleId === 'no-vague-apology').map((m) => `${m.line}:${m.column}`),
    ]);
    expect(found).toEqual([
      ['b.md', ['1:1']],
      ['deep.md', ['1:4001']],
      ['ordered.md', ['1:9001']],
    ]);
  });

  it('HTML nested 100,000 deep, as a file or as a macro body, is one line', () => {
    const deep = `${'<div>'.repeat(100_000)}Sorry for any inconvenience.${'</div>'.repeat(100_000)}`;
    const body = JSON.stringify({ macros: [{ title: 'Deep', actions: [{ field: 'comment_value_html', value: deep }] }] });
    const dir = tempDir({ 'deep.html': deep, 'deep-body.json': body });
    const file = cli(['deep.html'], { cwd: dir });
    expect({ code: file.code, stderr: file.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'deep.html')}: invalid HTML: nested too deeply to read\n`,
    });
    const macro = cli(['deep-body.json'], { cwd: dir });
    expect({ code: macro.code, stderr: macro.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'deep-body.json')}: a reply's HTML is nested too deeply to read\n`,
    });
  });

  it('a YAML alias bomb stops at a budget, pointing at the alias; shared defaults still work', () => {
    // Nine anchors, each a list of nine aliases of the one before: 387 million values expanded.
    const names = 'abcdefghi';
    let bomb = 'a: &a ["sorry", "sorry", "sorry", "sorry", "sorry", "sorry", "sorry", "sorry", "sorry"]\n';
    for (let i = 1; i < names.length; i++)
      bomb += `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(', ')}]\n`;
    const macros = Array.from(
      { length: 300 },
      (_, i) => `  - <<: *defaults\n    title: Macro ${i}\n    actions:\n      - field: comment_value\n        value: Sorry for any inconvenience.\n`,
    );
    const dir = tempDir({ 'bomb.yaml': bomb, 'shared.yml': `defaults: &defaults\n  active: true\n  restriction: null\nmacros:\n${macros.join('')}` });
    const r = cli(['bomb.yaml'], { cwd: dir, timeout: 30_000 });
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'bomb.yaml')}:6:8: invalid YAML: aliases expand to more than 100,000 values\n`,
    });
    const shared = JSON.parse(cli(['-f', 'json', 'shared.yml'], { cwd: dir }).stdout) as { messages: { ruleId: string }[] }[];
    expect(shared[0]!.messages.filter((m) => m.ruleId === 'no-vague-apology')).toHaveLength(300);
  });
});

describe('paths', () => {
  it('a path that does not exist', () => {
    const r = cli(['missing/reply.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('apology-lint: missing/reply.md: no such file or directory\n');
  });

  it('a glob matching 0 files', () => {
    const dir = tempDir({ 'a.md': 'Hello.\n' });
    const r = cli(['macros/**/*.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('apology-lint: macros/**/*.md: no files matched\n');
  });

  it('symlink loops do not hang', () => {
    const dir = tempDir({ 'd/a.md': `${BAD}\n` });
    symlinkSync('..', path.join(dir, 'd', 'loop'));
    symlinkSync('self', path.join(dir, 'd', 'self'));
    const r = cli(['-f', 'compact', 'd'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.match(/line 1, col 1/g)).toHaveLength(1);
    const loop = cli(['d/self'], { cwd: dir });
    expect(loop.code).toBe(2);
    expect(loop.stderr).toBe('apology-lint: d/self: too many symbolic links (a link loop)\n');
  });

  it('a file that vanishes between glob and read is one error line; the rest are linted', async () => {
    const files: Record<string, string | Buffer> = { '000.md': PNG };
    for (let i = 1; i <= 200; i++) files[`${String(i).padStart(3, '0')}.md`] = `${BAD}\n`;
    const dir = tempDir(files);
    const errors: string[] = [];
    const results = await lintFiles(['.'], {
      cwd: dir,
      lookup: false,
      // The binary file is read first; by then the last file is already globbed but not yet read.
      onWarning: () => unlinkSync(path.join(dir, '200.md')),
      onFileError: (m) => errors.push(m),
    });
    expect(errors).toEqual([`${path.join(dir, '200.md')}: no such file`]);
    expect(results).toHaveLength(199);
  });

  it.skipIf(!canRunUnprivileged())('a directory without read permission, named or met inside a folder, is one error line (run as an unprivileged user)', () => {
    const dir = tempDir({ 'locked/a.md': `${BAD}\n`, 'open/b.md': 'Hello.\n' });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'open'), 0o755);
    chmodSync(path.join(dir, 'open', 'b.md'), 0o644);
    chmodSync(path.join(dir, 'locked'), 0o000);
    try {
      // Named, and met while expanding the folder above it (before, skipped without a word).
      for (const args of [['locked'], ['.']]) {
        const r = cliUnprivileged(args, { cwd: dir });
        expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: 'apology-lint: locked: cannot read directory: permission denied\n' });
      }
    } finally {
      chmodSync(path.join(dir, 'locked'), 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder as standard input (`< folder`) is an error, not an empty reply', () => {
    const dir = tempDir({ 'r.md': 'Hello.\n' });
    const folder = openSync(dir, 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, '--stdin'], { encoding: 'utf8', stdio: [folder, 'pipe', 'pipe'] });
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 2, stdout: '', stderr: 'apology-lint: <stdin>: is a directory\n' });
    } finally {
      closeSync(folder);
    }
  });
});

describe('output files', () => {
  it('-o into a directory that does not exist is one error line', () => {
    const dir = tempDir({ 'r.md': 'Hello.\n' });
    const r = cli(['-o', 'no/such/dir/out.txt', 'r.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`apology-lint: ${path.join(dir, 'no/such/dir/out.txt')}: cannot write output: ENOENT\n`);
  });

  // /dev/full takes no bytes: every write fails with ENOSPC, as on a full disk.
  it.skipIf(!existsSync('/dev/full'))('a report that cannot be written (a full disk) is one error line and exit 2, not lost in silence', () => {
    const dir = tempDir({ 'r.md': 'Sorry for any inconvenience.\n' });
    const toFile = cli(['-o', '/dev/full', 'r.md'], { cwd: dir });
    expect({ code: toFile.code, stderr: toFile.stderr }).toEqual({ code: 2, stderr: 'apology-lint: /dev/full: cannot write output: ENOSPC\n' });
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['r.md'], ['-f', 'json', 'r.md'], ['--list-rules']]) {
        const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
        expect({ args, code: r.status, stderr: r.stderr }).toEqual({ args, code: 2, stderr: 'apology-lint: cannot write to standard output: ENOSPC\n' });
      }
    } finally {
      closeSync(full);
    }
  });

  it('a reader that stops early (`| head`) ends the run quietly with its usual exit code', async () => {
    const dir = tempDir(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`r${i}.md`, 'Sorry for any inconvenience.\n'])));
    const child = spawn(process.execPath, [BIN, '-f', 'json', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
  });
});
