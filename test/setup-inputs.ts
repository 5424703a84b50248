// Tests call `lintSource` on every input format directly, as API users do after importing the
// package (whose entry point loads the formats that the CLI loads on demand).
import { loadInputAdapters } from '../src/inputs/index.js';

await loadInputAdapters();
