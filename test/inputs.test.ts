// Help desk exports and HTML replies as users keep them: every finding at the exact line and
// column of the original file, named by its reply; broken files fail with one line.
import { spawn } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlAdapter } from '../src/inputs/html.js';
import { LAZY_EXTENSIONS } from '../src/inputs/index.js';
import { jsonAdapter, yamlAdapter } from '../src/inputs/structured.js';
import { lintFiles } from '../src/run.js';
import type { LintResult } from '../src/types.js';
import { zendeskExport } from '../scripts/macro-export.mjs';
import { BIN, ROOT, cli, tempDir } from './helpers.js';

type Expected = [ruleId: string, line: number, column: number, text: string, pointer: string | null];

// Each finding: rule, line, column, the words found there in the file, and the reply it is in.
// The strings sit inside JSON escapes (`\n`, `\u2019`, `\"`), YAML block (`|`, `>`), folded,
// quoted and plain scalars, and HTML with character references.
const FIXTURES: Record<string, Expected[]> = {
  'zendesk.json': [
    ['no-vague-apology', 15, 120, 'sorry for any inconvenience', 'macros[0]'],
    ['no-blame-shift', 15, 165, 'The warehouse sent the wrong', 'macros[0]'],
    ['no-conditional-apology', 29, 148, 'sorry if', 'macros[1]'],
    ['no-blame-shift', 40, 113, 'The courier lost', 'macros[2]'],
    ['no-vague-apology', 40, 153, 'apologize for any inconvenience', 'macros[2]'],
    ['no-conditional-apology', 40, 189, 'Sorry if', 'macros[2]'],
  ],
  'zendesk.yml': [
    ['no-vague-apology', 11, 45, 'sorry for any inconvenience', 'macros[0]'],
    ['no-blame-shift', 12, 11, 'The warehouse sent the wrong', 'macros[0]'],
    ['no-conditional-apology', 21, 43, 'sorry if', 'macros[1]'],
  ],
  'freshdesk.json': [
    ['no-vague-apology', 7, 98, 'sorry for any inconvenience', '[0]'],
    ['no-blame-shift', 7, 130, 'The warehouse sent the wrong', '[0]'],
    ['no-conditional-apology', 17, 36, 'sorry if', '[1]'],
  ],
  'freshdesk.yml': [
    ['no-vague-apology', 7, 37, 'apologize for any inconvenience', '[0]'],
    ['no-blame-shift', 15, 5, 'The warehouse sent the wrong', '[1]'],
  ],
  'helpscout.json': [
    ['no-vague-apology', 5, 97, 'sorry for any inconvenience', '[0]'],
    ['no-blame-shift', 5, 137, 'The warehouse sent the wrong', '[0]'],
    ['no-conditional-apology', 6, 22, 'Sorry if', '[0].chatText'],
  ],
  'helpscout.yml': [
    ['no-vague-apology', 6, 48, 'apologize for any inconvenience', '[0]'],
    ['no-conditional-apology', 7, 5, 'Sorry if', '[0]'],
  ],
  'intercom.json': [['no-vague-apology', 8, 83, 'sorry for any inconvenience', 'data[0]']],
  'intercom.yml': [
    ['no-blame-shift', 7, 8, 'Our payment provider charged you twice', '[0]'],
    ['no-vague-apology', 7, 54, 'sorry for any inconvenience', '[0]'],
  ],
  'front.json': [
    ['no-blame-shift', 10, 32, 'The warehouse sent the wrong', '_results[0]'],
    ['no-vague-apology', 10, 84, 'sorry for any inconvenience', '_results[0]'],
    ['no-conditional-apology', 10, 119, 'Sorry if', '_results[0]'],
  ],
  'front.yml': [
    ['no-blame-shift', 8, 33, 'The courier lost', '_results[0]'],
    ['no-vague-apology', 9, 14, 'apologize for any', '_results[0]'],
  ],
  'gorgias.json': [
    ['no-vague-apology', 14, 91, 'sorry for any inconvenience', 'data[0]'],
    ['no-blame-shift', 14, 120, 'The warehouse sent the wrong', 'data[0]'],
  ],
  'gorgias.yml': [['no-conditional-apology', 12, 13, 'Sorry if', 'data[0]']],
  'generic/replies.yml': [
    ['no-vague-apology', 7, 38, 'sorry for any inconvenience', 'replies[0].body'],
    ['no-blame-shift', 8, 7, 'The warehouse sent the wrong', 'replies[0].body'],
    ['no-vague-apology', 14, 14, 'apologize for any', 'replies[1].body'],
    ['no-conditional-apology', 17, 7, 'Sorry if', 'replies[1].body'],
    ['no-vague-apology', 20, 30, 'sorry for any inconvenience', 'replies[2].body'],
    ['no-blame-shift', 20, 59, 'The warehouse sent the wrong', 'replies[2].body'],
    ['no-conditional-apology', 23, 24, 'Sorry if', 'replies[3].body'],
    ['no-blame-shift', 26, 24, 'The courier lost', 'replies[4].body'],
    ['no-vague-apology', 27, 14, 'apologize for any inconvenience', 'replies[4].body'],
  ],
  'damaged-order.html': [
    ['no-vague-apology', 14, 80, 'sorry for any inconvenience', null],
    ['no-blame-shift', 15, 5, 'The warehouse sent the wrong', null],
  ],
};

