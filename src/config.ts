/**
 * Configuration: found with cosmiconfig (module name `apology`) upward from each linted file,
 * validated against the rule registry before anything is linted, and resolved per file
 * (presets, `extends`, `rules`, glob `overrides`, then `--rule` from the command line).
 *
 * Every problem is a `ConfigError` whose message is one line naming the file and the key.
 */
import { accessSync, constants as fsConstants, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { ruleById, rules } from '../rules/index.js';
import { CHANNELS } from './components.js';
import type { RuleSetting } from './engine.js';
import { gateSettingsProblem } from './gate.js';
import { scoreSettingsProblem } from './score.js';
import { awaitUserCode } from './stall.js';
import type { InputEntry } from './inputs/profiles.js';
import { checkInputs } from './inputs/profiles.js';
import type { PresetName } from './presets.js';
import { PRESETS, preset } from './presets.js';
import { patternError } from './phrase.js';
import { reason, statIfAny } from './read.js';
import type { OptionSchema, Severity, SeverityInput } from './types.js';

/** A configuration problem; its message is one line naming the file and the key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A rule entry as users write it. */
export type RuleEntry = SeverityInput | [SeverityInput, Record<string, unknown>?];

/** An `overrides` entry. */
export interface Override {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: Record<string, RuleEntry>;
  channel?: string;
  context?: string;
}

/** The configuration file format. */
export interface UserConfig {
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  overrides?: Override[];
  ignorePatterns?: string[];
  /** Settings read by the apology gate, the score and the input adapters. */
  [setting: string]: unknown;
}

/** Top-level keys a config may have. Settings other modules read are listed here too. */
export const KNOWN_KEYS = new Set([
  'extends',
  'rules',
  'overrides',
  'ignorePatterns',
  'root',
  'channel',
  'context',
  'score',
  'apologyThreshold',
  'gate',
  'inputs',
]);

/** A config layer with the directory its globs are relative to. */
interface Layer {
  file: string;
  dir: string;
  config: UserConfig;
}

/** The settings in force for one file. */
export interface ResolvedConfig {
  /** Enabled rules only. */
  rules: Record<string, RuleSetting>;
  /** Every other top-level setting, merged (later layers win). */
  settings: Record<string, unknown>;
  ignorePatterns: string[];
  /** The config file in use, or null for presets only. */
  configFile: string | null;
}

/** How to find configuration. */
export interface ConfigOptions {
  cwd?: string;
  /** `-c`: use this file and no other. */
  configFile?: string;
  /** `--no-config-lookup`. */
  lookup?: boolean;
  /** `--rule` entries, applied last. */
  cliRules?: Record<string, RuleEntry>;
  /** Settings from the command line (`--channel`, `--context`), applied last. */
  cliSettings?: Record<string, unknown>;
}

/** Config file names, in the order they are looked for in each folder. */
export const SEARCH_PLACES = [
  'package.json',
  '.apologyrc',
  '.apologyrc.json',
  '.apologyrc.yaml',
  '.apologyrc.yml',
  '.apologyrc.js',
  '.apologyrc.mjs',
  '.apologyrc.cjs',
  'apology.config.js',
  'apology.config.mjs',
  'apology.config.cjs',
];

/** Larger config files are taken as holding a config without reading them (package.json aside). */
const SMALL_CONFIG = 64 * 1024;

/**
 * Whether the config search stops at this regular file. cosmiconfig goes on past a file that is
 * empty or blank, a YAML file (`.apologyrc`, `.apologyrc.yaml`, the personal `config`) of comments
 * alone, and a `package.json` without an `apology` key; a file it cannot parse ends the search
 * with an error. An error: the file may not be read, which the search would skip without a word.
 */
function searchStopsAt(file: string, place: string, size: number): boolean | NodeJS.ErrnoException {
  if (size === 0) return false;
  let text: string;
  try {
    if (place !== 'package.json' && size > SMALL_CONFIG) {
      accessSync(file, fsConstants.R_OK);
      return true;
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EACCES' ? (error as NodeJS.ErrnoException) : true;
  }
  if (!text.trim()) return false;
  if (place === 'package.json') {
    try {
      const pkg = JSON.parse(text) as { apology?: unknown } | null;
      return pkg?.apology !== undefined && pkg?.apology !== null;
    } catch {
      return true;
    }
  }
  if (/^(?:\.apologyrc|config)(?:\.ya?ml)?$/.test(place)) return !text.split(/\r\n|\r|\n/).every((line) => /^\s*(?:#.*)?$/.test(line));
  return true;
}

/** Where the config search stops going up, as in cosmiconfig. */
const HOME = path.resolve(os.homedir());

/**
 * The personal config folder the search reads after the home folder (cosmiconfig's global
 * config folder, as env-paths names it), and the names it reads there.
 */
const GLOBAL_DIR =
  process.platform === 'win32'
    ? path.join(process.env.APPDATA || path.join(HOME, 'AppData', 'Roaming'), 'apology', 'Config')
    : process.platform === 'darwin'
      ? path.join(HOME, 'Library', 'Preferences', 'apology')
      : path.join(process.env.XDG_CONFIG_HOME || path.join(HOME, '.config'), 'apology');
const GLOBAL_PLACES = ['config', 'config.json', 'config.yaml', 'config.yml', 'config.js', 'config.ts', 'config.cjs', 'config.mjs'];

/**
 * Whether a search failed only at its last step, the personal config folder, because this user
 * may not enter the home folder (a container run as another user, with `HOME=/root`). The search
 * found nothing before it, and a folder out of reach holds no config: cosmiconfig stats that
 * folder outside its own check for places it may not read.
 */
function personalFolderOutOfReach(error: unknown): boolean {
  const { code, path: at } = error as NodeJS.ErrnoException;
  return at === GLOBAL_DIR && (code === 'EACCES' || code === 'EPERM' || code === 'ENOTDIR' || code === 'ELOOP');
}

/**
 * The first of `places` in `dir` that exists and cannot be read as a config (`found`: the error
 * line), and whether the config search stops in `dir` before it (`stop`, see `searchStopsAt`).
 * A place the search would read without end (a pipe, a device) would hang it, and one it may not
 * read would be skipped without a word.
 */
function unreadableIn(dir: string, places: readonly string[]): { found: string | null; stop: boolean } {
  for (const place of places) {
    const file = path.join(dir, place);
    let stats;
    try {
      stats = statSync(file);
    } catch {
      continue;
    }
    if (stats.isDirectory()) continue;
    if (!stats.isFile()) return { found: `${file}: cannot read config: not a regular file`, stop: false };
    const stops = searchStopsAt(file, place, stats.size);
    if (typeof stops === 'object') return { found: `${file}: cannot read config: ${reason(stops)}`, stop: false };
    if (stops) return { found: null, stop: true };
  }
  return { found: null, stop: false };
}

/** Parse a severity; throws a ConfigError naming `where`. */
export function parseSeverity(value: unknown, where: string): Severity | 0 {
  if (value === 'off' || value === 0) return 0;
  if (value === 'warn' || value === 'warning' || value === 1) return 1;
  if (value === 'error' || value === 2) return 2;
  throw new ConfigError(`${where}: severity ${JSON.stringify(value)} is not one of "off", "warn", "error", 0, 1, 2`);
}

function closest(id: string): string {
  const ids = Object.keys(rules);
  let best = '';
  let score = Infinity;
  for (const candidate of ids) {
    const d = distance(id, candidate);
    if (d < score) {
      score = d;
      best = candidate;
    }
  }
  return score <= Math.max(3, id.length / 3) ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function checkOption(value: unknown, schema: OptionSchema): boolean {
  switch (schema.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'enum':
      return typeof value === 'string' && (schema.values ?? []).includes(value);
  }
}

/** Validate one rule entry; returns severity and options. */
export function parseRuleEntry(id: string, entry: unknown, where: string): { severity: Severity | 0; options: Record<string, unknown> } {
  const rule = ruleById(id);
  if (!rule) throw new ConfigError(`${where}: unknown rule "${id}"${closest(id)}`);
  const [sev, options] = Array.isArray(entry) ? entry : [entry, undefined];
  const severity = parseSeverity(sev, `${where}: rules.${id}`);
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new ConfigError(`${where}: rules.${id}: options must be an object`);
  }
  const opts = (options ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(opts)) {
    const schema = Object.hasOwn(rule.meta.options, key) ? rule.meta.options[key] : undefined;
    if (!schema) {
      const known = Object.keys(rule.meta.options);
      throw new ConfigError(
        `${where}: rules.${id}: unknown option "${key}"${known.length ? ` (options: ${known.join(', ')})` : ' (this rule takes no options)'}`,
      );
    }
    if (!checkOption(value, schema)) {
      const kind = schema.type === 'enum' ? `one of ${(schema.values ?? []).join(', ')}` : `a ${schema.type}`;
      throw new ConfigError(`${where}: rules.${id}: option "${key}" must be ${kind}`);
    }
    if (schema.pattern) {
      for (const source of value as string[]) {
        const error = patternError(source);
        if (error) throw new ConfigError(`${where}: rules.${id}: option "${key}": ${error}`);
      }
    }
  }
  return { severity, options: opts };
}

/** Validate a whole config object (keys, rules, overrides). */
export function validateConfig(config: unknown, where: string): UserConfig {
  if (config === null || config === undefined) return {};
  if (typeof config !== 'object' || Array.isArray(config)) throw new ConfigError(`${where}: the configuration must be an object`);
  const c = config as UserConfig;
  for (const key of Object.keys(c)) {
    if (!KNOWN_KEYS.has(key)) throw new ConfigError(`${where}: unknown key "${key}" (known keys: ${[...KNOWN_KEYS].join(', ')})`);
  }
  if (c.extends !== undefined && typeof c.extends !== 'string' && !(Array.isArray(c.extends) && c.extends.every((e) => typeof e === 'string'))) {
    throw new ConfigError(`${where}: extends must be a string or a list of strings`);
  }
  if (c.rules !== undefined) {
    if (typeof c.rules !== 'object' || c.rules === null || Array.isArray(c.rules)) throw new ConfigError(`${where}: rules must be an object`);
    for (const [id, entry] of Object.entries(c.rules)) parseRuleEntry(id, entry, where);
  }
  const channelProblem = (value: unknown, at: string): void => {
    if (value !== undefined && !(CHANNELS as readonly unknown[]).includes(value)) throw new ConfigError(`${at}: channel must be one of ${CHANNELS.join(', ')}`);
  };
  channelProblem(c.channel, where);
  const settingsProblem = gateSettingsProblem(c) ?? scoreSettingsProblem(c.score, Object.keys(rules));
  if (settingsProblem) throw new ConfigError(`${where}: ${settingsProblem}`);
  if (c.ignorePatterns !== undefined && !(Array.isArray(c.ignorePatterns) && c.ignorePatterns.every((p) => typeof p === 'string'))) {
    throw new ConfigError(`${where}: ignorePatterns must be a list of strings`);
  }
  if (c.inputs !== undefined) {
    const problem = checkInputs(c.inputs);
    if (problem) throw new ConfigError(`${where}: ${problem}`);
  }
  if (c.overrides !== undefined) {
    if (!Array.isArray(c.overrides)) throw new ConfigError(`${where}: overrides must be a list`);
    c.overrides.forEach((o, i) => {
      const at = `${where}: overrides[${i}]`;
      if (typeof o !== 'object' || o === null) throw new ConfigError(`${at} must be an object`);
      const files = (o as Override).files;
      if (!(typeof files === 'string' || (Array.isArray(files) && files.every((f) => typeof f === 'string')))) {
        throw new ConfigError(`${at}.files must be a glob or a list of globs`);
      }
      for (const key of Object.keys(o)) {
        if (!['files', 'excludedFiles', 'rules', 'channel', 'context'].includes(key)) throw new ConfigError(`${at}: unknown key "${key}"`);
      }
      if (o.rules) for (const [id, entry] of Object.entries(o.rules)) parseRuleEntry(id, entry, `${at}`);
      channelProblem(o.channel, at);
      const contextProblem = gateSettingsProblem({ context: o.context });
      if (contextProblem) throw new ConfigError(`${at}: ${contextProblem}`);
    });
  }
  return c;
}

/** cosmiconfig prefixes "YAML Error in <file>:"; keep what follows it. */
function afterErrorIn(message: string): string {
  const at = message.indexOf('Error in ');
  if (at < 0 || message.lastIndexOf(':', at) >= 0) return message;
  const colon = message.indexOf(':', at + 9);
  return colon < 0 ? message.slice(at + 9).trim() : message.slice(colon + 1).trim();
}

/** A code frame's lines ("> 1 | { bad", "|   ^"), which parse errors repeat around their reason. */
const CODE_FRAME = /^>?[ \d]*\|/;

function oneLine(message: string): string {
  return message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !CODE_FRAME.test(l))
    .slice(0, 2)
    .join(' ')
    .replace(/ while parsing ['"][^]*$/, '')
    .slice(0, 300);
}

/**
 * Load a JavaScript config with `import()` alone. cosmiconfig falls back to `require()` when the
 * import fails, and on Node versions that can require ES modules that second attempt reports a
 * confusing "not yet fully loaded" error instead of the file's own syntax or runtime error.
 */
async function importConfig(filepath: string): Promise<unknown> {
  const loading = import(pathToFileURL(filepath).href) as Promise<{ default?: unknown }>;
  return (await awaitUserCode(`${filepath}: the config never finished loading`, loading)).default;
}

/**
 * A loader that refuses cosmiconfig's own `$import` key. cosmiconfig acts on it before the config
 * is validated: an import it cannot find made the search skip the whole config without a word,
 * and an import of a device was read to its end. `extends` is how a config builds on another.
 */
function withoutImport(load: (filepath: string, contents: string) => unknown): (filepath: string, contents: string) => Promise<unknown> {
  return async (filepath, contents) => {
    const loaded = await load(filepath, contents);
    const config = path.basename(filepath) === 'package.json' ? (loaded as { apology?: unknown } | null)?.apology : loaded;
    if (config && typeof config === 'object' && Object.hasOwn(config, '$import'))
      throw new ConfigError(`${filepath}: unknown key "$import" (use "extends" to build on another config)`);
    return loaded;
  };
}

/**
 * The file an `extends` entry other than a preset names: a path, relative to the config that
 * names it, or an installed package (`@acme/apology-config`, or a file in one,
 * `@acme/apology-config/strict.yaml`), found from that config's folder as Node finds packages. A
 * name that is not written as a path (`./`, `../`, `/`) is still a path when such a file (not a
 * folder) is beside the config, as it was before packages were read.
 */
function extendsTarget(parent: string, layer: Layer): string {
  const asPath = path.resolve(layer.dir, parent);
  const beside = statIfAny(asPath);
  if (parent.startsWith('.') || path.isAbsolute(parent) || (beside && !beside.isDirectory())) return asPath;
  let found: string;
  try {
    found = createRequire(path.join(layer.dir, 'noop.js')).resolve(parent);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND')
      throw new ConfigError(`${layer.file}: extends: cannot find config file or package "${parent}"`);
    // A package.json that cannot be read, or `exports` that do not export the file.
    throw new ConfigError(`${layer.file}: extends: cannot resolve package "${parent}": ${oneLine((error as Error).message)}`);
  }
  // Node's own modules (`fs`, `node:path`) resolve to their names.
  if (!path.isAbsolute(found)) throw new ConfigError(`${layer.file}: extends: cannot find config file or package "${parent}"`);
  return found;
}

/** Finds, loads, validates and resolves configuration; caches per directory. */
export class ConfigResolver {
  /** cosmiconfig, loaded when a config is first looked up or read (never with --no-config-lookup alone). */
  private explorerPromise: Promise<ReturnType<typeof import('cosmiconfig').cosmiconfig>> | null = null;
  private get explorer(): Promise<ReturnType<typeof import('cosmiconfig').cosmiconfig>> {
    this.explorerPromise ??= import('cosmiconfig').then((m) => {
      // A CommonJS package: its functions are named exports in Node, `default` members in a bundle.
      const cosmiconfig = m.cosmiconfig ?? (m as unknown as { default: typeof m }).default.cosmiconfig;
      const defaults = m.defaultLoaders ?? (m as unknown as { default: typeof m }).default.defaultLoaders;
      const loaders = {
        '.js': withoutImport(importConfig),
        '.mjs': withoutImport(importConfig),
        '.cjs': withoutImport(importConfig),
        '.json': withoutImport(defaults['.json']),
        '.yaml': withoutImport(defaults['.yaml']),
        '.yml': withoutImport(defaults['.yml']),
        noExt: withoutImport(defaults.noExt),
      };
      return cosmiconfig('apology', { searchPlaces: SEARCH_PLACES, searchStrategy: 'global', cache: true, loaders });
    });
    return this.explorerPromise;
  }
  private readonly layers = new Map<string, Promise<Layer[]>>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly unreadable = new Map<string, string | null>();
  private readonly cwd: string;

  constructor(private readonly options: ConfigOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    if (options.cliRules) for (const [id, entry] of Object.entries(options.cliRules)) parseRuleEntry(id, entry, '--rule');
  }

  /** Load one config file and what it extends. */
  private async loadFile(file: string, chain: string[]): Promise<Layer[]> {
    const abs = path.resolve(file);
    if (chain.includes(abs))
      throw new ConfigError(`${chain[0]}: circular extends: ${[...chain, abs].map((f) => path.relative(this.cwd, f) || f).join(' -> ')}`);
    if (!existsSync(abs)) throw new ConfigError(`${chain.at(-1) ?? abs}: cannot find config file "${file}"`);
    // A device or pipe (`--config /dev/zero`) would be read to its end, if it has one.
    if (!statSync(abs).isFile()) throw new ConfigError(`${abs}: cannot read config: not a regular file`);
    let loaded;
    try {
      loaded = await (await this.explorer).load(abs);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      // The config file itself could not be read: said in words, as for replies.
      const why = (error as NodeJS.ErrnoException).path === abs ? reason(error) : afterErrorIn(oneLine((error as Error).message).replace(abs, ''));
      throw new ConfigError(`${abs}: cannot read config: ${why}`);
    }
    const config = validateConfig(loaded?.config, abs);
    return this.expand({ file: abs, dir: path.dirname(abs), config }, [...chain, abs]);
  }

  private async expand(layer: Layer, chain: string[]): Promise<Layer[]> {
    const parents = layer.config.extends === undefined ? [] : Array.isArray(layer.config.extends) ? layer.config.extends : [layer.config.extends];
    const out: Layer[] = [];
    for (const parent of parents) {
      if (parent.startsWith('apology-lint:')) {
        const name = parent.slice('apology-lint:'.length);
        if (!(PRESETS as readonly string[]).includes(name)) {
          throw new ConfigError(`${layer.file}: extends: unknown preset "${parent}" (presets: ${PRESETS.map((p) => `apology-lint:${p}`).join(', ')})`);
        }
        out.push(presetLayer(name as PresetName));
      } else {
        out.push(...(await this.loadFile(extendsTarget(parent, layer), chain)));
      }
    }
    out.push(layer);
    return out;
  }

  /** The layers that apply to files in `dir`. */
  private layersFor(dir: string): Promise<Layer[]> {
    const key = this.options.configFile ? '<cli>' : this.options.lookup === false ? '<none>' : dir;
    let layers = this.layers.get(key);
    if (!layers) {
      layers = this.findLayers(dir);
      this.layers.set(key, layers);
    }
    return layers;
  }

  private async findLayers(dir: string): Promise<Layer[]> {
    if (this.options.configFile) return this.loadFile(path.resolve(this.cwd, this.options.configFile), []);
    if (this.options.lookup === false) return [];
    // cosmiconfig reads every search place it meets: a pipe would block it and a device would be
    // read to its end, if it has one.
    const unreadable = this.unreadablePlace(dir);
    if (unreadable) throw new ConfigError(unreadable);
    let found;
    try {
      found = await (await this.explorer).search(dir);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      if (personalFolderOutOfReach(error)) return [];
      const message = oneLine((error as Error).message);
      const file = /Error in (\S+?):/.exec(message)?.[1] ?? configFileIn(dir) ?? dir;
      throw new ConfigError(`${file}: cannot read config: ${afterErrorIn(message)}`);
    }
    if (!found) return [];
    const config = validateConfig(found.config, found.filepath);
    return this.expand({ file: found.filepath, dir: path.dirname(found.filepath), config }, [found.filepath]);
  }

  /**
   * The error line for the first search place, in `dir` or a folder above it, that the config
   * search would read and that cannot be read as a config (see `unreadableIn`); null when there
   * is none. The walk stops where the search would (see `searchStopsAt`) and at the home folder.
   */
  private unreadablePlace(dir: string): string | null {
    let found = this.unreadable.get(dir);
    if (found !== undefined) return found;
    const here = unreadableIn(dir, SEARCH_PLACES);
    found = here.found;
    if (found === null && !here.stop) {
      const parent = path.dirname(dir);
      // Past the home folder (or the root), the search reads the personal config folder last.
      found = parent !== dir && dir !== HOME ? this.unreadablePlace(parent) : unreadableIn(GLOBAL_DIR, GLOBAL_PLACES).found;
    }
    this.unreadable.set(dir, found);
    return found;
  }

  /** The resolved configuration for a file (or a stdin filename). */
  async forFile(filePath: string): Promise<ResolvedConfig> {
    const abs = path.resolve(this.cwd, filePath);
    const dir = path.dirname(abs);
    const layers = await this.layersFor(dir);
    // Files in one folder matched by the same overrides share one resolved config (and so one
    // processor): resolving is done once per folder and override combination, not per file.
    let key = dir;
    for (const layer of layers) {
      for (const o of layer.config.overrides ?? []) key += overrideApplies(o, path.relative(layer.dir, abs).split(path.sep).join('/')) ? '\u00011' : '\u00010';
    }
    let resolved = this.resolved.get(key);
    if (!resolved) {
      resolved = this.resolve(abs, layers);
      this.resolved.set(key, resolved);
    }
    return resolved;
  }

  private resolve(abs: string, layers: Layer[]): ResolvedConfig {
    const hasPreset = layers.some((l) => l.file.startsWith('apology-lint:'));
    const all = hasPreset ? layers : [presetLayer('recommended'), ...layers];
    const severities: Record<string, Severity | 0> = {};
    const options: Record<string, Record<string, unknown>> = {};
    const settings: Record<string, unknown> = {};
    const ignorePatterns: string[] = [];
    // `inputs` entries whose `files` match this file, nearest config first (globs are relative
    // to the config that declares them, so the entry in force is resolved here).
    const inputs: InputEntry[] = [];
    const apply = (entries: Record<string, RuleEntry> | undefined, where: string): void => {
      for (const [id, entry] of Object.entries(entries ?? {})) {
        const parsed = parseRuleEntry(id, entry, where);
        severities[id] = parsed.severity;
        if (Array.isArray(entry) && entry[1] !== undefined) options[id] = parsed.options;
      }
    };
    for (const layer of all) {
      apply(layer.config.rules, layer.file);
      for (const [k, v] of Object.entries(layer.config)) {
        if (!['extends', 'rules', 'overrides', 'ignorePatterns', 'root', 'inputs'].includes(k)) settings[k] = v;
      }
      const rel = path.relative(layer.dir, abs).split(path.sep).join('/');
      const entries = (layer.config.inputs ?? []) as InputEntry[];
      inputs.unshift(...entries.filter((e) => matchesAny(rel, Array.isArray(e.files) ? e.files : [e.files])));
      if (layer.config.ignorePatterns) ignorePatterns.push(...layer.config.ignorePatterns);
      for (const o of layer.config.overrides ?? []) {
        if (overrideApplies(o, path.relative(layer.dir, abs).split(path.sep).join('/'))) {
          apply(o.rules, `${layer.file}: overrides`);
          if (o.channel !== undefined) settings.channel = o.channel;
          if (o.context !== undefined) settings.context = o.context;
        }
      }
    }
    apply(this.options.cliRules, '--rule');
    if (inputs.length) settings.inputs = inputs;
    Object.assign(settings, this.options.cliSettings ?? {});
    const enabled: Record<string, RuleSetting> = {};
    for (const [id, severity] of Object.entries(severities)) {
      if (severity !== 0) enabled[id] = { severity, options: options[id] ?? {} };
    }
    const configFile = [...layers].reverse().find((l) => !l.file.startsWith('apology-lint:'))?.file ?? null;
    return { rules: enabled, settings, ignorePatterns, configFile };
  }
}

const matchers = new Map<string, (rel: string) => boolean>();

/** eslintrc-style override globs: a pattern without a slash matches the base name. */
function matchesAny(rel: string, globs: string[]): boolean {
  return globs.some((g) => {
    let isMatch = matchers.get(g);
    if (!isMatch) {
      isMatch = picomatch(g, { dot: true, basename: !g.includes('/') });
      matchers.set(g, isMatch);
    }
    return isMatch(rel);
  });
}

/** Does an `overrides` entry apply to a path relative to its config's folder? */
function overrideApplies(o: Override, rel: string): boolean {
  const files = Array.isArray(o.files) ? o.files : [o.files];
  const excluded = o.excludedFiles === undefined ? [] : Array.isArray(o.excludedFiles) ? o.excludedFiles : [o.excludedFiles];
  return matchesAny(rel, files) && !(excluded.length && matchesAny(rel, excluded));
}

/** The config file cosmiconfig would pick for `dir` (to name it when loading fails). */
function configFileIn(dir: string): string | null {
  for (let d = dir; ; d = path.dirname(d)) {
    for (const place of SEARCH_PLACES) {
      const f = path.join(d, place);
      if (existsSync(f)) return f;
    }
    if (path.dirname(d) === d) return null;
  }
}

function presetLayer(name: PresetName): Layer {
  // `preset` tells the apology score which weights apply (legal-safe redistributes them).
  return { file: `apology-lint:${name}`, dir: '', config: { rules: preset(name), preset: name } };
}

/** Load the configuration that applies to a file (API convenience). */
export async function loadConfig(filePath: string, options: ConfigOptions = {}): Promise<ResolvedConfig> {
  return new ConfigResolver(options).forFile(filePath);
}
