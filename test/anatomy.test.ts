// The anatomy of an apology: the gate and its overrides, the low-confidence downgrade, Liquid
// branches, the apology score (arithmetic, penalty caps, channels, legal-safe), and the CLI flags
// that expose them (--explain, --min-score, --context, --channel).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENTS, analyze } from '../src/components.js';
import type { LintResult } from '../src/types.js';
import type { ReplyDoc } from '../src/document.js';
import { lintReply } from '../src/engine.js';
import { lintSource } from '../src/lint.js';
import { DEFAULT_WEIGHTS, computeScore, scoreLine } from '../src/score.js';
import type { LintMessage } from '../src/types.js';
import { ROOT, cli, only, tempDir } from './helpers.js';

const fixture = (rule: string, name: string): string => readFileSync(path.join(ROOT, 'fixtures', rule, name), 'utf8');
const STRONG = fixture('require-repair', 'valid-strong.md');
const HOWTO = fixture('require-repair', 'valid-howto.md');
const NO_REMEDY = fixture('require-repair', 'invalid-no-remedy.md');
const C_RULES = [
  'require-explicit-apology',
  'apology-first',
  'require-responsibility',
  'require-repair',
  'require-empathy',
  'require-explanation',
  'require-prevention',
  'require-follow-up',
  'apology-specificity',
  'no-compensation-without-apology',
];

function analysisOf(text: string, settings: Record<string, unknown> = {}, markdown = true): ReturnType<typeof analyze> {
  const out = lintReply({ text, markdown, meta: {} }, {}, settings);
  return analyze(out.data.apologyDoc as ReplyDoc, settings);
}

