import { location } from 'vfile-location';
import type { ApologyScore, LintMessage, LintResult } from '../types.js';
import type { Formatter, FormatterContext } from './index.js';
import { displayPath } from './index.js';

/** Escape text for HTML content and attribute values. */
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
}

function severityName(m: LintMessage): 'error' | 'warning' {
  return m.severity === 2 || m.fatal ? 'error' : 'warning';
}

/** Every non-null apology score in the results: per reply when a file holds several. */
export function collectScores(results: LintResult[]): ApologyScore[] {
  const out: ApologyScore[] = [];
  for (const r of results) {
    if (r.replies?.length) {
      for (const reply of r.replies) if (reply.apologyScore) out.push(reply.apologyScore);
    } else if (r.apologyScore) out.push(r.apologyScore);
  }
  return out;
}

/** Ten bins over 0–100 (the last one holds 90–100). */
export function scoreBins(scores: ApologyScore[]): number[] {
  const bins = new Array<number>(10).fill(0);
  for (const s of scores) {
    const i = Math.min(9, Math.max(0, Math.floor(s.score / 10)));
    bins[i]!++;
  }
  return bins;
}

function scoreChart(scores: ApologyScore[]): string {
  if (!scores.length) return '<p id="score-chart-empty" class="muted">No apology scores in these results.</p>';
  const bins = scoreBins(scores);
  const max = Math.max(...bins);
  const w = 36;
  const h = 120;
  const bars = bins
    .map((n, i) => {
      const bh = max ? Math.round((n / max) * h) : 0;
      const label = `${i * 10}–${i === 9 ? 100 : i * 10 + 9}`;
      const x = i * (w + 6) + 4;
      return (
        `<g class="bin"><rect class="bar" data-bin="${label}" data-count="${n}" x="${x}" y="${h - bh + 16}" width="${w}" height="${bh}"><title>${label}: ${plural(n, 'reply')}</title></rect>` +
        `<text x="${x + w / 2}" y="${h - bh + 12}" text-anchor="middle">${n || ''}</text>` +
        `<text x="${x + w / 2}" y="${h + 30}" text-anchor="middle" class="axis">${i * 10}</text></g>`
      );
    })
    .join('');
  const mean = Math.round(scores.reduce((a, s) => a + s.score, 0) / scores.length);
  return (
    `<svg id="score-chart" role="img" aria-label="Apology score distribution" viewBox="0 0 ${10 * (w + 6) + 4} ${h + 36}" width="${10 * (w + 6) + 4}" height="${h + 36}">${bars}</svg>` +
    `<p class="muted">${plural(scores.length, 'scored reply')}, mean ${mean} (0–100).</p>`
  );
}

/** Cut the source at every finding boundary; each piece lists the findings that cover it. */
function highlight(source: string, messages: LintMessage[]): string {
  const place = location(source);
  // A finding whose position is not in the text (it should not happen) is listed, not highlighted.
  const spans = messages.flatMap((m, i) => {
    const start = place.toOffset({ line: m.line, column: m.column });
    if (start === undefined) return [];
    const end = place.toOffset({ line: m.endLine, column: m.endColumn }) ?? start;
    return [{ i, start, end: Math.max(start, end), sev: m.severity === 2 || m.fatal ? 2 : 1 }];
  });
  const points = new Set<number>([0, source.length]);
  for (const s of spans) {
    points.add(s.start);
    points.add(s.end);
  }
  const cuts = [...points].sort((a, b) => a - b);
  const attrs = (ids: { i: number; sev: number }[]): string => {
    const sev = Math.max(...ids.map((s) => s.sev));
    const title = ids.map((s) => `${messages[s.i]!.ruleId ?? 'apology-lint'}: ${messages[s.i]!.message}`).join('\n');
    return `class="hl sev-${sev}" data-m="${ids.map((s) => s.i).join(' ')}" tabindex="0" title="${esc(title)}"`;
  };
  // One sweep over the cuts: findings with no width by offset, and the findings open at each cut
  // (every start and end is a cut, so a finding covers the piece after a cut when it started at or
  // before the cut and ends after it).
  const empties = new Map<number, typeof spans>();
  for (const s of spans) {
    if (s.start !== s.end) continue;
    const at = empties.get(s.start);
    if (at) at.push(s);
    else empties.set(s.start, [s]);
  }
  const byStart = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.i - b.i);
  let open: typeof spans = [];
  let nextSpan = 0;
  let html = '';
  for (let k = 0; k < cuts.length; k++) {
    const at = cuts[k]!;
    // A finding with no width (a document-level note) still gets a visible marker.
    const empty = empties.get(at) ?? [];
    if (empty.length) html += `<mark ${attrs(empty).replace('class="hl', 'class="hl point')}></mark>`;
    const next = cuts[k + 1];
    if (next === undefined || next === at) continue;
    const text = esc(source.slice(at, next));
    let opened = false;
    while (nextSpan < byStart.length && byStart[nextSpan]!.start <= at) {
      open.push(byStart[nextSpan++]!);
      opened = true;
    }
    open = open.filter((s) => s.end > at);
    // In the order the findings are listed.
    if (opened) open.sort((a, b) => a.i - b.i);
    html += open.length ? `<mark ${attrs(open)}>${text}</mark>` : text;
  }
  return html;
}

