// Speed features as users see them: the plain-text fast path agrees with the Markdown path,
// worker threads keep the single-threaded order, shards partition the files, the cache is
// reused and invalidated, and streamed output is byte-for-byte the formatters' output.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { CacheData } from '../src/cache.js';
import { CACHE_FILE, cachedJson, cachedJsonBytes } from '../src/cache.js';
import type { RuleSetting } from '../src/engine.js';
import { lintReply, tuning } from '../src/engine.js';
import { loadFormatter } from '../src/formatters/index.js';
import { hasMarkdownSyntax, markdownBlocks, parseEnglish, plainEquivalent, splitLarge } from '../src/parse.js';
import { lintThreads, POOL_THRESHOLD } from '../src/concurrency.js';
import { LintPool } from '../src/pool.js';
import { loadConfig } from '../src/config.js';
import { lintSource } from '../src/lint.js';
import { preprocess } from '../src/preprocess.js';
import { lintFiles, parseShard, rulesMeta, shardOf } from '../src/run.js';
import type { LintResult } from '../src/types.js';
import { cli, ROOT, tempDir } from './helpers.js';

const FIXTURES = path.join(ROOT, 'fixtures');

function fixtureFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(md|txt)$/.test(name)) out.push(file);
    }
  };
  walk(FIXTURES);
  return out;
}

const ALL_RULES: Record<string, RuleSetting> = Object.fromEntries(Object.keys(rules).map((id) => [id, { severity: 1, options: {} }]));

/** Replies that differ in wording, so every rule and the gate have something to do. */
const REPLIES = [
  'Sorry for any inconvenience.\n',
  'Hi Sam,\n\nThe warehouse sent the wrong size. We have sent the right one today.\n',
  'Sorry if you were upset by the delay.\n',
  'I am sorry we charged you twice. I have refunded the second charge.\n',
  '# Update\n\nWe apologize for any inconvenience while the **status page** is updated.\n',
  'Thanks for writing in. Your order ships on Monday.\n',
];

function corpus(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const ext = i % 3 === 0 ? 'txt' : 'md';
    files[`d${i % 4}/reply-${String(i).padStart(3, '0')}.${ext}`] = `Hi customer ${i},\n\n${REPLIES[i % REPLIES.length]}`;
  }
  return files;
}

describe('plain-text fast path', () => {
  const plain = fixtureFiles().filter((f) => !hasMarkdownSyntax(preprocess(readFileSync(f, 'utf8')).masked));

  it('covers most fixtures (the test below is not vacuous)', () => {
    expect(plain.length).toBeGreaterThan(10);
  });

  it('gives the same findings and positions as the Markdown path on every fixture without Markdown syntax', () => {
    for (const file of plain) {
      const text = readFileSync(file, 'utf8');
      const fast = lintReply({ text, markdown: true }, ALL_RULES);
      const full = lintReply({ text, markdown: 'always' }, ALL_RULES);
      expect(fast.path, file).toBe('text');
      expect(full.path, file).toBe('markdown');
      expect(fast.messages, file).toEqual(full.messages);
      expect(fast.gate, file).toEqual(full.gate);
    }
  });

  it('finds something on the plain fixtures, so the comparison compares findings', () => {
    const total = plain.reduce((n, f) => n + lintReply({ text: readFileSync(f, 'utf8'), markdown: true }, ALL_RULES).messages.length, 0);
    expect(total).toBeGreaterThan(5);
  });
});

describe('the shared English parser', () => {
  it("gives retext-english's trees, positions included, on every fixture's paragraphs", () => {
    const retext = unified().use(retextEnglish);
    let paragraphs = 0;
    for (const file of fixtureFiles()) {
      const masked = preprocess(readFileSync(file, 'utf8')).masked;
      for (const block of masked.split(/\n[ \t]*\n/)) {
        expect(parseEnglish(block), file).toEqual(retext.parse(block));
        paragraphs++;
      }
    }
    expect(paragraphs).toBeGreaterThan(100);
  });
});

describe('emphasis and bracketed notes take the plain path', () => {
  /** Replies whose only Markdown is simple emphasis and bracketed notes, in every position. */
  const LITE = [
    '**Your refund**:\nI am sorry we charged you twice. I have refunded [amount] today.\n',
    'Hi [name],\n\nWe apologize for any inconvenience. *The warehouse* sent the wrong size.\n\n**Next steps**: we will send the right one (**today**).\n',
    'I am *so* sorry, but the courier lost it. Please check [order page] and reply if **anything** is wrong!\n',
    'Sorry for the delay with your [specific request]. It is **our** fault, not yours.\n\n*Thanks* for your patience.\n',
  ];
  const fixtures = fixtureFiles()
    .map((f) => readFileSync(f, 'utf8'))
    .filter((text) => {
      const masked = preprocess(text).masked;
      const blocks = markdownBlocks(masked).map((b) => masked.slice(b.start, b.end));
      return (
        !text.startsWith('---') && blocks.some((b) => hasMarkdownSyntax(b)) && blocks.every((b) => !hasMarkdownSyntax(b) || plainEquivalent(b, false) !== null)
      );
    });

  it('blanks only the emphasis markers, keeping every offset', () => {
    expect(plainEquivalent('**Next steps**: see [order page] (*today*).', false)).toBe('  Next steps  : see [order page] ( today ).');
    expect(plainEquivalent('See [the guide][1] or [this](https://x.y).', false)).toBeNull();
    expect(plainEquivalent('See [order page].', true)).toBeNull();
    expect(plainEquivalent('snake_case and 2 * 3 * 4', false)).toBeNull();
    expect(plainEquivalent('- **item**', false)).toBeNull();
  });

  it('gives the same findings and positions as the Markdown parser on every such reply and fixture', () => {
    expect(fixtures.length).toBeGreaterThan(3);
    let findings = 0;
    for (const text of [...LITE, ...fixtures]) {
      const fast = lintReply({ text, markdown: true }, ALL_RULES);
      const full = lintReply({ text, markdown: 'always' }, ALL_RULES);
      expect(fast.messages, text).toEqual(full.messages);
      expect(fast.gate, text).toEqual(full.gate);
      findings += fast.messages.length;
    }
    expect(findings).toBeGreaterThan(10);
  });
});

