// Config errors are one line naming the file and the problem, exit 2, never a stack trace.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canRunUnprivileged, cli, cliUnprivileged, tempDir } from '../helpers.js';

function run(files: Record<string, string>): { code: number | null; stderr: string; dir: string } {
  const dir = tempDir({ ...files, 'reply.md': 'Sorry for any inconvenience.\n' });
  const r = cli(['reply.md'], { cwd: dir });
  return { code: r.code, stderr: r.stderr, dir };
}

describe('config errors', () => {
  it('unknown rule id', () => {
    const { code, stderr, dir } = run({ '.apologyrc.json': '{"rules": {"no-vague-apologies": "error"}}' });
    expect(code).toBe(2);
    expect(stderr).toBe(`apology-lint: ${path.join(dir, '.apologyrc.json')}: unknown rule "no-vague-apologies" (did you mean "no-vague-apology"?)\n`);
  });

  it('bad severity', () => {
    const { code, stderr, dir } = run({ '.apologyrc.json': '{"rules": {"no-blame-shift": "loud"}}' });
    expect(code).toBe(2);
    expect(stderr).toBe(
      `apology-lint: ${path.join(dir, '.apologyrc.json')}: rules.no-blame-shift: severity "loud" is not one of "off", "warn", "error", 0, 1, 2\n`,
    );
  });

  it('broken YAML', () => {
    const { code, stderr, dir } = run({ '.apologyrc.yaml': 'rules:\n  no-blame-shift: [warn\n  other: : :\n' });
    expect(code).toBe(2);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).toMatch(new RegExp(`^apology-lint: ${path.join(dir, '.apologyrc.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read config: `));
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("invalid JSON: the parser's reason, not its code frame or the file's text", () => {
    const end = run({ '.apologyrc.json': '{"rules": ' });
    expect(end.code).toBe(2);
    expect(end.stderr).toBe(`apology-lint: ${path.join(end.dir, '.apologyrc.json')}: cannot read config: Unexpected end of JSON input\n`);
    const bad = run({ '.apologyrc.json': '{ bad json' });
    expect(bad.code).toBe(2);
    // Newer V8 versions add "(line 1 column 3)" after the position.
    expect(bad.stderr).toMatch(/\.apologyrc\.json: cannot read config: [^\n|>]*JSON at position 2\b[^\n|>]*\n$/);
    expect(bad.stderr).not.toMatch(/bad json/);
  });

  it('unknown top-level key', () => {
    const { code, stderr } = run({ '.apologyrc.json': '{"rulez": {}}' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/\.apologyrc\.json: unknown key "rulez"/);
  });

  it('wrong option type and unknown option', () => {
    expect(run({ '.apologyrc.json': '{"rules": {"no-blame-shift": ["error", {"ownedParties": "our warehouse"}]}}' }).stderr).toMatch(
      /rules\.no-blame-shift: option "ownedParties" must be a string\[\]/,
    );
    expect(run({ '.apologyrc.json': '{"rules": {"no-blame-shift": ["error", {"owned": []}]}}' }).stderr).toMatch(
      /rules\.no-blame-shift: unknown option "owned"/,
    );
  });

  it('extends that cannot be found, and circular extends', () => {
    expect(run({ '.apologyrc.json': '{"extends": "./base.json"}' }).stderr).toMatch(/cannot find config file ".*base\.json"/);
    const circular = run({ '.apologyrc.json': '{"extends": "./a.json"}', 'a.json': '{"extends": "./b.json"}', 'b.json': '{"extends": "./a.json"}' });
    expect(circular.code).toBe(2);
    expect(circular.stderr).toMatch(/circular extends: .*a\.json -> .*b\.json -> .*a\.json/);
  });

  it('a phrase pattern in an option that does not parse names the file, rule and option', () => {
    const allow = run({ '.apologyrc.json': '{"rules": {"no-vague-apology": ["error", {"allow": ["(sorry for any"]}]}}' });
    expect(allow.code).toBe(2);
    expect(allow.stderr).toBe(
      `apology-lint: ${path.join(allow.dir, '.apologyrc.json')}: rules.no-vague-apology: option "allow": unbalanced "(" in pattern: (sorry for any\n`,
    );
    const parties = run({ '.apologyrc.yaml': 'rules:\n  no-blame-shift: [error, {extraParties: ["the <NOPE"]}]\n' });
    expect(parties.code).toBe(2);
    expect(parties.stderr).toMatch(/\.apologyrc\.yaml: rules\.no-blame-shift: option "extraParties": unexpected "<NOPE" in pattern: the <NOPE\n$/);
    // Class references are resolved by the rule, so they are valid here.
    expect(run({ '.apologyrc.json': '{"rules": {"no-vague-apology": ["error", {"allow": ["<SORRY> for any inconvenience"]}]}}' }).code).toBe(0);
  });

  it('a JS config with a syntax error gives the syntax error', () => {
    const { code, stderr, dir } = run({ 'apology.config.js': 'export default {\n  rules: {}\n  oops\n};\n' });
    expect(code).toBe(2);
    expect(stderr).toBe(`apology-lint: ${path.join(dir, 'apology.config.js')}: cannot read config: Unexpected identifier 'oops'\n`);
  });

  it('a CommonJS config in apology.config.js loads', () => {
    const { code, stderr } = run({ 'apology.config.js': 'module.exports = { rules: { "no-vague-apology": "off" } };\n' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('a JS config that throws', () => {
    const { code, stderr } = run({ 'apology.config.mjs': 'throw new Error("boom from config");\n' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/apology\.config\.mjs: cannot read config: .*boom from config/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a JS config that awaits a promise that never settles is named, not a silent exit 13', () => {
    const { code, stderr, dir } = run({ 'apology.config.mjs': 'await new Promise(() => {});\nexport default {};\n' });
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'apology.config.mjs')}: the config never finished loading (it waits on a promise that never settles)\n`,
    });
  });

  it('extends presets and paths, and reads "apology" in package.json', () => {
    const dir = tempDir({
      'package.json': JSON.stringify({ name: 'macros', apology: { extends: ['apology-lint:recommended', './team.yaml'] } }),
      'team.yaml': 'rules:\n  no-vague-apology: off\n',
      'reply.md': 'Sorry for any inconvenience.\n',
    });
    const r = cli(['reply.md'], { cwd: dir });
    expect(r.code).toBe(0);
  });

  it('extends an installed config package, found from the config folder upward, and a file in one', () => {
    const dir = tempDir({
      'node_modules/@acme/apology-config/package.json': JSON.stringify({ name: '@acme/apology-config', version: '1.0.0', main: 'index.yaml' }),
      // The package's own `extends` path is relative to the package.
      'node_modules/@acme/apology-config/index.yaml': 'extends: ./base.json\nrules:\n  no-vague-apology: warn\n',
      'node_modules/@acme/apology-config/base.json': '{"rules": {"no-vague-apology": "off", "require-empathy": "off"}}',
      'node_modules/@acme/apology-config/strict.json': '{"rules": {"no-vague-apology": "error"}}',
      'node_modules/esm-config/package.json': JSON.stringify({ name: 'esm-config', type: 'module', exports: './index.js' }),
      'node_modules/esm-config/index.js': 'export default { rules: { "no-vague-apology": "off" } };\n',
      'macros/.apologyrc.yaml': 'extends: "@acme/apology-config"\n',
      'macros/reply.md': 'Sorry for any inconvenience.\n',
      'strict/.apologyrc.json': '{"extends": ["@acme/apology-config", "@acme/apology-config/strict.json"]}',
      'strict/reply.md': 'Sorry for any inconvenience.\n',
      'esm/.apologyrc.json': '{"extends": "esm-config"}',
      'esm/reply.md': 'Sorry for any inconvenience.\n',
    });
    const vague = (severity: string, file: string): string =>
      `${file}: line 1, col 1, ${severity} - "Sorry for any inconvenience" is a generic apology: name what went wrong ("I'm sorry we charged your card twice") (no-vague-apology)`;
    const macros = cli(['-f', 'compact', 'macros'], { cwd: dir });
    expect(macros.stdout.split('\n')[0]).toBe(vague('Warning', 'macros/reply.md'));
    expect(macros.code).toBe(0);
    const strict = cli(['-f', 'compact', 'strict'], { cwd: dir });
    expect(strict.stdout.split('\n')[0]).toBe(vague('Error', 'strict/reply.md'));
    expect(strict.code).toBe(1);
    expect(cli(['-f', 'compact', 'esm'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a name not written as a path is a file beside the config when there is one, a package otherwise', () => {
    const dir = tempDir({
      'node_modules/team.json/package.json': JSON.stringify({ name: 'team.json', main: 'index.json' }),
      'node_modules/team.json/index.json': '{"rules": {"no-vague-apology": "error"}}',
      '.apologyrc.json': '{"extends": "team.json"}',
      'team.json': '{"rules": {"no-vague-apology": "off"}}',
      'reply.md': 'Sorry for any inconvenience.\n',
    });
    expect(cli(['reply.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a config package that cannot be found or resolved is named, exit 2', () => {
    const files = {
      'node_modules/esm-only/package.json': JSON.stringify({ name: 'esm-only', type: 'module', exports: { '.': './index.js' } }),
      'node_modules/esm-only/index.js': 'export default {};\n',
    };
    const missing = run({ ...files, '.apologyrc.json': '{"extends": "@acme/apology-config"}' });
    expect(missing).toMatchObject({
      code: 2,
      stderr: `apology-lint: ${path.join(missing.dir, '.apologyrc.json')}: extends: cannot find config file or package "@acme/apology-config"\n`,
    });
    // Node's own modules are not config packages.
    const builtin = run({ '.apologyrc.json': '{"extends": "fs"}' });
    expect(builtin.stderr).toBe(`apology-lint: ${path.join(builtin.dir, '.apologyrc.json')}: extends: cannot find config file or package "fs"\n`);
    const unexported = run({ ...files, '.apologyrc.json': '{"extends": "esm-only/index.js"}' });
    expect(unexported.code).toBe(2);
    expect(unexported.stderr).toBe(
      `apology-lint: ${path.join(unexported.dir, '.apologyrc.json')}: extends: cannot resolve package "esm-only/index.js": Package subpath './index.js' is not defined by "exports" in ${path.join(unexported.dir, 'node_modules', 'esm-only', 'package.json')}\n`,
    );
  });

  it('unknown preset', () => {
    expect(run({ '.apologyrc.json': '{"extends": "apology-lint:loose"}' }).stderr).toMatch(/extends: unknown preset "apology-lint:loose"/);
  });

  it('-c uses that file only, --no-config-lookup ignores rc files', () => {
    const dir = tempDir({
      '.apologyrc.json': '{"rules": {"no-vague-apology": "off"}}',
      'strict.json': '{"rules": {}}',
      'reply.md': 'Sorry for any inconvenience.\n',
    });
    expect(cli(['reply.md'], { cwd: dir }).code).toBe(0);
    expect(cli(['-c', 'strict.json', 'reply.md'], { cwd: dir }).code).toBe(1);
    expect(cli(['--no-config-lookup', 'reply.md'], { cwd: dir }).code).toBe(1);
  });

  it('cosmiconfig\'s "$import" is refused, not acted on before validation (a missing import skipped the whole config)', () => {
    const missing = run({ '.apologyrc.json': '{"$import": "missing.json", "rules": {"no-vague-apology": "off"}}' });
    expect({ code: missing.code, stderr: missing.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(missing.dir, '.apologyrc.json')}: unknown key "$import" (use "extends" to build on another config)\n`,
    });
    const inPackage = run({ 'package.json': '{"name": "macros", "apology": {"$import": "/dev/zero"}}' });
    expect({ code: inPackage.code, stderr: inPackage.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(inPackage.dir, 'package.json')}: unknown key "$import" (use "extends" to build on another config)\n`,
    });
  });

  it('names that are members of every JavaScript object are not rules, options or formatters', () => {
    for (const [config, problem] of [
      ['{"rules": {"constructor": "error"}}', 'unknown rule "constructor"'],
      ['{"rules": {"__proto__": "error"}}', 'unknown rule "__proto__"'],
      ['{"overrides": [{"files": "*.md", "rules": {"toString": "off"}}]}', 'overrides[0]: unknown rule "toString"'],
      [
        '{"rules": {"no-blame-shift": ["error", {"constructor": 1}]}}',
        'rules.no-blame-shift: unknown option "constructor" (options: allow, ownedParties, extraParties)',
      ],
      ['{"score": {"penalties": {"constructor": 5}}}', 'score.penalties: unknown rule "constructor"'],
    ]) {
      const r = run({ '.apologyrc.json': config! });
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: `apology-lint: ${path.join(r.dir, '.apologyrc.json')}: ${problem}\n` });
    }
    expect(cli(['--rule', '__proto__: warn', 'fixtures/examples']).stderr).toBe('apology-lint: --rule: unknown rule "__proto__"\n');
    expect(cli(['--rule', 'valueOf: warn', 'fixtures/examples']).stderr).toBe('apology-lint: --rule: unknown rule "valueOf"\n');
    expect(cli(['-f', 'constructor', 'fixtures/examples']).stderr).toMatch(/^apology-lint: --format: unknown formatter "constructor" \(built-in: stylish, /);
  });

  it('a pattern word such as "constructor" in a rule option is a word like any other', () => {
    const dir = tempDir({ 'r.md': 'I am sorry, the constructor lost it.\n' });
    const r = cli(['--no-config-lookup', '-f', 'compact', '--rule', 'no-blame-shift: ["error", {"extraParties": ["the constructor"]}]', 'r.md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('r.md: line 1, col 13, Error - "the constructor lost" shifts the blame');
  });

  it('a config key that nothing reads is unknown, not silently accepted', () => {
    const r = run({ '.apologyrc.json': '{"placeholders": ["[[*]]"]}' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^apology-lint: .*\\.apologyrc\\.json: unknown key "placeholders" \\(known keys: `));
  });

  it('a bad --rule is a usage error', () => {
    const r = cli(['--rule', 'no-such-rule: warn', 'fixtures/examples']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('apology-lint: --rule: unknown rule "no-such-rule"\n');
  });

  it('a config or ignore file that is a device or a folder is refused at once, not read to its end', () => {
    const dir = tempDir({ 'reply.md': 'Sorry for any inconvenience.\n', 'configs/x': '' });
    const config = cli(['--config', '/dev/zero', 'reply.md'], { cwd: dir, timeout: 30_000 });
    expect({ code: config.code, stderr: config.stderr }).toEqual({ code: 2, stderr: 'apology-lint: /dev/zero: cannot read config: not a regular file\n' });
    const folder = cli(['--config', 'configs', 'reply.md'], { cwd: dir });
    expect({ code: folder.code, stderr: folder.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'configs')}: cannot read config: not a regular file\n`,
    });
    const ignore = cli(['--ignore-path', '/dev/zero', 'reply.md'], { cwd: dir, timeout: 30_000 });
    expect({ code: ignore.code, stderr: ignore.stderr }).toEqual({
      code: 2,
      stderr: 'apology-lint: /dev/zero: cannot read ignore file: not a regular file\n',
    });
  });

  it('a pipe or device where the config search looks is refused at once; a config below it is still used', () => {
    const dir = tempDir({
      'reply.md': 'Sorry for any inconvenience.\n',
      'team/reply.md': 'Sorry for any inconvenience.\n',
      'quiet/.apologyrc.json': '{"rules": {"no-vague-apology": "off"}}',
      'quiet/reply.md': 'Sorry for any inconvenience.\n',
    });
    execFileSync('mkfifo', [path.join(dir, '.apologyrc.json')]);
    symlinkSync('/dev/zero', path.join(dir, 'team', '.apologyrc'));
    const lint = (args: string[]) => cli(['-f', 'compact', ...args], { cwd: dir, timeout: 30_000 });
    const device = lint(['team/reply.md']);
    expect({ code: device.code, stderr: device.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'team', '.apologyrc')}: cannot read config: not a regular file\n`,
    });
    const pipe = lint(['reply.md']);
    expect({ code: pipe.code, stderr: pipe.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, '.apologyrc.json')}: cannot read config: not a regular file\n`,
    });
    // The search stops at quiet/.apologyrc.json and never reaches the pipe above it.
    const below = lint(['quiet/reply.md']);
    expect({ code: below.code, stdout: below.stdout, stderr: below.stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.skipIf(!canRunUnprivileged())('a config file the user may not read is an error, not skipped without a word', () => {
    const dir = tempDir({ 'd/.apologyrc.json': '{"rules": {"no-vague-apology": "off"}}', 'd/reply.md': 'Sorry for any inconvenience.\n' });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'd'), 0o755);
    chmodSync(path.join(dir, 'd', 'reply.md'), 0o644);
    chmodSync(path.join(dir, 'd', '.apologyrc.json'), 0o000);
    const r = cliUnprivileged(['-f', 'compact', 'reply.md'], { cwd: path.join(dir, 'd') });
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `apology-lint: ${path.join(dir, 'd', '.apologyrc.json')}: cannot read config: permission denied\n`,
    });
    // An ignore file likewise, in the same words.
    chmodSync(path.join(dir, 'd', '.apologyrc.json'), 0o644);
    writeFileSync(path.join(dir, 'd', '.apologyignore'), 'reply.md\n', { mode: 0o000 });
    const ignore = cliUnprivileged(['-f', 'compact', '.'], { cwd: path.join(dir, 'd') });
    expect({ code: ignore.code, stdout: ignore.stdout, stderr: ignore.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `apology-lint: ${path.join(dir, 'd', '.apologyignore')}: cannot read ignore file: permission denied\n`,
    });
    // A config named with --config or reached by extends, and a formatter module, likewise.
    rmSync(path.join(dir, 'd', '.apologyignore'));
    writeFileSync(path.join(dir, 'd', 'base.json'), '{}', { mode: 0o000 });
    writeFileSync(path.join(dir, 'd', 'team.json'), '{"extends": "./base.json"}', { mode: 0o644 });
    writeFileSync(path.join(dir, 'd', 'format.mjs'), 'export default () => "";\n', { mode: 0o000 });
    const runs = [
      { args: ['-c', 'base.json', 'reply.md'], stderr: `${path.join(dir, 'd', 'base.json')}: cannot read config: permission denied` },
      { args: ['-c', 'team.json', 'reply.md'], stderr: `${path.join(dir, 'd', 'base.json')}: cannot read config: permission denied` },
      { args: ['-f', './format.mjs', 'reply.md'], stderr: `${path.join(dir, 'd', 'format.mjs')}: cannot load formatter: permission denied` },
    ];
    for (const { args, stderr } of runs) {
      const r = cliUnprivileged(args, { cwd: path.join(dir, 'd') });
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 2, stderr: `apology-lint: ${stderr}\n` });
    }
  });

  it.skipIf(!canRunUnprivileged())('a home folder this user may not enter is no config, not an error naming another file', () => {
    const dir = tempDir({ 'private/.config/apology/config.json': '{"rules": {"no-vague-apology": "off"}}', 'work/reply.md': 'Sorry for any inconvenience.\n' });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'work'), 0o755);
    chmodSync(path.join(dir, 'work', 'reply.md'), 0o644);
    chmodSync(path.join(dir, 'private'), 0o000);
    try {
      for (const env of [{ HOME: path.join(dir, 'private') }, { HOME: path.join(dir, 'work', 'reply.md') }]) {
        const r = cliUnprivileged(['-f', 'compact', 'reply.md'], { cwd: path.join(dir, 'work'), env: { ...env, XDG_CONFIG_HOME: '' } });
        expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 1, stderr: '' });
        expect(r.stdout).toMatch(/^reply\.md: line 1, col 1, Error - "Sorry for any inconvenience" is a generic apology/);
      }
      // A report or cache in that folder is one line each, not an internal error.
      const out = path.join(dir, 'private', 'out.txt');
      const cache = path.join(dir, 'private', 'cache.json');
      const report = cliUnprivileged(['-o', out, 'reply.md'], { cwd: path.join(dir, 'work') });
      expect({ code: report.code, stderr: report.stderr }).toEqual({ code: 2, stderr: `apology-lint: ${out}: cannot write output: EACCES\n` });
      const cached = cliUnprivileged(['--cache', '--cache-location', cache, '-f', 'compact', 'reply.md'], { cwd: path.join(dir, 'work') });
      expect({ code: cached.code, stderr: cached.stderr }).toEqual({ code: 1, stderr: `apology-lint: warning: ${cache}: cannot write the cache: EACCES\n` });
    } finally {
      chmodSync(path.join(dir, 'private'), 0o755);
    }
  });

  it('the personal config folder, read last, applies when no config is nearer; a pipe there is refused, not a hang', () => {
    const dir = tempDir({
      'home/.config/apology/config.yaml': 'rules:\n  no-vague-apology: off\n',
      'pipe-home/.config/apology/config': '# rules later\n',
      'work/reply.md': 'Sorry for any inconvenience.\n',
    });
    execFileSync('mkfifo', [path.join(dir, 'pipe-home', '.config', 'apology', 'config.json')]);
    const lint = (home: string, args: string[] = []) =>
      cli(['-f', 'compact', ...args, 'reply.md'], { cwd: path.join(dir, 'work'), env: { HOME: path.join(dir, home), XDG_CONFIG_HOME: '' }, timeout: 30_000 });
    const applied = lint('home');
    expect({ code: applied.code, stdout: applied.stdout, stderr: applied.stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(lint('home', ['--print-config']).stdout).configFile).toBe(path.join(dir, 'home', '.config', 'apology', 'config.yaml'));
    const pipe = lint('pipe-home');
    expect({ code: pipe.code, stderr: pipe.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: ${path.join(dir, 'pipe-home', '.config', 'apology', 'config.json')}: cannot read config: not a regular file\n`,
    });
  });

  it('the pipe check stops where the config search stops: at package.json with the key, past blank and comment-only files', () => {
    const dir = tempDir({
      'keyed/package.json': '{"name": "macros", "apology": {"rules": {"no-vague-apology": "off"}}}',
      'keyed/reply.md': 'Sorry for any inconvenience.\n',
      'plain/package.json': '{"name": "macros"}',
      'plain/reply.md': 'Sorry for any inconvenience.\n',
      'blank/.apologyrc': ' \n\n',
      'blank/reply.md': 'Sorry for any inconvenience.\n',
      'comments/.apologyrc.yaml': '# rules: later\n\n  # nothing yet\n',
      'comments/reply.md': 'Sorry for any inconvenience.\n',
    });
    execFileSync('mkfifo', [path.join(dir, '.apologyrc.json')]);
    const lint = (file: string) => cli(['-f', 'compact', file], { cwd: dir, timeout: 30_000 });
    // The search takes the package.json's config and never reaches the pipe above it.
    const keyed = lint('keyed/reply.md');
    expect({ code: keyed.code, stdout: keyed.stdout, stderr: keyed.stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    // The search goes on past these, so it would read the pipe: refused, not a hang.
    for (const folder of ['plain', 'blank', 'comments']) {
      const r = lint(`${folder}/reply.md`);
      expect({ folder, code: r.code, stderr: r.stderr }).toEqual({
        folder,
        code: 2,
        stderr: `apology-lint: ${path.join(dir, '.apologyrc.json')}: cannot read config: not a regular file\n`,
      });
    }
  });
});
