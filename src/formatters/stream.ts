/**
 * Streaming formatters write each file's part as soon as its result is known, so the CLI holds
 * no results and memory stays flat however many files there are. A built-in formatter that can
 * stream is defined through its stream, which keeps both forms byte-for-byte the same.
 */
import type { LintResult } from '../types.js';
import type { FormatterContext } from './index.js';

/** UTF-8 bytes made on demand: how many, and a way to write them into a buffer at an offset. */
export interface ByteSource {
  byteLength: number;
  writeTo(target: Uint8Array, at: number): void;
}

/** Output of a streaming formatter: text, or pieces of text and bytes written in order. */
export type StreamChunk = string | readonly (string | ByteSource)[];

/** A byte source's bytes in a buffer of their own. */
export function bytesOfSource(source: ByteSource): Uint8Array {
  const out = new Uint8Array(source.byteLength);
  source.writeTo(out, 0);
  return out;
}

/** A formatter in three steps: text for each result in order, then text to finish. */
export interface StreamingFormatter {
  /**
   * The output for one result. `json`, when given, makes the result's JSON as UTF-8 bytes
   * without serializing it (results served from the cache); a formatter that writes JSON may use it.
   */
  result(result: LintResult, json?: () => ByteSource | undefined): StreamChunk;
  end(): string;
}

const utf8 = new TextDecoder();

/** A byte source's bytes as text. */
export function sourceText(source: ByteSource): string {
  return utf8.decode(bytesOfSource(source));
}

/** A chunk as text. */
export function chunkText(chunk: StreamChunk): string {
  return typeof chunk === 'string' ? chunk : chunk.map((c) => (typeof c === 'string' ? c : sourceText(c))).join('');
}

/** Makes a streaming formatter for one run. */
export type StreamFactory = (context: FormatterContext) => StreamingFormatter;

/** The whole output of a stream over a list of results. */
export function runStream(stream: StreamingFormatter, results: LintResult[]): string {
  let out = '';
  for (const r of results) out += chunkText(stream.result(r));
  return out + stream.end();
}

/** Built-in formatters that can stream, by name. */
export const STREAMING: Record<string, () => Promise<StreamFactory>> = {
  stylish: async () => (await import('./stylish.js')).stylishStream,
  json: async () => (await import('./json.js')).jsonStream,
  compact: async () => (await import('./compact.js')).compactStream,
};
