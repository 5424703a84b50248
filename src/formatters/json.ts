import type { Formatter } from './index.js';

/** eslint's JSON result shape (an array of file results). */
export const json: Formatter = (results) => JSON.stringify(results);
