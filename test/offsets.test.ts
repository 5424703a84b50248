// Offset maps of strings inside JSON, YAML and HTML: every character of a decoded value must
// point at itself (or at the escape or reference that wrote it) in the file.
import { describe, expect, it } from 'vitest';
import { Scalar, stringify } from 'yaml';
import { htmlToText } from '../src/inputs/html.js';
import type { LNode, LString } from '../src/inputs/tree.js';
import { parseJson, parseYaml } from '../src/inputs/tree.js';

/** A small deterministic generator, so failures reproduce. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'sorry',
  'for',
  'any',
  'inconvenience',
  'We\u2019re',
  "it's",
  '"quoted"',
  'back\\slash',
  'tab\there',
  'caf\u00e9',
  '\u{1F600}',
  '#4471',
  'a:b',
  '- x',
  '  ',
  '\n',
  '\n\n',
  '{{name}}',
];

function sentence(rnd: () => number, words: number): string {
  let out = '';
  for (let i = 0; i < words; i++) out += (i && !out.endsWith('\n') ? ' ' : '') + PIECES[Math.floor(rnd() * PIECES.length)];
  return out;
}

function strings(node: LNode): LString[] {
  if (node.kind === 'string') return [node];
  if (node.kind === 'array') return node.items.flatMap(strings);
  if (node.kind === 'object') return [...node.entries.values()].flatMap(strings);
  return [];
}

/**
 * Check that each non-space character maps to itself, or to the backslash of the escape that
 * wrote it, or (a quote) to the doubled quote of a single-quoted YAML scalar.
 */
function checkMap(source: string, node: LString): void {
  const map = node.map();
  expect(map.length).toBe(node.value.length + 1);
  for (let k = 0; k < node.value.length; k++) {
    if (k) expect(map[k]!).toBeGreaterThanOrEqual(map[k - 1]!);
    const c = node.value[k]!;
    if (/\s/.test(c)) continue;
    const at = source[map[k]!]!;
    // An astral character is two UTF-16 units; the second sits one unit after the first.
    const low = k > 0 && /[\udc00-\udfff]/.test(c) && map[k] === map[k - 1]! + 1 && source[map[k]!] === c;
    if (at !== c && !low)
      expect(
        at === '\\' || (at === "'" && c === "'"),
        `${JSON.stringify(node.value)} [${k}] -> ${JSON.stringify(source.slice(map[k]! - 8, map[k]! + 8))}`,
      ).toBe(true);
  }
}

describe('JSON string offset maps', () => {
  it('map every character through \\n, \\", \\\\, \\t, \\u2019 and surrogate-pair escapes', () => {
    const rnd = random(1);
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 4 }, () => sentence(rnd, 1 + Math.floor(rnd() * 12)));
      const plain = JSON.stringify({ replies: values.map((body) => ({ body })) }, null, 2);
      // The same file with every non-ASCII character written as \uXXXX (astral ones as pairs).
      const ascii = plain.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      for (const source of [plain, ascii]) {
        const found = strings(parseJson(source));
        expect(found.map((s) => s.value)).toEqual(values);
        for (const s of found) checkMap(source, s);
      }
    }
  });

  it('puts the end of a string on its closing quote', () => {
    const source = '{"a": "x\\ny"}';
    const [value] = strings(parseJson(source));
    expect(value!.value).toBe('x\ny');
    expect(value!.map()[3]).toBe(source.lastIndexOf('"'));
  });
});

describe('YAML scalar offset maps', () => {
  const types = [Scalar.PLAIN, Scalar.QUOTE_SINGLE, Scalar.QUOTE_DOUBLE, Scalar.BLOCK_LITERAL, Scalar.BLOCK_FOLDED] as const;
  for (const type of types) {
    it(`map every character of ${type} scalars, folded at 30 columns and nested two levels deep`, () => {
      const rnd = random(type.length * 7919);
      for (let round = 0; round < 150; round++) {
        const values = Array.from({ length: 3 }, () => sentence(rnd, 1 + Math.floor(rnd() * 14)));
        const source = stringify(
          { macros: [{ title: 'x', replies: values.map((body) => ({ body })) }] },
          { defaultStringType: type, defaultKeyType: Scalar.PLAIN, lineWidth: 30, minContentWidth: 10 },
        );
        const [root] = parseYaml(source);
        // The values as YAML reads them back (stringify may pick another style for some).
        const found = strings(root!).slice(1);
        expect(found).toHaveLength(3);
        for (const s of found) checkMap(source, s);
      }
    });
  }

  it('block scalars with an indentation indicator, keep chomping and a header comment', () => {
    const source = 'a: |2+ # note\n     indented\n    sorry for any inconvenience\n\nb: 1\n';
    const [root] = parseYaml(source);
    const [body] = strings(root!);
    expect(body!.value).toBe('   indented\n  sorry for any inconvenience\n\n');
    const k = body!.value.indexOf('sorry');
    expect(source.slice(body!.map()[k]!, body!.map()[k]! + 5)).toBe('sorry');
  });
});

describe('HTML text and its offset map', () => {
  const at = (html: string, text: string, phrase: string): string => {
    const h = htmlToText(html);
    const k = h.text.indexOf(phrase);
    expect(k).toBeGreaterThanOrEqual(0);
    return html.slice(h.map[k]!, h.map[k + phrase.length]!);
  };

  it('reads blocks as paragraphs and <br> as a line break, and skips quoted and hidden text', () => {
    const h = htmlToText(
      '<div>Hi Sam,</div><div><br></div><div>Sorry   for\n the wait.<br>Best,<br>Jo</div><blockquote>not ours</blockquote><style>p{}</style><script>x()</script><p hidden>hidden</p><div class="gmail_quote">old mail</div><p>End</p>',
    );
    expect(h.text).toBe('Hi Sam,\n\nSorry for the wait.\nBest,\nJo\n\nEnd');
  });

  it('maps through character references and CRLF to the original positions', () => {
    const html = '<p>We&rsquo;re sorry &amp; the\r\n  warehouse &#x1F600; sent&nbsp;it&notit; back</p>';
    const h = htmlToText(html);
    expect(h.text).toBe('We\u2019re sorry & the warehouse \u{1F600} sent\u00a0it\u00acit; back');
    expect(at(html, h.text, 'sorry')).toBe('sorry');
    expect(at(html, h.text, 'warehouse')).toBe('warehouse');
    expect(at(html, h.text, '\u2019re')).toBe('&rsquo;re');
    expect(at(html, h.text, 'back')).toBe('back');
  });

  it('keeps inline code in place as a skipped range and reads attribute placeholders as one word', () => {
    const h = htmlToText('<p>Run <code>npm ci</code> now, <attribute key="user.name" default="there"/>.</p>');
    expect(h.text).toBe('Run npm ci now, {{placeholder}}.');
    expect(h.skip).toEqual([{ start: 4, end: 10 }]);
  });

  it('never reads attributes, comments or alt text', () => {
    expect(htmlToText('<p title="sorry if">A <img alt="sorry if"> B<!-- sorry if --></p>').text).toBe('A B');
  });

  it('takes the document title', () => {
    expect(htmlToText('<!doctype html><html><head><title>Late order</title></head><body><p>Hi</p></body></html>', { document: true })).toMatchObject({
      text: 'Hi',
      title: 'Late order',
    });
  });
});
