import type { Formatter } from './index.js';
import type { StreamFactory } from './stream.js';
import { runStream } from './stream.js';

/** eslint's JSON result shape (an array of file results), written one result at a time. */
export const jsonStream: StreamFactory = () => {
  let first = true;
  return {
    result(r, json) {
      const text = `${first ? '[' : ','}${json?.() ?? JSON.stringify(r)}`;
      first = false;
      return text;
    },
    end: () => (first ? '[]' : ']'),
  };
};

/** eslint's JSON result shape (an array of file results). */
export const json: Formatter = (results, context) => runStream(jsonStream(context), results);
