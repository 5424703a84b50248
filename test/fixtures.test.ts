// Every rule's fixtures: `valid-*` must yield nothing from the rule; `invalid-<case>.*` must yield
// exactly the messages in `<case>.expected.json`. UPDATE_FIXTURES=1 rewrites the expectations.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { ROOT, lint } from './helpers.js';

const update = process.env.UPDATE_FIXTURES === '1';

for (const id of Object.keys(rules)) {
  const dir = path.join(ROOT, 'fixtures', id);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(md|txt|html|json|ya?ml)$/.test(f)) : [];
  describe(`fixtures/${id}`, () => {
    for (const f of files.filter((f) => f.startsWith('valid-'))) {
      it(`stays silent on ${f}`, () => {
        const result = lint(readFileSync(path.join(dir, f), 'utf8'), path.join(dir, f), [id]);
        expect(result.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
      });
    }
    for (const f of files.filter((f) => f.startsWith('invalid-'))) {
      it(`flags ${f}`, () => {
        const result = lint(readFileSync(path.join(dir, f), 'utf8'), path.join(dir, f), [id]);
        const got = result.messages.map((m) => ({
          ruleId: m.ruleId,
          messageId: m.messageId,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
        }));
        const expectedFile = path.join(dir, `${f.replace(/^invalid-/, '').replace(/\.[^.]+$/, '')}.expected.json`);
        if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(got, null, 2)}\n`);
        expect(got.length).toBeGreaterThan(0);
        expect(got).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
      });
    }
  });
}
