import type { Formatter } from './index.js';
import type { StreamFactory } from './stream.js';
import { runStream } from './stream.js';

/** eslint's JSON result shape (an array of file results), written one result at a time. */
export const jsonStream: StreamFactory = () => {
  let first = true;
  return {
    result(r, json) {
      const separator = first ? '[' : ',';
      first = false;
      const made = json?.();
      return made ? [separator, made] : `${separator}${JSON.stringify(r)}`;
    },
    end: () => (first ? '[]' : ']'),
  };
};

/** eslint's JSON result shape (an array of file results). */
export const json: Formatter = (results, context) => runStream(jsonStream(context), results);
