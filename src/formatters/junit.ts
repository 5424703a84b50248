import type { Formatter } from './index.js';
import { displayPath } from './index.js';
import { xmlEscape } from './xml.js';

/**
 * JUnit XML for CI test reports (GitLab `artifacts:reports:junit`, Jenkins): a test suite per
 * file, a failing test case per problem, and one passing case for a clean file so it counts.
 */
export const junit: Formatter = (results, context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of results) {
    const file = xmlEscape(displayPath(r.filePath, context.cwd));
    const cases: string[] = [];
    for (const m of r.messages) {
      const severity = m.severity === 2 || m.fatal ? 'error' : 'warning';
      const rule = m.ruleId ?? 'apology-lint';
      const detail = [`${m.line}:${m.column} ${severity} ${m.message} (${rule})`, ...(m.suggestions ?? []).map((s) => `Suggestion: ${s.desc}`)].join('\n');
      cases.push(
        `    <testcase time="0" name="${xmlEscape(`${rule} at ${m.line}:${m.column}`)}" classname="${file}">`,
        `      <failure message="${xmlEscape(m.message)}" type="${severity}">${xmlEscape(detail)}</failure>`,
        '    </testcase>',
      );
    }
    if (r.messages.length === 0) cases.push(`    <testcase time="0" name="apology-lint" classname="${file}" />`);
    const count = Math.max(1, r.messages.length);
    tests += count;
    failures += r.messages.length;
    // Joined, not spread into push: a file can have more problems than a call takes arguments.
    suites.push(
      `  <testsuite name="${file}" tests="${count}" failures="${r.messages.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="apology-lint" tests="${tests}" failures="${failures}" errors="0" time="0">\n${suites.map((x) => `${x}\n`).join('')}</testsuites>\n`;
};