function finding(m: LintMessage, i: number, id: string): string {
  const sev = severityName(m);
  const rule = m.ruleId ?? 'apology-lint';
  const suggestions = (m.suggestions ?? []).map((s) => `<div class="suggestion">↳ ${esc(s.desc)}</div>`).join('');
  const docs = m.url ? ` <a class="docs" href="${esc(m.url)}" target="_blank" rel="noopener">docs</a>` : '';
  return (
    `<li class="finding sev-${m.severity}" id="${id}-m${i}" data-i="${i}" data-rule="${esc(rule)}" data-sev="${sev}">` +
    `<a class="loc" href="#${id}-m${i}">${m.line}:${m.column}</a> <span class="sev">${sev}</span> ` +
    `<span class="msg">${esc(m.message)}</span> <code class="rule">${esc(rule)}</code>${docs}${suggestions}</li>`
  );
}

function fileSection(r: LintResult, n: number, context: FormatterContext): string {
  const id = `f${n}`;
  const name = displayPath(r.filePath, context.cwd);
  const score = r.apologyScore ? ` <span class="score band-${esc(r.apologyScore.band)}" title="apology score">${r.apologyScore.score}</span>` : '';
  const counts = r.messages.length ? `${plural(r.errorCount, 'error')}, ${plural(r.warningCount, 'warning')}` : 'no problems';
  const body =
    r.source !== undefined ? `<pre class="source"><code>${highlight(r.source, r.messages)}</code></pre>` : '<p class="muted">(source text not included)</p>';
  const list = r.messages.length ? `<ol class="findings">${r.messages.map((m, i) => finding(m, i, id)).join('')}</ol>` : '';
  return (
    `<article class="file${r.messages.length ? '' : ' clean'}" id="${id}" data-file="${esc(name)}">` +
    `<h3><span class="name">${esc(name)}</span>${score} <span class="counts">${counts}</span></h3>${body}${list}</article>`
  );
}

