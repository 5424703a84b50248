// The phrase patterns saved at build time (`dist/cli/phrase-snapshot.json`, read by every CLI run
// instead of compiling them) must be exactly the patterns compiling gives, and find the same.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Pattern } from '../src/phrase.js';
import { PhraseSet, compile, usePhraseSnapshot } from '../src/phrase.js';
import { buildPhraseSnapshot } from '../src/snapshot.js';
import { ROOT, fixtureTexts, sentencesOf, showMatches as show } from './helpers.js';

interface Saved {
  classes: { name: string; items: string; c: number[] }[];
  sets: { sources: string; c: number[] }[];
}

const FILE = path.join(ROOT, 'dist', 'cli', 'phrase-snapshot.json');
const json = readFileSync(FILE, 'utf8');
const saved = JSON.parse(json) as Saved;

/** The lexicon classes a saved set uses (nested ones too), as a class table. */
function tableOf(set: Saved['sets'][number]): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  const add = (id: number): void => {
    const entry = saved.classes[id]!;
    table[entry.name] = entry.items.split('\n');
    entry.c.forEach(add);
  };
  set.c.forEach(add);
  return table;
}

afterAll(() => usePhraseSnapshot(null));

describe('phrase snapshot', () => {
  it('is built from every built-in rule, and the bundle carries one with the same sets', () => {
    const fresh = JSON.parse(buildPhraseSnapshot()) as Saved;
    expect(saved.sets.length).toBeGreaterThan(50);
    // ASCII only (other characters escaped), which reads faster.
    expect(json).toMatch(/^[\x20-\x7e]+$/);
    expect(saved.sets.map((s) => s.sources).sort()).toEqual(fresh.sets.map((s) => s.sources).sort());
  });

  it('is built by compiling, even where a snapshot is at hand (its trees do not tell their classes)', async () => {
    vi.resetModules();
    const phrase = await import('../src/phrase.js');
    const { buildPhraseSnapshot: build } = await import('../src/snapshot.js');
    phrase.usePhraseSnapshot(json);
    const rebuilt = JSON.parse(build()) as Saved;
    const classesOf = (snap: Saved): Map<string, string[]> => new Map(snap.sets.map((s) => [s.sources, s.c.map((i) => snap.classes[i]!.name).sort()]));
    const want = classesOf(saved);
    const got = classesOf(rebuilt);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [sources, names] of got) expect(names, sources.slice(0, 60)).toEqual(want.get(sources));
    expect([...got.values()].some((names) => names.includes('GENERIC_TAIL'))).toBe(true);
  });

  it('gives every saved set the patterns compiling gives, and the same matches on every fixture', () => {
    const sentences = fixtureTexts().flatMap((f) => sentencesOf(f.text, f.markdown));
    usePhraseSnapshot(json);
    const read = saved.sets.map((set) => new PhraseSet(set.sources.split('\n'), tableOf(set)));
    expect(read.every((set) => set.fromSnapshot)).toBe(true);
    usePhraseSnapshot(null);
    const compiled = saved.sets.map((set) => new PhraseSet(set.sources.split('\n'), tableOf(set)));
    let patterns = 0;
    let matches = 0;
    expect(compiled.some((set) => set.fromSnapshot)).toBe(false);
    for (const [n, set] of read.entries()) {
      const table = tableOf(saved.sets[n]!);
      for (const p of set.patterns) {
        const c = compile(p.source, table);
        const fields = ({ source, node, first, required, requiredIds }: Pattern) => ({ source, node, first, required, requiredIds });
        expect(fields(p), p.source).toEqual(fields(c));
        patterns++;
      }
      for (const tokens of sentences) {
        const found = set.find(tokens);
        expect(show(found)).toEqual(show(compiled[n]!.find(tokens)));
        matches += found.length;
      }
    }
    expect(patterns).toBeGreaterThan(1000);
    expect(matches).toBeGreaterThan(1000);
  });

  it('compiles a set whose class items differ from the saved ones, and a set it does not have', () => {
    const set = saved.sets.find((s) => Object.keys(tableOf(s)).length > 0)!;
    const table = tableOf(set);
    const [name] = Object.keys(table);
    const changed = { ...table, [name!]: [...table[name!]!, 'zzyzx'] };
    usePhraseSnapshot(json);
    const stale = new PhraseSet(set.sources.split('\n'), changed);
    const other = new PhraseSet(['sorry about the zzyzx']);
    const same = new PhraseSet(set.sources.split('\n'), table);
    expect([stale.fromSnapshot, other.fromSnapshot, same.fromSnapshot]).toEqual([false, false, true]);
    expect(stale.patterns.map((p) => p.node)).toEqual(set.sources.split('\n').map((s) => compile(s, changed).node));
    const [tokens] = sentencesOf('Sorry about the zzyzx.');
    expect(show(other.find(tokens!))).toEqual(['sorry about the zzyzx @0-4']);
    usePhraseSnapshot(null);
  });

  it('reads nothing from a snapshot that is not one', () => {
    usePhraseSnapshot('{"version": 0}');
    expect(new PhraseSet(['we are sorry']).fromSnapshot).toBe(false);
    usePhraseSnapshot('not json');
    expect(new PhraseSet(['we are so sorry']).fromSnapshot).toBe(false);
    usePhraseSnapshot(null);
  });
});
