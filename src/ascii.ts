/**
 * JSON files this package writes for itself to read back (the lint cache, the phrase snapshot)
 * are kept ASCII: V8 reads ASCII bytes into a string about ten times faster than UTF-8 with a few
 * curly quotes in it (4 MB of cache: 5 ms against 55 ms).
 */
import { isAscii } from 'node:buffer';

/** JSON text with every character outside ASCII written as a `\u` escape (the same value). */
export function asciiJson(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Bytes read back as text: at once when they are ASCII, else as UTF-8 (a file written before, or by hand). */
export function jsonText(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}
