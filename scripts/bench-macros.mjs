#!/usr/bin/env node
// Times a 5,000-macro Zendesk export (one JSON file) next to the same replies as separate
// Markdown files. Run `npm run build` first; `--count <n>` changes the number of macros.
// Everything is written to a temporary folder and removed afterwards.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { zendeskExport } from './macro-export.mjs';

const dist = new URL('../dist/src/', import.meta.url);
const { lintFiles } = await import(new URL('index.js', dist).href);
const { htmlToText } = await import(new URL('inputs/html.js', dist).href);

const at = process.argv.indexOf('--count');
const count = at > 0 ? Number(process.argv[at + 1]) : 5000;
if (!Number.isInteger(count) || count < 1) {
  console.error('bench-macros: --count expects a whole number');
  process.exit(2);
}

/** The reply text of a Zendesk macro, as a reader sees it. */
function replyText(macro) {
  for (const action of macro.actions) {
    if (action.field !== 'comment_value' && action.field !== 'comment_value_html') continue;
    const value = Array.isArray(action.value) ? action.value.at(-1) : action.value;
    return action.field === 'comment_value_html' ? htmlToText(value).text : value;
  }
  return '';
}

const dir = mkdtempSync(path.join(tmpdir(), 'apology-lint-bench-'));
try {
  const exported = zendeskExport(count);
  const json = path.join(dir, 'macros.json');
  writeFileSync(json, JSON.stringify(exported, null, 2));
  const md = path.join(dir, 'replies');
  mkdirSync(md);
  exported.macros.forEach((macro, i) => writeFileSync(path.join(md, `macro-${String(i).padStart(5, '0')}.md`), `${replyText(macro)}\n`));

  // Warm up the engine (processors are built once per rule configuration).
  const warm = path.join(dir, 'warm.json');
  writeFileSync(warm, JSON.stringify(zendeskExport(20)));
  await lintFiles([warm], { cwd: dir });

  const time = async (patterns) => {
    const start = performance.now();
    const results = await lintFiles(patterns, { cwd: dir });
    const ms = performance.now() - start;
    const findings = results.reduce((n, r) => n + r.messages.length, 0);
    const replies = results.reduce((n, r) => n + (r.replies ? r.replies.length : 1), 0);
    return { ms, findings, replies, files: results.length };
  };
  const a = await time([json]);
  const b = await time([md]);
  const mb = (statSync(json).size / 1048576).toFixed(1);
  const line = (label, r) =>
    `${label.padEnd(44)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${String(Math.round(r.replies / (r.ms / 1000))).padStart(5)} replies/s  ${r.findings} findings`;
  console.log(line(`${count} macros in one Zendesk export (${mb} MB)`, a));
  console.log(line(`the same replies as ${b.files} Markdown files`, b));
  if (a.findings !== b.findings || a.replies !== b.replies) {
    console.error(`bench-macros: the two forms disagree (${a.replies}/${a.findings} vs ${b.replies}/${b.findings} replies/findings)`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