describe('plain blocks between Markdown blocks', () => {
  /** Runs of plain paragraphs between lists, quotes, headings, link references, comments and code. */
  const MIXED = [
    '- We lost your parcel.\n- Sorry for any inconvenience.\n\nThe courier lost it.\n\nSorry if you feel upset.\n\nWe apologize for the delay.\n\n- Refund sent.\n',
    '> Where is my order?\n\nSorry for any confusion.\n\nThe warehouse sent the wrong size.\n\n> I want a refund.\n\nI am sorry we charged you twice.\n',
    '# Update\n\nSorry for any inconvenience.\n\nIt is our policy.\n\nRead [the guide][g] first.\n\nThanks for your patience.\n\n[g]: https://x.y\n',
    '<!-- note -->\n\nSorry for any inconvenience.\n\nMistakes were made.\n\n```\nSorry for any confusion.\n```\n\nThe system failed.\n\n1. Refund\n2. Replacement\n',
    // After the plain paragraphs, the indented line is code, not more of the list item.
    'Hi,\n\n- one\n\nSorry for any inconvenience.\n\nSorry for any confusion.\n\n    Sorry for any inconvenience at all.\n\nThe courier lost it.\n',
  ];

  it('give the same findings and positions as parsing every block as Markdown', () => {
    let findings = 0;
    for (const text of MIXED) {
      const fast = lintReply({ text, markdown: true }, ALL_RULES);
      const full = lintReply({ text, markdown: 'always' }, ALL_RULES);
      expect(fast.path, text).toBe('markdown');
      expect(fast.messages, text).toEqual(full.messages);
      expect(fast.gate, text).toEqual(full.gate);
      findings += fast.messages.length;
    }
    expect(findings).toBeGreaterThan(20);
  });
});