const CSS = `
:root{--err:#c62828;--err-bg:#ffd7d7;--warn:#a15c00;--warn-bg:#ffecb3;--muted:#666;--line:#ddd}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header,section,main{max-width:1000px;margin:0 auto;padding:0 20px}
header h1{font-size:22px;margin:20px 0 4px}
h2{font-size:17px;margin:22px 0 8px}
.muted{color:var(--muted)}
.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:120px}
.card b{display:block;font-size:22px}
table{border-collapse:collapse;background:#fff}
td,th{border:1px solid var(--line);padding:4px 10px;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
#score-chart rect{fill:#5c6bc0}
#score-chart text{font-size:11px;fill:#333}
#filters{position:sticky;top:0;background:#fafafa;border-bottom:1px solid var(--line);padding-top:8px;padding-bottom:8px;z-index:2}
.chip{font:inherit;font-size:13px;border:1px solid #999;border-radius:14px;padding:2px 10px;margin:2px;background:#fff;cursor:pointer}
.chip[aria-pressed=true]{background:#263238;color:#fff;border-color:#263238}
.chip .n{opacity:.75;margin-left:4px}
article.file{background:#fff;border:1px solid var(--line);border-radius:8px;margin:16px 0;padding:4px 16px 12px}
article.file h3{font-size:15px;margin:10px 0}
article.file h3 .counts{color:var(--muted);font-weight:normal;margin-left:8px}
.score{display:inline-block;border-radius:10px;padding:0 8px;background:#e8eaf6;font-size:13px;margin-left:6px}
pre.source{white-space:pre-wrap;word-wrap:break-word;background:#fcfcfc;border:1px solid #eee;border-radius:6px;padding:10px;font:14px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
mark.hl{background:none;color:inherit;cursor:pointer;border-bottom:2px solid;padding:1px 0}
mark.hl.sev-2{background:var(--err-bg);border-color:var(--err)}
mark.hl.sev-1{background:var(--warn-bg);border-color:var(--warn)}
mark.hl.off{background:none;border-color:transparent;cursor:text}
mark.hl.point{display:inline-block;width:7px;height:1.1em;vertical-align:text-bottom;border-bottom:none;border-left:3px solid}
mark.hl.point.off{display:none}
mark.hl.flash{outline:3px solid #1e88e5}
ol.findings{padding-left:22px;margin:8px 0 0}
li.finding{margin:4px 0}
li.finding .sev{font-weight:600;font-size:13px}
li.finding.sev-2 .sev{color:var(--err)}
li.finding.sev-1 .sev{color:var(--warn)}
li.finding .rule{color:var(--muted);font-size:13px}
.suggestion{color:var(--muted);font-size:14px;margin-left:12px}
a.loc{font-variant-numeric:tabular-nums;color:inherit}
#popup{position:absolute;z-index:5;max-width:520px;background:#fff;border:1px solid #888;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.18);padding:8px 12px}
#popup ol{margin:0;padding-left:18px}
[hidden]{display:none!important}
`;

const SCRIPT = `
(function () {
  var chips = function (sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); };
  var on = function (sel) {
    return chips(sel).filter(function (b) { return b.getAttribute('aria-pressed') === 'true'; }).map(function (b) { return b.dataset.value; });
  };
  var popup = document.getElementById('popup');
  function apply() {
    var rules = on('.rule-filter'), sevs = on('.sev-filter');
    var showClean = document.getElementById('show-clean').checked;
    var shown = 0;
    chips('article.file').forEach(function (file) {
      var visible = {};
      var count = 0;
      file.querySelectorAll('li.finding').forEach(function (li) {
        var ok = rules.indexOf(li.dataset.rule) >= 0 && sevs.indexOf(li.dataset.sev) >= 0;
        li.hidden = !ok;
        if (ok) { visible[li.dataset.i] = li; count++; }
      });
      file.querySelectorAll('mark.hl').forEach(function (mark) {
        var sev = 0;
        mark.dataset.m.split(' ').forEach(function (i) {
          var li = visible[i];
          if (li) sev = Math.max(sev, li.dataset.sev === 'error' ? 2 : 1);
        });
        mark.classList.toggle('off', sev === 0);
        mark.classList.toggle('sev-2', sev === 2);
        mark.classList.toggle('sev-1', sev === 1);
      });
      file.hidden = count === 0 && !(showClean && file.classList.contains('clean'));
      shown += count;
    });
    document.getElementById('shown-count').textContent = String(shown);
    popup.hidden = true;
  }
  chips('.chip').forEach(function (b) {
    b.addEventListener('click', function () {
      b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      apply();
    });
  });
  document.getElementById('show-clean').addEventListener('change', apply);
  function open(mark) {
    var file = mark.closest('article.file');
    var list = document.createElement('ol');
    mark.dataset.m.split(' ').forEach(function (i) {
      var li = file.querySelector('li.finding[data-i="' + i + '"]');
      if (!li || li.hidden) return;
      var copy = li.cloneNode(true);
      copy.removeAttribute('id');
      list.appendChild(copy);
    });
    if (!list.children.length) return;
    popup.replaceChildren(list);
    var box = mark.getBoundingClientRect();
    popup.style.left = Math.max(8, box.left + window.scrollX) + 'px';
    popup.style.top = box.bottom + window.scrollY + 6 + 'px';
    popup.hidden = false;
  }
  document.addEventListener('click', function (e) {
    var mark = e.target.closest && e.target.closest('mark.hl');
    if (mark && !mark.classList.contains('off')) { open(mark); e.stopPropagation(); return; }
    if (!popup.contains(e.target)) popup.hidden = true;
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') popup.hidden = true;
    if (e.key === 'Enter' && e.target.matches && e.target.matches('mark.hl')) open(e.target);
  });
  chips('a.loc').forEach(function (a) {
    a.addEventListener('click', function (e) {
      var li = a.closest('li.finding');
      var mark = li.closest('article.file').querySelector('mark.hl[data-m~="' + li.dataset.i + '"]');
      if (!mark) return;
      e.preventDefault();
      mark.scrollIntoView({ block: 'center' });
      mark.classList.add('flash');
      setTimeout(function () { mark.classList.remove('flash'); }, 1200);
    });
  });
  apply();
})();
`;