describe('the apology-reply gate', () => {
  it("scores the author's own cues and explains them", () => {
    const r = lintSource(STRONG, 'r.md', only(['require-repair']));
    expect(r.apologyReply).toMatchObject({ decision: true, lowConfidence: false });
    expect(r.apologyReply!.reasons).toContain('+3 explicit apology (1)');
    expect(r.apologyReply!.reasons).toContain('+2 ownership cue');
    const h = lintSource(HOWTO, 'h.md', only(['require-repair']));
    expect(h.apologyReply).toMatchObject({ decision: false, score: 0 });
    expect(h.apologyScore).toBeNull();
  });

  it('reads "please accept my personal apology" as an explicit apology', () => {
    const text = 'Please accept my personal apology. Your cabin was released by mistake and given to other passengers. I have refunded it.\n';
    const r = lintSource(text, 'r.txt', only(['require-explicit-apology']));
    expect(r.apologyReply).toMatchObject({ decision: true });
    expect(r.apologyReply!.reasons).toContain('+3 explicit apology (1)');
    expect(r.messages).toEqual([]);
  });

  it('front matter `apology:` wins over the score, both ways', () => {
    const off = lintSource(`---\napology: false\n---\n\n${NO_REMEDY}`, 'r.md', only(['require-repair']));
    expect(off.apologyReply).toMatchObject({ decision: false, reasons: ['explicit override: apology false'] });
    expect(off.messages).toEqual([]);
    const on = lintSource(`---\napology: true\n---\n\n${HOWTO}`, 'h.md', only(['require-repair']));
    expect(on.apologyReply!.decision).toBe(true);
    expect(on.messages.map((m) => m.ruleId)).toEqual(['require-repair']);
  });

  it('a directive comment or a `#` directive line sets the context', () => {
    const md = lintSource(`<!-- apology-lint apology -->\n${HOWTO}`, 'h.md', only(['require-repair']));
    expect(md.apologyReply!.decision).toBe(true);
    const txt = lintSource(`# apology-lint info\n${NO_REMEDY}`, 'r.txt', only(['require-repair']));
    expect(txt.apologyReply!.decision).toBe(false);
    expect(txt.messages).toEqual([]);
  });

  it('config `context` and title/tag words (configurable) decide before the score', () => {
    const info = lintSource(NO_REMEDY, 'r.md', { ...only(['require-repair']), settings: { context: 'info' } });
    expect(info.apologyReply).toMatchObject({ decision: false, reasons: ['context: info'] });
    const titled = `---\ntitle: Goodwill credit macro\n---\n\nI've added a $10 credit to your account.\n`;
    expect(lintSource(titled, 't.md', only(['require-repair'])).apologyReply!.decision).toBe(false);
    const custom = lintSource(titled, 't.md', { ...only(['require-repair']), settings: { gate: { titleWords: ['goodwill'] } } });
    expect(custom.apologyReply).toMatchObject({ decision: true, reasons: ['title/tags contain "goodwill"'] });
  });

  it('sympathy only and a routine wait are not apology replies', () => {
    for (const name of ['valid-sympathy-only.md', 'valid-wait-only.txt', 'valid-change-of-mind.md']) {
      const r = lintSource(fixture('require-repair', name), name, only(C_RULES));
      expect([name, r.apologyReply!.decision, r.messages]).toEqual([name, false, []]);
    }
  });

  it('a failure in a condition does not count; sympathy beside a real one does', () => {
    const gate = (text: string): { decision: boolean; score: number; reasons: string[] } => lintSource(text, 'r.txt', only(C_RULES)).apologyReply!;
    // "damaged" in a returns condition is no failure: only the routine wait apology is left.
    expect(gate(fixture('require-repair', 'valid-damage-in-a-condition.md'))).toMatchObject({
      decision: false,
      reasons: ['+1 remedy cue', '-2 only a routine wait apology'],
    });
    // The same words, said of this order, are a failure.
    expect(gate('Apologies for the slow reply. Your engraved board arrived damaged, and we will refund the difference.').reasons).toEqual([
      '+1 failure term (arrived damaged)',
      '+1 remedy cue',
      '+1 wait apology beside a failure',
    ]);
    expect(gate('Sorry to hear your parcel arrived damaged. I have sent a replacement.')).toMatchObject({
      decision: true,
      score: 3,
      reasons: ['+1 failure term (arrived damaged)', '+1 remedy cue', '+1 sympathy beside a failure'],
    });
    // "Sorry if …" hedges an apology for a failure that did happen.
    expect(gate("I'm sorry if the late delivery spoiled your weekend plans.").reasons).toContain('+1 failure term (late delivery)');
  });

  it('defects, faults and damage a warranty talks about name no failure of ours; "not our fault" ties one to us', () => {
    const gate = (text: string): { decision: boolean; reasons: string[] } => lintSource(text, 'r.txt', only(C_RULES)).apologyReply!;
    const warranty =
      'Thanks for the photos. Your warranty covers manufacturing defects, such as a fault in the screen itself, but not accidental damage like a cracked corner.';
    expect(gate(warranty)).toMatchObject({ decision: false, reasons: ['+1 failure term (defects)'] });
    expect(gate(fixture('require-responsibility', 'invalid-not-our-fault.md')).reasons).toEqual(['+2 failure terms (damage, fault)', '+1 remedy cue']);
    // Sympathy for a change in the customer's plans is no apology.
    const changed = "Thank you for letting us know, and I'm sorry things have changed for you both. I've refunded your deposit as your contract sets out.";
    expect(gate(changed).decision).toBe(false);
  });

  it('a polite "Sorry," before a question is no apology; "sorry for the delay with your refund" is one', () => {
    const gate = (text: string): { decision: boolean; reasons: string[] } => lintSource(text, 'r.txt', only(C_RULES)).apologyReply!;
    expect(gate('Sorry, could you confirm which order you mean?')).toMatchObject({ decision: false, reasons: ['no apology, ownership or failure cues'] });
    const notApologies = [
      'Sorry, one more question: is the booking under your name?',
      // A lead-in before the question, or a "but" that only softens a request.
      'Sorry, just to check: is the rental under Okafor or Okafur? Both have a van booked for Monday.',
      'Sorry, to confirm, you want the walnut finish rather than the oak?',
      'Sorry, but could you send me a photo of the serial number under the base?',
      'Sorry but can you tell me which branch you visited?',
      // A pause, a moment's wait or news of stock in a chat.
      'Sorry, one sec while I pull up your order.',
      'Thanks for waiting, sorry that took a minute! Your booking reference is KX7-22Q.',
      'Sorry to keep you waiting! Your parcel left the depot at 9am.',
      'Sorry to chase, but we still need the signed invoice for shipment 4471.',
      "Sorry, I didn't quite catch that - is it the orange light or the red one that's flashing?",
      'Sorry, just to double-check before I book you in - could you confirm your date of birth?',
      'Sorry, the sage green throw has sold out. The stone grey one is in stock.',
    ];
    for (const text of notApologies) expect(gate(text).decision, text).toBe(false);
    // Not a question after all: the apology stands.
    expect(gate('Sorry, just to be clear: we charged you twice and I have refunded one charge.').reasons[0]).toBe('+3 explicit apology (1)');
    expect(gate('Sorry, but we lost your parcel. Could you send me your address again?').reasons[0]).toBe('+3 explicit apology (1)');
    expect(gate('Sorry, we sent the wrong size.').reasons[0]).toBe('+3 explicit apology (1)');
    expect(gate('Sorry for the delay with your refund!')).toMatchObject({ decision: true, reasons: ['+3 explicit apology (1)', '+1 remedy cue'] });
    expect(gate('Sorry for the delay in getting back to you!').decision).toBe(false);
    // Our work on something of theirs held up: "the delay in applying your overpayment".
    expect(gate('I apologise for the delay in applying your £5,000 mortgage overpayment.')).toMatchObject({
      decision: true,
      reasons: ['+3 explicit apology (1)'],
    });
    expect(gate('I apologise for the delay in answering your email.').decision).toBe(false);
  });
});

