/**
 * The command line: parse flags with commander, call the API, print, and exit with eslint's
 * codes: 0 clean, 1 lint errors (or too many warnings), 2 usage, config or input errors.
 */
import { fstatSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ruleById, rules } from '../rules/index.js';
import type { RuleEntry } from './config.js';
import { ConfigError, ConfigResolver } from './config.js';
import type { CacheStrategy } from './cache.js';
import { CACHE_STRATEGIES, cacheFile, cachedJsonBytes, DEFAULT_CACHE_LOCATION } from './cache.js';
import { displayPath, loadFormatter } from './formatters/index.js';
import { InputError, NO_PROFILE_NOTE } from './inputs/index.js';
import { PROFILE_NAMES } from './inputs/profiles.js';
import { readRuleDocs, ruleDocsFile } from './docs.js';
import { INIT_FILE, writeInitConfig } from './init.js';
import { CHANNELS } from './components.js';
import { CONTEXTS } from './gate.js';
import { parseConcurrency, POOL_THRESHOLD } from './concurrency.js';
import { outputSink, stdoutWriteFailed, streamingFormatter, watchStdout } from './output.js';
import { isSameFile, statIfAny } from './read.js';
import { stalledOn } from './stall.js';
import { lintFilesIter, packageVersion, parseShard, rulesMeta } from './run.js';
import type { ApologyScore, LintResult } from './types.js';

/** A usage error: exit 2 with one line. */
class UsageError extends Error {}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `--rule "id: warn"` or `--rule 'id: ["warn", {"allow": []}]'`. */
export function parseRuleFlags(values: string[]): Record<string, RuleEntry> {
  // No prototype: `--rule "__proto__: warn"` is an own key, refused as an unknown rule.
  const out = Object.create(null) as Record<string, RuleEntry>;
  for (const v of values) {
    const i = v.indexOf(':');
    if (i < 0) throw new UsageError(`--rule "${v}": expected "<rule-id>: <severity>"`);
    const id = v.slice(0, i).trim();
    const raw = v.slice(i + 1).trim();
    let entry: RuleEntry;
    if (raw.startsWith('[')) {
      try {
        entry = JSON.parse(raw) as RuleEntry;
      } catch {
        throw new UsageError(`--rule "${v}": the value is not valid JSON`);
      }
    } else entry = /^\d$/.test(raw) ? (Number(raw) as 0 | 1 | 2) : (raw as RuleEntry);
    out[id] = entry;
  }
  return out;
}

function listRules(): string {
  const rows = Object.values(rules)
    .map((r) => r.meta)
    .sort((a, b) => a.id.localeCompare(b.id));
  const w = Math.max(...rows.map((m) => m.id.length));
  return rows.map((m) => `${m.id.padEnd(w)}  ${m.level.padEnd(8)}  ${m.severity.recommended.padEnd(5)}  ${m.description}`).join('\n') + '\n';
}

/** Standard input, decoded; refused with one line once it goes past `maxSize` bytes. */
async function readStdin(maxSize: number): Promise<string> {
  const { decode, overLimit } = await import('./read.js');
  // Node reads a folder given as standard input (`< some-folder`) as empty instead of failing.
  let isDirectory = false;
  try {
    isDirectory = fstatSync(0).isDirectory();
  } catch {
    // A closed standard input (`<&-`) reads as empty.
  }
  if (isDirectory) throw new InputError('<stdin>: is a directory');
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    // An endless input (`yes | apology-lint --stdin`) stops here; leaving the loop closes stdin.
    if (total > maxSize) throw overLimit('<stdin>', maxSize);
    chunks.push(chunk as Buffer);
  }
  return decode(Buffer.concat(chunks), '<stdin>');
}

