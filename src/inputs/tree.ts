/**
 * JSON and YAML files as one small tree of objects, lists and strings, where every string knows
 * where it sits in the file. Profiles and configured paths walk this tree; the offset map of a
 * string is built only when that string is linted.
 */
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { ParseErrorCode, parseTree } from 'jsonc-parser';
import type { Document, Node as YamlNode } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar } from 'yaml';
import { location } from 'vfile-location';
import type { OffsetMap } from './offsets.js';
import { alignOffsets } from './offsets.js';

/** A string in the file, with a lazily built offset map of its value. */
export interface LString {
  kind: 'string';
  value: string;
  map(): OffsetMap;
}

/** An object (JSON object, YAML mapping); later duplicate keys win. */
export interface LObject {
  kind: 'object';
  entries: Map<string, LNode>;
}

/** A list (JSON array, YAML sequence). */
export interface LArray {
  kind: 'array';
  items: LNode[];
}

/** Anything else: numbers, booleans, null. */
export interface LOther {
  kind: 'other';
  value: unknown;
}

/** A node of the located tree. */
export type LNode = LString | LObject | LArray | LOther;

/** A file that is not valid JSON or YAML: one line with the position. */
export class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const JSON_ERRORS: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'invalid number',
  [ParseErrorCode.PropertyNameExpected]: 'expected a property name in double quotes (no trailing commas in JSON)',
  [ParseErrorCode.ValueExpected]: 'expected a value (no trailing commas in JSON)',
  [ParseErrorCode.ColonExpected]: 'expected ":" after the property name',
  [ParseErrorCode.CommaExpected]: 'expected "," between values',
  [ParseErrorCode.CloseBraceExpected]: 'expected "," or "}"',
  [ParseErrorCode.CloseBracketExpected]: 'expected "," or "]"',
  [ParseErrorCode.EndOfFileExpected]: 'unexpected text after the end of the JSON value',
  [ParseErrorCode.InvalidCommentToken]: 'comments are not allowed in JSON',
  [ParseErrorCode.UnexpectedEndOfComment]: 'unterminated comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'unterminated string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'unexpected end of number',
  [ParseErrorCode.InvalidUnicode]: 'invalid \\u escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape in a string',
  [ParseErrorCode.InvalidCharacter]: 'control character in a string (write it as an escape such as \\n)',
};

function pointAt(text: string, offset: number): { line: number; column: number } {
  return location(text).toPoint(Math.max(0, Math.min(offset, text.length))) ?? { line: 1, column: 1 };
}

/** Parse JSON into the located tree; throws `SyntaxProblem` at the first error. */
export function parseJson(text: string): LNode {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first || !root) {
    const offset = first?.offset ?? 0;
    const { line, column } = pointAt(text, offset);
    throw new SyntaxProblem(`invalid JSON: ${first ? (JSON_ERRORS[first.error] ?? 'syntax error') : 'empty file'}`, line, column);
  }
  const convert = (node: JsonNode): LNode => {
    switch (node.type) {
      case 'object': {
        const entries = new Map<string, LNode>();
        for (const prop of node.children ?? []) {
          const [key, value] = prop.children ?? [];
          if (key && value) entries.set(String(key.value), convert(value));
        }
        return { kind: 'object', entries };
      }
      case 'array':
        return { kind: 'array', items: (node.children ?? []).map(convert) };
      case 'string': {
        const value = node.value as string;
        const start = node.offset + 1;
        const end = node.offset + node.length - 1;
        let map: OffsetMap | null = null;
        return { kind: 'string', value, map: () => (map ??= alignOffsets(value, text, start, end, 'json')) };
      }
      default:
        return { kind: 'other', value: node.value };
    }
  };
  return convert(root);
}

/** The raw extent of a YAML scalar's value and how it escapes characters. */
function scalarSource(node: Scalar, text: string): { start: number; end: number; escapes: 'none' | 'yaml-plain' | 'yaml-double' | 'yaml-single' } {
  const [start, end] = node.range ?? [0, 0];
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return { start: start + 1, end: end - 1, escapes: 'yaml-double' };
    case Scalar.QUOTE_SINGLE:
      return { start: start + 1, end: end - 1, escapes: 'yaml-single' };
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      // Content starts on the line after the `|` / `>` header (and its comment).
      const nl = text.indexOf('\n', start);
      return { start: nl < 0 || nl > end ? end : nl + 1, end, escapes: 'none' };
    }
    default:
      return { start, end, escapes: 'yaml-plain' };
  }
}

/** Values aliases may expand to in a YAML file, at the least (see `parseYaml`). */
const ALIAS_VALUES = 100_000;

/** Parse YAML into located trees, one per document; throws `SyntaxProblem` at the first error. */
export function parseYaml(text: string): LNode[] {
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const first = doc.errors[0];
    if (first) {
      const { line, column } = pointAt(text, first.pos[0]);
      const reason = first.message
        .split('\n')[0]!
        .replace(/ at line \d+, column \d+:?$/, '')
        .replace(/\.$/, '')
        // The parser recurses: thousands of nested levels overflow the stack.
        .replace(/^Maximum call stack size exceeded$/, 'nested too deeply to read');
      throw new SyntaxProblem(`invalid YAML: ${reason}`, line, column);
    }
  }
  // What aliases may expand to, in values: a few `<<: *defaults` per macro stay far below it,
  // while nine nested aliases of nine (an "alias bomb" of a few hundred bytes) would be 387
  // million values.
  const budget = Math.max(ALIAS_VALUES, text.length);
  let expanded = 0;
  /** The outermost alias being expanded, where an expansion over budget is reported. */
  let outer: YamlNode | null = null;
  const convert = (node: YamlNode | null | undefined, doc: Document.Parsed, depth: number): LNode => {
    if (depth > 200) return { kind: 'other', value: null };
    if (outer && ++expanded > budget) {
      const { line, column } = pointAt(text, outer.range?.[0] ?? 0);
      throw new SyntaxProblem(`invalid YAML: aliases expand to more than ${budget.toLocaleString('en-US')} values`, line, column);
    }
    if (isAlias(node)) {
      if (outer) return convert(node.resolve(doc) as YamlNode | undefined, doc, depth + 1);
      outer = node;
      try {
        return convert(node.resolve(doc) as YamlNode | undefined, doc, depth + 1);
      } finally {
        outer = null;
      }
    }
    if (isMap(node)) {
      const entries = new Map<string, LNode>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const value = convert(pair.value as YamlNode | null, doc, depth + 1);
        if (key === '<<' && value.kind === 'object') {
          for (const [k, v] of value.entries) if (!entries.has(k)) entries.set(k, v);
        } else entries.set(key, value);
      }
      return { kind: 'object', entries };
    }
    if (isSeq(node)) return { kind: 'array', items: node.items.map((item) => convert(item as YamlNode | null, doc, depth + 1)) };
    if (isScalar(node) && typeof node.value === 'string') {
      const value = node.value;
      const src = scalarSource(node, text);
      let map: OffsetMap | null = null;
      return { kind: 'string', value, map: () => (map ??= alignOffsets(value, text, src.start, src.end, src.escapes)) };
    }
    return { kind: 'other', value: isScalar(node) ? node.value : null };
  };
  return list.map((doc) => convert(doc.contents as YamlNode | null, doc, 0));
}