describe('where a document finding points', () => {
  it('at the apology word, not the punctuation or context word its pattern needs', () => {
    const chat = "---\nchannel: chat\n---\n\nAh, sorry about that! The discount code expired yesterday, and I've applied a new one.\n";
    const [m] = lintSource(chat, 'c.md', only(['apology-specificity'])).messages;
    expect(m).toMatchObject({ ruleId: 'apology-specificity', line: 5, column: 5, endLine: 5, endColumn: 10 });
    expect(m!.message.startsWith('"sorry" does not say what the apology is for')).toBe(true);
    const [f] = lintSource('Apologies for the mix-up.\n', 'a.md', only(['apology-specificity'])).messages;
    expect(f).toMatchObject({ line: 1, column: 1, endColumn: 10 });
    expect(f!.message.startsWith('"Apologies" does not say')).toBe(true);
  });
});

describe('the low-confidence zone', () => {
  const text = 'Your parcel was lost, and that is on us.\n';
  it('reports document rules one severity lower at the threshold, and only there', () => {
    const low = lintSource(text, 'r.txt', only(['require-repair'], 2));
    expect(low.apologyReply).toMatchObject({ decision: true, score: 3, lowConfidence: true });
    expect(low.messages.map((m) => [m.ruleId, m.severity])).toEqual([['require-repair', 1]]);
    const sure = lintSource(text, 'r.txt', { ...only(['require-repair'], 2), settings: { apologyThreshold: 2 } });
    expect(sure.apologyReply).toMatchObject({ decision: true, lowConfidence: false });
    expect(sure.messages.map((m) => [m.ruleId, m.severity])).toEqual([['require-repair', 2]]);
  });

  it('leaves phrase-level rules alone', () => {
    const r = lintSource('Your parcel was lost, and that is on us. Sorry for any inconvenience.\n', 'r.txt', only(['no-vague-apology'], 2));
    expect(r.apologyReply!.lowConfidence).toBe(false);
    const low = lintSource('We apologize for any inconvenience. Your parcel was lost.\n', 'r.txt', only(['no-vague-apology', 'require-repair'], 2));
    expect(low.apologyReply).toMatchObject({ score: 3, lowConfidence: true });
    expect(low.messages.map((m) => [m.ruleId, m.line, m.column, m.severity])).toEqual([
      ['require-repair', 1, 1, 1],
      ['no-vague-apology', 1, 4, 2],
    ]);
  });
});

describe('Liquid branches', () => {
  const base = "I'm sorry your parcel was lost. That's our mistake.";
  it('counts a component only when every branch has it', () => {
    expect(analysisOf(`${base} {% if vip %}I've refunded the $12 fee.{% else %}I've sent a new parcel.{% endif %}\n`).present.repair).toBe(true);
    expect(analysisOf(`${base} {% if vip %}I've refunded the $12 fee.{% else %}Thanks for telling us.{% endif %}\n`).present.repair).toBe(false);
    expect(analysisOf(`${base} {% if vip %}I've refunded the $12 fee.{% endif %}\n`).present.repair).toBe(false);
    expect(analysisOf(`${base} I've sent a new parcel. {% if vip %}I've refunded the $12 fee.{% endif %}\n`).present.repair).toBe(true);
  });

  it("gives the weakest branch's credit, and reports differing branches at the tag", () => {
    const a = analysisOf(`${base} {% if vip %}I've refunded the $12 fee.{% else %}I'll send a new parcel.{% endif %}\n`);
    expect(a.credit.repair).toBe(0.7);
    const text = `${base} {% if vip %}I've refunded the $12 fee.{% else %}Thanks.{% endif %}\n`;
    const r = lintSource(text, 'r.md', only(['consistent-branches']));
    expect(r.messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      ['consistent-branches', 1, 53, 'One branch of this {% if %} has repair and another does not: customers on the other branch get a weaker apology'],
    ]);
  });
});