interface Flags {
  config?: string;
  configLookup: boolean;
  rule: string[];
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  color?: boolean;
  printConfig?: string;
  listRules?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  ignorePath?: string;
  ignorePattern: string[];
  ignore: boolean;
  errorOnUnmatchedPattern: boolean;
  reportUnusedDisableDirectives?: boolean;
  inlineConfig: boolean;
  maxFileSize?: string;
  strictInput?: boolean;
  explain?: boolean;
  minScore?: string;
  context?: string;
  channel?: string;
  concurrency: string;
  shard?: string;
  cache?: boolean;
  cacheLocation: string;
  cacheStrategy: CacheStrategy;
  inputProfile?: string;
  ext?: string;
  verbose?: boolean;
}

/** Apology replies of one result scored below `min`, as `file (title): score` lines. */
function belowMinScore(r: LintResult, min: number, cwd: string): string[] {
  const out: string[] = [];
  const scored: { score: ApologyScore | null; label: string | null }[] = r.replies
    ? r.replies.map((x) => ({ score: x.apologyScore, label: x.title ?? x.pointer }))
    : [{ score: r.apologyScore, label: null }];
  for (const { score, label } of scored) {
    if (score && score.score < min)
      out.push(`${path.relative(cwd, r.filePath) || r.filePath}${label ? ` (${label})` : ''}: apology score ${score.score} is below --min-score ${min}`);
  }
  return out;
}

function program(): Command {
  return new Command('apology-lint')
    .description('Lint customer-support replies for non-apologies, blame-shifting and missing apology components.')
    .version(packageVersion(), '-v, --version')
    .argument('[paths...]', 'files, directories or globs (default: the current directory)')
    .option('-c, --config <file>', 'use this config file instead of looking one up')
    .option('--no-config-lookup', 'ignore .apologyrc files; use presets and flags only')
    .option('--rule <id: severity>', 'set a rule, e.g. "no-blame-shift: off" (repeatable)', collect, [])
    .option(
      '-f, --format <name>',
      'output format: stylish, json, compact, github, sarif, junit, checkstyle, gitlab, html, or a path to a formatter module',
      'stylish',
    )
    .option('-o, --output-file <file>', 'write the report to a file (written atomically)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--quiet', 'report errors only')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('--print-config <file>', 'print the configuration that applies to a file')
    .option('--list-rules', 'list every rule: id, level, default severity, description')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'file name to use for standard input (format, config, overrides)')
    .option('--ignore-path <file>', 'ignore file to use instead of .apologyignore')
    .option('--ignore-pattern <pattern>', 'ignore files matching a pattern (repeatable)', collect, [])
    .option('--no-ignore', 'do not use ignore files or patterns')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a pattern matches no file')
    .option('--report-unused-disable-directives', 'warn about disable directives that disable nothing')
    .option('--no-inline-config', 'obey no inline directive (disable comments, reply context); warn where each one is')
    .addOption(
      new Option('--max-file-size <mb>', 'refuse files (and standard input) larger than this many MB (one error line each; the rest are linted)').default('10'),
    )
    .option('--strict-input', 'treat binary files as errors instead of skipping them')
    .option('--explain', 'print why each reply is (or is not) an apology reply: decision, gate score, reasons')
    .option('--min-score <n>', 'exit 1 when an apology reply scores below n (0-100)')
    .option('--context <context>', `treat every reply as this context: ${CONTEXTS.join(', ')}`)
    .option('--channel <channel>', `score and check replies for this channel: ${CHANNELS.join(', ')} (default email)`)
    .option('--concurrency <n>', `lint threads: auto (one per core from ${POOL_THRESHOLD} files), off, or a number (the main thread included)`, 'auto')
    .option('--shard <i/n>', 'lint only the i-th of n stable slices of the matched files (CI matrix jobs)')
    .option('--cache', 'reuse results of files that have not changed since the last run')
    .option('--cache-location <path>', 'cache file, or folder for it', DEFAULT_CACHE_LOCATION)
    .addOption(
      new Option('--cache-strategy <strategy>', 'how changed files are found: metadata (size and time, then content) or content (always hash)')
        .choices(CACHE_STRATEGIES)
        .default('metadata'),
    )
    .addOption(new Option('--input-profile <name>', 'read .json/.yaml files as this help desk export (default: detect)').choices(['auto', ...PROFILE_NAMES]))
    .option('--ext <list>', 'extensions directories expand to, e.g. "md,json,yml" (default: md,markdown,txt,text)')
    .option('--verbose', 'say how each structured file was read, and which were skipped')
    .addHelpText('after', SUBCOMMANDS_HELP)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

