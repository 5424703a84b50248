/**
 * The phrase patterns of every built-in rule, compiled and saved as JSON: `scripts/bundle.mjs`
 * writes them beside the CLI bundle, so a command-line run reads them instead of compiling them
 * (see `phraseSnapshot` in src/phrase.ts).
 */
import { rules } from '../rules/index.js';
import { lintReply } from './engine.js';
import { phraseSnapshot, usePhraseSnapshot } from './phrase.js';

/** Make every built-in rule's phrase sets (each rule on, default options), then save them all. */
export function buildPhraseSnapshot(): string {
  // Compile every pattern: a snapshot left beside the modules (an earlier build's) would be read
  // instead, and its trees do not tell which lexicon classes they came from.
  usePhraseSnapshot(null);
  const settings = Object.fromEntries(Object.keys(rules).map((id) => [id, { severity: 2 as const, options: {} }]));
  lintReply({ text: 'I am so sorry that we sent the wrong size.', markdown: false }, settings);
  return phraseSnapshot();
}
