import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import { logSink, serveFixtureProject } from '../helpers/serve-fixture.js';

let server: ServerHandle;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ dir: serveFixtureProject(), port: 0, log: logSink().log, workers: 1 });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the query page: type a query, run it, see rows', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  expect(await page.title()).toBe('claimgraph SPARQL endpoint');
  await page.fill('#query', 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?thing ?label WHERE { ?thing rdfs:label ?label } ORDER BY ?thing');
  await page.click('#run');
  await page.waitForSelector('#results tbody tr');
  const headers = await page.$$eval('#results thead th', (ths) => ths.map((th) => th.textContent));
  expect(headers).toEqual(['thing', 'label']);
  const rows = await page.$$eval('#results tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)));
  expect(rows).toEqual([
    ['https://w3id.org/claimgraph/resource/acme-union', 'Acme Union'],
    ['https://w3id.org/claimgraph/resource/freedonia', 'Freedonia'],
    ['https://w3id.org/claimgraph/resource/sylvania', 'Sylvania@en'],
  ]);
  expect(await page.textContent('#status')).toMatch(/^3 row\(s\)/);
  // the page renders (a screenshot is taken), and nothing is left in the temp folder
  expect((await page.screenshot()).length).toBeGreaterThan(1000);
  expect(errors).toEqual([]);
  await page.close();
});

test('a named query picked from the examples runs; a bad query shows the server message', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  const options = await page.$$eval('#example option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(options).toEqual(['members', 'negative-claims']);
  await page.selectOption('#example', 'negative-claims');
  expect(await page.inputValue('#query')).toContain('cg:polarity ?polarity');
  await page.click('#run');
  await page.waitForSelector('#results tbody tr');
  expect(await page.$$eval('#results tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent))).toEqual(['https://w3id.org/claimgraph/resource/sylvania']);

  await page.fill('#query', 'SELECT * WHERE { ?s ?p }');
  await page.click('#run');
  await page.waitForSelector('#status.error');
  expect(await page.textContent('#status')).toMatch(/HTTP 400: error\[QUERY_SYNTAX\]/);
  expect(await page.$$('#results tbody tr')).toHaveLength(0);
  await page.close();
});