describe('large Markdown blocks', () => {
  /** One paragraph over 32 KB with no line that starts a heading, list, quote, code or HTML. */
  const WALLS = [
    // One line: brackets, emphasis and notes between sentences.
    Array.from({ length: 900 }, (_, i) => `Sorry for any inconvenience [{( **${i}** [note] *so* sorry.`).join(' '),
    // Many lines, indented by two spaces at the start, with trailing spaces at the end.
    `  ${Array.from({ length: 700 }, (_, i) => `The courier lost parcel ${i} and we apologize for any confusion _here_.`).join('\n')}   `,
    // Between Markdown blocks, which still go to the Markdown parser.
    `# Update\n\n${'Mistakes were made [{( with the order. '.repeat(1200)}\n\n- Sorry if you feel upset.\n`,
  ];
  /** Large blocks that are not one paragraph: code, HTML and quotes in them must stay unread. */
  const NOT_WALLS = [
    `${'We apologize for the delay [{( today. '.repeat(1000)}\n\`\`\`\nSorry for any inconvenience.\n\`\`\`\n`,
    `${'We apologize for the delay [{( today. '.repeat(1000)}\n<!-- Sorry for any inconvenience. -->\n`,
    `${'We apologize for the delay [{( today. '.repeat(1000)}\n> Sorry for any inconvenience.\n`,
  ];

  it('of one paragraph give the same findings and positions as when the Markdown parser reads every piece', () => {
    let findings = 0;
    for (const text of WALLS) {
      expect(text.length).toBeGreaterThan(32 * 1024);
      const fast = lintReply({ text, markdown: true }, ALL_RULES);
      const full = lintReply({ text, markdown: 'always' }, ALL_RULES);
      expect(fast.messages).toEqual(full.messages);
      expect(fast.gate).toEqual(full.gate);
      findings += fast.messages.length;
    }
    expect(findings).toBeGreaterThan(1000);
  });

  it('of a long nested list: a piece that starts on an indented item is read as list text, not as code', () => {
    const items = Array.from({ length: 3000 }, (_, i) => `    - Item ${i} is here. Sorry for any inconvenience.`);
    const text = `- Parent item\n${items.join('\n')}\n`;
    const found = lintReply({ text, markdown: true }, { 'no-vague-apology': { severity: 2, options: {} } }).messages;
    expect(found).toHaveLength(3000);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe('Sorry for any inconvenience');
  });

  it('leave code, HTML and quotes in them unread', () => {
    for (const text of NOT_WALLS) {
      const fast = lintReply({ text, markdown: true }, ALL_RULES);
      expect(fast.messages.some((m) => m.ruleId === 'no-vague-apology')).toBe(false);
      expect(fast.messages).toEqual(lintReply({ text, markdown: 'always' }, ALL_RULES).messages);
    }
  });

  const MAX = 32 * 1024;
  const sentence = (i: number): string => `We are *so* sorry about [the delay](https://x.y/${i}) and **the refund**.`;

  it('are cut at line breaks into pieces of at most 32 KB, after sentence ends, covering every line', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => (i % 3 === 2 ? `${sentence(i)}` : `the courier and the ${i} parcel`));
    const text = `# Update\n${lines.join('\n')}\n`;
    const pieces = splitLarge(text, 0, text.length - 1);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX);
      expect('huge' in p).toBe(false);
      // Each piece but the last ends after a sentence, at the end of a line.
      if (p !== pieces[pieces.length - 1]) expect(text.slice(p.start, p.end)).toMatch(/\.$/);
      expect(text[p.end]).toBe('\n');
    }
    // Nothing between pieces but line breaks.
    for (let i = 1; i < pieces.length; i++) expect(text.slice(pieces[i - 1]!.end, pieces[i]!.start)).toBe('\n');
    expect(pieces[0]!.start).toBe(0);
  });

  it('are never cut inside fenced code or raw HTML, and a line over 32 KB is its own piece, read as plain text', () => {
    const code = `\`\`\`\n${'Sorry for any inconvenience.\n'.repeat(3000)}\`\`\``;
    const html = `<!--\n${'Sorry for any confusion.\n'.repeat(3000)}-->`;
    const wall = `  ${'[{( sorry about that '.repeat(3000)}  `;
    const text = [sentence(1), code, sentence(2), html, wall, sentence(3)].join('\n');
    const pieces = splitLarge(text, 0, text.length);
    const codeStart = text.indexOf('```');
    const htmlStart = text.indexOf('<!--');
    expect(pieces.some((p) => p.start <= codeStart && p.end >= text.lastIndexOf('```') + 3)).toBe(true);
    expect(pieces.some((p) => p.start <= htmlStart && p.end >= text.indexOf('-->') + 3)).toBe(true);
    const huge = pieces.filter((p) => 'huge' in p);
    expect(huge).toHaveLength(1);
    expect(text.slice(huge[0]!.start, huge[0]!.end)).toBe(wall.trim());
  });

  it('are not cut inside an HTML block that runs to a blank line, nor read as prose when one HTML line is over 32 KB', () => {
    const body = 'Sorry for any inconvenience, and more words in this line.\n'.repeat(1000);
    const blockHtml = `Hi,\n\n<div>\n${body}</div>\n`;
    const lineHtml = `Hi,\n\n<div>${'Sorry for any inconvenience. '.repeat(2000)}</div>\n`;
    const lineComment = `Hi,\n\n<!-- ${'Sorry for any inconvenience. '.repeat(2000)}-->\n`;
    for (const text of [blockHtml, lineHtml, lineComment]) {
      expect(text.length).toBeGreaterThan(MAX);
      expect(lintReply({ text, markdown: true }, ALL_RULES).messages.filter((m) => m.ruleId === 'no-vague-apology')).toEqual([]);
    }
    expect(splitLarge(blockHtml, blockHtml.indexOf('<div>'), blockHtml.length - 1)).toHaveLength(1);
  });

  it('are linted with the prose found and code, HTML and quotes left out, at exact positions', () => {
    const para = Array.from({ length: 1200 }, (_, i) => sentence(i)).join('\n');
    const text = `# Update\n${para}\n> Sorry for any inconvenience.\n\`\`\`\nSorry for any confusion.\n\`\`\`\nMistakes were made.\n`;
    expect(text.length).toBeGreaterThan(2 * MAX);
    const r = lintReply({ text, markdown: true }, ALL_RULES);
    expect(r.messages.some((m) => m.ruleId === 'no-vague-apology')).toBe(false);
    const agentless = r.messages.filter((m) => m.ruleId === 'no-agentless-apology');
    expect(agentless.map((m) => text.slice(m.start, m.end))).toEqual(['Mistakes were made']);
    expect(r.messages).toEqual(lintReply({ text, markdown: 'always' }, ALL_RULES).messages);
  });
});

describe('long replies', () => {
  it('finding every phrase list sentence by sentence first gives the same findings as finding them rule by rule', () => {
    const text = Array.from({ length: 800 }, (_, i) => `Hi customer ${i},\n\n${REPLIES[i % REPLIES.length]}`).join('\n');
    const lint = (): ReturnType<typeof lintReply> => lintReply({ text, markdown: true }, ALL_RULES);
    const eager = lint();
    const sentences = (eager.data.apologyDoc as { sentences: unknown[] }).sentences.length;
    expect(sentences).toBeGreaterThanOrEqual(tuning.eagerSentences);
    const saved = tuning.eagerSentences;
    tuning.eagerSentences = Infinity;
    try {
      const lazy = lint();
      expect(eager.messages.length).toBeGreaterThan(100);
      expect(eager.messages).toEqual(lazy.messages);
      expect(eager.gate).toEqual(lazy.gate);
    } finally {
      tuning.eagerSentences = saved;
    }
  });
});

