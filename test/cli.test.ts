// The CLI as a user runs it: the built binary, real files, exit codes and output.
import { spawn } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, cliIntoPipe, tempDir } from './helpers.js';

describe('apology-lint CLI', () => {
  it('lints the bundled examples: each foundation rule fires at exact positions, exit 1', () => {
    const r = cli(['fixtures/examples']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fixtures/examples/damaged-blender.md');
    expect(r.stdout).toMatch(/\n {2}7:4 +error +"apologize for any inconvenience" is a generic apology.* +no-vague-apology\n/);
    expect(r.stdout).toMatch(/\n {2}7:37 +error +"The warehouse sent the wrong" shifts the blame.* +no-blame-shift\n/);
    expect(r.stdout).toMatch(/\n {2}10:1 +error +"Sorry if" makes the apology conditional.* +no-conditional-apology\n/);
    expect(r.stdout).toMatch(/\n {2}10:1 +error +"Sorry if you feel" apologises for the customer's feelings.* +no-sorry-you-feel\n/);
    expect(r.stdout).toMatch(/✖ 17 problems \(9 errors, 8 warnings\)/);
  });

  it('exits 0 with no output on a clean reply', () => {
    const r = cli(['fixtures/examples/good-apology.md']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('');
  });

  it('reads stdin and prints eslint-shaped JSON', () => {
    const r = cli(['--stdin', '--format', 'json'], { input: 'Sorry for any inconvenience.\n' });
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(result).toMatchObject({ filePath: '<text>', errorCount: 1, warningCount: 0 });
    expect(result.messages[0]).toMatchObject({ ruleId: 'no-vague-apology', severity: 2, line: 1, column: 1, endLine: 1, endColumn: 28 });
    expect(result.messages[0].url).toMatch(/rules\/no-vague-apology\.md$/);
  });

  it('never lints code, link URLs, block quotes or front matter; a paragraph on line 7 is exact', () => {
    const dir = tempDir({
      'reply.md': [
        '---', // 1
        'subject: Sorry for any inconvenience', // 2
        '---', // 3
        '', // 4
        '> Sorry for any inconvenience.', // 5
        '', // 6
        'Thanks, Sam. We apologize for any inconvenience.', // 7
        '', // 8
        '```', // 9
        'Sorry for any inconvenience.', // 10
        '```', // 11
        '', // 12
        'Read [the note](https://example.com/sorry-for-any-inconvenience) and `sorry for any inconvenience`.', // 13
        '',
      ].join('\n'),
    });
    const r = cli(['--format', 'json', 'reply.md'], { cwd: dir });
    const [result] = JSON.parse(r.stdout);
    expect(result.messages.map((m: { line: number; column: number; ruleId: string }) => [m.ruleId, m.line, m.column])).toEqual([['no-vague-apology', 7, 17]]);
  });

  it('--max-warnings 0 fails on one warning; --quiet hides warnings', () => {
    const dir = tempDir({ 'r.txt': 'Sorry for any inconvenience.\n' });
    const warn = ['--rule', 'no-vague-apology: warn'];
    expect(cli([...warn, 'r.txt'], { cwd: dir }).code).toBe(0);
    const over = cli([...warn, '--max-warnings', '0', 'r.txt'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (maximum: 0)');
    const quiet = cli([...warn, '--quiet', 'r.txt'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout.trim()).toBe('');
  });

  it('--rule "id: off" silences a rule', () => {
    const dir = tempDir({ 'r.txt': 'The courier lost your parcel.\n' });
    expect(cli(['r.txt'], { cwd: dir }).code).toBe(1);
    const r = cli(['--rule', 'no-blame-shift: off', 'r.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('');
  });

  it('applies overrides by glob', () => {
    const dir = tempDir({
      '.apologyrc.json': JSON.stringify({ overrides: [{ files: ['status/**'], rules: { 'no-vague-apology': 'off' } }] }),
      'status/outage.md': 'We apologize for any inconvenience.\n',
      'replies/outage.md': 'We apologize for any inconvenience.\n',
    });
    const r = cli(['--format', 'json', '.'], { cwd: dir });
    const results = JSON.parse(r.stdout) as { filePath: string; messages: unknown[] }[];
    const byName = Object.fromEntries(results.map((x) => [path.relative(dir, x.filePath), x.messages.length]));
    expect(byName).toEqual({ 'replies/outage.md': 1, 'status/outage.md': 0 });
  });

  it('prints compact output, one line per problem', () => {
    const r = cli(['-f', 'compact', 'fixtures/examples/late-refund.txt']);
    expect(r.stdout.split('\n')[0]).toBe(
      'fixtures/examples/late-refund.txt: line 3, col 1, Error - "Our payment provider had some issues" shifts the blame to someone the customer cannot see: to them, you are the company. Own it ("We sent the wrong size. That\'s on us.") (no-blame-shift)',
    );
  });

  it('--list-rules prints id, level, severity, description per line', () => {
    const r = cli(['--list-rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^no-blame-shift +phrase +error +Own the failure/m);
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(cli(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('a glob that matches nothing is exit 2, unless --no-error-on-unmatched-pattern', () => {
    const dir = tempDir({ 'a.md': 'Hello.\n' });
    const r = cli(['nothing/**/*.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('apology-lint: nothing/**/*.md: no files matched\n');
    expect(cli(['--no-error-on-unmatched-pattern', 'nothing/**/*.md'], { cwd: dir }).code).toBe(0);
  });

  it('a reader that stops early (`| head`) ends the report quietly, with the usual exit code', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`r${i}.txt`, 'Hi Sam,\n\nSorry for any inconvenience. The courier lost your parcel.\n']),
    );
    const dir = tempDir(files);
    const child = spawn(process.execPath, [BIN, '--format', 'json', '--concurrency', 'off', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('--help, --list-rules and --version to a reader that has gone end quietly, with exit 0', async () => {
    for (const flag of ['--help', '--list-rules', '--version']) {
      const child = spawn(process.execPath, [BIN, flag], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // The reader goes before the CLI has started, so its first write finds the pipe closed.
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ flag, stderr, code }).toEqual({ flag, stderr: '', code: 0 });
    }
  });

  it('a missing path is exit 2 with one line', () => {
    const r = cli(['no-such-file.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('apology-lint: no-such-file.md: no such file or directory\n');
  });

  it('respects .apologyignore, --ignore-pattern and --no-ignore', () => {
    const dir = tempDir({ '.apologyignore': 'drafts/\n', 'drafts/a.md': 'Sorry for any inconvenience.\n', 'b.md': 'Sorry for any inconvenience.\n' });
    const files = (args: string[]): string[] =>
      (JSON.parse(cli(['-f', 'json', ...args], { cwd: dir }).stdout) as { filePath: string }[]).map((r) => path.relative(dir, r.filePath));
    expect(files(['.'])).toEqual(['b.md']);
    expect(files(['--no-ignore', '.'])).toEqual(['b.md', 'drafts/a.md']);
    expect(files(['--ignore-pattern', 'b.md', '--no-error-on-unmatched-pattern', '.'])).toEqual([]);
  });

  it('a directory expands to replies whose extension is in any case; other files are left out', () => {
    const sorry = 'Sorry for any inconvenience.\n';
    const dir = tempDir({ 'Reply.MD': sorry, 'notes.Txt': sorry, 'export.JSON': '{}', README: sorry, 'old.md.bak': sorry });
    const r = cli(['-f', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    expect(results.map((x) => path.relative(dir, x.filePath))).toEqual(['Reply.MD', 'notes.Txt']);
    expect(results.map((x) => x.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`))).toEqual([['no-vague-apology 1:1'], ['no-vague-apology 1:1']]);
    const json = (JSON.parse(cli(['-f', 'json', '--ext', 'json', '.'], { cwd: dir }).stdout) as { filePath: string }[]).map((x) => path.basename(x.filePath));
    expect(json).toEqual(['export.JSON']);
  });

  it('writes -o atomically and refuses to overwrite a linted file', () => {
    const dir = tempDir({ 'r.md': 'Sorry for any inconvenience.\n' });
    expect(cli(['-f', 'json', '-o', 'out.json', 'r.md'], { cwd: dir }).code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'))[0].errorCount).toBe(1);
    const r = cli(['-o', 'r.md', 'r.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, 'r.md'), 'utf8')).toBe('Sorry for any inconvenience.\n');
  });

  it('a .txt report written into the linted folder is a reply on the next run: refused with what to do, then ignored', () => {
    const dir = tempDir({ 'r.md': 'Sorry for any inconvenience.\n' });
    expect(cli(['-o', 'report.txt', '.'], { cwd: dir }).code).toBe(1);
    const report = readFileSync(path.join(dir, 'report.txt'), 'utf8');
    expect(report).toMatch(/^\nr\.md\n {2}1:1 {2}error/);
    expect(cli(['-o', 'report.txt', '.'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'apology-lint: --output-file report.txt: refusing to overwrite a file being linted (write the report where no reply is linted, or list it in .apologyignore)\n',
    });
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe(report);
    writeFileSync(path.join(dir, '.apologyignore'), 'report.txt\n');
    expect(cli(['-o', 'report.txt', '.'], { cwd: dir }).code).toBe(1);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe(report);
  });

  it('-o refuses a linted reply reached through a link, and the cache, so neither is lost', () => {
    const dir = tempDir({ 'r.md': 'Sorry for any inconvenience.\n', 'replies/b.md': 'Thanks for writing.\n' });
    symlinkSync(path.join(dir, 'r.md'), path.join(dir, 'report.txt'));
    symlinkSync(path.join(dir, 'replies'), path.join(dir, 'linked-replies'));
    const runs = [
      {
        args: ['-o', 'report.txt', 'r.md'],
        stderr:
          'apology-lint: --output-file report.txt: refusing to overwrite a file being linted (write the report where no reply is linted, or list it in .apologyignore)\n',
      },
      {
        args: ['-o', 'r.md', 'report.txt'],
        stderr:
          'apology-lint: --output-file r.md: refusing to overwrite a file being linted (write the report where no reply is linted, or list it in .apologyignore)\n',
      },
      {
        args: ['-o', 'replies/b.md', 'linked-replies'],
        stderr:
          'apology-lint: --output-file replies/b.md: refusing to overwrite a file being linted (write the report where no reply is linted, or list it in .apologyignore)\n',
      },
      {
        args: ['--cache', '--cache-location', 'cache.json', '-o', 'cache.json', 'r.md'],
        stderr: 'apology-lint: --output-file cache.json: refusing to overwrite the cache (--cache-location)\n',
      },
    ];
    runs.push({
      args: ['--stdin', '--stdin-filename', 'report.txt', '-o', 'r.md'],
      stderr:
        'apology-lint: --output-file r.md: refusing to overwrite a file being linted (write the report where no reply is linted, or list it in .apologyignore)\n',
    });
    for (const { args, stderr } of runs) {
      const r = cli(args, { cwd: dir, input: 'Sorry for any inconvenience.\n' });
      expect({ args, code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ args, code: 2, stdout: '', stderr });
    }
    expect(readFileSync(path.join(dir, 'r.md'), 'utf8')).toBe('Sorry for any inconvenience.\n');
    expect(readFileSync(path.join(dir, 'replies', 'b.md'), 'utf8')).toBe('Thanks for writing.\n');
    expect(lstatSync(path.join(dir, 'report.txt')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['linked-replies', 'r.md', 'replies', 'report.txt']);
  });

  it('-o writes into a pipe or device in place, and through a link to the file it points at', async () => {
    const dir = tempDir({ 'r.md': 'Sorry for any inconvenience.\n', 'reports/out.json': 'old\n' });
    // A named pipe stands in for /dev/null and /dev/stdout: renaming a file over it would
    // replace it with a regular file.
    const pipe = await cliIntoPipe(['-f', 'json', '-o', '{pipe}', 'r.md'], path.join(dir, 'pipe'), dir);
    expect({ code: pipe.code, stillPipe: pipe.stillPipe }).toEqual({ code: 1, stillPipe: true });
    expect(JSON.parse(pipe.piped)[0].errorCount).toBe(1);
    // A link to the report file stays a link; the file it points at gets the report.
    symlinkSync(path.join('reports', 'out.json'), path.join(dir, 'latest.json'));
    expect(cli(['-f', 'json', '-o', 'latest.json', 'r.md'], { cwd: dir }).code).toBe(1);
    expect(lstatSync(path.join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'reports', 'out.json'), 'utf8'))[0].errorCount).toBe(1);
    expect(readdirSync(path.join(dir, 'reports'))).toEqual(['out.json']);
    expect(readdirSync(dir).sort()).toEqual(['latest.json', 'pipe', 'r.md', 'reports']);
  });

  it('--print-config shows the resolved rules', () => {
    const dir = tempDir({ '.apologyrc.yaml': 'rules:\n  no-blame-shift: warn\n', 'a.md': 'x\n' });
    const printed = JSON.parse(cli(['--print-config', 'a.md'], { cwd: dir }).stdout);
    expect(printed.rules['no-blame-shift'][0]).toBe('warn');
    expect(printed.rules['no-vague-apology'][0]).toBe('error');
    expect(printed.configFile).toBe(path.join(dir, '.apologyrc.yaml'));
  });

  it('colours only when asked: --color forces ANSI codes', () => {
    const r = cli(['--color', 'fixtures/examples/late-refund.txt'], { env: { NO_COLOR: '', FORCE_COLOR: '' } });
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).toMatch(/\u001b\[/);
    // eslint-disable-next-line no-control-regex
    expect(cli(['fixtures/examples/late-refund.txt']).stdout).not.toMatch(/\u001b\[/);
  });
});
