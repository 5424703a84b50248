import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageVersion, readRuleDocs } from '../docs.js';
import type { LintMessage } from '../types.js';
import type { Formatter } from './index.js';

const SRCROOT = '%SRCROOT%';

/**
 * A relative path as a relative URI. Each segment is encoded whole: `encodeURI` leaves `#` and
 * `?` (which would start a fragment or a query) and `:` (which makes `d:e.txt` a scheme).
 */
const relativeUri = (rel: string): string => rel.split(path.sep).map(encodeURIComponent).join('/');

/** A file's SARIF artifact location: relative to the working directory when inside it. */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!path.isAbsolute(filePath)) return { uri: relativeUri(filePath), uriBaseId: SRCROOT };
  const rel = path.relative(cwd, filePath);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return { uri: relativeUri(rel), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(filePath).href };
}

/**
 * The message text with the rule's suggestions appended. Viewers (GitHub code scanning, the
 * VS Code SARIF viewer) show `message.text` but not `properties`, and a SARIF `fix` must carry
 * concrete edits, which a suggestion that asks the writer to name the failure cannot have.
 */
function messageText(m: LintMessage): string {
  const suggestions = m.suggestions ?? [];
  return suggestions.length ? `${m.message}\n${suggestions.map((s) => `Suggestion: ${s.desc}`).join('\n')}` : m.message;
}

/** SARIF 2.1.0: one run, a rule entry per rule with its docs, one result per problem. */
export const sarif: Formatter = (results, context) => {
  const ids = Object.keys(context.rulesMeta).sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const meta = context.rulesMeta[id]!;
    const docs = readRuleDocs(id);
    return {
      id,
      shortDescription: { text: meta.description },
      helpUri: meta.url,
      help: docs ? { text: `${meta.description} See ${meta.url}`, markdown: docs } : { text: `${meta.description} See ${meta.url}` },
    };
  });
  const sarifResults = results.flatMap((r) =>
    r.messages.map((m) => {
      const out: Record<string, unknown> = {};
      if (m.ruleId) {
        out.ruleId = m.ruleId;
        const i = index.get(m.ruleId);
        if (i !== undefined) out.ruleIndex = i;
      }
      out.level = m.severity === 2 || m.fatal ? 'error' : 'warning';
      out.message = { text: messageText(m) };
      out.locations = [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(r.filePath, context.cwd),
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
        },
      ];
      if (m.suggestions?.length) out.properties = { suggestions: m.suggestions };
      return out;
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'apology-lint',
            version: packageVersion(),
            informationUri: 'https://github.com/apology-lint/apology-lint',
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
