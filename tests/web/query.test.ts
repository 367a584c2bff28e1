import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import { logSink } from '../helpers/serve-fixture.js';
import { launchBrowser, screenshot, watchedPage, workbenchProject } from '../helpers/workbench-fixture.js';

const CG = 'https://w3id.org/claimgraph/ontology#';
const CGR = 'https://w3id.org/claimgraph/resource/';
const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';

let server: ServerHandle;
let browser: Browser;
let project: { dir: string; remove: () => void };
let graph: N3.Store;

beforeAll(async () => {
  project = await workbenchProject();
  graph = new N3.Store(new N3.Parser().parse(readFileSync(join(project.dir, 'graph/claimgraph.ttl'), 'utf8')));
  server = await startServer({ dir: project.dir, port: 0, log: logSink().log, workers: 1 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.remove();
});

async function openQueryView(): Promise<{ page: Page; problems: string[] }> {
  const w = await watchedPage(browser);
  await w.page.goto(server.url);
  await w.page.waitForSelector('body[data-ready="true"]');
  return w;
}

/** Replaces the editor's text the way a user does: focus, select all, type. */
async function typeQuery(page: Page, text: string): Promise<void> {
  await page.focus('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** The quote phrases of a claim, read from the graph file (not through the server). */
function quotesOf(claim: string): string[] {
  const { namedNode } = N3.DataFactory;
  return graph.getObjects(namedNode(claim), namedNode(`${CG}quote`), null)
    .map((q) => graph.getObjects(q, namedNode(`${NIF}anchorOf`), null)[0]!.value).sort();
}

test('a query runs; rows show prefixed IRIs that link to their views; sorting and paging work', async () => {
  const { page, problems } = await openQueryView();
  await typeQuery(page, `PREFIX cg: <${CG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?m ?label WHERE { ?m cg:memberOf ?o ; rdfs:label ?label } ORDER BY ?m`);
  await page.click('#run');
  await page.waitForSelector('#results tbody tr');
  const cells = await page.$$eval('#results tbody tr td:first-child a', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  expect(cells).toEqual(['freedonia', 'osterlich', 'sylvania'].map((x) => [`cgr:${x}`, `/resource?iri=${encodeURIComponent(`${CGR}${x}`)}`]));
  expect(await page.textContent('#status')).toMatch(/^3 row\(s\)/);
  // sorting by a column, twice: descending
  await page.click('#th-label');
  await page.click('#th-label');
  expect(await page.$$eval('#results tbody tr td:nth-child(2)', (tds) => tds.map((t) => t.textContent))).toEqual(['Sylvania', 'Osterlich', 'Freedonia']);
  // paging: 10 per page over more rows
  await typeQuery(page, 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 23');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('23 row'));
  await page.selectOption('.pager select', '10');
  expect(await page.$$('#results tbody tr')).toHaveLength(10);
  await page.click('.pager .next');
  await page.click('.pager .next');
  expect(await page.$$('#results tbody tr')).toHaveLength(3);
  expect(await page.textContent('.pager .page-info')).toContain('rows 21–23 of 23');
  expect(problems).toEqual([]);
  await page.close();
});

test('with citations, a row unfolds to its claims and sentences, the quote highlighted, with article, date, polarity, modality and speaker', async () => {
  const { page, problems } = await openQueryView();
  await typeQuery(page, `PREFIX cg: <${CG}>\nSELECT ?m WHERE { ?m cg:memberOf <${CGR}guild> } ORDER BY ?m`);
  await page.check('#with-citations');
  await page.click('#run');
  await page.waitForSelector('#results tbody tr button.unfold');
  await page.click('#results tbody tr:nth-child(2) button.unfold');
  const card = await page.waitForSelector('tr.citations-row article.claim');
  expect(await card.getAttribute('data-claim')).toBe('https://w3id.org/claimgraph/claim/osterlich.memberOf.guild');
  // the highlighted spans are the claim's quotes, as the graph records them
  const marks = await page.$$eval('tr.citations-row mark.quote', (ms) => ms.map((m) => m.textContent));
  expect(marks.sort()).toEqual(quotesOf('https://w3id.org/claimgraph/claim/osterlich.memberOf.guild'));
  // each sentence in its paragraph: the rest of the paragraph is there, outside the quote
  const contexts = await page.$$eval('tr.citations-row blockquote.in-context', (bs) => bs.map((b) => b.textContent));
  expect(contexts).toContain('Osterlich is a member of the Guild. The weather was mild.');
  const heads = await page.$$eval('tr.citations-row .source-head', (hs) => hs.map((h) => h.textContent));
  expect(heads[0]).toMatch(/Freedonia Joins the Guild – Report · 2011-03-06 · author: Jane Doe · s004/);
  expect(heads[1]).toMatch(/Sylvania Weighs the Council – Report · 2012-05-01 · author: John Roe · s004/);
  expect(await page.textContent('tr.citations-row .statement .badges')).toBe('stated');
  await screenshot(page, 'query-with-citations');

  // a negative claim bound by the query is cited with its NOT badge
  await typeQuery(page, `PREFIX cg: <${CG}>\nSELECT ?c WHERE { ?c cg:polarity cg:Negative ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <${CGR}sylvania> }`);
  await page.click('#run');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('1 row(s), 1 with citations'));
  await page.click('#results tbody tr button.unfold');
  await page.waitForSelector('tr.citations-row .badge-negative');
  expect(await page.$$eval('tr.citations-row .speaker', (s) => s.map((x) => x.textContent))).toEqual(['author: Jane Doe', 'author: John Roe']);
  expect(problems).toEqual([]);
  await page.close();
});

test('a syntax error is shown at its position in the editor', async () => {
  const { page } = await openQueryView();
  await typeQuery(page, 'SELECT * WHERE {\n  ?s ?p\n}');
  await page.click('#run');
  await page.waitForSelector('#status .status-error');
  expect(await page.textContent('#status')).toMatch(/QUERY_SYNTAX: line 3, column 1/);
  const marked = await page.waitForSelector('.cm-lintRange-error');
  // the error mark sits on line 3, the closing brace
  const line = await marked.evaluate((el) => {
    const lines = Array.from(document.querySelectorAll('.cm-line'));
    return lines.findIndex((l) => l.contains(el)) + 1;
  });
  expect(line).toBe(3);
  expect(await marked.textContent()).toBe('}');
  await page.close();
});

test('completion offers the ontology terms and declares their prefix', async () => {
  const { page } = await openQueryView();
  await typeQuery(page, 'SELECT ?x WHERE { ?x cg:memb');
  await page.keyboard.press('Control+Space');
  await page.waitForSelector('.cm-tooltip-autocomplete');
  const options = await page.$$eval('.cm-tooltip-autocomplete li', (ls) => ls.map((l) => l.textContent ?? ''));
  expect(options.some((o) => o.startsWith('cg:memberOf'))).toBe(true);
  // pick it with the keyboard
  while (!((await page.textContent('.cm-tooltip-autocomplete li[aria-selected]')) ?? '').startsWith('cg:memberOf')) await page.keyboard.press('ArrowDown');
  // CodeMirror ignores Enter for a completion opened less than its interactionDelay (75 ms) ago
  // (a guard against accepting by accident) and inserts a line break: press it at a person's pace
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  const text = await page.evaluate(() => Array.from(document.querySelectorAll('.cm-line')).map((l) => l.textContent).join('\n'));
  expect(text).toBe(`PREFIX cg: <${CG}>\nSELECT ?x WHERE { ?x cg:memberOf`);
  await page.close();
});

test('downloads carry the result in JSON, CSV and TSV', async () => {
  const { page } = await openQueryView();
  await typeQuery(page, `PREFIX cg: <${CG}>\nSELECT ?m WHERE { ?m cg:memberOf <${CGR}guild> } ORDER BY ?m`);
  await page.click('#run');
  await page.waitForSelector('#downloads:not([hidden])');
  for (const [format, check] of [
    ['csv', (s: string) => expect(s.split('\r\n').slice(0, 2)).toEqual(['m', `${CGR}freedonia`])],
    ['tsv', (s: string) => expect(s.split('\n').slice(0, 2)).toEqual(['?m', `<${CGR}freedonia>`])],
    ['json', (s: string) => expect(JSON.parse(s).results.bindings).toHaveLength(3)],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button.download[data-format="${format}"]`)]);
    expect(download.suggestedFilename()).toBe(`results.${format}`);
    check(readFileSync((await download.path())!, 'utf8'));
  }
  await page.close();
});

test('keyboard only: reach the editor, run an example with citations, unfold a row', async () => {
  const { page, problems } = await openQueryView();
  await screenshot(page, 'query');
  // Tab through the page to the examples list and choose the second example
  for (let i = 0; i < 15 && !(await page.evaluate(() => document.activeElement?.id === 'example')); i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('example');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await page.textContent('#about')).toBe('Claims a source denies, with their subject.');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('with-citations');
  await page.keyboard.press('Space');
  expect(await page.isChecked('#with-citations')).toBe(true);
  // into the editor, run from there with Ctrl+Enter, then Escape and Tab leave it
  for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))); i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('#results tbody tr button.unfold');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.classList.contains('unfold'))); i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('unfold'))).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForSelector('tr.citations-row .badge-negative');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
  expect(problems).toEqual([]);
  await page.close();
});