/**
 * A self-contained HTML report for people: a summary (files, problems by rule, the apology-score
 * distribution), filters by rule and severity, then each reply with its findings highlighted in
 * place. No external resources; the content security policy forbids any network access.
 */
export const html: Formatter = (results, context) => {
  let errors = 0;
  let warnings = 0;
  const byRule = new Map<string, { errors: number; warnings: number }>();
  for (const r of results) {
    for (const m of r.messages) {
      const rule = m.ruleId ?? 'apology-lint';
      const row = byRule.get(rule) ?? { errors: 0, warnings: 0 };
      if (severityName(m) === 'error') {
        row.errors++;
        errors++;
      } else {
        row.warnings++;
        warnings++;
      }
      byRule.set(rule, row);
    }
  }
  const total = errors + warnings;
  const withProblems = results.filter((r) => r.messages.length).length;
  const rules = [...byRule.entries()].sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings) || a[0].localeCompare(b[0]));
  const ruleRows = rules
    .map(([id, c]) => {
      const url = context.rulesMeta[id]?.url;
      const name = url ? `<a href="${esc(url)}" target="_blank" rel="noopener">${esc(id)}</a>` : esc(id);
      return `<tr data-rule="${esc(id)}"><td>${name}</td><td class="num">${c.errors}</td><td class="num">${c.warnings}</td><td class="num total">${c.errors + c.warnings}</td></tr>`;
    })
    .join('');
  const ruleChips = rules
    .map(
      ([id, c]) =>
        `<button type="button" class="chip rule-filter" data-value="${esc(id)}" aria-pressed="true">${esc(id)}<span class="n">${c.errors + c.warnings}</span></button>`,
    )
    .join('');
  const sevChips =
    `<button type="button" class="chip sev-filter" data-value="error" aria-pressed="true">errors<span class="n">${errors}</span></button>` +
    `<button type="button" class="chip sev-filter" data-value="warning" aria-pressed="true">warnings<span class="n">${warnings}</span></button>`;
  const card = (id: string, n: number, label: string): string => `<div class="card" id="${id}"><b>${n}</b>${label}</div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>apology-lint report</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>apology-lint report</h1><p class="muted" id="totals">${plural(results.length, 'file')}, ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})</p></header>
<section id="summary">
<div class="cards">${card('card-files', results.length, 'files linted')}${card('card-problem-files', withProblems, 'files with problems')}${card('card-errors', errors, 'errors')}${card('card-warnings', warnings, 'warnings')}</div>
<h2>Problems by rule</h2>
${rules.length ? `<table id="by-rule"><thead><tr><th>rule</th><th>errors</th><th>warnings</th><th>total</th></tr></thead><tbody>${ruleRows}</tbody></table>` : '<p class="muted">No problems found.</p>'}
<h2>Apology scores</h2>
${scoreChart(collectScores(results))}
</section>
<section id="filters">
<div>Rules: ${ruleChips || '<span class="muted">none</span>'}</div>
<div>Severity: ${sevChips} <label><input type="checkbox" id="show-clean"> show files without problems (${results.length - withProblems})</label></div>
<div class="muted">Showing <b id="shown-count">${total}</b> of ${total} problems. Click a highlight for its message.</div>
</section>
<main id="files">
${results.map((r, n) => fileSection(r, n, context)).join('\n')}
</main>
<div id="popup" role="dialog" hidden></div>
<script>${SCRIPT}</script>
</body>
</html>
`;
};
html.needsSource = true;
