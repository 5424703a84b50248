import type { InputAdapter } from './index.js';

/** Plain text replies: `.txt`, `.text`, and any other extension given explicitly. */
export const textAdapter: InputAdapter = {
  name: 'text',
  extensions: ['.txt', '.text'],
  directory: true,
  hashDirectives: true,
  extract(source) {
    return [{ text: source, markdown: false, meta: {}, title: null, pointer: null }];
  },
};
