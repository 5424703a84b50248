import { createHash } from 'node:crypto';
import type { Formatter } from './index.js';
import { displayPath } from './index.js';

/**
 * GitLab Code Quality (Code Climate JSON), for `artifacts:reports:codequality`: findings show in
 * the merge request's diff. The fingerprint leaves out the line number, so a finding keeps its
 * identity when lines above it move; repeats of the same finding in a file are numbered.
 */
export const gitlab: Formatter = (results, context) => {
  const issues = results.flatMap((r) => {
    const file = displayPath(r.filePath, context.cwd).split('\\').join('/');
    const seen = new Map<string, number>();
    return r.messages.map((m) => {
      const key = `${file}\0${m.ruleId ?? ''}\0${m.message}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      return {
        type: 'issue',
        check_name: m.ruleId ?? 'apology-lint',
        description: m.message,
        categories: ['Style'],
        severity: m.severity === 2 || m.fatal ? 'major' : 'minor',
        fingerprint: createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32),
        location: { path: file, lines: { begin: m.line, end: m.endLine } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
