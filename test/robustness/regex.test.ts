// No catastrophic backtracking: every regular expression literal in src/ and rules/ is checked
// with recheck (a ReDoS checker), and every rule is fed 200 KB of adversarial text and must
// finish. How long that takes is measured by the benchmark, not asserted here.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintSource } from '../../src/lint.js';
import { ADVERSARIAL } from '../../scripts/adversarial.mjs';
import { ROOT, only } from '../helpers.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Regex literals in a TypeScript file, found with the TypeScript scanner. */
function regexLiterals(file: string): { source: string; flags: string; line: number }[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { source: string; flags: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const end = literal.lastIndexOf('/');
      out.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const files = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'rules'))];
const literals = files.flatMap((f) => regexLiterals(f).map((r) => ({ ...r, file: path.relative(ROOT, f) })));

describe('regular expressions', () => {
  it('finds the regex literals to check', () => {
    expect(literals.length).toBeGreaterThan(20);
  });
  for (const r of literals) {
    it(`${r.file}:${r.line} /${r.source.length > 50 ? `${r.source.slice(0, 50)}…` : r.source}/ is not vulnerable to ReDoS`, () => {
      const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000, randomSeed: 42 });
      expect(result.status === 'vulnerable' ? `${result.status}: ${result.attack?.pattern}` : 'ok').toBe('ok');
    });
  }
});

describe('adversarial input', () => {
  // Every rule at once, one text per test: each rule sees every text, and no single test blocks
  // the worker for long. Timings are printed by the benchmark.
  const all = only(Object.keys(rules));
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`every rule finishes on 200 KB of ${name}`, () => {
      expect(text.length).toBeGreaterThanOrEqual(199_000);
      for (const file of ['adversarial.md', 'adversarial.txt']) {
        const result = lintSource(text, file, all);
        expect(result.filePath).toBe(file);
      }
    });
  }
});
