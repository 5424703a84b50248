// `apology-lint explain <rule-id>` and `apology-lint init`, run through the built CLI.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { cli, ROOT, tempDir } from './helpers.js';

describe('apology-lint explain', () => {
  it.each(Object.keys(rules))('prints the docs page of %s', (id) => {
    const r = cli(['explain', id]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, 'rules', `${id}.md`), 'utf8'));
    expect(r.stdout).toMatch(new RegExp(`^# ${id}\\n`));
    for (const section of ['## What it flags', '## Why', '## Incorrect', '## Correct', '## Options', '## When to turn it off']) {
      expect(r.stdout).toContain(`\n${section}\n`);
    }
  });

  it('an unknown rule id is one line on stderr and exit 2', () => {
    const r = cli(['explain', 'no-such-rule']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('apology-lint: explain: unknown rule "no-such-rule" (apology-lint --list-rules lists them)\n');
  });

  it('a missing rule id is a usage error, exit 2', () => {
    const r = cli(['explain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument 'rule-id'");
  });

  it('every message url points at the rule page that explain prints', () => {
    const r = cli(['--stdin', '-f', 'json'], { input: 'Sorry if the courier lost it. Sorry for any inconvenience.\n' });
    const [result] = JSON.parse(r.stdout);
    expect(result.messages.length).toBeGreaterThan(1);
    for (const m of result.messages) expect(m.url).toMatch(new RegExp(`/rules/${m.ruleId}\\.md$`));
  });

  it('the package ships the docs pages that explain reads', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('rules/*.md');
  });
});

describe('apology-lint init', () => {
  it('writes a commented .apologyrc.yaml listing every rule, which the linter then uses', () => {
    const dir = tempDir({ 'reply.txt': 'Sorry for any inconvenience.\n' });
    const r = cli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Wrote .apologyrc.yaml: edit it, then run apology-lint.\n');
    const text = readFileSync(path.join(dir, '.apologyrc.yaml'), 'utf8');
    expect(text.split('\n').filter((l) => l.trimStart().startsWith('#')).length).toBeGreaterThan(10);
    const config = parse(text);
    expect(config.extends).toBe('apology-lint:recommended');
    expect(Object.keys(config.rules).sort()).toEqual(Object.keys(rules).sort());
    for (const [id, rule] of Object.entries(rules)) expect(config.rules[id]).toBe(rule.meta.severity.recommended);

    const printed = cli(['--print-config', 'reply.txt'], { cwd: dir });
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout).configFile).toBe(path.join(dir, '.apologyrc.yaml'));
    // Editing the written file changes what is linted.
    writeFileSync(path.join(dir, '.apologyrc.yaml'), text.replace('no-vague-apology: error', 'no-vague-apology: off'));
    expect(cli(['reply.txt'], { cwd: dir }).code).toBe(0);
  });

  it('refuses to overwrite an existing .apologyrc.yaml: one line, exit 2, file untouched', () => {
    const dir = tempDir({ '.apologyrc.yaml': 'rules: {}\n' });
    const r = cli(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`apology-lint: ${path.join(dir, '.apologyrc.yaml')}: a config file already exists; not writing .apologyrc.yaml\n`);
    expect(readFileSync(path.join(dir, '.apologyrc.yaml'), 'utf8')).toBe('rules: {}\n');
  });

  it('refuses when another config file already configures the folder', () => {
    for (const [name, content] of [
      ['.apologyrc.json', '{}'],
      ['package.json', '{"name": "x", "apology": {}}'],
    ] as const) {
      const dir = tempDir({ [name]: content });
      const r = cli(['init'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(path.join(dir, name));
    }
    // A package.json without an "apology" key is not a config.
    const dir = tempDir({ 'package.json': '{"name": "x"}' });
    expect(cli(['init'], { cwd: dir }).code).toBe(0);
  });

  it('leaves no temporary file behind', () => {
    const dir = tempDir();
    cli(['init'], { cwd: dir });
    cli(['init'], { cwd: dir });
    expect(readdirSync(dir)).toEqual(['.apologyrc.yaml']);
  });
});

describe('the linting command is unchanged by the subcommands', () => {
  it('a path named like a subcommand is linted when written as ./init', () => {
    const dir = tempDir({ 'init/reply.txt': 'Sorry for any inconvenience.\n' });
    const r = cli(['./init', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages[0].ruleId).toBe('no-vague-apology');
  });

  it('--help lists the subcommands', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/explain <rule-id> +print a rule's documentation/);
    expect(r.stdout).toMatch(/init +write a commented \.apologyrc\.yaml/);
  });
});
