// Tests call `lintSource` on every input format directly, as API users do after importing the
// package (whose entry point loads the formats and the language model that the CLI loads on
// demand).
import { loadInputAdapters } from '../src/inputs/index.js';
import { loadLanguageModel } from '../src/language.js';

await Promise.all([loadInputAdapters(), loadLanguageModel()]);
