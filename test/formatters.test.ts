// CI formatters, run through the built CLI: GitHub workflow commands, SARIF validated against
// the SARIF 2.1.0 schema, and JUnit / Checkstyle XML read back with an XML parser.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rules as allRules } from '../rules/index.js';
import { checkstyle } from '../src/formatters/checkstyle.js';
import { compact } from '../src/formatters/compact.js';
import { escapeData, escapeProperty, github } from '../src/formatters/github.js';
import { gitlab } from '../src/formatters/gitlab.js';
import { html } from '../src/formatters/html.js';
import type { Formatter } from '../src/formatters/index.js';
import { json } from '../src/formatters/json.js';
import { junit } from '../src/formatters/junit.js';
import { sarif } from '../src/formatters/sarif.js';
import { stylish } from '../src/formatters/stylish.js';
import type { LintResult } from '../src/types.js';
import { xmlEscape } from '../src/formatters/xml.js';
import { cli, tempDir } from './helpers.js';

const require = createRequire(import.meta.url);

// Two replies: one with an error and a warning on known spans, one clean; the odd file name
// exercises escaping in every format.
const ODD = 'a&b <c>, d:e.txt';
function sample(): string {
  return tempDir({
    [ODD]: 'Sorry for any inconvenience.\nThe courier lost your parcel.\n',
    'sub dir/clean.md': "I'm sorry we charged your card twice. I've refunded the extra $38 today.\n",
  });
}
// Only the three phrase rules these expectations are written for.
const THREE = ['no-vague-apology', 'no-blame-shift', 'no-conditional-apology'];
const BASE = Object.keys(allRules)
  .filter((id) => !THREE.includes(id))
  .flatMap((id) => ['--rule', `${id}: off`]);
const WARN_BLAME = [...BASE, '--rule', 'no-blame-shift: warn'];

describe('-f github', () => {
  it('prints one workflow command per problem with exact positions, severity and rule title', () => {
    const r = cli([...WARN_BLAME, '-f', 'github', '.'], { cwd: sample() });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) file=[^,:\n]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:\n]+::[^\r\n]+$/);
    }
    expect(lines[0]).toMatch(
      /^::error file=a&b <c>%2C d%3Ae\.txt,line=1,col=1,endLine=1,endColumn=28,title=no-vague-apology::"Sorry for any inconvenience" is a generic apology/,
    );
    // The suggestion follows on its own (escaped) line.
    expect(lines[0]).toContain('%0A↳ Replace the generic object');
    expect(lines[1]).toMatch(/^::warning file=a&b <c>%2C d%3Ae\.txt,line=2,col=1,endLine=2,endColumn=\d+,title=no-blame-shift::"The courier lost/);
  });

  it('prints nothing for clean files', () => {
    const r = cli([...BASE, '-f', 'github', 'sub dir'], { cwd: sample() });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('50% off\r\nnext: a, b')).toBe('50%25 off%0D%0Anext: a, b');
    expect(escapeProperty('50% off\nnext: a, b')).toBe('50%25 off%0Anext%3A a%2C b');
  });
});

describe('-f sarif', () => {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  // The published schema has a pattern that is only valid without the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('validates against the SARIF 2.1.0 schema and carries rules, regions and suggestions', () => {
    const r = cli([...WARN_BLAME, '-f', 'sarif', '.'], { cwd: sample() });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const rules = run.tool.driver.rules as { id: string; helpUri: string; help: { markdown?: string } }[];
    expect(run.tool.driver.name).toBe('apology-lint');
    expect(rules.map((x) => x.id)).toEqual(Object.keys(allRules).sort());
    for (const rule of rules) {
      expect(rule.helpUri).toMatch(new RegExp(`/rules/${rule.id}\\.md$`));
      expect(rule.help.markdown).toMatch(new RegExp(`^# ${rule.id}\\n`));
    }
    expect(run.results).toHaveLength(2);
    const [vague, blame] = run.results;
    expect(rules[vague.ruleIndex]!.id).toBe('no-vague-apology');
    expect(vague).toMatchObject({ ruleId: 'no-vague-apology', level: 'error' });
    expect(vague.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'a%26b%20%3Cc%3E%2C%20d%3Ae.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 28 },
    });
    expect(vague.message.text).toMatch(/^"Sorry for any inconvenience" is a generic apology.*\nSuggestion: Replace the generic object/);
    expect(vague.properties.suggestions).toEqual([{ desc: expect.stringContaining('Replace the generic object') }]);
    expect(blame).toMatchObject({ ruleId: 'no-blame-shift', level: 'warning' });
    expect(blame.locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 1, endLine: 2 });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('each artifact URI, resolved against its base, names its file: # ? % : and spaces are encoded', () => {
    const names = ['dir one/reply #1 100%.md', 'why?.md', 'd:e.md', 'plain.md'];
    const dir = tempDir(Object.fromEntries(names.map((n) => [n, 'Sorry for any inconvenience.\n'])));
    const log = JSON.parse(cli([...BASE, '-f', 'sarif', '.'], { cwd: dir }).stdout);
    expect(validate(log)).toBe(true);
    const base = log.runs[0].originalUriBaseIds['%SRCROOT%'].uri as string;
    const files = (log.runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]).map((result) =>
      fileURLToPath(new URL(result.locations[0]!.physicalLocation.artifactLocation.uri, base)),
    );
    expect(files.sort()).toEqual(names.map((n) => path.join(realpathSync(dir), n)).sort());
  });

  it('a clean run is still a valid log with no results', () => {
    const r = cli([...BASE, '-f', 'sarif', 'sub dir'], { cwd: sample() });
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });

  it('the schema check is real: an unknown level is rejected', () => {
    const r = cli([...BASE, '-f', 'sarif', '.'], { cwd: sample() });
    const log = JSON.parse(r.stdout);
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['testsuite', 'testcase', 'file', 'error'].includes(name),
});

