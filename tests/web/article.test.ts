import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import type { Browser } from 'playwright-core';
import { startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import { logSink } from '../helpers/serve-fixture.js';
import { launchBrowser, screenshot, watchedPage, workbenchProject } from '../helpers/workbench-fixture.js';

const CG = 'https://w3id.org/claimgraph/ontology#';
const CGA = 'https://w3id.org/claimgraph/article/';
const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';
const { namedNode } = N3.DataFactory;

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

/** The quote spans of an article's claims, from the graph file: IRI, offsets, and the text they cut out of the article. */
function graphSpans(article: string): Map<string, string> {
  const text = graph.getObjects(namedNode(`${CGA}${article}/text`), namedNode(`${NIF}isString`), null)[0]!.value;
  const chars = [...text];
  const out = new Map<string, string>();
  for (const q of graph.getQuads(null, namedNode(`${CG}quote`), null, null)) {
    const phrase = q.object;
    if (graph.getObjects(phrase, namedNode(`${NIF}referenceContext`), null)[0]?.value !== `${CGA}${article}/text`) continue;
    // only quotes of claim nodes (a group claim's quote is also every member claim's)
    if (graph.countQuads(q.subject, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode(`${CG}Claim`), null) === 0) continue;
    const begin = Number(graph.getObjects(phrase, namedNode(`${NIF}beginIndex`), null)[0]!.value);
    const end = Number(graph.getObjects(phrase, namedNode(`${NIF}endIndex`), null)[0]!.value);
    out.set(phrase.value, chars.slice(begin, end).join(''));
  }
  return out;
}

test('the article list: titles, dates and counts, in date order', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(new URL('/articles', server.url).href);
  await page.waitForSelector('body[data-ready="true"]');
  const rows = await page.$$eval('#article-list tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)));
  expect(rows.map((r) => r.slice(0, 3))).toEqual([
    ['Freedonia Joins the Guild – Report', '2011-03-06', 'Jane Doe'],
    ['Sylvania Weighs the Council – Report', '2012-05-01', 'John Roe'],
  ]);
  expect(rows[1]!.slice(3)).toEqual(['3', `3 / ${rows[1]![4]!.split(' / ')[1]}`, '0']);
  await screenshot(page, 'articles');
  expect(problems).toEqual([]);
  await page.close();
});

test('the article view highlights exactly the spans of the graph\'s claims, in code points', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(new URL('/articles/freedonia-guild-2011', server.url).href);
  await page.waitForSelector('body[data-ready="true"]');
  const expected = graphSpans('freedonia-guild-2011');
  // one quote has a character outside the Basic Multilingual Plane: offsets must count code points
  expect([...expected.values()].some((t) => t.includes('𝔉reeport'))).toBe(true);
  // each mark piece says which quotes cover it; a quote's pieces, in order, are its text
  const pieces = await page.$$eval('#article-text mark[data-quote]', (ms) => ms.map((m) => ({ quotes: m.getAttribute('data-quote')!.split(' '), text: m.textContent ?? '' })));
  const shown = new Map<string, string>();
  for (const p of pieces) for (const q of p.quotes) shown.set(q, (shown.get(q) ?? '') + p.text);
  expect([...shown.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [iri, text] of expected) expect(shown.get(iri), iri).toBe(text);
  // nothing else is marked: the marked text is the union of the spans, piece by piece
  const marked = pieces.map((p) => p.text).join('');
  expect(marked.length).toBeLessThanOrEqual([...expected.values()].join('').length);
  // uncited sentences are plain: no mark inside, and styled apart
  const uncited = await page.$$eval('#article-text .sentence.uncited', (ss) => ss.map((s) => ({ text: s.textContent, marks: s.querySelectorAll('mark').length })));
  expect(uncited).toContainEqual({ text: 'Mr. Smith of the U.S. delegation watched.', marks: 0 });
  expect(uncited.every((s) => s.marks === 0)).toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});

test('spans are coloured by polarity, modality and speaker; selecting one lists its claims', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(new URL('/articles/freedonia-guild-2011', server.url).href);
  await page.waitForSelector('body[data-ready="true"]');
  const style = (text: string) => page.$eval(`xpath=//div[@id="article-text"]//mark[.=${JSON.stringify(text)}]`, (m) => ({ cls: m.className, bg: getComputedStyle(m).backgroundColor }));
  const negative = await style('Sylvania is not a member of the Council');
  const modal = await style('Acme Co. (ACM) will build the road to 𝔉reeport');
  const reader = await style('Sylvania is a rival of Freedonia');
  const stated = await style('Freedonia, Sylvania and Grand Fenwick are the three Northern States');
  expect(negative.cls).toContain('pol-negative');
  expect(modal.cls).toContain('mod-expected');
  expect(reader.cls).toContain('speaker-reader');
  expect(stated.cls).toContain('pol-positive mod-stated speaker-author');
  expect(new Set([negative.bg, modal.bg, reader.bg, stated.bg]).size).toBe(4);
  // a reader comment sits apart from the author's text
  expect(await page.$eval('xpath=//mark[.="Sylvania is a rival of Freedonia"]/ancestor::blockquote', (b) => b.className)).toContain('segment-comment');
  // selecting by keyboard: Tab to the negative span, Enter
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.textContent === 'Sylvania is not a member of the Council')); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#span-claims article.claim');
  expect(await page.$$eval('#span-claims article.claim', (cs) => cs.map((c) => c.getAttribute('data-claim')))).toEqual(['https://w3id.org/claimgraph/claim/sylvania.memberOf.council.neg']);
  expect(await page.textContent('#span-claims .badge-negative')).toBe('NOT');
  // a click on a nested span picks the innermost: "members of the Guild" has its own claim
  await page.click('xpath=//div[@id="article-text"]//mark[.="members of the Guild"]');
  await page.waitForFunction(() => document.querySelector('#span-claims .selected-quote')?.textContent === '“members of the Guild”');
  expect(await page.$$eval('#span-claims article.claim', (cs) => cs.map((c) => c.getAttribute('data-claim')))).toEqual(['https://w3id.org/claimgraph/claim/freedonia.memberOf.guild']);
  await page.click('xpath=//div[@id="article-text"]//mark[.="Sylvania is not a member of the Council"]');
  await screenshot(page, 'article');
  expect(problems).toEqual([]);
  await page.close();
});