describe('start-up', () => {
  /** The Node built-in modules a CLI run loads. */
  function builtinsLoaded(args: string[], cwd: string): string[] {
    const script = [
      `process.argv = [process.argv[0], 'apology-lint', ...${JSON.stringify(args)}];`,
      `process.on('exit', () => process.stderr.write('\\n' + JSON.stringify(process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')))));`,
      `const { run } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'cli', 'cli.js')).href)});`,
      'await run();',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    return (JSON.parse(r.stderr.trim().split('\n').pop()!) as string[]).map((m) => m.slice('NativeModule '.length));
  }

  it('one reply loads neither worker threads, crypto nor child processes; --cache loads crypto', () => {
    const dir = tempDir({ 'reply.md': 'Hi Sam,\n\nSorry for any inconvenience. The courier lost your parcel.\n' });
    const plain = builtinsLoaded(['--no-config-lookup', '-f', 'json', 'reply.md'], dir);
    expect(plain).toContain('fs');
    expect(plain).not.toContain('worker_threads');
    expect(plain).not.toContain('crypto');
    // commander's subcommand launcher (see scripts/bundle.mjs).
    expect(plain).not.toContain('child_process');
    expect(builtinsLoaded(['--no-config-lookup', '--cache', '-f', 'json', 'reply.md'], dir)).toContain('crypto');
  });
});

describe('worker threads', () => {
  it('give the same results in the same order as the main thread', async () => {
    // Workers load the built modules, so this test uses the built API.
    const built = (await import(pathToFileURL(path.join(ROOT, 'dist', 'src', 'run.js')).href)) as typeof import('../src/run.js');
    const dir = tempDir(corpus(60));
    const single = await built.lintFiles(['.'], { cwd: dir, concurrency: 'off' });
    const pooled = await built.lintFiles(['.'], { cwd: dir, concurrency: 2 });
    expect(single).toHaveLength(60);
    expect(single.some((r) => r.messages.length > 0)).toBe(true);
    expect(pooled.map((r) => r.filePath)).toEqual(single.map((r) => r.filePath));
    expect(pooled).toEqual(single);
  });

  it('workers get every lint option: the source for formatters that show it, unused directives', async () => {
    const built = (await import(pathToFileURL(path.join(ROOT, 'dist', 'src', 'run.js')).href)) as typeof import('../src/run.js');
    const dir = tempDir({ ...corpus(12), 'directive.md': '<!-- apology-lint-disable no-blame-shift -->\nThanks for writing in.\n' });
    const options = { cwd: dir, includeSource: true, reportUnusedDisableDirectives: true };
    const single = await built.lintFiles(['.'], { ...options, concurrency: 'off' });
    const pooled = await built.lintFiles(['.'], { ...options, concurrency: 2 });
    expect(single.every((r) => typeof r.source === 'string' && r.source.length > 0)).toBe(true);
    expect(single.find((r) => r.filePath.endsWith('directive.md'))?.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([
      "1:1 Unused apology-lint-disable directive (no problems were reported from 'no-blame-shift')",
    ]);
    expect(pooled).toEqual(single);
  });

  it('the CLI prints the same bytes with --concurrency 2 and off', () => {
    const dir = tempDir(corpus(40));
    // html shows each reply's text, which the main thread reads and a worker lints.
    for (const format of ['stylish', 'json', 'html']) {
      const off = cli(['-f', format, '--concurrency', 'off', '.'], { cwd: dir });
      const on = cli(['-f', format, '--concurrency', '2', '.'], { cwd: dir });
      expect(off.code).toBe(1);
      expect(on.code).toBe(1);
      expect(on.stdout).toBe(off.stdout);
    }
  });

  it('lints on the main thread too: a pool of one thread starts no worker and gives what lintSource gives', async () => {
    const config = await loadConfig(path.join(ROOT, 'reply.md'), { lookup: false });
    const pool = new LintPool(1);
    try {
      const texts = REPLIES.map((r, i) => `Hi customer ${i},\n\n${r}`);
      const pooled = await Promise.all(texts.map((t, i) => pool.lint(t, path.join(ROOT, `r${i}.md`), config, {})));
      expect(pooled).toEqual(texts.map((t, i) => lintSource(t, path.join(ROOT, `r${i}.md`), config)));
      expect(pooled.some((r) => r.messages.length > 0)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('counts the main thread as one of the lint threads', () => {
    expect(lintThreads('off', 50_000)).toBe(1);
    expect(lintThreads(1, 50_000)).toBe(1);
    expect(lintThreads(4, 50_000)).toBe(4);
    expect(lintThreads(4, 3)).toBe(3);
    expect(lintThreads('auto', POOL_THRESHOLD - 1)).toBe(1);
    expect(lintThreads('auto', POOL_THRESHOLD)).toBe(Math.max(1, availableParallelism()));
  });

  it('rejects a bad --concurrency with one line, exit 2', () => {
    const r = cli(['--concurrency', 'lots', 'fixtures/examples']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('apology-lint: --concurrency "lots": expected auto, off or a number of threads\n');
  });
});

describe('--shard', () => {
  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '1/2/3']) expect(parseShard(bad), bad).toBeNull();
  });

  it('shards partition the matched files: disjoint, complete, each non-empty', async () => {
    const dir = tempDir(corpus(45));
    const all = (await lintFiles(['.'], { cwd: dir })).map((r) => r.filePath);
    const shards = await Promise.all([1, 2, 3].map(async (index) => (await lintFiles(['.'], { cwd: dir, shard: { index, count: 3 } })).map((r) => r.filePath)));
    for (const s of shards) expect(s.length).toBeGreaterThan(5);
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(new Set(shards.flat()).size).toBe(all.length);
  });

  it('is stable: a file keeps its shard when other files come and go', () => {
    const a = shardOf('macros/refunds/late.md', 5);
    expect(shardOf('macros/refunds/late.md', 5)).toBe(a);
    expect(a).toBeGreaterThanOrEqual(1);
    expect(a).toBeLessThanOrEqual(5);
  });

  it('the CLI lints only its slice, and an empty slice is a clean exit', () => {
    const dir = tempDir(corpus(12));
    const seen: string[] = [];
    for (const i of [1, 2]) {
      const r = cli(['-f', 'json', '--shard', `${i}/2`, '.'], { cwd: dir });
      expect(r.code).toBeLessThan(2);
      seen.push(...(JSON.parse(r.stdout) as LintResult[]).map((x) => path.relative(dir, x.filePath)));
    }
    expect(seen.sort()).toEqual(Object.keys(corpus(12)).sort());
    const one = tempDir({ 'a.txt': 'Sorry for any inconvenience.\n' });
    const other = shardOf('a.txt', 2) === 1 ? 2 : 1;
    const empty = cli(['--shard', `${other}/2`, 'a.txt'], { cwd: one });
    expect(empty).toMatchObject({ code: 0, stdout: '' });
    const bad = cli(['--shard', '3/2', 'a.txt'], { cwd: one });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('apology-lint: --shard "3/2": expected i/n with 1 <= i <= n, e.g. 2/4\n');
  });
});

describe('--cache', () => {
  it('a cached result gives its JSON as text and as UTF-8 bytes, exactly what JSON.stringify writes', async () => {
    const dir = tempDir({ ...corpus(20), 'curly.md': 'I’m sorry — the courier’s van broke down… 😞\n\n\n\n\n\n\n\n\n\nSorry for any inconvenience.\n' });
    const options = { cwd: dir, cacheFile: path.join(dir, 'cache.json') };
    const cold = await lintFiles(['.'], options);
    expect(cold.map((r) => cachedJson(r))).toEqual(cold.map(() => undefined));
    const warm = await lintFiles(['.'], options);
    expect(warm).toHaveLength(21);
    for (const r of warm) {
      const text = JSON.stringify(r);
      expect(cachedJson(r)).toBe(text);
      const bytes = cachedJsonBytes(r)!;
      expect(bytes.byteLength).toBe(Buffer.byteLength(text));
      // Written at an offset into a larger buffer, as standard output's chunks take them.
      const target = Buffer.alloc(bytes.byteLength + 3);
      bytes.writeTo(target, 2);
      expect(target.subarray(2, 2 + bytes.byteLength).toString('utf8')).toBe(text);
      expect([target[0], target[1], target[target.length - 1]]).toEqual([0, 0, 0]);
    }
    expect(warm.some((r) => r.messages.some((m) => m.line >= 10))).toBe(true);
  });

  const cacheOf = (dir: string): string => path.join(dir, 'node_modules', '.cache', 'apology-lint', CACHE_FILE);
  /** Mark the cached messages of these files (all when none named): a run that shows the mark was served from the cache. */
  const mark = (file: string, only?: string[]): void => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as CacheData;
    for (const [name, entry] of Object.entries(data.entries)) {
      if (only && !only.includes(name)) continue;
      const index = entry[5][0]!;
      data.messages[index] = JSON.stringify({ ...JSON.parse(data.messages[index]!), message: 'FROM CACHE' });
    }
    writeFileSync(file, JSON.stringify(data));
  };

  it('a second run is served from the cache; editing .apologyrc invalidates it', () => {
    const dir = tempDir({ '.apologyrc.json': '{}', 'a.txt': 'Sorry for any inconvenience.\n', 'b.txt': 'Thanks, your order ships Monday.\n' });
    const first = cli(['--cache', '-f', 'json', '.'], { cwd: dir });
    expect(first.code).toBe(1);
    const data = JSON.parse(readFileSync(cacheOf(dir), 'utf8')) as CacheData;
    const a = path.join(dir, 'a.txt');
    expect(Object.keys(data.entries).sort()).toEqual([a, path.join(dir, 'b.txt')]);
    // Mark the cached message: if the next run shows the mark, it came from the cache.
    mark(cacheOf(dir), [a]);
    const second = cli(['--cache', '-f', 'json', '.'], { cwd: dir });
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout)[0].messages[0].message).toBe('FROM CACHE');
    // Without --cache nothing is read from it.
    expect(JSON.parse(cli(['-f', 'json', '.'], { cwd: dir }).stdout)[0].messages[0].message).not.toBe('FROM CACHE');
    // A changed rule option is a different config: the entry is stale.
    writeFileSync(path.join(dir, '.apologyrc.json'), JSON.stringify({ rules: { 'no-vague-apology': ['warn', { allow: ['sorry for any delay'] }] } }));
    const third = cli(['--cache', '-f', 'json', '.'], { cwd: dir });
    expect(third.code).toBe(0);
    const r = JSON.parse(third.stdout)[0];
    expect(r.messages[0]).toMatchObject({ ruleId: 'no-vague-apology', severity: 1, line: 1, column: 1 });
    expect(r.messages[0].message).not.toBe('FROM CACHE');
  });

  it('a changed file is linted again; unchanged ones still hit', () => {
    const dir = tempDir({ 'a.txt': 'Sorry for any inconvenience.\n', 'b.txt': 'Sorry for any inconvenience.\n' });
    cli(['--cache', '.'], { cwd: dir });
    mark(cacheOf(dir));
    writeFileSync(path.join(dir, 'b.txt'), 'The courier lost your parcel.\n');
    const [a, b] = JSON.parse(cli(['--cache', '-f', 'json', '.'], { cwd: dir }).stdout) as LintResult[];
    expect(a!.messages[0]!.message).toBe('FROM CACHE');
    expect(b!.messages.map((m) => m.ruleId)).toEqual(['no-blame-shift']);
  });

  it('an unchanged size and time stamp is a hit without reading; --cache-strategy content always compares content', () => {
    const dir = tempDir({ 'a.txt': 'Sorry for any inconvenience.\n' });
    const a = path.join(dir, 'a.txt');
    const stamp = new Date(2024, 0, 1);
    utimesSync(a, stamp, stamp);
    cli(['--cache', '.'], { cwd: dir });
    // The same number of bytes and the old time stamp: only the content tells the change.
    writeFileSync(a, 'Sorry for any confusion!!!!.\n');
    utimesSync(a, stamp, stamp);
    const metadata = JSON.parse(cli(['--cache', '-f', 'json', '.'], { cwd: dir }).stdout) as LintResult[];
    expect(metadata[0]!.messages.find((m) => m.ruleId === 'no-vague-apology')!.message).toContain('Sorry for any inconvenience');
    const content = JSON.parse(cli(['--cache', '--cache-strategy', 'content', '-f', 'json', '.'], { cwd: dir }).stdout) as LintResult[];
    expect(content[0]!.messages.find((m) => m.ruleId === 'no-vague-apology')!.message).toContain('Sorry for any confusion');
  });

  it('a new time stamp on the same content (a checkout, a touch) is still a hit, and the new stamp is kept', () => {
    const dir = tempDir({ 'a.txt': 'Sorry for any inconvenience.\n' });
    const a = path.join(dir, 'a.txt');
    cli(['--cache', '.'], { cwd: dir });
    mark(cacheOf(dir));
    utimesSync(a, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(JSON.parse(cli(['--cache', '-f', 'json', '.'], { cwd: dir }).stdout)[0].messages[0].message).toBe('FROM CACHE');
    const entry = (JSON.parse(readFileSync(cacheOf(dir), 'utf8')) as CacheData).entries[a]!;
    expect([entry[2], entry[3]]).toEqual([statSync(a).size, statSync(a).mtimeMs]);
  });

  it('stores each distinct message once, with positions per file', () => {
    const text = 'Hello,\n\nSorry for any inconvenience.\n';
    const dir = tempDir({ 'a.txt': text, 'b.txt': `\n${text}` });
    const results = JSON.parse(cli(['--cache', '-f', 'json', '.'], { cwd: dir }).stdout) as LintResult[];
    const data = JSON.parse(readFileSync(cacheOf(dir), 'utf8')) as CacheData;
    expect(data.messages).toHaveLength(results[0]!.messages.length);
    expect(results[1]!.messages.map((m) => m.line)).toEqual(results[0]!.messages.map((m) => m.line + 1));
    // Served from the cache, both files keep their own positions.
    expect(JSON.parse(cli(['--cache', '-f', 'json', '.'], { cwd: dir }).stdout)).toEqual(results);
  });

  it('drops the entries of deleted files when it saves, and keeps those of files not linted this run', () => {
    const dir = tempDir({ 'a.txt': 'Sorry for any inconvenience.\n', 'b.txt': 'Sorry for any confusion.\n', 'c.txt': 'Thanks!\n' });
    cli(['--cache', '.'], { cwd: dir });
    rmSync(path.join(dir, 'b.txt'));
    // Only c.txt is linted, and it changed, so the cache is saved.
    writeFileSync(path.join(dir, 'c.txt'), 'Thanks for waiting!\n');
    cli(['--cache', 'c.txt'], { cwd: dir });
    const data = JSON.parse(readFileSync(cacheOf(dir), 'utf8')) as CacheData;
    expect(Object.keys(data.entries).sort()).toEqual([path.join(dir, 'a.txt'), path.join(dir, 'c.txt')]);
  });

  it('a run served from the cache prints the same JSON bytes as the run that filled it, --quiet too', () => {
    const files: Record<string, string> = { ...corpus(12) };
    const macros = ['zendesk.json', 'intercom.yml', 'damaged-order.html'];
    for (const name of macros) files[name] = readFileSync(path.join(FIXTURES, 'macros', name), 'utf8');
    files['curly.md'] = 'I’m sorry — the courier’s van broke down… 😞 We’ll resend it today.\n';
    const dir = tempDir(files);
    for (const extra of [[], ['--quiet']]) {
      const location = ['--cache-location', `cache${extra.length}.json`];
      const cold = cli(['--cache', ...location, '-f', 'json', ...extra, '.', ...macros], { cwd: dir });
      const warm = cli(['--cache', ...location, '-f', 'json', ...extra, '.', ...macros], { cwd: dir });
      expect(cold.code).toBe(1);
      expect(JSON.parse(cold.stdout) as LintResult[]).toHaveLength(Object.keys(files).length);
      expect(warm).toEqual(cold);
    }
  });

  it('writes the cache as ASCII, and reads a cache with UTF-8 text (as earlier versions wrote it)', () => {
    const dir = tempDir({ 'curly.md': 'I’m sorry — the courier’s van broke down… 😞 We’ll resend it today.\n' });
    const args = ['--cache', '--cache-location', 'my-cache.json', '-f', 'json', 'curly.md'];
    const cold = cli(args, { cwd: dir });
    const text = readFileSync(tempCache(dir), 'utf8');
    expect(text).toMatch(/^[\x20-\x7e]+$/);
    expect(text).toContain('\\u2019');
    // The same cache in UTF-8, with one stored message changed: the next run reads it from there.
    const data = JSON.parse(text) as CacheData;
    // As earlier versions wrote it, every stored text in UTF-8.
    data.messages = data.messages.map((m) => JSON.stringify(JSON.parse(m)));
    const at = data.messages.findIndex((m) => m.includes('’'));
    expect(at).toBeGreaterThanOrEqual(0);
    data.messages[at] = data.messages[at]!.replace('’', '’ (from the cache — ✓)');
    writeFileSync(tempCache(dir), JSON.stringify(data));
    const warm = cli(args, { cwd: dir });
    expect(warm.code).toBe(cold.code);
    expect(warm.stdout).toContain('(from the cache — ✓)');
    expect(warm.stdout.replace(' (from the cache — ✓)', '')).toBe(cold.stdout);
  });

  it('an unknown --cache-strategy is a usage error', () => {
    const dir = tempDir({ 'a.txt': 'Hello.\n' });
    const r = cli(['--cache', '--cache-strategy', 'mtime', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--cache-strategy');
  });

  it('a damaged, empty or older cache file is ignored and replaced, not an error', () => {
    const dir = tempDir({ 'a.txt': 'Sorry for any inconvenience.\n' });
    const expected = cli(['-f', 'json', 'a.txt'], { cwd: dir }).stdout;
    const junk = [
      '{"format":2,"version":"0.1.0","keys":[],"results":[],"messages":[],"entries":{"x":5}}',
      '{"format":1,"version":"0.0.1","entries":{}}',
      '',
      ' \n',
    ];
    for (const text of junk) {
      writeFileSync(tempCache(dir), text);
      const r = cli(['--cache', '--cache-location', 'my-cache.json', '-f', 'json', 'a.txt'], { cwd: dir });
      expect(r).toMatchObject({ code: 1, stderr: '' });
      expect(r.stdout).toBe(expected);
      expect(JSON.parse(readFileSync(tempCache(dir), 'utf8')).entries[path.join(dir, 'a.txt')]).toBeDefined();
    }
  });

  it('the cache in a folder linted with --ext json is not linted as a reply, and still used', () => {
    const dir = tempDir({ 'a.txt': 'Sorry for any inconvenience.\n' });
    const args = ['--cache', '--cache-location', 'my-cache.json', '--ext', 'txt,json', '-f', 'compact', '.'];
    const first = cli(args, { cwd: dir });
    mark(tempCache(dir));
    const second = cli(args, { cwd: dir });
    expect({ code: second.code, stderr: second.stderr }).toEqual({ code: 1, stderr: '' });
    expect(first.stdout).toMatch(/^a\.txt: line 1, col 1, Error - "Sorry for any inconvenience" is a generic apology/);
    expect(second.stdout).toBe('a.txt: line 1, col 1, Error - FROM CACHE (no-vague-apology)\n\n1 problem\n');
  });

  it('a file that is not a cache, named as the cache location, is neither read nor replaced', () => {
    const dir = tempDir({ 'a.txt': 'Sorry for any inconvenience.\n', 'notes/b.txt': 'Thanks for writing.\n' });
    const expected = cli(['-f', 'json', 'a.txt'], { cwd: dir }).stdout;
    for (const text of ['{not json', '[]', '{"name": "macros", "version": "1.0.0"}\n', 'Hi Sam,\n\nThanks for writing.\n']) {
      writeFileSync(tempCache(dir), text);
      const r = cli(['--cache', '--cache-location', 'my-cache.json', '-f', 'json', 'a.txt'], { cwd: dir });
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
        code: 1,
        stdout: expected,
        stderr: `apology-lint: warning: ${tempCache(dir)}: not an apology-lint cache, so it is neither read nor replaced (delete it, or choose another --cache-location)\n`,
      });
      expect(readFileSync(tempCache(dir), 'utf8')).toBe(text);
    }
    // A reply being linted is refused as the cache location, as it is for -o.
    for (const reply of ['a.txt', 'notes/b.txt']) {
      const before = readFileSync(path.join(dir, reply), 'utf8');
      const r = cli(['--cache', '--cache-location', reply, '.'], { cwd: dir });
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
        code: 2,
        stdout: '',
        stderr: `apology-lint: --cache-location ${path.join(dir, reply)}: refusing to overwrite a file being linted\n`,
      });
      expect(readFileSync(path.join(dir, reply), 'utf8')).toBe(before);
    }
    // An empty reply, which the cache would replace, is refused through a link too.
    writeFileSync(path.join(dir, 'notes', 'empty.txt'), '');
    symlinkSync(path.join(dir, 'notes', 'empty.txt'), path.join(dir, 'cache-link.json'));
    const linked = cli(['--cache', '--cache-location', 'cache-link.json', 'notes'], { cwd: dir });
    expect({ code: linked.code, stderr: linked.stderr }).toEqual({
      code: 2,
      stderr: `apology-lint: --cache-location ${path.join(dir, 'cache-link.json')}: refusing to overwrite a file being linted\n`,
    });
    expect(readFileSync(path.join(dir, 'notes', 'empty.txt'), 'utf8')).toBe('');
  });

  it('a cached message or result of the wrong shape (a cache edited by hand) is a miss, not "col undefined"', () => {
    const dir = tempDir({ 'a.txt': 'Sorry for any inconvenience.\n' });
    const expected = cli(['-f', 'json', 'a.txt'], { cwd: dir }).stdout;
    cli(['--cache', '--cache-location', 'my-cache.json', 'a.txt'], { cwd: dir });
    const data = JSON.parse(readFileSync(tempCache(dir), 'utf8')) as CacheData;
    const damaged: Partial<CacheData>[] = [
      { messages: [JSON.stringify({ line: 'a' })] },
      { messages: [JSON.stringify({ ruleId: 'no-vague-apology', severity: 3, message: 'x' })] },
      { results: [JSON.stringify({ messages: [] })] },
    ];
    for (const change of damaged) {
      writeFileSync(tempCache(dir), JSON.stringify({ ...data, ...change }));
      const r = cli(['--cache', '--cache-location', 'my-cache.json', '-f', 'json', 'a.txt'], { cwd: dir });
      expect({ code: r.code, stderr: r.stderr, stdout: r.stdout }).toEqual({ code: 1, stderr: '', stdout: expected });
    }
  });

  it('another package version is a miss', () => {
    const dir = tempDir({ 'a.txt': 'Sorry for any inconvenience.\n' });
    cli(['--cache', '--cache-location', 'my-cache.json', 'a.txt'], { cwd: dir });
    mark(tempCache(dir));
    const data = JSON.parse(readFileSync(tempCache(dir), 'utf8')) as CacheData;
    writeFileSync(tempCache(dir), JSON.stringify({ ...data, version: '0.0.0-old' }));
    const r = cli(['--cache', '--cache-location', 'my-cache.json', '-f', 'json', 'a.txt'], { cwd: dir });
    expect(JSON.parse(r.stdout)[0].messages[0].message).not.toBe('FROM CACHE');
  });

  function tempCache(dir: string): string {
    return path.join(dir, 'my-cache.json');
  }
});