describe('-f junit', () => {
  it('is well-formed XML with a failing test case per problem and a passing one per clean file', () => {
    const r = cli([...WARN_BLAME, '-f', 'junit', '.'], { cwd: sample() });
    expect(r.code).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = parser.parse(r.stdout);
    expect(doc.testsuites).toMatchObject({ tests: '3', failures: '2' });
    const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: Record<string, unknown>[] }[];
    expect(suites.map((s) => s.name)).toEqual([ODD, 'sub dir/clean.md']);
    const [odd, clean] = suites;
    expect(odd!.testcase).toHaveLength(2);
    expect(odd!.testcase[0]).toMatchObject({
      name: 'no-vague-apology at 1:1',
      classname: ODD,
      failure: { type: 'error', message: expect.stringMatching(/^"Sorry for any inconvenience" is a generic apology/) },
    });
    expect(odd!.testcase[1]).toMatchObject({ name: 'no-blame-shift at 2:1', failure: { type: 'warning' } });
    expect(clean!.testcase).toEqual([{ time: '0', name: 'apology-lint', classname: 'sub dir/clean.md' }]);
  });
});

describe('-f checkstyle', () => {
  it('is well-formed XML with an <error> per problem', () => {
    const r = cli([...WARN_BLAME, '-f', 'checkstyle', '.'], { cwd: sample() });
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = parser.parse(r.stdout);
    const files = doc.checkstyle.file as { name: string; error?: Record<string, string>[] }[];
    expect(files.map((f) => f.name)).toEqual([ODD, 'sub dir/clean.md']);
    expect(files[0]!.error).toEqual([
      expect.objectContaining({ line: '1', column: '1', severity: 'error', source: 'apology-lint.rules.no-vague-apology' }),
      expect.objectContaining({ line: '2', column: '1', severity: 'warning', source: 'apology-lint.rules.no-blame-shift' }),
    ]);
    expect(files[0]!.error![0]!.message).toMatch(/^"Sorry for any inconvenience" is a generic apology.*\(no-vague-apology\)$/);
    expect(files[1]!.error).toBeUndefined();
  });

  it('xmlEscape keeps markup out and drops characters XML cannot hold', () => {
    expect(xmlEscape('a<b>&"c\'\u0001\n')).toBe('a&lt;b&gt;&amp;&quot;c&apos;&#10;');
    expect(XMLValidator.validate(`<x a="${xmlEscape('\u0007 \ud800 <&>')}"/>`)).toBe(true);
  });
});