describe('the apology score', () => {
  const a = (text: string, settings: Record<string, unknown> = {}): ReturnType<typeof analyze> => analysisOf(text, settings);
  const msg = (ruleId: string, severity: 1 | 2 = 2): LintMessage => ({ ruleId, severity, message: '', line: 1, column: 1, endLine: 1, endColumn: 2 });

  it('is 100 with every component, and names what is missing with its points', () => {
    expect(computeScore({ analysis: a(STRONG), messages: [] })).toMatchObject({ score: 100, band: 'strong', missing: [], penalty: 0 });
    const s = computeScore({ analysis: a(NO_REMEDY), messages: [] });
    expect(s).toMatchObject({ score: 80, band: 'strong', missing: [{ name: 'repair', weight: 20 }] });
    expect(s.components.repair).toBe(0);
    expect(scoreLine(s)).toBe('score 80/100 (strong) — missing: repair (+20)');
  });

  it('grades partial credit: a promise earns 0.7 of the repair weight', () => {
    const promised = NO_REMEDY.replace("I'll check the tracking", "I'll send a new base today. I'll check the tracking");
    const s = computeScore({ analysis: a(promised), messages: [] });
    expect(s.components.repair).toBe(0.7);
    expect(s.score).toBe(94); // 80 + 20 × 0.7
    expect(s.missing).toEqual([{ name: 'repair', weight: 6 }]);
  });

  it('caps penalties per group and in total', () => {
    const analysis = a(STRONG);
    expect(computeScore({ analysis, messages: [msg('no-vague-apology')] })).toMatchObject({ score: 94, penalty: 6 });
    // no-conditional-apology + no-sorry-you-feel share a cap of 25
    const cond = computeScore({ analysis, messages: [msg('no-conditional-apology'), msg('no-sorry-you-feel'), msg('no-conditional-apology')] });
    expect(cond.penalty).toBe(25);
    expect(cond.penalties).toEqual([
      { ruleId: 'no-conditional-apology', points: 15 },
      { ruleId: 'no-sorry-you-feel', points: 10 },
    ]);
    // the warning form of no-sorry-but costs half
    expect(computeScore({ analysis, messages: [msg('no-sorry-but', 1)] }).penalty).toBe(4);
    // everything at once: 25 + 25 + 24 + 12 + 9 = 95, capped at 60
    const all = [
      ...Array(3).fill(msg('no-conditional-apology')),
      ...Array(3).fill(msg('no-blame-shift')),
      ...Array(3).fill(msg('no-customer-blame')),
      ...Array(4).fill(msg('no-policy-shield')),
      ...Array(4).fill(msg('no-over-apology')),
    ];
    expect(computeScore({ analysis, messages: all })).toMatchObject({ score: 40, penalty: 60, band: 'weak' });
    expect(computeScore({ analysis, messages: all, settings: { score: { maxPenalty: 100 } } })).toMatchObject({ score: 5, penalty: 95 });
  });

  it('reads weights and penalties from config', () => {
    const s = computeScore({
      analysis: a(NO_REMEDY),
      messages: [msg('no-vague-apology')],
      settings: { score: { weights: { repair: 0 }, penalties: { 'no-vague-apology': 10 } } },
    });
    expect(s.score).toBe(90); // repair weighs nothing: 80/80 = 100, minus 10
  });

  it("legal-safe moves responsibility's weight to empathy and repair", () => {
    const agentless = fixture('require-responsibility', 'invalid-agentless.md');
    expect(computeScore({ analysis: a(agentless), messages: [] }).score).toBe(78);
    expect(computeScore({ analysis: a(agentless), messages: [], settings: { preset: 'legal-safe' } }).score).toBe(100);
    expect(DEFAULT_WEIGHTS.responsibility).toBe(22);
  });

  it('normalises over what the channel requires: a good tweet is not marked down', () => {
    const tweet = "@dana We're so sorry your chair arrived with a cracked base! Please DM us your order number and we'll get a new one out. ^OW\n";
    const email = computeScore({ analysis: a(tweet), messages: [] });
    const social = computeScore({ analysis: a(tweet, { channel: 'social' }), messages: [] });
    expect(email.score).toBeLessThan(60);
    expect(social).toMatchObject({ channel: 'social', band: 'strong' });
    expect(Object.keys(social.components).sort()).toEqual(['apology', 'follow-up', 'intensity', 'position', 'repair', 'specificity']);
    const r = lintSource(tweet, 't.md', { ...only(C_RULES), settings: { channel: 'social' } });
    expect(r.messages).toEqual([]);
    expect(lintSource(tweet, 't.md', only(C_RULES)).messages.map((m) => m.ruleId)).toContain('require-prevention');
  });
});

