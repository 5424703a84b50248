#!/usr/bin/env node
// Regenerates the rule table in README.md from each rule's meta (run after `npm run build`).
// `--check` exits 1 when the README is stale; the test suite runs the same check.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { rules } = await import(new URL('../dist/rules/index.js', import.meta.url).href);

/** The rule table as Markdown. */
export function ruleTable(all) {
  const rows = Object.values(all)
    .map((r) => r.meta)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((m) => `| [\`${m.id}\`](rules/${m.id}.md) | ${m.level} | ${m.severity.recommended} | ${m.description} |`);
  return ['| rule | level | recommended | what it flags |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const readme = path.join(root, 'README.md');
const text = readFileSync(readme, 'utf8');
const next = text.replace(/(<!-- rules:start -->\n)[\s\S]*?(\n<!-- rules:end -->)/, `$1${ruleTable(rules)}$2`);
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('README.md rule table is stale: run `npm run docs`');
    process.exit(1);
  }
} else if (next !== text) {
  writeFileSync(readme, next);
  console.log('README.md rule table updated');
}