describe('a formatter module', () => {
  it('gets each file text in result.source only when it sets needsSource', () => {
    const fmt = (needs: boolean): string =>
      `const f = (results) => JSON.stringify(results.map((r) => [r.messages.length, r.source ?? null]));\n${needs ? 'f.needsSource = true;\n' : ''}export default f;\n`;
    const dir = tempDir({ 'with.mjs': fmt(true), 'without.mjs': fmt(false), 'r.txt': 'Sorry for any inconvenience.\n' });
    expect(JSON.parse(cli([...BASE, '-f', './with.mjs', 'r.txt'], { cwd: dir }).stdout)).toEqual([[1, 'Sorry for any inconvenience.\n']]);
    expect(JSON.parse(cli([...BASE, '-f', './without.mjs', 'r.txt'], { cwd: dir }).stdout)).toEqual([[1, null]]);
    const stdin = cli([...BASE, '-f', './with.mjs', '--stdin'], { cwd: dir, input: 'Sorry if it broke.\n' });
    expect(JSON.parse(stdin.stdout)).toEqual([[1, 'Sorry if it broke.\n']]);
  });

  it('may be async, as eslint formatters may; one that gives no text is reported on one line', () => {
    const dir = tempDir({
      'async.mjs': 'export default async (results) => `${results.length} files, ${results[0].messages.length} problem`;\n',
      'nothing.cjs': 'module.exports = () => undefined;\n',
      'rejects.mjs': 'export default async () => { throw new Error("template missing"); };\n',
      'r.txt': 'Sorry for any inconvenience.\n',
    });
    const ok = cli([...BASE, '-f', './async.mjs', 'r.txt'], { cwd: dir });
    expect({ code: ok.code, stdout: ok.stdout, stderr: ok.stderr }).toEqual({ code: 1, stdout: '1 files, 1 problem\n', stderr: '' });
    const none = cli([...BASE, '-f', './nothing.cjs', 'r.txt'], { cwd: dir });
    expect({ code: none.code, stderr: none.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'nothing.cjs')}: the formatter returned nothing, not text\n`,
    });
    const rejects = cli([...BASE, '-f', './rejects.mjs', 'r.txt'], { cwd: dir });
    expect({ code: rejects.code, stderr: rejects.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'rejects.mjs')}: the formatter failed: template missing\n`,
    });
  });

  it('that is a device or a folder is refused at once, not read without end', () => {
    const dir = tempDir({ 'formats/x.js': '', 'r.txt': 'Sorry.\n' });
    const device = cli([...BASE, '-f', '/dev/zero', 'r.txt'], { cwd: dir, timeout: 30_000 });
    expect({ code: device.code, stdout: device.stdout, stderr: device.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'apology-lint: /dev/zero: cannot load formatter: not a regular file\n',
    });
    const folder = cli([...BASE, '-f', './formats', 'r.txt'], { cwd: dir });
    expect({ code: folder.code, stderr: folder.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'formats')}: cannot load formatter: not a regular file\n`,
    });
  });

  it('that never settles is named, with exit 2, not a silent exit 13', () => {
    const dir = tempDir({
      'stuck-load.mjs': 'await new Promise(() => {});\nexport default () => "";\n',
      'stuck-format.mjs': 'export default () => new Promise(() => {});\n',
      'r.txt': 'Sorry.\n',
    });
    const load = cli([...BASE, '-f', './stuck-load.mjs', 'r.txt'], { cwd: dir });
    expect({ code: load.code, stdout: load.stdout, stderr: load.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `apology-lint: ${path.join(dir, 'stuck-load.mjs')}: the formatter module never finished loading (it waits on a promise that never settles)\n`,
    });
    const format = cli([...BASE, '-f', './stuck-format.mjs', '-o', 'report.txt', 'r.txt'], { cwd: dir });
    expect({ code: format.code, stdout: format.stdout, stderr: format.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `apology-lint: ${path.join(dir, 'stuck-format.mjs')}: the formatter never finished (it waits on a promise that never settles)\n`,
    });
    expect(readdirSync(dir).sort()).toEqual(['r.txt', 'stuck-format.mjs', 'stuck-load.mjs']);
  });

  it('that throws is reported as its own failure, on one line, with exit 2', () => {
    const dir = tempDir({ 'boom.cjs': 'module.exports = () => { throw new Error("no template for this result\\nat line 2"); };\n', 'r.txt': 'Sorry.\n' });
    const r = cli([...BASE, '-f', './boom.cjs', 'r.txt'], { cwd: dir });
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `apology-lint: ${path.join(dir, 'boom.cjs')}: the formatter failed: no template for this result\n`,
    });
  });
});

describe('-f gitlab', () => {
  it('writes Code Quality issues with path, lines, severity and a fingerprint that survives moved lines', () => {
    const dir = sample();
    const r = cli([...WARN_BLAME, '-f', 'gitlab', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout);
    expect(issues).toEqual([
      expect.objectContaining({
        type: 'issue',
        check_name: 'no-vague-apology',
        severity: 'major',
        description: expect.stringMatching(/^"Sorry for any inconvenience" is a generic apology/),
        location: { path: ODD, lines: { begin: 1, end: 1 } },
      }),
      expect.objectContaining({ check_name: 'no-blame-shift', severity: 'minor', location: { path: ODD, lines: { begin: 2, end: 2 } } }),
    ]);
    for (const issue of issues) expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(2);
    // Two lines added above: same fingerprints, new line numbers.
    writeFileSync(path.join(dir, ODD), `Hi Sam,\n\n${readFileSync(path.join(dir, ODD), 'utf8')}`);
    const moved = JSON.parse(cli([...WARN_BLAME, '-f', 'gitlab', '.'], { cwd: dir }).stdout);
    expect(moved.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(issues.map((i: { fingerprint: string }) => i.fingerprint));
    expect(moved[0].location.lines.begin).toBe(3);
  });
});

describe('every format on one file with 150,000 problems', () => {
  it('formats it without exceeding the argument limit of a call', () => {
    const n = 150_000;
    const messages = Array.from({ length: n }, (_, k) => ({
      ruleId: 'no-vague-apology',
      severity: 2 as const,
      message: '"Sorry for any inconvenience" is a generic apology',
      line: k + 1,
      column: 1,
      endLine: k + 1,
      endColumn: 28,
    }));
    const result: LintResult = {
      filePath: path.resolve('big.txt'),
      messages,
      errorCount: n,
      warningCount: 0,
      fatalErrorCount: 0,
      apologyReply: null,
      apologyScore: null,
      source: '',
    };
    const context = { cwd: process.cwd(), rulesMeta: { 'no-vague-apology': { description: 'd', url: 'https://example.com' } } };
    const formats: Record<string, Formatter> = { stylish, json, compact, github, sarif, junit, checkstyle, gitlab, html };
    for (const [name, format] of Object.entries(formats)) expect(format([result], context).length, name).toBeGreaterThan(n);
  });
});
