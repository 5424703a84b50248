/**
 * apology-lint's programmatic API. The CLI is built on exactly these functions.
 *
 * @example
 * import { lintText } from 'apology-lint';
 * const result = await lintText('Sorry for any inconvenience.', { filePath: 'reply.txt' });
 */
import { loadInputAdapters } from './inputs/index.js';
import { loadLanguageModel } from './language.js';

// `lintSource` is synchronous: the API loads every input format and the language model up front
// (the CLI loads each on the first file that needs it).
await Promise.all([loadInputAdapters(), loadLanguageModel()]);

export { lintText, lintSource } from './lint.js';
export { prepareInput } from './inputs/index.js';
export type { LintTextOptions } from './lint.js';
export { lintFiles, lintFilesIter, rulesMeta } from './run.js';
export type { LintFilesOptions } from './run.js';
export { loadConfig, ConfigResolver, ConfigError } from './config.js';
export type { ResolvedConfig, UserConfig, ConfigOptions } from './config.js';
export { loadFormatter, formatterNames } from './formatters/index.js';
export type { Formatter, FormatterContext, FormatterModule, FormatterName } from './formatters/index.js';
export { rules } from '../rules/index.js';
export { preset, PRESETS } from './presets.js';
export type * from './types.js';

import type { Formatter, FormatterName } from './formatters/index.js';
import { formatterNames, loadFormatter } from './formatters/index.js';
/**
 * Built-in formatters by name, loaded on demand:
 * `(await formatters.stylish())(results, { cwd: process.cwd(), rulesMeta: rulesMeta() })`.
 */
export const formatters = Object.fromEntries(formatterNames.map((name) => [name, () => loadFormatter(name, process.cwd())])) as Record<
  FormatterName,
  () => Promise<Formatter>
>;