describe('CLI flags', () => {
  const files = {
    'strong.md': STRONG,
    'no-remedy.md': NO_REMEDY,
    'howto.md': HOWTO,
  };

  it('--explain prints the gate decision, score and reasons for every file', () => {
    const dir = tempDir(files);
    const r = cli(['--explain', '--rule', 'require-repair: warn', 'howto.md', 'strong.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/howto\.md\n {2}apology reply: no \(gate score 0\) — no apology, ownership or failure cues\n/);
    expect(r.stdout).toMatch(
      /strong\.md\n {2}apology reply: yes \(gate score 7\) — \+3 explicit apology \(1\); \+2 ownership cue; .*\n {2}score 100\/100 \(strong\)\n/,
    );
    expect(r.stdout).toContain('apology score: 1 reply, mean 100/100 (1 strong, 0 adequate, 0 weak, 0 non-apology)');
    // Where each component was found, under the score line.
    expect(r.stdout).toContain('\n    empathy         3:191  "I know how annoying it is"\n');
    expect(r.stdout).toContain('\n    follow-up       3:491  "I\'ll check the tracking tomorrow afternoon and email you"\n');
    expect(cli(['--rule', 'require-repair: warn', 'strong.md'], { cwd: dir }).stdout).toBe('');
  });

  it('JSON gives where each credited component was found', () => {
    const dir = tempDir(files);
    const [result] = JSON.parse(cli(['-f', 'json', 'strong.md', '--rule', 'require-repair: warn'], { cwd: dir }).stdout) as LintResult[];
    const found = result!.apologyScore!.found!;
    // Every credited component but position, which is where the apology stands, not a cue.
    expect(Object.keys(found)).toEqual(COMPONENTS.filter((c) => c !== 'position'));
    expect(found.repair).toEqual({ line: 3, column: 305, text: "I've sent a new base by next-day courier and refunded the" });
    expect(found.apology).toEqual({ line: 3, column: 1, text: "I'm so sorry" });
    const weak = JSON.parse(cli(['-f', 'json', 'no-remedy.md'], { cwd: dir }).stdout) as LintResult[];
    expect(weak[0]!.apologyScore!.found!.repair).toBeUndefined();
  });

  it('prints the score under each apology reply with problems, and a summary', () => {
    const dir = tempDir(files);
    const r = cli(['no-remedy.md', 'strong.md', 'howto.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ {2}3:1 +error +No repair: .* +require-repair\n {2}score 80\/100 \(strong\) — missing: repair \(\+20\)\n/);
    expect(r.stdout).not.toContain('strong.md');
    expect(r.stdout).toMatch(/apology score: 2 replies, mean 90\/100 \(2 strong, 0 adequate, 0 weak, 0 non-apology\)\n$/);
  });

  it('--min-score fails apology replies below it, naming each', () => {
    const dir = tempDir(files);
    const args = ['--rule', 'require-repair: off', 'no-remedy.md', 'strong.md', 'howto.md'];
    expect(cli(args, { cwd: dir }).code).toBe(0);
    const r = cli(['--min-score', '85', ...args], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('apology-lint: no-remedy.md: apology score 80 is below --min-score 85\n');
    expect(cli(['--min-score', '80', ...args], { cwd: dir }).code).toBe(0);
    const bad = cli(['--min-score', 'high', 'strong.md'], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, 'apology-lint: --min-score "high": expected a number from 0 to 100\n']);
  });

  it('--context and --channel apply to every file; bad values are usage errors', () => {
    const dir = tempDir(files);
    const info = cli(['--context', 'info', '--format', 'json', 'no-remedy.md'], { cwd: dir });
    const [result] = JSON.parse(info.stdout);
    expect(result.apologyReply).toMatchObject({ decision: false, reasons: ['context: info'] });
    expect(result.apologyScore).toBeNull();
    const apology = JSON.parse(cli(['--context', 'apology', '--format', 'json', 'howto.md'], { cwd: dir }).stdout)[0];
    expect(apology.apologyReply.decision).toBe(true);
    expect(apology.apologyScore.band).toBe('non-apology');
    const social = JSON.parse(cli(['--channel', 'social', '--format', 'json', 'no-remedy.md'], { cwd: dir }).stdout)[0];
    expect(social.apologyScore).toMatchObject({ score: 100, channel: 'social' });
    expect(social.messages).toEqual([]);
    expect(cli(['--channel', 'fax', 'strong.md'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'apology-lint: --channel "fax": expected one of email, chat, social\n',
    });
    expect(cli(['--context', 'maybe', 'strong.md'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'apology-lint: --context "maybe": expected one of apology, complaint, info\n',
    });
  });

  it('config: channel by override glob, and invalid score or channel settings are one-line errors', () => {
    const dir = tempDir({
      ...files,
      'social/no-remedy.md': NO_REMEDY,
      '.apologyrc.json': JSON.stringify({ overrides: [{ files: ['social/**'], channel: 'social' }] }),
    });
    const results = JSON.parse(cli(['--format', 'json', 'no-remedy.md', 'social/no-remedy.md'], { cwd: dir }).stdout) as {
      apologyScore: { channel: string };
    }[];
    expect(results.map((x) => x.apologyScore.channel)).toEqual(['email', 'social']);
    const bad = (config: unknown): { code: number | null; stderr: string } => {
      const d = tempDir({ 'r.md': STRONG, '.apologyrc.json': JSON.stringify(config) });
      return cli(['r.md'], { cwd: d });
    };
    expect(bad({ score: { weights: { kindness: 5 } } }).stderr).toMatch(
      /\.apologyrc\.json: score\.weights: unknown component "kindness" \(known: responsibility, .*\)\n$/,
    );
    expect(bad({ score: { penalties: { 'no-blame-shift': -1 } } }).stderr).toMatch(/score\.penalties\.no-blame-shift must be a number ≥ 0\n$/);
    expect(bad({ score: { bonus: 1 } }).code).toBe(2);
    expect(bad({ channel: 'fax' }).stderr).toMatch(/channel must be one of email, chat, social\n$/);
    expect(bad({ overrides: [{ files: '*.md', channel: 'fax' }] }).stderr).toMatch(/overrides\[0\]: channel must be one of email, chat, social\n$/);
  });
});

describe("a team's own wording of a component (the `also` option)", () => {
  const reply =
    "I'm sorry your library hold was cancelled. That was our mistake. A fresh copy is coming over from our Eastgate branch for you. We now check every cancelled hold before it is removed. I'll email you when the book is ready.\n";
  const ids = (options: Record<string, Record<string, unknown>> = {}): string[] =>
    lintSource(reply, 'r.txt', only(['require-repair', 'require-prevention'], 2, options)).messages.map((m) => m.ruleId!);

  it('counts as the component, for that rule only', () => {
    expect(ids()).toEqual(['require-repair']);
    expect(ids({ 'require-repair': { also: ['fresh copy is coming'] } })).toEqual([]);
    // Another rule's option does not stand in for this component.
    expect(ids({ 'require-prevention': { also: ['fresh copy is coming'] } })).toEqual(['require-repair']);
  });

  it('does not count inside quotation marks', () => {
    const quoted = reply.replace(
      'A fresh copy is coming over from our Eastgate branch for you.',
      'You asked whether a "fresh copy" could come from another branch.',
    );
    const found = lintSource(quoted, 'r.txt', only(['require-repair'], 2, { 'require-repair': { also: ['fresh copy'] } })).messages;
    expect(found.map((m) => m.ruleId)).toEqual(['require-repair']);
  });
});
