// Suggestions: eslint's `suggestions` shape (a description, never an automatic fix), carried by
// JSON and SARIF and shown dimmed under the message by stylish. Replies are never rewritten.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { cli, tempDir } from './helpers.js';

const THREE = ['no-vague-apology', 'no-blame-shift', 'no-conditional-apology'];
const BASE = Object.keys(rules)
  .filter((id) => !THREE.includes(id))
  .flatMap((id) => ['--rule', `${id}: off`]);

const REPLY = 'Sorry if the box was damaged.\nThe courier lost your parcel.\nSorry for any inconvenience.\n';

describe('suggestions', () => {
  it('every finding of the three rules carries eslint-shaped suggestions in JSON, with no fix', () => {
    const r = cli([...BASE, '--stdin', '-f', 'json'], { input: REPLY });
    const [result] = JSON.parse(r.stdout);
    expect(result.messages.map((m: { ruleId: string; line: number }) => [m.ruleId, m.line])).toEqual([
      ['no-conditional-apology', 1],
      ['no-blame-shift', 2],
      ['no-vague-apology', 3],
    ]);
    for (const m of result.messages) {
      expect(m.suggestions.length).toBeGreaterThan(0);
      for (const s of m.suggestions) {
        expect(Object.keys(s)).toEqual(['desc']);
        expect(s.desc.length).toBeGreaterThan(20);
      }
      expect(m).not.toHaveProperty('fix');
    }
    expect(result.messages[0].suggestions[0].desc).toMatch(/^Drop the "if"/);
  });

  it('stylish shows each suggestion dimmed on the line under its message', () => {
    const r = cli([...BASE, '--stdin', '--color'], { input: REPLY, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('no-vague-apology'));
    expect(at).toBeGreaterThan(0);
    // chalk's dim: ESC[2m … ESC[22m
    // eslint-disable-next-line no-control-regex
    expect(lines[at + 1]).toMatch(/^ +\u001b\[2m↳ Replace the generic object with the failure itself.*\u001b\[22m$/);
  });

  it('without colour the suggestion line is plain text, aligned under the message', () => {
    const r = cli(['--stdin'], { input: 'Sorry for any inconvenience.\n' });
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('no-vague-apology'));
    const messageColumn = lines[at]!.indexOf('"Sorry for any');
    expect(lines[at + 1]!.indexOf('↳ Replace the generic object')).toBe(messageColumn);
  });

  it('SARIF carries them in the message text and in properties, never as a fix without edits', () => {
    const r = cli([...BASE, '--stdin', '-f', 'sarif'], { input: REPLY });
    const results = JSON.parse(r.stdout).runs[0].results;
    expect(results).toHaveLength(3);
    for (const res of results) {
      expect(res).not.toHaveProperty('fixes');
      expect(res.message.text).toMatch(/\nSuggestion: \S/);
      expect(res.properties.suggestions[0]).toEqual({ desc: expect.any(String) });
      expect(res.message.text).toContain(res.properties.suggestions[0].desc);
    }
  });

  it('linting never rewrites a reply', () => {
    const dir = tempDir({ 'reply.txt': REPLY });
    for (const format of ['stylish', 'json', 'sarif', 'html']) cli([...BASE, '-f', format, 'reply.txt'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'reply.txt'), 'utf8')).toBe(REPLY);
  });
});
