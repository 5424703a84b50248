// The HTML report: written by the built CLI, then opened in real headless Chromium, where the
// highlights, counts, popup and filters are checked as a person would use them.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { html, scoreBins } from '../src/formatters/html.js';
import { rulesMeta } from '../src/run.js';
import type { ApologyScore, LintResult } from '../src/types.js';
import { cli, tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`html report browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

const REPLIES = {
  'a-damaged.md': 'Hi Sam,\n\nSorry for any inconvenience. The courier lost your parcel.\n\nSorry if the wait upset you.\n',
  'b-clean.txt': "I'm sorry we charged your card twice. I've refunded the extra $38 today.\n",
  'c-late.txt': 'We apologize for any inconvenience & delay <b>here</b>.\n',
};

const THREE = ['no-vague-apology', 'no-blame-shift', 'no-conditional-apology'];
const BASE = Object.keys(rules)
  .filter((id) => !THREE.includes(id))
  .flatMap((id) => ['--rule', `${id}: off`]);

function writeReport(): { dir: string; file: string; code: number | null } {
  const dir = tempDir(REPLIES);
  const r = cli([...BASE, '--rule', 'no-blame-shift: warn', '-f', 'html', '-o', 'report.html', '.'], { cwd: dir });
  return { dir, file: path.join(dir, 'report.html'), code: r.code };
}

function score(value: number, band: ApologyScore['band']): ApologyScore {
  return { score: value, band, components: {}, missing: [], penalties: [] };
}

describe('-f html (static checks)', () => {
  it('writes one self-contained file: no external resources, a CSP that forbids the network', () => {
    const { file, code } = writeReport();
    expect(code).toBe(1);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^<!doctype html>/);
    expect(text).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(text).not.toMatch(/<(script|img|link|iframe)[^>]+(src|href)=/i);
    // The reply's own markup is shown as text, never interpreted.
    expect(text).toContain('&amp; delay &lt;b&gt;here&lt;/b&gt;.');
  });

  it('bins scores over 0–100 and draws a chart only when scores exist', () => {
    expect(scoreBins([score(0, 'non-apology'), score(9, 'weak'), score(55, 'adequate'), score(90, 'strong'), score(100, 'strong')])).toEqual([
      2, 0, 0, 0, 0, 1, 0, 0, 0, 2,
    ]);
    const base: LintResult = { filePath: 'x.txt', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, apologyReply: null, apologyScore: null };
    const ctx = { cwd: '/', rulesMeta: rulesMeta() };
    expect(html([base], ctx)).toContain('No apology scores in these results.');
    const scored = html(
      [
        { ...base, apologyScore: score(82, 'strong') },
        {
          ...base,
          filePath: 'macros.json',
          replies: [
            { title: 'a', pointer: '/0', messages: [], apologyReply: null, apologyScore: score(41, 'weak') },
            { title: 'b', pointer: '/1', messages: [], apologyReply: null, apologyScore: null },
          ],
        },
      ],
      ctx,
    );
    expect(scored).toContain('<svg id="score-chart"');
    expect(scored.match(/class="bar" data-bin="[^"]+" data-count="1"/g)).toHaveLength(2);
    expect(scored).toContain('data-bin="80–89" data-count="1"');
    expect(scored).toContain('data-bin="40–49" data-count="1"');
    expect(scored).toContain('2 scored replies, mean 62');
  });
});

describe.skipIf(!hasChromium)('-f html in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  let report: { dir: string; file: string };

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    report = writeReport();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(report.file).href);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads nothing but the file itself', () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  });

  it('shows the summary: files, problems by rule, and the score chart of the scored replies', async () => {
    expect(await page.textContent('#totals')).toBe('3 files, 4 problems (3 errors, 1 warning)');
    const rows = await page.$$eval('#by-rule tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['no-vague-apology', '2', '0', '2'],
      ['no-blame-shift', '0', '1', '1'],
      ['no-conditional-apology', '1', '0', '1'],
    ]);
    // The chart counts exactly the replies the JSON output gives a score.
    const scored = (JSON.parse(cli([...BASE, '-f', 'json', '.'], { cwd: report.dir }).stdout) as LintResult[]).filter((r) => r.apologyScore).length;
    const counted = await page.$$eval('#score-chart rect.bar', (rs) => rs.reduce((n, r) => n + Number(r.dataset.count), 0));
    expect(counted).toBe(scored);
    expect(await page.isVisible(scored ? '#score-chart' : '#score-chart-empty')).toBe(true);
  });

  it('highlights each finding in place, with its message on hover', async () => {
    const marks = await page.$$eval('mark.hl', (ms) =>
      ms.map((m) => ({ text: m.textContent, cls: m.className, title: m.getAttribute('title'), file: m.closest('article')!.dataset.file })),
    );
    expect(marks.map((m) => [m.file, m.text, m.cls])).toEqual([
      ['a-damaged.md', 'Sorry for any inconvenience', 'hl sev-2'],
      ['a-damaged.md', 'The courier lost', 'hl sev-1'],
      ['a-damaged.md', 'Sorry if', 'hl sev-2'],
      ['c-late.txt', 'apologize for any inconvenience', 'hl sev-2'],
    ]);
    expect(marks[0]!.title).toMatch(/^no-vague-apology: "Sorry for any inconvenience" is a generic apology/);
    expect(marks[1]!.title).toMatch(/^no-blame-shift: /);
    expect(await page.textContent('#shown-count')).toBe('4');
    // The clean reply is hidden until asked for.
    expect(await page.isVisible('article[data-file="b-clean.txt"]')).toBe(false);
    expect(await page.$$eval('article.file:not([hidden])', (a) => a.length)).toBe(2);
  });

  it('opens the message and suggestion on click', async () => {
    await page.click('article[data-file="a-damaged.md"] mark.hl >> nth=2');
    expect(await page.isVisible('#popup')).toBe(true);
    const text = await page.textContent('#popup');
    expect(text).toContain('"Sorry if" makes the apology conditional');
    expect(text).toContain('no-conditional-apology');
    expect(text).toContain('↳ Drop the "if"');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#popup')).toBe(false);
  });

  it('filters by rule and by severity, updating highlights and counts', async () => {
    await page.click('button.rule-filter[data-value="no-vague-apology"]');
    expect(await page.getAttribute('button.rule-filter[data-value="no-vague-apology"]', 'aria-pressed')).toBe('false');
    expect(await page.textContent('#shown-count')).toBe('2');
    const lit = await page.$$eval('mark.hl:not(.off)', (ms) => ms.map((m) => m.textContent));
    expect(lit).toEqual(['The courier lost', 'Sorry if']);
    // c-late.txt had only the filtered rule, so it disappears.
    expect(await page.isVisible('article[data-file="c-late.txt"]')).toBe(false);
    expect(await page.isVisible('li.finding[data-rule="no-vague-apology"]')).toBe(false);

    await page.click('button.sev-filter[data-value="error"]');
    expect(await page.textContent('#shown-count')).toBe('1');
    expect(await page.$$eval('mark.hl:not(.off)', (ms) => ms.map((m) => m.textContent))).toEqual(['The courier lost']);

    await page.check('#show-clean');
    expect(await page.isVisible('article[data-file="b-clean.txt"]')).toBe(true);

    const shot = path.join(report.dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);

    await page.click('button.rule-filter[data-value="no-vague-apology"]');
    await page.click('button.sev-filter[data-value="error"]');
    expect(await page.textContent('#shown-count')).toBe('4');
  });

  it('draws the score chart once scores exist', async () => {
    const results: LintResult[] = [82, 85, 47, 12].map((s, i) => ({
      filePath: `r${i}.txt`,
      messages: [],
      errorCount: 0,
      warningCount: 0,
      fatalErrorCount: 0,
      apologyReply: null,
      apologyScore: score(s, s >= 80 ? 'strong' : s >= 40 ? 'adequate' : 'weak'),
      source: 'Reply text.\n',
    }));
    const file = path.join(report.dir, 'scores.html');
    writeFileSync(file, html(results, { cwd: report.dir, rulesMeta: rulesMeta() }));
    const p = await browser.newPage();
    await p.goto(pathToFileURL(file).href);
    const bars = await p.$$eval('#score-chart rect.bar', (rs) => rs.map((r) => [r.dataset.bin, Number(r.getAttribute('height'))]));
    expect(bars.filter(([, h]) => (h as number) > 0)).toEqual([
      ['10–19', 60],
      ['40–49', 60],
      ['80–89', 120],
    ]);
    const box = await p.locator('#score-chart').boundingBox();
    expect(box!.height).toBeGreaterThan(100);
    await p.close();
  });
});
