// The programmatic API as a user gets it: `npm pack`, install the tarball into a new project,
// import it from Node and type-check a TypeScript file against the shipped declarations.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lintText } from '../src/index.js';
import { cli, ROOT, tempDir } from './helpers.js';

/** The environment without npm's per-script variables (they would point npm at this project). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

function run(cmd: string, args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...cleanEnv(), NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like `run`, without blocking the test worker during a long install. */
function runAsync(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...cleanEnv(), NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const USE_MJS = `
import { lintText, lintFiles, loadConfig, formatters, rules, rulesMeta } from 'apology-lint';
const one = await lintText('Sorry for any inconvenience.\\n', { filePath: 'reply.txt' });
const many = await lintFiles(['replies']);
const config = await loadConfig('replies/a.md');
const text = (await formatters.compact())(many, { cwd: process.cwd(), rulesMeta: rulesMeta() });
process.stdout.write(JSON.stringify({
  one,
  files: many.map((r) => [r.filePath.split('/').slice(-2).join('/'), r.messages.map((m) => m.ruleId)]),
  enabled: Object.keys(config.rules).sort(),
  rules: Object.keys(rules).sort(),
  recommended: Object.values(rules).filter((r) => r.meta.severity.recommended !== 'off').map((r) => r.meta.id).sort(),
  formatters: Object.keys(formatters).sort(),
  compact: text.split('\\n')[0],
}));
`;

const USE_TS = `
import { lintText, lintFiles, loadConfig, formatters, rules } from 'apology-lint';
import type { LintResult, LintMessage, ResolvedConfig, RuleMeta, Suggestion } from 'apology-lint';

const result: LintResult = await lintText('Sorry for any inconvenience.', { filePath: 'reply.txt' });
const first: LintMessage | undefined = result.messages[0];
const where: string = first ? \`\${first.line}:\${first.column} \${first.ruleId ?? ''}\` : '';
const suggestions: Suggestion[] = first?.suggestions ?? [];
const all: LintResult[] = await lintFiles(['replies'], { cwd: '.' });
const config: ResolvedConfig = await loadConfig('reply.txt');
const meta: RuleMeta | undefined = rules['no-vague-apology']?.meta;
const json: string = (await formatters.json())(all, { cwd: '.', rulesMeta: {} });
// @ts-expect-error lintText takes text, not a number
await lintText(42);
// @ts-expect-error there is no such formatter
formatters.nope;
export { where, suggestions, config, meta, json };
`;

describe('the packed package', () => {
  let consumer: string;

  beforeAll(async () => {
    const dist = tempDir();
    // dist/ is already built by the test setup; a second build here would race other tests.
    const pack = await runAsync('npm', ['pack', '--ignore-scripts', '--pack-destination', dist], ROOT);
    expect(pack.code, pack.stderr).toBe(0);
    const tarball = path.join(dist, pack.stdout.trim().split('\n').at(-1)!);
    consumer = tempDir({
      'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
      '.apologyrc.json': JSON.stringify({
        rules: Object.fromEntries(
          Object.keys(rules)
            .filter((id) => id !== 'no-vague-apology')
            .map((id) => [id, 'off']),
        ),
      }),
      'replies/a.md': 'We apologize for any inconvenience.\n',
      'replies/b.txt': "I'm sorry we charged your card twice. I've refunded the extra $38 today.\n",
      'use.mjs': USE_MJS,
      'use.ts': USE_TS,
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          noEmit: true,
          types: [],
        },
        files: ['use.ts'],
      }),
    });
    const install = await runAsync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], consumer);
    expect(install.code, install.stderr).toBe(0);
  }, 300_000);

  it('imports lintText, lintFiles, loadConfig, formatters and rules from "apology-lint"', () => {
    const r = run(process.execPath, ['use.mjs'], consumer);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.one).toMatchObject({ filePath: 'reply.txt', errorCount: 1, warningCount: 0 });
    expect(out.one.messages[0]).toMatchObject({ ruleId: 'no-vague-apology', severity: 2, line: 1, column: 1, endLine: 1, endColumn: 28 });
    expect(out.one.messages[0].suggestions[0].desc).toMatch(/^Replace the generic object/);
    expect(out.files).toEqual([
      ['replies/a.md', ['no-vague-apology']],
      ['replies/b.txt', []],
    ]);
    expect(out.enabled).toEqual(['no-vague-apology']);
    expect(out.rules).toEqual(Object.keys(rules).sort());
    expect(out.formatters).toEqual(['checkstyle', 'compact', 'github', 'gitlab', 'html', 'json', 'junit', 'sarif', 'stylish']);
    expect(out.compact).toMatch(/replies\/a\.md: line 1, col 4, Error - "apologize for any inconvenience" is a generic apology/);
  });

  it('ships types that a strict TypeScript project compiles against', { timeout: 120_000 }, async () => {
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = await runAsync(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The check is real: a type error in the consumer fails it.
    writeFileSync(path.join(consumer, 'use.ts'), `${USE_TS}\nconst n: number = (await lintText('x')).filePath;\nexport { n };\n`);
    const bad = await runAsync(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(/use\.ts\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
  });

  it('the installed CLI explains rules from the shipped docs pages', () => {
    const r = run(process.execPath, [path.join(consumer, 'node_modules', '.bin', 'apology-lint'), 'explain', 'no-blame-shift'], consumer);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# no-blame-shift\n/);
  });
});

describe('lintText', () => {
  it('returns the same result objects as the JSON formatter', async () => {
    const text = 'Sorry if the courier lost it.\nSorry for any inconvenience.\n';
    const dir = tempDir({ 'reply.txt': text });
    const three = ['no-conditional-apology', 'no-blame-shift', 'no-vague-apology'];
    const fromCli = JSON.parse(cli(['-f', 'json', 'reply.txt'], { cwd: dir }).stdout)[0];
    const fromApi = await lintText(text, { filePath: path.join(dir, 'reply.txt'), cwd: dir });
    expect(fromApi).toEqual(fromCli);
    expect(fromApi.messages.map((m) => m.ruleId).filter((id) => three.includes(id!))).toEqual(three);
  });
});
