/**
 * The catalog's pre-processing pass (RULES.md §3), run once per reply before parsing.
 *
 * It returns a masked copy of the text with the same length, so every offset, line and column
 * the parser reports is an offset, line and column of the original:
 * - template placeholders become one letter-only word (`{{ticket.id}}` -> `Xxxxxxxxxxxxx`), so
 *   dots inside them never end a sentence and no rule reads their insides;
 * - text the agent did not write (quoted and forwarded mail, signatures, sign-offs, legal and
 *   auto-reply footers, template notes, tweet clutter, directive lines) becomes spaces, so no
 *   rule reports there and nothing there counts toward apology detection.
 */

/** A half-open range of offsets into the reply text. */
export interface Range {
  start: number;
  end: number;
  kind: string;
}

/** A Liquid control tag (`{% if %}`, `{% else %}`, `{% endif %}`) found in the text. */
export interface LiquidTag {
  tag: string;
  start: number;
  end: number;
}

/** What pre-processing found, for rules and the apology gate. */
export interface Preprocessed {
  masked: string;
  placeholders: Range[];
  ignored: Range[];
  liquid: LiquidTag[];
}

/** A line of the text without its line ending; CRLF, LF and lone CR all end a line. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Split text into lines, keeping offsets. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const eol = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = eol.exec(text); m; m = eol.exec(text)) {
    out.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** Placeholders that inject the customer's own words count as quoted text, not ours. */
