// Options and severities of the blame and tone phrase rules that fixtures (default options,
// warning severity) cannot show: `always`, `allow`, `dontWorry`, and the downgraded "no problem".
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/lint.js';
import { lint, only } from './helpers.js';

const ids = (text: string, rule: string, options: Record<string, unknown> = {}): string[] =>
  lint(text, 'reply.txt', [rule], { [rule]: options }).messages.map((m) => `${m.line}:${m.column} ${m.messageId}`);

describe('no-policy-shield', () => {
  const howTo = 'Our store credit never expires.\nPer our terms, store credit cannot be exchanged for cash.\n';
  it('is silent outside apology replies by default', () => {
    expect(ids(howTo, 'no-policy-shield')).toEqual([]);
  });
  it('flags every reply with always: true', () => {
    expect(ids(howTo, 'no-policy-shield', { always: true })).toEqual(['2:1 policy']);
  });
  it('honours allow', () => {
    expect(ids(howTo, 'no-policy-shield', { always: true, allow: ['per our terms'] })).toEqual([]);
  });
});

describe('no-dismissive-phrase', () => {
  const apology = "I'm sorry the kettle leaked.\nNo problem, I'll send a new one.\nDon't worry about it.\n";
  it('reports "no problem" one severity lower than the rule', () => {
    const result = lintSource(apology, 'reply.txt', only(['no-dismissive-phrase'], 2));
    expect(result.messages.map((m) => [m.line, m.column, m.messageId, m.severity])).toEqual([[2, 1, 'noProblem', 1]]);
    expect(result.warningCount).toBe(1);
    expect(result.errorCount).toBe(0);
  });
  it('keeps other entries at the rule severity', () => {
    const result = lintSource('Please calm down.\n', 'reply.txt', only(['no-dismissive-phrase'], 2));
    expect(result.messages.map((m) => [m.messageId, m.severity])).toEqual([['default', 2]]);
  });
  it('flags a bare "don\'t worry about it" only with dontWorry: true', () => {
    expect(ids(apology, 'no-dismissive-phrase', { dontWorry: true })).toEqual(['2:1 noProblem', '3:1 default']);
    expect(ids("Don't worry about it, I've already refunded you.\n", 'no-dismissive-phrase', { dontWorry: true })).toEqual([]);
  });
});

describe('no-minimizing', () => {
  it('counts the condescension words only after the apology', () => {
    const text = "Simply restart the router.\nI'm sorry the connection dropped again.\nSimply restart the router.\n";
    expect(ids(text, 'no-minimizing')).toEqual(['3:1 condescending']);
  });
  it('honours allow for brand words', () => {
    const text = "I'm sorry the app crashed.\nSimply reinstall it.\n";
    expect(ids(text, 'no-minimizing', { allow: ['simply'] })).toEqual([]);
  });
});

describe('messages', () => {
  it('name the problem and a rewrite', () => {
    const [m] = lint('You should have selected express shipping.\n', 'reply.txt', ['no-customer-blame']).messages;
    expect(m?.message).toContain('"You should have" tells the customer it was their fault');
    expect(m?.expected?.length).toBeGreaterThan(0);
  });
});
