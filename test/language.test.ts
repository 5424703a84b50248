// Replies in another language are not linted: the rules read English, and a German or Dutch
// reply that borrows "sorry" read as an apology reply missing every component.
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/lint.js';
import { preset } from '../src/presets.js';
import type { ResolvedConfig } from '../src/config.js';
import { cli, tempDir } from './helpers.js';

const RECOMMENDED: ResolvedConfig = { rules: preset('recommended'), settings: {}, ignorePatterns: [], configFile: null };

const GERMAN = 'Hallo Frau Weber,\n\nsorry, das tut uns wirklich leid! Der Kurier hat Ihr Paket verloren, und wir haben heute ein neues verschickt.\n';
const DUTCH = 'Beste Sanne,\n\nSorry voor het ongemak! Het systeem gaf een fout en uw bestelling is niet verzonden.\n';

describe('replies in another language', () => {
  it('are not linted: no findings, no score, and a note that says which language', () => {
    for (const [text, code] of [
      [GERMAN, 'deu'],
      [DUTCH, 'nld'],
    ] as const) {
      const r = lintSource(text, 'reply.md', RECOMMENDED);
      expect({ messages: r.messages, score: r.apologyScore, notes: r.notes }).toEqual({
        messages: [],
        score: null,
        notes: [`reply not in English (${code}): not linted`],
      });
      expect(r.apologyReply).toEqual({ decision: false, score: 0, lowConfidence: false, reasons: [`not English (${code}): not linted`] });
    }
  });

  it('terse English with few function words, and short English, are still linted', () => {
    const terse = 'Apologies, Carla: parcel ES4471 arrived late due to a customs hold in Madrid. Courier error, refund issued.\n';
    const terseResult = lintSource(terse, 'reply.md', RECOMMENDED);
    expect(terseResult.notes).toBeUndefined();
    expect(terseResult.messages.map((m) => m.ruleId)).toContain('require-empathy');
    const short = lintSource('Sorry for any inconvenience.\n', 'reply.md', RECOMMENDED);
    expect(short.notes).toBeUndefined();
    expect(short.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toContain('1:1 no-vague-apology');
  });

  it('English that quotes another language is English', () => {
    const text =
      'Hi Lena,\n\nI am so sorry that our German page told you "Die Bestellung wurde storniert" when your order was fine. That was our mistake, and I have fixed the page.\n';
    const r = lintSource(text, 'reply.md', RECOMMENDED);
    expect(r.notes).toBeUndefined();
    expect(r.apologyReply?.decision).toBe(true);
  });

  it('from the CLI: silent, exit 0, the note under --verbose; per reply in a help desk export', () => {
    const zendesk = {
      macros: [
        { id: 1, title: 'Lost parcel (EN)', actions: [{ field: 'comment_value', value: 'Sorry for any inconvenience.' }] },
        { id: 2, title: 'Verlorenes Paket (DE)', actions: [{ field: 'comment_value', value: GERMAN }] },
      ],
    };
    const dir = tempDir({ 'de.md': GERMAN, 'macros.json': JSON.stringify(zendesk, null, 2) });
    expect(cli(['de.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    for (const threads of ['off', '2']) {
      const r = cli(['--verbose', '--concurrency', threads, '-f', 'compact', 'de.md', 'macros.json'], { cwd: dir });
      expect(r.stderr.split('\n').filter((l) => l.includes('English'))).toEqual([
        'apology-lint: note: de.md: reply not in English (deu): not linted',
        'apology-lint: note: macros.json: reply "Verlorenes Paket (DE)" not in English (deu): not linted',
      ]);
      expect(
        r.stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => l.replace(/ - .*\((\S+)\)$/, ' $1')),
      ).toEqual(['macros.json: line 9, col 21, Error no-vague-apology', '1 problem']);
      expect(r.code).toBe(1);
    }
    const explained = cli(['--explain', 'de.md'], { cwd: dir });
    expect(explained.stdout).toBe('\nde.md\n  apology reply: no (gate score 0) — not English (deu): not linted\n\n');
  });
});
