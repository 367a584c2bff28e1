import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import { viewFetches } from '../../src/serve/workbench/view-urls.js';
import type { Neighbourhood } from '../../src/serve/workbench/index.js';
import { logSink } from '../helpers/serve-fixture.js';
import { launchBrowser, screenshot, watchedPage, workbenchProject } from '../helpers/workbench-fixture.js';

const CGR = 'https://w3id.org/claimgraph/resource/';
const CGC = 'https://w3id.org/claimgraph/claim/';

let server: ServerHandle;
let browser: Browser;
let project: { dir: string; remove: () => void };

beforeAll(async () => {
  project = await workbenchProject();
  server = await startServer({ dir: project.dir, port: 0, log: logSink().log, workers: 1 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.remove();
});

test('the entity view lists claims by property, a negative claim as negative, a modal one as modal, sources in date order', async () => {
  const { page, problems } = await watchedPage(browser);
  const apiRequests: string[] = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/api/')) apiRequests.push(r.url().slice(new URL(r.url()).origin.length)); });
  await page.goto(new URL('/entities/sylvania', server.url).href);
  await page.waitForSelector('#neighbourhood[data-ready="true"]');
  // the page's first answers were named in its head (preload) and asked for once: its fetches took them
  const first = viewFetches('entity', 'sylvania');
  expect(await page.locator('link[rel="preload"][as="fetch"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')))).toEqual(first);
  expect(apiRequests.filter((u) => first.includes(u)).sort()).toEqual([...first].sort());
  // every card built (the groups below the fold get theirs once the view is on the screen)
  await page.waitForSelector('.claims-col[data-ready="true"]');
  expect(await page.locator('section.group[data-pending]').count()).toBe(0);
  expect(await page.textContent('h1')).toBe('Sylvania');
  const negative = page.locator(`article.claim[data-claim="${CGC}sylvania.memberOf.council.neg"]`);
  expect(await negative.getAttribute('class')).toContain('pol-negative');
  expect(await negative.locator('.statement .badge-negative').textContent()).toBe('NOT');
  expect(await negative.locator('.statement').textContent()).toMatch(/^NOT\s+Sylvania\s+cg:memberOf\s+The Council/);
  // its two sources, oldest first
  expect(await negative.locator('.source-head time').allTextContents()).toEqual(['2011-03-06', '2012-05-01']);
  expect(await negative.locator('mark.quote').allTextContents()).toEqual(['Sylvania is not a member of the Council', 'Sylvania is not a member of the Council']);
  const modal = page.locator(`article.claim[data-claim="${CGC}sylvania.memberOf.council.possible"]`);
  expect(await modal.locator('.badge-modal').textContent()).toBe('possible');
  expect(await modal.locator('.badge-stated').count()).toBe(0);
  // the group of memberOf claims, in date order
  expect(await page.locator('section.group[data-direction="out"][data-property$="#memberOf"] article.claim').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-claim')))).toEqual(
    ['sylvania.memberOf.council.neg', 'sylvania.memberOf.guild', 'sylvania.memberOf.council.possible'].map((c) => `${CGC}${c}`));
  // a reader's claim says who asserts it
  expect(await page.locator(`article.claim[data-claim="${CGC}sylvania.rivalOf.freedonia"] .speaker`).textContent()).toBe('reader comment by unnamed reader');
  // every chunk the page loaded (cytoscape's included) was named in its head, so none waited for another to run
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /^\/assets\/chunk-.*\.js$/.test(p)));
  const named = await page.locator('link[rel="modulepreload"]').evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(loaded.some((p) => p.startsWith('/assets/chunk-neighbourhood-'))).toBe(true);
  expect(loaded.filter((p) => !named.includes(p))).toEqual([]);
  expect(problems).toEqual([]);
  await page.close();
});

test('the neighbourhood is drawn with cytoscape: the nodes the API gives, edges styled by polarity and modality; a click moves to a node', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(new URL('/entities/sylvania', server.url).href);
  await page.waitForSelector('#neighbourhood[data-ready="true"]');
  const api = (await (await fetch(new URL('/api/entities/sylvania/neighbourhood?hops=2&maxNodes=60', server.url))).json()) as Neighbourhood;
  const drawn = await page.evaluate(() => {
    const cy = (document.getElementById('neighbourhood') as unknown as { cy: { nodes(): { map<T>(f: (n: { id(): string }) => T): T[] }; edges(): { map<T>(f: (e: { id(): string; style(p: string): string }) => T): T[] } } }).cy;
    return {
      nodes: cy.nodes().map((n) => n.id()).sort(),
      edges: cy.edges().map((e) => [e.id(), e.style('line-style'), e.style('line-color')]),
    };
  });
  expect(drawn.nodes).toEqual(api.nodes.map((n) => n.iri).sort());
  expect(drawn.nodes).toEqual(['freedonia', 'grand-fenwick', 'guild', 'council', 'northern-states', 'osterlich', 'sylvania'].map((x) => `${CGR}${x}`).sort());
  const style = new Map(drawn.edges.map(([id, line, color]) => [id, { line, color }]));
  expect(style.get(`${CGC}sylvania.memberOf.council.neg`)?.line).toBe('dashed');
  expect(style.get(`${CGC}sylvania.memberOf.council.possible`)?.line).toBe('dotted');
  expect(style.get(`${CGC}sylvania.memberOf.guild`)?.line).toBe('solid');
  expect(new Set([...style.values()].map((s) => s.color)).size).toBe(3);
  // the canvas really has something drawn on it
  const painted = await page.evaluate(() => Array.from(document.querySelectorAll('#neighbourhood canvas')).some((c) => {
    const ctx = (c as HTMLCanvasElement).getContext('2d');
    if (!ctx || !c.clientWidth) return false;
    const data = ctx.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  }));
  expect(painted).toBe(true);
  await screenshot(page, 'entity');
  // click the node of the Council: the page moves to its entity view
  const at = await page.evaluate((iri) => {
    const box = document.getElementById('neighbourhood')!;
    const cy = (box as unknown as { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } }).cy;
    const p = cy.getElementById(iri).renderedPosition();
    const r = box.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, `${CGR}council`);
  await Promise.all([page.waitForURL(/\/entities\/council$/), page.mouse.click(at.x, at.y)]);
  await page.waitForSelector('body[data-ready="true"]');
  expect(await page.textContent('h1')).toBe('The Council');
  expect(problems).toEqual([]);
  await page.close();
});