const SUBCOMMANDS_HELP = `
Commands:
  explain <rule-id>  print a rule's documentation
  init               write a commented ${INIT_FILE} in the current folder

To lint a path named "explain" or "init", write it as ./explain or ./init.`;

/**
 * `explain` and `init` are dispatched before the linting command is parsed, so that
 * `apology-lint <paths>` and all its flags parse exactly as they would without them.
 */
async function subcommand(name: 'explain' | 'init', args: string[]): Promise<number> {
  const cmd = new Command(`apology-lint ${name}`).exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
  if (name === 'explain') cmd.description("Print a rule's documentation.").argument('<rule-id>', 'a rule id, as in --list-rules');
  else cmd.description(`Write a commented ${INIT_FILE} in the current folder (never over an existing config).`);
  try {
    cmd.parse(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  if (name === 'explain') {
    const id = cmd.args[0]!;
    if (!ruleById(id)) throw new UsageError(`explain: unknown rule "${id}" (apology-lint --list-rules lists them)`);
    const docs = readRuleDocs(id);
    if (docs === null) throw new UsageError(`${ruleDocsFile(id)}: documentation for ${id} is missing`);
    const { default: chalk } = await import('chalk');
    const text = chalk.level > 0 ? docs.replace(/^#{1,3} .*$/gm, (heading) => chalk.bold(heading)) : docs;
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return 0;
  }
  try {
    const file = await writeInitConfig(process.cwd());
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}: edit it, then run apology-lint.\n`);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return 0;
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[] = process.argv): Promise<number> {
  const first = argv[2];
  if (first === 'explain' || first === 'init') return subcommand(first, argv.slice(3));
  const cmd = program();
  try {
    cmd.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const flags = cmd.opts<Flags>();
  const paths = cmd.args;
  if (flags.color !== undefined) {
    // chalk is loaded only by the formatters that colour, and here when colour is forced.
    const { default: chalk } = await import('chalk');
    chalk.level = flags.color ? (Math.max(chalk.level, 1) as typeof chalk.level) : 0;
  }
  const cwd = process.cwd();

  if (flags.listRules) {
    process.stdout.write(listRules());
    return 0;
  }
  const maxWarnings = flags.maxWarnings === undefined ? -1 : Number(flags.maxWarnings);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings "${flags.maxWarnings}": expected a whole number`);
  const maxFileSizeMb = Number(flags.maxFileSize);
  if (!(maxFileSizeMb > 0)) throw new UsageError(`--max-file-size "${flags.maxFileSize}": expected a positive number of MB`);
  const minScore = flags.minScore === undefined ? null : Number(flags.minScore);
  if (minScore !== null && !(Number.isFinite(minScore) && minScore >= 0 && minScore <= 100))
    throw new UsageError(`--min-score "${flags.minScore}": expected a number from 0 to 100`);
  if (flags.context !== undefined && !(CONTEXTS as readonly string[]).includes(flags.context))
    throw new UsageError(`--context "${flags.context}": expected one of ${CONTEXTS.join(', ')}`);
  if (flags.channel !== undefined && !(CHANNELS as readonly string[]).includes(flags.channel))
    throw new UsageError(`--channel "${flags.channel}": expected one of ${CHANNELS.join(', ')}`);
  const cliSettings: Record<string, unknown> = {};
  if (flags.context !== undefined) cliSettings.context = flags.context;
  if (flags.channel !== undefined) cliSettings.channel = flags.channel;
  const cliRules = parseRuleFlags(flags.rule);
  if (flags.inputProfile) cliSettings.inputProfile = flags.inputProfile;
  const configOptions = { cwd, configFile: flags.config, lookup: flags.configLookup, cliRules, cliSettings };
  const extensions = flags.ext?.split(',').map((e) => `.${e.trim().replace(/^\./, '').toLowerCase()}`);
  if (extensions?.some((e) => !/^\.[\w.-]+$/.test(e)))
    throw new UsageError(`--ext "${flags.ext}": expected extensions separated by commas, e.g. "md,json,yml"`);

  if (flags.printConfig) {
    const config = await new ConfigResolver(configOptions).forFile(flags.printConfig);
    const printable = {
      configFile: config.configFile,
      rules: Object.fromEntries(Object.entries(config.rules).map(([id, s]) => [id, [s.severity === 2 ? 'error' : 'warn', s.options]])),
      ...config.settings,
    };
    process.stdout.write(`${JSON.stringify(printable, null, 2)}\n`);
    return 0;
  }

  const concurrency = parseConcurrency(flags.concurrency);
  if (concurrency === null) throw new UsageError(`--concurrency "${flags.concurrency}": expected auto, off or a number of threads`);
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  if (shard === null) throw new UsageError(`--shard "${flags.shard}": expected i/n with 1 <= i <= n, e.g. 2/4`);

  const formatterContext = { cwd, rulesMeta: rulesMeta(), explain: flags.explain === true };
  const streamed = await streamingFormatter(flags.format, formatterContext);
  const formatter = streamed ? null : await loadFormatter(flags.format, cwd);
  const out = flags.outputFile ? path.resolve(cwd, flags.outputFile) : null;
  // The file the report would replace, links followed: a reply reached through a link (or the
  // cache) is as much in the way as one named directly.
  const outFile = out ? statIfAny(out) : undefined;
  const isOutFile = (file: string): boolean => {
    if (path.resolve(cwd, file) === out) return true;
    return outFile?.isFile() === true && isSameFile(path.resolve(cwd, file), outFile);
  };
  const cachePath = flags.cache ? cacheFile(flags.cacheLocation, cwd) : undefined;
  if (out && cachePath && isOutFile(cachePath)) throw new UsageError(`--output-file ${flags.outputFile}: refusing to overwrite the cache (--cache-location)`);
  const sink = outputSink(out);
  let errors = 0;
  let warnings = 0;
  const results: LintResult[] = [];
  let linted = false;
  let fileErrors = 0;
  const low: string[] = [];
  // Files named as such (not found in a directory or by a glob), by absolute path.
  const named = new Set(paths.map((p) => path.resolve(cwd, p)));
  const take = async (r: LintResult): Promise<void> => {
    errors += r.errorCount;
    warnings += r.warningCount;
    if (minScore !== null) low.push(...belowMinScore(r, minScore, cwd));
    // Standard input under --stdin-filename stands for that file: it is as much being linted.
    if (out && !linted && (!flags.stdin || flags.stdinFilename !== undefined) && isOutFile(r.filePath)) linted = true;
    if (flags.verbose) for (const note of r.notes ?? []) process.stderr.write(`apology-lint: note: ${displayPath(r.filePath, cwd)}: ${note}\n`);
    // A file named on the command line that is not linted is worth a word, as eslint says of an
    // ignored file it was given; a file a directory or glob found is skipped quietly.
    else if (r.notes?.includes(NO_PROFILE_NOTE) && named.has(r.filePath))
      process.stderr.write(`apology-lint: warning: ${displayPath(r.filePath, cwd)}: ${NO_PROFILE_NOTE}; choose one with --input-profile\n`);
    else if (named.has(r.filePath)) {
      // A profile or config entry chosen for a named file that finds no reply in it.
      const none = r.notes?.find((n) => n.endsWith(': no replies found; nothing linted'));
      if (none) process.stderr.write(`apology-lint: warning: ${displayPath(r.filePath, cwd)}: ${none}\n`);
    }
    const errorsOnly = (messages: LintResult['messages']): LintResult['messages'] => messages.filter((m) => m.severity === 2);
    const shown = flags.quiet
      ? {
          ...r,
          messages: errorsOnly(r.messages),
          warningCount: 0,
          ...(r.replies && { replies: r.replies.map((reply) => ({ ...reply, messages: errorsOnly(reply.messages) })) }),
        }
      : r;
    if (streamed) await sink.write(streamed.result(shown, shown === r ? () => cachedJsonBytes(r) : undefined));
    else results.push(shown);
  };
  try {
    if (flags.stdin) {
      if (paths.length) throw new UsageError('--stdin cannot be combined with paths');
      const name = flags.stdinFilename ?? '<text>';
      const config = await new ConfigResolver(configOptions).forFile(path.resolve(cwd, name));
      const source = await readStdin(maxFileSizeMb * 1024 * 1024);
      const { lintSourceAsync } = await import('./lint.js');
      await take(
        await lintSourceAsync(source, flags.stdinFilename ? path.resolve(cwd, name) : name, config, {
          ...flags,
          noInlineConfig: !flags.inlineConfig,
          includeSource: formatter?.needsSource,
        }),
      );
    } else {
      const iter = lintFilesIter(paths, {
        ...configOptions,
        ignorePath: flags.ignorePath,
        ignorePatterns: flags.ignorePattern,
        useIgnore: flags.ignore,
        errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern,
        reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives,
        noInlineConfig: !flags.inlineConfig,
        maxFileSize: maxFileSizeMb * 1024 * 1024,
        strictInput: flags.strictInput,
        extensions,
        includeSource: formatter?.needsSource,
        onWarning: (message) => process.stderr.write(`apology-lint: warning: ${message}\n`),
        onFileError: (message) => {
          fileErrors++;
          process.stderr.write(`apology-lint: ${message}\n`);
        },
        concurrency,
        shard,
        cacheFile: cachePath,
        cacheStrategy: flags.cacheStrategy,
      });
      for await (const r of iter) await take(r);
    }
    if (linted)
      throw new UsageError(
        `--output-file ${flags.outputFile}: refusing to overwrite a file being linted (write the report where no reply is linted, or list it in .apologyignore)`,
      );
    await sink.write(streamed ? streamed.end() : await formatter!(results, formatterContext));
    await sink.close();
  } catch (error) {
    await sink.abort();
    throw error;
  }

  for (const line of low) process.stderr.write(`apology-lint: ${line}\n`);
  if (fileErrors > 0) return 2;
  if (errors > 0 || low.length > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(`apology-lint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/** Entry point for `bin/`: never a stack trace unless DEBUG=apology-lint. */
export async function run(): Promise<void> {
  let code: number;
  // `--help`, `--list-rules` and `--print-config` write to standard output too.
  watchStdout();
  // The process ends while the run is still waiting: user code it awaits never settled (see
  // src/stall.ts). Node would exit with code 13 and say nothing.
  let finished = false;
  const stalled = (): void => {
    if (finished) return;
    const line = stalledOn();
    process.stderr.write(
      line ? `apology-lint: ${line} (it waits on a promise that never settles)\n` : 'apology-lint: internal error: the run stopped before it finished\n',
    );
    process.exitCode = 2;
  };
  process.once('exit', stalled);
  try {
    code = await main();
  } catch (error) {
    const debug = /\bapology-lint\b/.test(process.env.DEBUG ?? '');
    if (error instanceof ConfigError || error instanceof InputError || error instanceof UsageError) {
      process.stderr.write(`apology-lint: ${error.message}\n`);
    } else {
      process.stderr.write(`apology-lint: internal error: ${(error as Error)?.message ?? String(error)} (set DEBUG=apology-lint for details)\n`);
    }
    if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    code = 2;
  }
  finished = true;
  process.off('exit', stalled);
  process.exitCode = stdoutWriteFailed() ? 2 : code;
}