const dir = path.join(ROOT, 'fixtures', 'macros');
const TARGETS = ['no-vague-apology', 'no-blame-shift', 'no-conditional-apology'];

function pointerOf(result: LintResult, m: LintResult['messages'][number]): string | null {
  return result.replies?.find((r) => r.messages.includes(m))?.pointer ?? null;
}

describe('readers loaded on demand', () => {
  it('are listed under exactly the extensions they declare', () => {
    const declared = [htmlAdapter, jsonAdapter, yamlAdapter].flatMap((a) => a.extensions);
    expect([...LAZY_EXTENSIONS].sort()).toEqual([...declared].sort());
  });
});

describe('help desk exports: exact positions in the original file', async () => {
  const results = await lintFiles(
    Object.keys(FIXTURES).map((f) => path.join(dir, f)),
    { cwd: ROOT },
  );
  for (const [name, expected] of Object.entries(FIXTURES)) {
    it(name, () => {
      const result = results.find((r) => r.filePath === path.join(dir, name))!;
      const lines = readFileSync(path.join(dir, name), 'utf8').split('\n');
      // Every finding of any rule sits where its words are in the file (escapes aside)…
      for (const m of result.messages) {
        const here = lines[m.line - 1]!.slice(m.column - 1, m.column - 1 + m.actual!.length);
        // (A finding that runs onto the next line starts with the rest of its first line.)
        if (!/[\\&]/.test(here)) expect(m.actual!.toLowerCase().startsWith(here.trimEnd().toLowerCase()) && here.trim().length > 2).toBe(true);
      }
      // …and the three rules these fixtures were written for find exactly these.
      const got = result.messages
        .filter((m) => TARGETS.includes(m.ruleId ?? ''))
        .map((m): Expected => {
          const want = expected.find((e) => e[1] === m.line && e[2] === m.column);
          return [m.ruleId ?? '', m.line, m.column, lines[m.line - 1]!.slice(m.column - 1, m.column - 1 + (want?.[3].length ?? 0)), pointerOf(result, m)];
        });
      expect(got).toEqual(expected);
    });
  }

  it('names each reply with its title and pointer, and gives each its own gate', () => {
    const result = results.find((r) => r.filePath === path.join(dir, 'zendesk.json'))!;
    expect(result.replies!.map((r) => [r.title, r.pointer, targeted(r.messages).length, r.apologyReply?.decision])).toEqual([
      ['Shipping::Damaged item', 'macros[0]', 2, true],
      ['Billing::Double charge', 'macros[1]', 1, true],
      ['Delivery::Late order', 'macros[2]', 3, true],
    ]);
    expect(result.replies![0]!.apologyReply!.reasons).toEqual(['title/tags contain "damaged"']);
    // The flat list is every reply's findings, in file order.
    const all = result.replies!.flatMap((r) => r.messages);
    expect(result.messages).toHaveLength(all.length);
    for (const m of all) expect(result.messages).toContain(m);
    expect(result.apologyReply).toBeNull();
  });

  it('never reports HTML attributes, <blockquote>, <style>, <script>, comments or alt text', () => {
    const html = readFileSync(path.join(dir, 'damaged-order.html'), 'utf8');
    // The fixture does hold the phrases there; none of those lines has a finding.
    for (const needle of [
      'content: "sorry for any',
      'The warehouse sent the wrong label',
      'Sorry for any inconvenience, but',
      'title="Sorry if',
      'alt="The courier lost',
      '<!-- Sorry if',
    ]) {
      expect(html).toContain(needle);
    }
    const result = results.find((r) => r.filePath === path.join(dir, 'damaged-order.html'))!;
    expect(targeted(result.messages).map((m) => m.line)).toEqual([14, 15]);
    // Document-level rules report at the reply's apology, on line 14 too.
    expect([...new Set(result.messages.map((m) => m.line))]).toEqual([14, 15]);
    expect(result.apologyReply?.reasons).toEqual(['title/tags contain "damaged"']);
  });
});