const CUSTOMER_TEXT = /^\{\{\s*ticket\.(latest_comment|latest_public_comment|comments_formatted|description|comments)\b/;

/** Default placeholder syntaxes (§3.1, §0.19), each a regex with the `g` flag. */
const PLACEHOLDERS: RegExp[] = [
  /\{\{[^{}\r\n]{1,120}\}\}/g, // Liquid / Handlebars / Mustache
  /\{%[A-Za-z_][\w.]*(?:,fallback=[^%\r\n]{0,60})?%\}/g, // Help Scout
  /\[\[[^[\]\r\n]{1,80}\]\]/g, // [[first_name|Dear Reader]]
  /\$\[[^[\]\r\n]{1,20}\]/g, // $[XX.XX]
  /\$\{[A-Za-z_][\w.]{0,60}\}/g, // ${x}
  /<<[^<>\r\n]{1,60}>>/g, // <<x>>
  /<[A-Z][A-Z0-9_]{2,40}>/g, // <ISSUE_NUMBER>
  /__[A-Z][A-Z0-9_]{1,40}__/g, // __NAME__
  /%[A-Za-z][\w.]{0,60}%/g, // %name%
];

/** Liquid control tags: removed, with the branch structure kept. */
const LIQUID_TAG =
  /\{%-?\s*(if|unless|else|elsif|endif|endunless|for|endfor|case|when|endcase|assign|capture|endcapture|comment|endcomment|raw|endraw)\b[^%\r\n]{0,200}?-?%\}/g;

/** `{name}`, `{contactfield=firstname|there}`, `{feature/process}`; longer ones are notes. */
const BRACE = /\{([^{}\r\n]{1,100})\}/g;
/** `[Customer Name]`, `[ORDER_NUMBER]`, `[12345]`; never a Markdown link or reference. */
const BRACKET = /\[([^[\]\r\n]{1,200})\](?![([:])/g;

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'\]]*[^\s<>()"'\].,;:!?]/g;
/** Around an `@`: the local part and the domain of an e-mail address (matched outward from the `@`). */
const EMAIL_CHAR = /[\w.+-]/;
const EMAIL_DOMAIN = /^[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/;
const HANDLE = /(^|[\s(])@\w{1,30}/g;

const REPLY_HEADER = [
  /^\s*On\b[^\r\n]{5,160}\bwrote:\s*$/i,
  /^\s*-{2,}\s*Original Message\s*-{2,}/i,
  /^\s*-{2,}\s*Forwarded message\s*-{2,}/i,
  /^\s*Le\b[^\r\n]{3,160}a écrit\s*:?\s*$/i,
  /^\s*Am\b[^\r\n]{3,160}schrieb\s*:?\s*$/i,
  /^\s*From:\s[^\r\n]+$/,
];
/** Tested on a trimmed line. */
const SIGNOFF =
  /^(?:best|best wishes|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks(?: again| so much)?|thank you(?: again)?|cheers|sincerely|yours sincerely|yours truly|all the best|take care|talk soon|warmly|with thanks|with (?:my |our )?(?:sincere |sincerest |deepest |humble |heartfelt )?apologies|(?:thanks|thank you|many thanks|cheers|best|regards|diolch|gracias|merci|danke|salamat|asante),? and (?:sorry|apologies) again)[,!.]?$/i;
const FOOTER =
  /^\s*(?:this e-?mail(?: message)? and any attachments|this (?:e-?mail|message) (?:is|may be|contains) confidential|confidentiality notice|this mailbox is not monitored|please do not reply to this (?:e-?mail|message)|sent from my \w+|disclaimer:)/i;
/** Agent tags and thread counters at the end of a tweet: `^HN`, `*TMC`, `-Becky`, `~AT`, `(1/2)`. */
const TWEET_TAIL = /\s(?:\(?\d\/\d\)?|[\^*~=] ?[A-Z][A-Za-z]{0,3}|- ?[A-Z][a-z]{1,12}(?: [A-Z]\.?)?|-[A-Z]{1,3}|\u2026|\.\.\.)[ \t]*$/;
const DIRECTIVE_LINE = /^\s*#\s*apology-lint(?:-[a-z-]+)?\b/;

const LF = 10;
const CR = 13;
const SPACE = 32;
const NBSP = 0xa0;
const UPPER_X = 88;
const LOWER_X = 120;

/** Whitespace as `\s` matches it, for one UTF-16 code unit. */
const isSpace = (c: number): boolean => WHITESPACE.test(String.fromCharCode(c));
const WHITESPACE = /\s/;

/**
 * The masked copy of a reply, as UTF-16 code units: copied from the text on the first change,
 * and the text itself when nothing changes. (An array of one-letter strings joined at the end
 * cost more than the rest of pre-processing.)
 */
class MaskedText {
  private codes: Uint16Array | null = null;

  constructor(private readonly text: string) {}

  at(i: number): number {
    return this.codes ? this.codes[i]! : this.text.charCodeAt(i);
  }

  set(i: number, code: number): void {
    if (!this.codes) {
      const codes = new Uint16Array(this.text.length);
      for (let j = 0; j < codes.length; j++) codes[j] = this.text.charCodeAt(j);
      this.codes = codes;
    }
    this.codes[i] = code;
  }

  slice(start: number, end: number): string {
    if (!this.codes) return this.text.slice(start, end);
    let out = '';
    for (let at = start; at < end; at += CHUNK)
      out += String.fromCharCode.apply(null, this.codes.subarray(at, Math.min(end, at + CHUNK)) as unknown as number[]);
    return out;
  }

  toString(): string {
    return this.slice(0, this.text.length);
  }
}

/** Code units turned into a string at a time (an argument list cannot be arbitrarily long). */
const CHUNK = 4096;

/** Pre-process one reply. `text` is the reply as written; `skip` are ranges already known not to be prose. */
export function preprocess(text: string, skip: readonly { start: number; end: number }[] = []): Preprocessed {
  const chars = new MaskedText(text);
  const placeholders: Range[] = [];
  const ignored: Range[] = [];
  const liquid: LiquidTag[] = [];
  const taken = new Uint8Array(text.length);

  const free = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const blank = (s: number, e: number, kind: string): void => {
    if (e <= s) return;
    for (let i = s; i < e; i++) {
      taken[i] = 1;
      const c = chars.at(i);
      if (c !== LF && c !== CR) chars.set(i, SPACE);
    }
    ignored.push({ start: s, end: e, kind });
  };
  const mask = (s: number, e: number, kind: string): void => {
    for (let i = s; i < e; i++) {
      taken[i] = 1;
      chars.set(i, i === s ? UPPER_X : LOWER_X);
    }
    placeholders.push({ start: s, end: e, kind });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else fn(m);
    }
  };

  for (const r of skip) blank(r.start, r.end, 'skipped');
  // Liquid control tags first: their `%` and braces must not feed other recognisers.
  each(LIQUID_TAG, (m) => {
    liquid.push({ tag: m[1]!, start: m.index, end: m.index + m[0].length });
    blank(m.index, m.index + m[0].length, 'liquid-tag');
  });
  for (const re of PLACEHOLDERS) {
    each(re, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      if (!free(s, e)) return;
      if (CUSTOMER_TEXT.test(m[0])) blank(s, e, 'customer-text');
      else mask(s, e, 'placeholder');
    });
  }
  each(URL, (m) => free(m.index, m.index + m[0].length) && mask(m.index, m.index + m[0].length, 'url'));
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && EMAIL_CHAR.test(text[s - 1]!)) s--;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
    if (s === at || !domain) continue;
    const e = at + 1 + domain[0].length;
    if (free(s, e)) mask(s, e, 'email');
  }
  each(BRACE, (m) => {
    const s = m.index;
    const e = s + m[0].length;
    if (!free(s, e)) return;
    if (isNote(m[1]!)) blank(s, e, 'template-note');
    else mask(s, e, 'placeholder');
  });
  each(BRACKET, (m) => {
    const s = m.index;
    const e = s + m[0].length;
    if (!free(s, e) || text[s - 1] === '!' || text[s - 1] === ']') return;
    const inner = m[1]!;
    if (isNote(inner)) blank(s, e, 'template-note');
    else if (/^[\s\w./#$£€%&'-]+$/.test(inner) && /[A-Za-z0-9]/.test(inner) && isPlaceholderLike(inner)) mask(s, e, 'placeholder');
  });
  each(HANDLE, (m) => {
    const s = m.index + m[1]!.length;
    const e = m.index + m[0].length;
    if (free(s, e)) mask(s, e, 'handle');
  });

  const lines = splitLines(text);
  lineRules(text, lines, blank);
  placeholders.sort((a, b) => a.start - b.start);
  quotedSpans(text, chars, placeholders, blank);
  keepLineShape(text, chars, lines, ignored);
  return { masked: chars.toString(), placeholders, ignored, liquid };
}

/**
 * Blanked text inside a line that still has prose becomes no-break spaces, not spaces: a Liquid
 * tag or template note at the start of a line would otherwise leave four or more spaces of
 * indentation, which Markdown reads as a code block. No-break spaces are whitespace to the
 * English parser, so the prose and its positions are unchanged. Lines with nothing left stay
 * blank (they still separate paragraphs).
 */
function keepLineShape(text: string, chars: MaskedText, lines: Line[], ignored: readonly Range[]): void {
  // Only blanked text can have become a space where the text has none.
  if (!ignored.length) return;
  for (const line of lines) {
    let prose = false;
    for (let i = line.start; i < line.end && !prose; i++) if (!isSpace(chars.at(i))) prose = true;
    if (!prose) continue;
    for (let i = line.start; i < line.end; i++) if (chars.at(i) === SPACE && text.charCodeAt(i) !== SPACE && !isSpace(text.charCodeAt(i))) chars.set(i, NBSP);
  }
}

/** A bracketed or braced text is an author's note when it has a colon or more than five words. */
function isNote(inner: string): boolean {
  return inner.includes(':') || inner.trim().split(/\s+/).length > 5;
}

/** `[Customer Name]`, `[NAME]`, `[12345]`, `[Your name]`; not `[sic]`-like prose asides in lower case. */
function isPlaceholderLike(inner: string): boolean {
  const t = inner.trim();
  return /^[A-Z0-9$#]/.test(t) || /_/.test(t) || /^your\b/i.test(t);
}

/** Line-based ignored ranges: quotes, reply headers, signatures, footers, tweet tails, directives. */
function lineRules(text: string, lines: Line[], blank: (s: number, e: number, kind: string) => void): void {
  const end = text.length;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const t = line.text;
    if (/^\s*>/.test(t)) {
      blank(line.start, line.end, 'quote');
      continue;
    }
    if (DIRECTIVE_LINE.test(t)) {
      blank(line.start, line.end, 'directive');
      continue;
    }
    if (REPLY_HEADER.some((re) => re.test(t)) || (/^\s*On\b/.test(t) && /\bwrote:\s*$/.test(lines[n + 1]?.text ?? ''))) {
      if (/^\s*From:/.test(t) && !lines.slice(n + 1, n + 5).some((l) => /^\s*(Sent|Date|To|Subject):/i.test(l.text))) continue;
      blank(line.start, end, 'quoted-mail');
      return;
    }
    if (/^--\s?$/.test(t)) {
      blank(line.start, end, 'signature');
      return;
    }
    if (SIGNOFF.test(t.trim())) {
      // A sign-off is followed only by a few short lines that are not sentences: a name, a team, a phone.
      if (signatureFollows(lines, n + 1)) {
        blank(line.start, end, 'signature');
        return;
      }
    }
    if (FOOTER.test(t)) {
      let stop = n;
      while (stop + 1 < lines.length && lines[stop + 1]!.text.trim()) stop++;
      blank(line.start, lines[stop]!.end, 'footer');
      n = stop;
      continue;
    }
  }
  // Tweet clutter at the very end of the text: agent tags, thread counters, a truncating "…".
  const lastLine = [...lines].reverse().find((l) => l.text.trim());
  if (lastLine) {
    // Strip one tail token at a time from the end (each match is anchored and short).
    let end = lastLine.text.length;
    for (;;) {
      const from = Math.max(0, end - 40);
      const m = TWEET_TAIL.exec(lastLine.text.slice(from, end));
      if (!m || from + m.index === 0) break;
      end = from + m.index;
    }
    if (end < lastLine.text.trimEnd().length) blank(lastLine.start + end, lastLine.end, 'tweet-tail');
  }
}

/**
 * Do the lines from `from` on hold at most four non-blank lines, each short and not a sentence?
 * Stops reading at the fifth non-blank line, so a sign-off early in a long text costs nothing.
 */
function signatureFollows(lines: Line[], from: number): boolean {
  let count = 0;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text.trim();
    if (!t) continue;
    if (++count > 4) return false;
    if (t.length > 60 || /[.!?]\s*$/.test(t) || /[.!?]\s+[A-Z]/.test(l.text)) return false;
  }
  return true;
}

/** Does any range (sorted by start, non-overlapping) overlap [start, end)? Binary search. */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]!.start < end;
}

/** Quoted sentences (paired double quotes around more than three words) are not our words. */
function quotedSpans(text: string, chars: MaskedText, placeholders: Range[], blank: (s: number, e: number, kind: string) => void): void {
  const re = /"([^"\r\n]{3,400})"|\u201c([^\u201c\u201d\r\n]{3,400})\u201d/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[1] ?? m[2] ?? '';
    const end = m.index + m[0].length;
    // A quoted fallback inside a placeholder (`{{ x | default: "…" }}`) belongs to the placeholder.
    if (overlapsAny(placeholders, m.index, end)) continue;
    if (inner.trim().split(/\s+/).length > 3) {
      // Skip spans that are already masked (placeholders with quoted fallbacks).
      if (chars.slice(m.index, m.index + m[0].length).trim()) blank(m.index, m.index + m[0].length, 'quotation');
    }
  }
}
