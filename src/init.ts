/**
 * `apology-lint init`: a commented `.apologyrc.yaml` that lists every rule with its
 * recommended severity and options, written atomically and never over an existing config.
 */
import { constants, existsSync, readFileSync } from 'node:fs';
import { copyFile, link, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { SEARCH_PLACES } from './config.js';
import { tempPathFor } from './atomic.js';

/** The file `init` writes. */
export const INIT_FILE = '.apologyrc.yaml';

/** A starting configuration: the recommended preset spelled out, with comments. */
export function initConfig(): string {
  const ruleLines = Object.values(rules)
    .map((r) => r.meta)
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((m) => {
      const options = Object.entries(m.options).map(([name, o]) => `  #   option ${name} (${o.type}): ${o.description}`);
      return [`  # ${m.description}`, ...options, `  ${m.id}: ${m.severity.recommended}`];
    });
  return [
    '# apology-lint configuration.',
    '# Each linted file uses the nearest config file in its folder or above it.',
    '',
    '# Start from a preset: apology-lint:recommended, apology-lint:strict (turns most rules that',
    '# are off into warnings) or apology-lint:legal-safe (for teams that may not admit fault).',
    '# A path to another config, or an installed config package ("@acme/apology-config"), works too.',
    'extends: apology-lint:recommended',
    '',
    '# Rule severities: off | warn | error (or 0 | 1 | 2). Options go in a list:',
    '#   no-blame-shift: [error, { ownedParties: ["our warehouse"] }]',
    "# `apology-lint explain <rule-id>` prints a rule's documentation.",
    'rules:',
    ...ruleLines,
    '',
    '# Per-glob changes, relative to this file:',
    '# overrides:',
    '#   - files: ["status-pages/**"]',
    '#     rules:',
    '#       no-vague-apology: off',
    '',
    '# Files never linted (gitignore syntax), relative to this file:',
    '# ignorePatterns:',
    '#   - "drafts/**"',
    '',
  ].join('\n');
}

/** A config file already in `dir`, or null. */
export function existingConfig(dir: string): string | null {
  for (const name of SEARCH_PLACES) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    if (name !== 'package.json') return name;
    try {
      if ((JSON.parse(readFileSync(file, 'utf8')) as { apology?: unknown }).apology !== undefined) return 'package.json ("apology" key)';
    } catch {
      // An unreadable package.json holds no config of ours.
    }
  }
  return null;
}

/**
 * Write `.apologyrc.yaml` into `dir`. The text goes to a temporary file that is then hard-linked
 * into place, so the config appears whole or not at all, and a file created meanwhile is never
 * overwritten. Throws an Error with a one-line message when it cannot.
 */
export async function writeInitConfig(dir: string): Promise<string> {
  const file = path.join(dir, INIT_FILE);
  const found = existingConfig(dir);
  if (found) throw new Error(`${path.join(dir, found)}: a config file already exists; not writing ${INIT_FILE}`);
  const tmp = tempPathFor(file);
  try {
    await writeFile(tmp, initConfig());
    // Where hard links are not supported, an exclusive copy is the next best thing.
    await link(tmp, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') throw error;
      return copyFile(tmp, file, constants.COPYFILE_EXCL);
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'EEXIST' ? `${file}: already exists; not overwriting it` : `${file}: cannot write: ${code ?? (error as Error).message}`);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
  return file;
}