describe('help desk exports on the command line', () => {
  it('stylish names the reply: file  ›  "Title" (pointer)', () => {
    const r = cli(['fixtures/macros/zendesk.json']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const header = lines.indexOf('fixtures/macros/zendesk.json  ›  "Billing::Double charge" (macros[1])');
    expect(header).toBeGreaterThan(0);
    const block = lines.slice(header + 1, lines.indexOf('', header));
    expect(block.find((l) => l.includes('no-conditional-apology'))).toMatch(
      /^ {2}29:148 +error +"sorry if" makes the apology conditional.* +no-conditional-apology$/,
    );
    expect(lines.filter((l) => l.startsWith('fixtures/macros/zendesk.json'))).toEqual([
      'fixtures/macros/zendesk.json  ›  "Shipping::Damaged item" (macros[0])',
      'fixtures/macros/zendesk.json  ›  "Billing::Double charge" (macros[1])',
      'fixtures/macros/zendesk.json  ›  "Delivery::Late order" (macros[2])',
    ]);
  });

  it('JSON output carries replies alongside the flat messages', () => {
    const [result] = JSON.parse(cli(['-f', 'json', 'fixtures/macros/front.json']).stdout);
    expect(targeted(result.messages)).toHaveLength(3);
    expect(result.replies).toHaveLength(1);
    expect(Object.keys(result.replies[0]).sort()).toEqual(['apologyReply', 'apologyScore', 'messages', 'pointer', 'title']);
    expect(result.replies[0]).toMatchObject({ title: 'Wrong colour shipped', pointer: '_results[0]' });
    const order = (ms: LintResult['messages']): string[] => ms.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort();
    expect(order(result.replies[0].messages)).toEqual(order(result.messages));
  });

  it('a JSON syntax error is one line with its position, exit 2', () => {
    const tmp = tempDir({ 'macros.json': '{\n  "macros": [\n    { "title": "A" "actions": [] }\n  ]\n}\n' });
    const r = cli(['macros.json'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`apology-lint: ${path.join(tmp, 'macros.json')}:3:20: invalid JSON: expected "," between values\n`);
  });

  it('a broken export is one error line; the other files are still linted (exit 2)', () => {
    const tmp = tempDir({ 'a.json': '[{"title": "x", "content": "Hi",}]', 'b.md': 'Sorry for any inconvenience.\n' });
    const r = cli(['-f', 'compact', 'a.json', 'b.md'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `apology-lint: ${path.join(tmp, 'a.json')}:1:33: invalid JSON: expected a property name in double quotes (no trailing commas in JSON)\n`,
    );
    expect(r.stdout).toContain('b.md: line 1, col 1, Error');
  });

  it('a YAML syntax error is one line with its position, exit 2', () => {
    const tmp = tempDir({ 'macros.yml': 'macros:\n  - title: A\n    actions: [\n  - title: B\n' });
    const r = cli(['macros.yml'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(new RegExp(`^apology-lint: ${reEscape(path.join(tmp, 'macros.yml'))}:\\d+:\\d+: invalid YAML: \\S`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a truncated JSON file is an error too, never a stack trace (an empty one is clean, below)', () => {
    const tmp = tempDir({ 'b.json': '{"macros": [{"title": "x", "actions": [{"field": "comment_value", "value": "Sorry' });
    const b = cli(['b.json'], { cwd: tmp });
    expect(b.code).toBe(2);
    expect(b.stderr).toBe(`apology-lint: ${path.join(tmp, 'b.json')}:1:76: invalid JSON: unterminated string\n`);
  });

  it('a profile chosen for a named file that holds none of its replies is a warning; an empty export is clean', () => {
    const tmp = tempDir({
      'front.json': readFileSync(path.join(ROOT, 'fixtures/macros/front.json'), 'utf8'),
      'empty.json': '',
      'blank.json': '  \n',
      'empty.yml': '',
    });
    const forced = cli(['--input-profile', 'freshdesk', 'front.json'], { cwd: tmp });
    expect([forced.code, forced.stdout.trim(), forced.stderr]).toEqual([
      0,
      '',
      'apology-lint: warning: front.json: Freshdesk canned responses (--input-profile): no replies found; nothing linted\n',
    ]);
    const empty = cli(['empty.json', 'blank.json', 'empty.yml'], { cwd: tmp });
    expect([empty.code, empty.stdout.trim(), empty.stderr]).toEqual([0, '', '']);
    const verbose = cli(['--verbose', 'empty.json'], { cwd: tmp });
    expect(verbose.stderr).toBe('apology-lint: note: empty.json: empty file: nothing linted\n');
  });

  it('a file no profile matches is skipped, never linted as prose; a warning when it is named, --verbose says why', () => {
    const settings = '{ "theme": "dark", "note": "Sorry for any inconvenience." }\n';
    const tmp = tempDir({ 'settings.json': settings, 'more/other.json': settings });
    const named = cli(['settings.json'], { cwd: tmp });
    expect([named.code, named.stdout.trim(), named.stderr]).toEqual([
      0,
      '',
      'apology-lint: warning: settings.json: skipped: no help desk profile (Zendesk, Freshdesk, Help Scout, Intercom, Front, Gorgias) matches its shape and no config "inputs" entry applies; choose one with --input-profile\n',
    ]);
    // Found in a directory or by a glob, it is skipped without a word.
    for (const args of [['--ext', 'json', 'more'], ['more/*.json']]) {
      const found = cli(args, { cwd: tmp });
      expect([found.code, found.stdout.trim(), found.stderr]).toEqual([0, '', '']);
    }
    const verbose = cli(['--verbose', 'settings.json'], { cwd: tmp });
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toBe(
      'apology-lint: note: settings.json: skipped: no help desk profile (Zendesk, Freshdesk, Help Scout, Intercom, Front, Gorgias) matches its shape and no config "inputs" entry applies\n',
    );
    const [result] = JSON.parse(cli(['-f', 'json', 'settings.json'], { cwd: tmp }).stdout);
    expect(result).toMatchObject({ messages: [], replies: [], notes: [expect.stringMatching(/^skipped: /)] });
  });

  it('--verbose names the profile found', () => {
    const r = cli(['--verbose', 'fixtures/macros/gorgias.json', 'fixtures/macros/helpscout.json']);
    expect(r.stderr).toBe(
      'apology-lint: note: fixtures/macros/gorgias.json: Gorgias macros: 1 reply\napology-lint: note: fixtures/macros/helpscout.json: Help Scout saved replies: 4 replies\n',
    );
  });

  it('--input-profile forces a profile; an unknown name is a usage error', () => {
    const forced = cli(['--verbose', '--input-profile', 'zendesk', 'fixtures/macros/freshdesk.json']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toBe('apology-lint: note: fixtures/macros/freshdesk.json: Zendesk macros (--input-profile): no replies found; nothing linted\n');
    const bad = cli(['--input-profile', 'zendesks', 'fixtures/macros/freshdesk.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/'zendesks' is invalid\. Allowed choices are auto, zendesk, gorgias, freshdesk, helpscout, intercom, front/);
  });

  it('directories expand to Markdown and text only; --ext adds more; named files are always read', () => {
    const bad = 'We apologize for any inconvenience.';
    const tmp = tempDir({
      'a.md': `${bad}\n`,
      'macros.json': JSON.stringify([{ title: 'T', content: bad }]),
      'reply.html': `<p>${bad}</p>`,
    });
    const files = (args: string[]): string[] =>
      (JSON.parse(cli(['-f', 'json', ...args], { cwd: tmp }).stdout) as LintResult[]).map((r) => path.relative(tmp, r.filePath));
    expect(files(['.'])).toEqual(['a.md']);
    expect(files(['--ext', 'md,json', '.'])).toEqual(['a.md', 'macros.json']);
    expect(files(['reply.html', 'macros.json'])).toEqual(['macros.json', 'reply.html']);
    expect(files(['*.{json,html}'])).toEqual(['macros.json', 'reply.html']);
  });

  it('a directory expands to files in subfolders, not dot files or folders, node_modules or links; one --ext works alone', () => {
    const bad = 'We apologize for any inconvenience.\n';
    const tmp = tempDir({
      'a.md': bad,
      'A.MD': bad,
      '.draft.md': bad,
      'sub/deeper/b.txt': bad,
      'sub/c.markdown': bad,
      '.hidden/d.md': bad,
      'node_modules/pkg/e.md': bad,
      'notes.md.bak': bad,
    });
    symlinkSync(path.join(tmp, 'a.md'), path.join(tmp, 'link.md'));
    symlinkSync(path.join(tmp, 'sub'), path.join(tmp, 'linked-folder'));
    const files = (args: string[]): string[] =>
      (JSON.parse(cli(['-f', 'json', ...args], { cwd: tmp }).stdout) as LintResult[]).map((r) => path.relative(tmp, r.filePath).split(path.sep).join('/'));
    expect(files(['.'])).toEqual(['A.MD', 'a.md', 'sub/c.markdown', 'sub/deeper/b.txt']);
    expect(files(['--ext', 'txt', '.'])).toEqual(['sub/deeper/b.txt']);
    const none = cli(['--ext', 'md', 'sub'], { cwd: tmp });
    expect([none.code, none.stderr]).toEqual([2, 'apology-lint: sub: no files matched\n']);
    const skipped = cli(['node_modules/pkg'], { cwd: tmp });
    expect([skipped.code, skipped.stderr]).toEqual([2, 'apology-lint: node_modules/pkg: no files matched (all matching files are ignored)\n']);
    writeFileSync(path.join(tmp, '.apologyignore'), 'sub/deeper/\n');
    expect(files(['.'])).toEqual(['A.MD', 'a.md', 'sub/c.markdown']);
  });

  it('reads a structured file from stdin by --stdin-filename', () => {
    const r = cli(['--stdin', '--stdin-filename', 'canned.json', '-f', 'json'], {
      input: '[{"title": "Late", "content": "Hello,\\nWe\\u2019re sorry for any inconvenience."}]',
    });
    const [result] = JSON.parse(r.stdout);
    expect(targeted(result.messages).map((m) => [m.line, m.column])).toEqual([[1, 51]]);
  });
});

describe('config inputs', () => {
  it('a profile for matching files, paths for others, titles and tags feeding the gate', () => {
    const tmp = tempDir({
      '.apologyrc.yml': [
        'inputs:',
        '  - files: "exports/*.json"',
        '    profile: intercom',
        '  - files: "macros/**/*.yml"',
        '    text: ["$.groups[*].replies[*].body"]',
        '    title: "$.groups[*].replies[*].name"',
        '    tags: "$.groups[*].labels"',
        '',
      ].join('\n'),
      // Shaped like Front (name + body) but read as Intercom because the config says so.
      'exports/templates.json': '[{"name": "Card declined", "body": "<p>The bank declined your card.</p>"}]',
      'macros/team/billing.yml': [
        'groups:',
        '  - labels: [billing]',
        '    replies:',
        '      - name: Plan change',
        '        body: Your plan changes on Monday.',
        '      - name: Overcharge',
        '        body: |',
        '          We charged you twice. Sorry if you feel',
        '          misled by the invoice.',
        '',
      ].join('\n'),
    });
    const r = cli(['--verbose', '-f', 'json', 'exports/templates.json', 'macros/team/billing.yml'], { cwd: tmp });
    expect(r.stderr).toBe(
      'apology-lint: note: exports/templates.json: Intercom macros (config inputs): 1 reply\napology-lint: note: macros/team/billing.yml: config inputs paths: 2 replies\n',
    );
    const [, yml] = JSON.parse(r.stdout) as LintResult[];
    expect(yml!.replies!.map((x) => [x.title, x.pointer, targeted(x.messages).map((m) => `${m.line}:${m.column} ${m.ruleId}`)])).toEqual([
      ['Plan change', 'groups[0].replies[0].body', []],
      ['Overcharge', 'groups[0].replies[1].body', ['8:33 no-conditional-apology']],
    ]);
    // The tag "billing" is not a complaint word; the title decides nothing either: the text does.
    expect(yml!.replies![0]!.apologyReply!.decision).toBe(false);
  });

  it('title and tags open the apology gate (RULES.md §2)', async () => {
    const tmp = tempDir({
      'macros.json': JSON.stringify({
        macros: [
          { title: 'Refund – damaged item', actions: [{ field: 'comment_value', value: 'Your new blender ships today.' }] },
          {
            title: 'Order update',
            actions: [
              { field: 'comment_value', value: 'Your new blender ships today.' },
              { field: 'current_tags', value: 'vip outage' },
            ],
          },
          { title: 'Order update', actions: [{ field: 'comment_value', value: 'Your new blender ships today.' }] },
        ],
      }),
    });
    const [result] = await lintFiles(['macros.json'], { cwd: tmp });
    expect(result!.replies!.map((r) => [r.apologyReply!.decision, r.apologyReply!.reasons[0] ?? null])).toEqual([
      [true, 'title/tags contain "refund"'],
      [true, 'title/tags contain "outage"'],
      [false, 'no apology, ownership or failure cues'],
    ]);
  });

  it.each([
    [[{ files: '*.yml', text: ['$.replies[*.body'] }], 'inputs[0].text "$.replies[*.body": expected [*], [number] or [\'key\'] at character 10'],
    [[{ files: '*.yml', profile: 'zendsk' }], 'inputs[0].profile "zendsk" is not one of zendesk, gorgias, freshdesk, helpscout, intercom, front'],
    [[{ files: '*.yml' }], 'inputs[0] needs either "profile" or "text" (paths to the reply text), not both'],
    [[{ files: '*.yml', text: '$.a[*]', titel: '$.b' }], 'inputs[0]: unknown key "titel" (keys: files, profile, text, title, tags, html)'],
    [[{ text: '$.a[*]' }], 'inputs[0].files must be a glob or a list of globs'],
    [[{ files: '*.yml', text: '$.a', title: '$.b[*]' }], 'inputs[0].title "$.b[*]" has more [*] than the text path'],
    [{ files: '*.yml' }, 'inputs must be a list of { files, profile } or { files, text, title } entries'],
  ])('rejects a bad inputs entry with one line: %j', (inputs, message) => {
    const tmp = tempDir({ '.apologyrc.json': JSON.stringify({ inputs }), 'a.md': 'Hello.\n' });
    const r = cli(['a.md'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`apology-lint: ${path.join(tmp, '.apologyrc.json')}: ${message}\n`);
  });
});

describe('directives in YAML and HTML macro files', () => {
  it('# comment directives work in YAML, <!-- --> ones in HTML bodies', () => {
    const tmp = tempDir({
      'macros.yml': [
        '- title: Delay',
        '  # apology-lint-disable-next-line no-vague-apology',
        '  content: We apologize for any inconvenience.',
        '- title: Delay 2',
        '  content: We apologize for any inconvenience.',
        '',
      ].join('\n'),
      'macros.json': JSON.stringify([{ title: 'A', content_html: '<!-- apology-lint-disable no-vague-apology --><p>We apologize for any inconvenience.</p>' }]),
    });
    const results = JSON.parse(cli(['-f', 'json', 'macros.yml', 'macros.json'], { cwd: tmp }).stdout) as LintResult[];
    expect(results.map((r) => r.messages.map((m) => `${m.line}:${m.column}`))).toEqual([[], ['5:15']]);
  });
});

describe('a 5,000-macro Zendesk export', () => {
  it('lints every reply and reports each finding where its words are', async () => {
    const tmp = tempDir();
    const file = path.join(tmp, 'macros.json');
    const exported = zendeskExport(5000);
    writeFileSync(file, JSON.stringify(exported, null, 2));
    // In a child process, so the test worker stays responsive while thousands of replies are linted.
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, '-f', 'json', '-o', 'report.json', 'macros.json'], { cwd: tmp, stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    expect(code).toBe(1);
    const [result] = JSON.parse(readFileSync(path.join(tmp, 'report.json'), 'utf8')) as LintResult[];
    expect(result!.replies).toHaveLength(5000);
    // The three fixture macros find 2, 1 and 3 problems.
    const perTemplate = [2, 1, 3];
    expect(result!.replies!.map((r) => targeted(r.messages).length)).toEqual(exported.macros.map((_: unknown, i: number) => perTemplate[i % 3]));
    expect(result!.replies![4999]).toMatchObject({ pointer: 'macros[4999]', title: 'Billing::Double charge #4999' });
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const m of targeted(result!.messages)) {
      expect(lines[m.line - 1]!.slice(m.column - 1, m.column - 1 + m.actual!.length).toLowerCase()).toBe(m.actual!.toLowerCase());
    }
  }, 180_000);
});

/** The findings of the three rules the fixtures were written for. */
function targeted<T extends { ruleId: string | null }>(messages: T[]): T[] {
  return messages.filter((m) => TARGETS.includes(m.ruleId ?? ''));
}

function reEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
