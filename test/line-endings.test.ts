// Every fixture reply gives the same findings, at the same lines and columns, whether its lines
// end in LF, CRLF or a lone CR: a CRLF must be one line break, never a blank line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lintSource } from '../src/lint.js';
import { ROOT, only } from './helpers.js';

const ALL = only(Object.keys(rules), 2);

function fixtureFiles(): string[] {
  const dir = path.join(ROOT, 'fixtures');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

function findings(text: string, file: string): string[] {
  return lintSource(text, file, ALL).messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`);
}

describe('line endings', () => {
  it('CRLF and lone CR give every fixture the findings LF gives', () => {
    const files = fixtureFiles();
    expect(files.length).toBeGreaterThan(400);
    const differ: string[] = [];
    for (const file of files) {
      const lf = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
      const expected = findings(lf, file);
      for (const [name, eol] of [
        ['CRLF', '\r\n'],
        ['CR', '\r'],
      ] as const) {
        if (JSON.stringify(findings(lf.replace(/\n/g, eol), file)) !== JSON.stringify(expected)) differ.push(`${path.relative(ROOT, file)} (${name})`);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('a phrase wrapped over two lines', () => {
  it('is found with any line ending and quoted on one line in the message; actual keeps the text as written', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `Thanks. Sorry for${eol}\tany inconvenience.${eol}`;
      const [m] = lintSource(text, 'reply.txt', only(['no-vague-apology'])).messages;
      expect(m).toMatchObject({ line: 1, column: 9, endLine: 2, endColumn: 19, actual: `Sorry for${eol}\tany inconvenience` });
      expect(m!.message.startsWith('"Sorry for any inconvenience" is a generic apology')).toBe(true);
    }
  });
});
