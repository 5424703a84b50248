/**
 * A large Zendesk-shaped macro export built from the reply-bearing macros of
 * fixtures/macros/zendesk.json, for the benchmark and the scale test. Nothing it writes is
 * committed.
 */
import { readFileSync } from 'node:fs';

const FIXTURE = new URL('../fixtures/macros/zendesk.json', import.meta.url);

/** The fixture's macros that carry a reply. */
export function templates() {
  const { macros } = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  return macros.filter((m) => m.actions.some((a) => a.field === 'comment_value' || a.field === 'comment_value_html'));
}

/** `{ macros: [...], count }` with `count` macros cycling through the templates. */
export function zendeskExport(count) {
  const base = templates();
  const macros = Array.from({ length: count }, (_, i) => {
    const t = base[i % base.length];
    return { ...t, id: 900000 + i, url: `https://example.zendesk.com/api/v2/macros/${900000 + i}.json`, title: `${t.title} #${i}`, position: i };
  });
  return { macros, next_page: null, previous_page: null, count };
}
