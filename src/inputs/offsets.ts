/**
 * Offset maps: where each character of a decoded string sits in the file it came from.
 *
 * A reply found inside a JSON string, a YAML scalar or an HTML element is not the file's text:
 * escapes (`\n`, `\"`, `\u2019`), YAML folding and indentation, and HTML character references
 * change it. Every such string gets one map, `map[k]` = the file offset of its character `k`,
 * and `map[value.length]` = the offset just after its last character, so a finding's start and
 * (exclusive) end both land on the file's own line and column. Maps compose: an HTML reply
 * inside a JSON string is the HTML map looked up in the JSON map.
 *
 * The map is built by aligning the decoded value (from the format's own parser, so it is always
 * right) with the raw source, not by re-implementing each format's decoding: characters that
 * match are paired, raw whitespace that folding or indentation removed is stepped over, escapes
 * and references are read as one unit, and whitespace the decoder produced from a line break is
 * placed where the break was.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** `map[k]` is the source offset of character `k`; one more entry for the end. */
export type OffsetMap = Int32Array;

/** How the raw source escapes characters. */
export type Escapes = 'none' | 'json' | 'yaml-plain' | 'yaml-double' | 'yaml-single' | 'html' | 'markdown';

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  a: '\x07',
  e: '\x1b',
  '0': '\0',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '\t': '\t',
  '/': '/',
  '\\': '\\',
  '"': '"',
};

const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Read an escape at `raw[i] === '\\'`: how many raw characters it spans and what it produces,
 * or null when it is not one.
 */
function readEscape(raw: string, i: number, escapes: Escapes): { length: number; value: string } | null {
  const c = raw[i + 1];
  if (c === undefined) return null;
  // Markdown escapes ASCII punctuation only: a backslash and "*" read as "*".
  if (escapes === 'markdown') return /[!-/:-@[-`{-~]/.test(c) ? { length: 2, value: c } : null;
  const hex = HEX_LENGTH[c];
  if (hex && (c === 'u' || escapes === 'yaml-double')) {
    const digits = raw.slice(i + 2, i + 2 + hex);
    if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) return null;
    const code = parseInt(digits, 16);
    // JSON writes astral characters as two \u escapes, one per UTF-16 unit.
    if (hex === 4) return { length: 6, value: String.fromCharCode(code) };
    return code > 0x10ffff ? null : { length: 2 + hex, value: String.fromCodePoint(code) };
  }
  if (escapes === 'yaml-double' && (c === '\n' || c === '\r')) {
    // A line continuation: the break and the next line's indentation vanish.
    let j = i + 2;
    if (c === '\r' && raw[j] === '\n') j++;
    while (raw[j] === ' ' || raw[j] === '\t') j++;
    return { length: j - i, value: '' };
  }
  const simple = SIMPLE_ESCAPES[c];
  if (simple === undefined) return null;
  if (escapes === 'json' && !'ntrbf/\\"'.includes(c)) return null;
  return { length: 2, value: simple };
}

const REFERENCE = /^&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,9});?|([A-Za-z][A-Za-z0-9]{0,31});?)/;

/** Read an HTML character reference at `raw[i] === '&'` that produces the start of `rest`. */
function readReference(raw: string, i: number, rest: string): { length: number; value: string } | null {
  const m = REFERENCE.exec(raw.slice(i, i + 42));
  if (!m) return null;
  if (m[1] !== undefined || m[2] !== undefined) {
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
    // The parser substitutes invalid code points; the count of UTF-16 units is what matters.
    const units = code > 0xffff && code <= 0x10ffff ? 2 : 1;
    return { length: m[0].length, value: rest.slice(0, units) };
  }
  const name = m[3]!;
  if (m[0].endsWith(';')) {
    const decoded = decodeNamedCharacterReference(name);
    if (decoded && rest.startsWith(decoded)) return { length: m[0].length, value: decoded };
  }
  // Legacy references without a semicolon: the longest known prefix (`&notit` is `¬it`).
  for (let n = name.length; n >= 2; n--) {
    const decoded = decodeNamedCharacterReference(name.slice(0, n));
    if (decoded && rest.startsWith(decoded)) return { length: n + 1, value: decoded };
  }
  return null;
}

/**
 * Align `value` (the decoded string) with `source.slice(start, end)` (its raw form) and return
 * the offset map of `value` into `source`.
 */
export function alignOffsets(value: string, source: string, start: number, end: number, escapes: Escapes): OffsetMap {
  const map = new Int32Array(value.length + 1);
  const raw = source;
  // Plain and quoted YAML scalars fold lines: a run of whitespace with n line breaks reads as one
  // space (n = 1) or n - 1 newlines, whatever the indentation and trailing spaces around it.
  const folds = escapes === 'yaml-plain' || escapes === 'yaml-single' || escapes === 'yaml-double';
  let i = start;
  let j = 0;
  while (j < value.length) {
    if (i >= end) {
      map[j++] = end;
      continue;
    }
    const r = raw[i]!;
    const v = value[j]!;
    if (r === '\\' && escapes !== 'none' && escapes !== 'html' && escapes !== 'yaml-single') {
      const esc = readEscape(raw, i, escapes);
      if (esc && value.startsWith(esc.value, j)) {
        for (let k = 0; k < esc.value.length; k++) map[j + k] = i;
        j += esc.value.length;
        i += esc.length;
        continue;
      }
    }
    if (r === '&' && (escapes === 'html' || escapes === 'markdown')) {
      const ref = readReference(raw, i, value.slice(j, j + 2));
      if (ref && ref.value.length > 0) {
        for (let k = 0; k < ref.value.length; k++) map[j + k] = i;
        j += ref.value.length;
        i += ref.length;
        continue;
      }
    }
    if (folds && isSpace(r)) {
      let e = i;
      let breaks = 0;
      while (e < end && isSpace(raw[e])) {
        if (raw[e] === '\n' || (raw[e] === '\r' && raw[e + 1] !== '\n')) breaks++;
        e++;
      }
      const produced = breaks === 1 ? ' ' : '\n'.repeat(Math.max(0, breaks - 1));
      if (breaks > 0 && value.startsWith(produced, j)) {
        for (let k = 0; k < produced.length; k++) map[j + k] = i;
        j += produced.length;
        i = e;
        continue;
      }
    }
    if (r === v) {
      map[j++] = i++;
      if (escapes === 'yaml-single' && r === "'" && raw[i] === "'") i++;
      continue;
    }
    if (isSpace(r)) {
      // Indentation, a line break folded away, trimmed trailing space, or CR of a CRLF.
      i++;
      continue;
    }
    if (isSpace(v)) {
      // Whitespace the decoder made from a line break that is already behind us.
      map[j++] = i;
      continue;
    }
    // A substituted character (U+FFFD for a NUL): pair it and go on.
    map[j++] = i++;
  }
  map[value.length] = Math.min(i, end);
  return map;
}

/** Compose: `inner` maps into a string whose own map into the file is `outer`. */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  const out = new Int32Array(inner.length);
  const last = outer.length - 1;
  for (let k = 0; k < inner.length; k++) out[k] = outer[Math.min(Math.max(inner[k]!, 0), last)]!;
  return out;
}

/** A map as the `toSource` function replies carry. */
export function toSourceFn(map: OffsetMap): (offset: number) => number {
  const last = map.length - 1;
  return (offset) => map[Math.min(Math.max(offset, 0), last)]!;
}
