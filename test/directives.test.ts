// Inline directives, eslint-style, in Markdown comments and `#` lines of text files.
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/lint.js';
import { cli, only, tempDir } from './helpers.js';

const ALL = only(['no-vague-apology', 'no-blame-shift', 'no-conditional-apology']);
const lintMd = (text: string, report = false) =>
  lintSource(text, 'reply.md', ALL, { reportUnusedDisableDirectives: report }).messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'directive'}`);

describe('directives', () => {
  it('disable/enable a rule for a region of a Markdown reply', () => {
    const text = [
      'Sorry for any inconvenience.', // 1
      '',
      '<!-- apology-lint-disable no-vague-apology -->', // 3
      '',
      'Sorry for any inconvenience. The courier lost it.', // 5
      '',
      '<!-- apology-lint-enable no-vague-apology -->', // 7
      '',
      'Sorry for any inconvenience.', // 9
      '',
    ].join('\n');
    expect(lintMd(text)).toEqual(['1:1 no-vague-apology', '5:30 no-blame-shift', '9:1 no-vague-apology']);
  });

  it('disable with no rule list disables all rules until enable', () => {
    const text = '<!-- apology-lint-disable -->\n\nSorry for any inconvenience. The courier lost it.\n\n<!-- apology-lint-enable -->\n\nThe courier lost it.\n';
    expect(lintMd(text)).toEqual(['7:1 no-blame-shift']);
  });

  it('disable-next-line affects only the next line', () => {
    const text = '<!-- apology-lint-disable-next-line no-blame-shift -->\nThe courier lost it.\nThe courier lost it again.\n';
    expect(lintMd(text)).toEqual(['3:1 no-blame-shift']);
  });

  it('text files use # lines, which are not linted themselves', () => {
    const text = '# apology-lint-disable-next-line no-vague-apology -- boilerplate we must keep\nSorry for any inconvenience.\nSorry for any inconvenience.\n';
    const msgs = lintSource(text, 'reply.txt', ALL).messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(msgs).toEqual(['3:1 no-vague-apology']);
  });

  it('reports unused and unknown directives as warnings when asked', () => {
    const text = '<!-- apology-lint-disable-next-line no-blame-shift -->\nAll good here.\n\n<!-- apology-lint-disable no-such-rule -->\n';
    expect(lintMd(text)).toEqual([]);
    const result = lintSource(text, 'reply.md', ALL, { reportUnusedDisableDirectives: true });
    expect(result.messages.map((m) => [m.line, m.column, m.severity, m.message])).toEqual([
      [1, 1, 1, "Unused apology-lint-disable-next-line directive (no problems were reported from 'no-blame-shift')"],
      [4, 1, 1, 'Unknown rule "no-such-rule" in apology-lint-disable directive'],
    ]);
  });

  it('ignore-file skips the whole reply', () => {
    expect(lintMd('<!-- apology-lint ignore-file -->\n\nSorry for any inconvenience.\n')).toEqual([]);
  });

  it('--report-unused-disable-directives from the CLI', () => {
    const dir = tempDir({ 'r.md': '<!-- apology-lint-disable-next-line no-blame-shift -->\nHello there.\n' });
    const r = cli(['--report-unused-disable-directives', '-f', 'compact', 'r.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "r.md: line 1, col 1, Warning - Unused apology-lint-disable-next-line directive (no problems were reported from 'no-blame-shift')",
    );
  });

  it('with inline config off, no directive is obeyed and each is a warning where it is', () => {
    const text = [
      '<!-- apology-lint apology -->', // 1
      '<!-- apology-lint-disable no-vague-apology -->', // 2
      'Sorry for any inconvenience. <!-- apology-lint-disable-line -->', // 3
      '',
    ].join('\n');
    const off = (t: string, file = 'reply.md') =>
      lintSource(t, file, ALL, { noInlineConfig: true, reportUnusedDisableDirectives: true }).messages.map(
        (m) => `${m.line}:${m.column} ${m.ruleId ?? m.message}`,
      );
    const noEffect = (name: string) => `"${name}" has no effect: inline directives are off (--no-inline-config)`;
    expect(lintMd(text)).toEqual([]);
    expect(off(text)).toEqual([
      `1:1 ${noEffect('apology-lint apology')}`,
      `2:1 ${noEffect('apology-lint-disable')}`,
      '3:1 no-vague-apology',
      `3:30 ${noEffect('apology-lint-disable-line')}`,
    ]);
    expect(off('# apology-lint ignore-file\nSorry for any inconvenience.\n', 'reply.txt')).toEqual([
      `1:1 ${noEffect('apology-lint ignore-file')}`,
      '2:1 no-vague-apology',
    ]);
    // A comment that is not a directive is not reported.
    expect(off('<!-- apology-lint rocks -->\nThanks for writing in.\n')).toEqual([]);
  });

  it('--no-inline-config from the CLI: on standard input, on a pool, and in the cache key', () => {
    const reply = '<!-- apology-lint-disable no-vague-apology -->\nSorry for any inconvenience.\n';
    const dir = tempDir({ 'r.md': reply, 'other.md': 'Thanks for writing in.\n' });
    const lines = [
      'r.md: line 1, col 1, Warning - "apology-lint-disable" has no effect: inline directives are off (--no-inline-config)',
      'r.md: line 2, col 1, Error - "Sorry for any inconvenience" is a generic apology: name what went wrong ("I\'m sorry we charged your card twice") (no-vague-apology)',
      '',
      '2 problems',
      '',
    ].join('\n');
    for (const args of [['r.md'], ['--concurrency', '2', '.'], ['--stdin', '--stdin-filename', 'r.md']]) {
      expect(cli(['-f', 'compact', '--no-inline-config', ...args], { cwd: dir, input: reply })).toEqual({ code: 1, stdout: lines, stderr: '' });
    }
    // A cached result made with the directives obeyed is not reused without them, nor the other way round.
    const cached = (...flags: string[]) => cli(['-f', 'compact', '--cache', '--cache-location', 'cache.json', ...flags, 'r.md'], { cwd: dir }).code;
    expect([cached(), cached('--no-inline-config'), cached(), cached('--no-inline-config')]).toEqual([0, 1, 0, 1]);
  });

  it('--stdin-filename picks the format and the overrides', () => {
    const dir = tempDir({ '.apologyrc.json': JSON.stringify({ overrides: [{ files: ['*.txt'], rules: { 'no-vague-apology': 'warn' } }] }) });
    const input = '> Sorry for any inconvenience.\n\nSorry for any inconvenience.\n';
    const r = cli(['--stdin', '--stdin-filename', 'reply.txt', '-f', 'json'], { cwd: dir, input });
    const [result] = JSON.parse(r.stdout);
    expect(result.filePath).toMatch(/reply\.txt$/);
    expect(result.messages.map((m: { line: number; severity: number }) => [m.line, m.severity])).toEqual([[3, 1]]);
    expect(r.code).toBe(0);
  });
});
