// Each rule is complete: registry entry named like its file, docs page, valid and invalid
// fixtures, every messageId exercised by some fixture, and presets that know it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { PRESETS, preset } from '../src/presets.js';
import { ROOT, lint } from './helpers.js';

describe('rule registry', () => {
  const ruleFiles = readdirSync(path.join(ROOT, 'rules')).filter((f) => f.endsWith('.ts') && !f.includes('.data.') && !['index.ts', 'lexicon.ts'].includes(f));
  it('lists every rule file, and only those', () => {
    expect(Object.keys(rules).sort()).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
  });
  for (const [id, rule] of Object.entries(rules)) {
    describe(id, () => {
      it('has meta.id equal to its key, kebab-case', () => {
        expect(rule.meta.id).toBe(id);
        expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
      });
      it('has a docs page with incorrect and correct examples', () => {
        const doc = path.join(ROOT, 'rules', `${id}.md`);
        expect(existsSync(doc)).toBe(true);
        const text = readFileSync(doc, 'utf8');
        expect(text).toMatch(new RegExp(`^# ${id}`));
        expect(text).toMatch(/## Incorrect/);
        expect(text).toMatch(/## Correct/);
      });
      it('has valid and invalid fixtures that exercise every messageId', () => {
        const dir = path.join(ROOT, 'fixtures', id);
        const files = existsSync(dir) ? readdirSync(dir) : [];
        expect(files.some((f) => f.startsWith('valid-'))).toBe(true);
        const invalid = files.filter((f) => f.startsWith('invalid-') && !f.endsWith('.json'));
        expect(invalid.length).toBeGreaterThan(0);
        const seen = new Set<string>();
        for (const f of invalid) {
          for (const m of lint(readFileSync(path.join(dir, f), 'utf8'), path.join(dir, f), [id]).messages) seen.add(m.messageId ?? '');
        }
        expect([...seen].sort()).toEqual(Object.keys(rule.meta.messages).sort());
      });
      it('defers only to other known rules', () => {
        for (const other of rule.meta.deferTo ?? []) {
          expect(other).not.toBe(id);
          expect(Object.keys(rules)).toContain(other);
        }
      });
      it('is in every preset', () => {
        for (const name of PRESETS) expect(preset(name)[id]).toMatch(/^(off|warn|error)$/);
      });
    });
  }
});