describe('streamed output', () => {
  it('a long report to -o waits for the file many times without a warning, and cached JSON is the same bytes', () => {
    const reply = 'Sorry for any inconvenience, but the courier lost it. Mistakes were made. Sorry if you feel upset.\n';
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`r${String(i).padStart(3, '0')}.txt`, reply]));
    const dir = tempDir(files);
    const args = ['--cache', '-f', 'json', '-o', 'report.json', '.'];
    const cold = cli(args, { cwd: dir });
    const coldReport = readFileSync(path.join(dir, 'report.json'));
    // 300 results of some 2 KB each: the file stream asks the writer to wait dozens of times.
    expect(coldReport.length).toBeGreaterThan(300_000);
    const warm = cli(args, { cwd: dir });
    expect([cold.code, cold.stderr, warm.code, warm.stderr]).toEqual([1, '', 1, '']);
    expect(readFileSync(path.join(dir, 'report.json')).equals(coldReport)).toBe(true);
  });

  it('is byte-for-byte what each formatter makes of all results at once', async () => {
    const dir = tempDir(corpus(30));
    const results = await lintFiles(['.'], { cwd: dir });
    for (const format of ['stylish', 'json', 'compact']) {
      const formatter = await loadFormatter(format, dir);
      const text = await formatter(results, { cwd: dir, rulesMeta: rulesMeta() });
      const r = cli(['-f', format, '.'], { cwd: dir });
      expect(r.stdout, format).toBe(text.endsWith('\n') ? text : `${text}\n`);
      const o = cli(['-f', format, '-o', 'report.out', '.'], { cwd: dir });
      expect(o.stdout).toBe('');
      expect(readFileSync(path.join(dir, 'report.out'), 'utf8'), format).toBe(text);
    }
  });
});
