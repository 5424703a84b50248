/**
 * Where the package's own files are: the package root (found from this module, so it works from
 * `src/` under the test runner and from `dist/src/` when installed), its version, and each
 * rule's documentation page `rules/<id>.md`, which the package ships.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The directory holding apology-lint's own package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string };
      if (pkg.name === 'apology-lint') return (root = dir);
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the apology-lint package root');
    dir = up;
  }
}

/** The installed package version. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The path of a rule's documentation page. */
export function ruleDocsFile(id: string): string {
  return path.join(packageRoot(), 'rules', `${id}.md`);
}

/** A rule's documentation page as Markdown, or null when the package does not have it. */
export function readRuleDocs(id: string): string | null {
  const file = ruleDocsFile(id);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
