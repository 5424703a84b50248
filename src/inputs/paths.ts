/**
 * The small path syntax of config `inputs` entries: where reply text and titles live in a JSON
 * or YAML file.
 *
 * - `$` is the file's top level; `.name` or `['name']` / `["name"]` a key; `[2]` a list item
 *   (from 0); `[*]` or `.*` every item of a list or every value of an object.
 * - Examples: `$.replies[*].body`, `$.macros[*].actions[*].value`, `$['saved replies'][*].text`.
 * - In `title` and `tags`, each `[*]` takes the value the same `[*]` (counting from the left)
 *   matched in `text`, so `$.replies[*].title` is the title of the reply `$.replies[*].body`
 *   found.
 */
import type { LNode } from './tree.js';

/** One step of a path. */
export type PathStep = { key: string } | { index: number } | { any: true };

/** A concrete location: keys and indexes from the top level. */
export type Location = (string | number)[];

/** Parse a path; throws an Error whose message says what is wrong and where. */
export function parsePath(path: string): PathStep[] {
  if (!path.startsWith('$')) throw new Error(`"${path}": a path starts with "$" (for example "$.replies[*].body")`);
  const steps: PathStep[] = [];
  let i = 1;
  const fail = (what: string): never => {
    throw new Error(`"${path}": ${what} at character ${i + 1}`);
  };
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      i++;
      if (path[i] === '*') {
        steps.push({ any: true });
        i++;
        continue;
      }
      const m = /^[^.[\]'"*\s]+/.exec(path.slice(i));
      if (!m) fail('expected a key name after "."');
      steps.push({ key: m![0] });
      i += m![0].length;
    } else if (c === '[') {
      const rest = path.slice(i + 1);
      let m: RegExpExecArray | null;
      if ((m = /^\*\]/.exec(rest))) steps.push({ any: true });
      else if ((m = /^(\d+)\]/.exec(rest))) steps.push({ index: Number(m[1]) });
      else if ((m = /^'((?:[^'\\]|\\.)*)'\]/.exec(rest)) || (m = /^"((?:[^"\\]|\\.)*)"\]/.exec(rest))) steps.push({ key: m[1]!.replace(/\\(.)/g, '$1') });
      else fail("expected [*], [number] or ['key']");
      i += 1 + m![0].length;
    } else fail(`unexpected "${c}"`);
  }
  return steps;
}

/** How many `[*]` steps a path has. */
export function wildcardCount(steps: PathStep[]): number {
  return steps.filter((s) => 'any' in s).length;
}

/** One node a path found. */
export interface PathMatch {
  node: LNode;
  location: Location;
  /** What each `[*]` matched, left to right. */
  bindings: Location;
}

/**
 * Every node `steps` finds under `root`. `bindings` fixes the first wildcards to given keys or
 * indexes (used for titles and tags of a matched reply).
 */
export function evaluatePath(root: LNode, steps: PathStep[], bindings: Location = []): PathMatch[] {
  const out: PathMatch[] = [];
  const visit = (node: LNode, n: number, location: Location, bound: Location): void => {
    if (n === steps.length) {
      out.push({ node, location, bindings: bound });
      return;
    }
    const step = steps[n]!;
    if ('key' in step) {
      if (node.kind === 'object') {
        const next = node.entries.get(step.key);
        if (next) visit(next, n + 1, [...location, step.key], bound);
      }
      return;
    }
    if ('index' in step) {
      if (node.kind === 'array' && step.index < node.items.length) visit(node.items[step.index]!, n + 1, [...location, step.index], bound);
      return;
    }
    const fixed = bindings[bound.length];
    if (node.kind === 'array') {
      node.items.forEach((item, i) => {
        if (fixed === undefined || fixed === i) visit(item, n + 1, [...location, i], [...bound, i]);
      });
    } else if (node.kind === 'object') {
      for (const [key, value] of node.entries) {
        if (fixed === undefined || fixed === key) visit(value, n + 1, [...location, key], [...bound, key]);
      }
    }
  };
  visit(root, 0, [], []);
  return out;
}

/** A location as people read it: `macros[3]`, `replies[0].body`, `["saved replies"][1]`. */
export function formatLocation(location: Location): string {
  let out = '';
  for (const step of location) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out || '$';
}
