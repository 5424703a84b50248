#!/usr/bin/env node
// `npm run eval`: scores the built linter on the shared labelled data (../shared/eval) with
// its score.mjs, then enforces this project's thresholds per set and per rule:
//   phrases: overall recall >= 0.90, specificity >= 0.95; every rule recall >= 0.75, specificity >= 0.85
//   replies: apology gate >= 0.90; overall recall >= 0.85, specificity >= 0.90
// Flags are passed on to score.mjs (e.g. --only-known while rules are still being added).
// Where ../shared is absent (a clone outside the workspace), it says so and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const score = path.resolve(root, '..', 'shared', 'eval', 'score.mjs');
if (!existsSync(score)) {
  console.log('eval: ../shared/eval is not here; nothing to score (skipped)');
  process.exit(0);
}
const tmp = mkdtempSync(path.join(tmpdir(), 'apology-eval-'));
const out = path.join(tmp, 'scores.json');
const run = spawnSync(process.execPath, [score, '--cli', path.join(root, 'bin', 'apology-lint.js'), '--json', out, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
const report = run.status === 2 || !existsSync(out) ? null : JSON.parse(readFileSync(out, 'utf8'));
rmSync(tmp, { recursive: true, force: true });
if (!report) {
  console.error('eval: the scorer could not run the linter');
  process.exit(2);
}

const problems = [];
const check = (what, value, min) => {
  if (value !== null && value !== undefined && value < min) problems.push(`${what} ${value.toFixed(3)} < ${min}`);
};
const phrases = report.sets.phrases;
if (phrases) {
  check('phrases: overall recall', phrases.recall, 0.9);
  check('phrases: overall specificity', phrases.specificity, 0.95);
  for (const [rule, p] of Object.entries(phrases.rules)) {
    if (report.missingRules.includes(rule)) continue;
    if (p.tp + p.fn) check(`phrases: ${rule} recall`, p.tp / (p.tp + p.fn), 0.75);
    if (p.tn + p.fp) check(`phrases: ${rule} specificity`, p.tn / (p.tn + p.fp), 0.85);
  }
}
const replies = report.sets.replies;
if (replies) {
  check('replies: apology gate', replies.gateAccuracy, 0.9);
  check('replies: overall recall', replies.recall, 0.85);
  check('replies: overall specificity', replies.specificity, 0.9);
}
if (problems.length) {
  console.log(`\neval: BELOW THRESHOLD\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('\neval: all thresholds hold');
