// The entity view of a busy entity (the bench's generator, seeded): the first page of each claim
// group with its count, the rest on demand from the keyboard, and a capped drawing that says
// how much it left out. The same page on the 1M bench corpus is timed by bench/workbench.js.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import type { ClaimGroup, EntityView, Neighbourhood } from '../../src/serve/workbench/index.js';
import { CLAIMS_FIRST, DRAWN_EDGES, DRAWN_NODES, SOURCES_FIRST, drawingSize } from '../../src/web/entity-api.js';
import { logSink } from '../helpers/serve-fixture.js';
import { busyProject, launchBrowser, watchedPage } from '../helpers/workbench-fixture.js';

let server: ServerHandle;
let browser: Browser;
let project: { dir: string; remove: () => void };
let busiest: { iri: string; path: string; claims: number };

async function api<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, server.url));
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  project = await busyProject();
  server = await startServer({ dir: project.dir, port: 0, log: logSink().log, workers: 1 });
  browser = await launchBrowser();
  // the busiest entity, found as the bench finds it
  const q = 'PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT ?e (COUNT(?c) AS ?n) WHERE { { ?c rdf:subject ?e } UNION { ?c rdf:object ?e } FILTER(isIRI(?e)) } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1';
  const res = await fetch(`${server.endpoint}?query=${encodeURIComponent(q)}`, { headers: { Accept: 'application/sparql-results+json' } });
  const row = ((await res.json()) as { results: { bindings: Array<{ e: { value: string }; n: { value: string } }> } }).results.bindings[0]!;
  const path = (await fetch(new URL(`/resource?iri=${encodeURIComponent(row.e.value)}`, server.url), { redirect: 'manual' })).headers.get('location')!;
  busiest = { iri: row.e.value, path, claims: Number(row.n.value) };
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.remove();
});

test('a busy entity shows the first page of each group and its count; "Show more" and "Show all" reveal the rest, from the keyboard, in order, still marked', async () => {
  const whole = await api<EntityView>(`/api${busiest.path}?perGroup=200`);
  expect(whole.totalClaims).toBe(busiest.claims);
  const big = whole.groups.filter((g) => g.total > CLAIMS_FIRST).sort((a, b) => b.total - a.total);
  // the fixture has what this test is about: groups longer than a page
  expect(big.length).toBeGreaterThanOrEqual(2);
  const { page, problems } = await watchedPage(browser);
  await page.goto(new URL(busiest.path, server.url).href);
  await page.waitForSelector('.claims-col[data-ready="true"]');
  expect(await page.textContent('.claims-col h2')).toBe(`${busiest.claims} claims`);
  const section = (g: ClaimGroup): string => `section.group[data-property="${g.property.iri}"][data-direction="${g.direction}"]`;
  const shown = (g: ClaimGroup): Promise<string[]> => page.locator(`${section(g)} article.claim`).evaluateAll((cs) => cs.map((c) => c.getAttribute('data-claim')!));
  // every group: its first page, its count, and "showing k of n" where there is more
  for (const g of whole.groups) {
    expect(await shown(g)).toEqual(g.claims.slice(0, CLAIMS_FIRST).map((c) => c.iri));
    expect(await page.locator(`${section(g)} h3 .count`).textContent()).toBe(` ${g.total}`);
    if (g.total > CLAIMS_FIRST) expect(await page.locator(`${section(g)} .shown`).textContent()).toBe(`showing ${CLAIMS_FIRST} of ${g.total}`);
    else expect(await page.locator(`${section(g)} .more-bar`).count()).toBe(0);
  }
  expect(await page.locator('article.claim').count()).toBe(whole.groups.reduce((n, g) => n + Math.min(CLAIMS_FIRST, g.total), 0));
  // "Show N more" with the keyboard: focus it, Enter; the group is then whole, the buttons gone,
  // and the focus on the first claim revealed
  const [a, b] = big as [ClaimGroup, ClaimGroup];
  const more = page.locator(`${section(a)} button.more`);
  expect(await more.textContent()).toBe(`Show ${Math.min(25, a.total - CLAIMS_FIRST)} more`);
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${section(a)}[data-shown="${Math.min(a.total, CLAIMS_FIRST + 25)}"]`);
  expect(await shown(a)).toEqual(a.claims.slice(0, CLAIMS_FIRST + 25).map((c) => c.iri));
  if (a.total <= CLAIMS_FIRST + 25) {
    expect(await page.locator(`${section(a)} .more-bar button`).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-claim'))).toBe(a.claims[CLAIMS_FIRST]!.iri);
    expect(await page.locator(`${section(a)} .shown`).textContent()).toBe(`all ${a.total} shown`);
  }
  // "Show all N" with the keyboard: Tab from "more" to it
  await page.locator(`${section(b)} button.more`).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Show all ${b.total}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${section(b)}[data-shown="${b.total}"]`);
  expect(await shown(b)).toEqual(b.claims.map((c) => c.iri));
  // claims revealed on demand are marked as the first page's are: polarity and modality shown
  const revealed = [...a.claims.slice(CLAIMS_FIRST, CLAIMS_FIRST + 25).map((c) => [a, c] as const), ...b.claims.slice(CLAIMS_FIRST).map((c) => [b, c] as const)];
  for (const [g, c] of revealed) {
    const card = page.locator(`${section(g)} article.claim[data-claim="${c.iri}"]`);
    expect(await card.getAttribute('class')).toBe(`claim pol-${c.polarity} mod-${c.modality}`);
    expect(await card.locator('.statement .badge-negative').count()).toBe(c.polarity === 'negative' ? 1 : 0);
    expect(await card.locator('.statement .badge-modal').count()).toBe(c.modality === 'stated' ? 0 : 1);
  }
  expect(problems).toEqual([]);
  await page.close();
});

test('a claim stated by many articles shows its first sources and "Show all N sources" lists the rest, from the keyboard, in date order', async () => {
  const whole = await api<EntityView>(`/api${busiest.path}?perGroup=${CLAIMS_FIRST}`);
  const located = whole.groups.flatMap((g) => g.claims.map((c, index) => ({ g, c, index })));
  const many = located.find((x) => x.c.sources.length > SOURCES_FIRST);
  // the fixture has what this test is about: a claim on the first page with more sources than are shown at first
  expect(many).toBeDefined();
  const { g, c } = many!;
  const { page, problems } = await watchedPage(browser);
  await page.goto(new URL(busiest.path, server.url).href);
  await page.waitForSelector('.claims-col[data-ready="true"]');
  const card = page.locator(`section.group[data-property="${g.property.iri}"][data-direction="${g.direction}"] article.claim[data-claim="${c.iri}"]`);
  const sentences = (): Promise<string[]> => card.locator('li.source').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-sentence')!));
  expect(await sentences()).toEqual(c.sources.slice(0, SOURCES_FIRST).map((s) => s.sentence.iri));
  // claims with few sources show them all, without a button
  for (const x of located.filter((y) => y.c.sources.length <= SOURCES_FIRST)) {
    expect(await page.locator(`article.claim[data-claim="${x.c.iri}"] button.more-sources`).count()).toBe(0);
  }
  const more = card.locator('button.more-sources');
  expect(await more.textContent()).toBe(`Show all ${c.sources.length} sources`);
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`article.claim[data-claim="${c.iri}"][data-sources="${c.sources.length}"]`);
  expect(await sentences()).toEqual(c.sources.map((s) => s.sentence.iri));
  expect(await card.locator('.source-head time').allTextContents()).toEqual(c.sources.map((s) => s.date ?? 'undated'));
  expect(await more.count()).toBe(0);
  // the keyboard's focus is on the first source revealed
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sentence'))).toBe(c.sources[SOURCES_FIRST]!.sentence.iri);
  expect(problems).toEqual([]);
  await page.close();
});

test('the neighbourhood is drawn after the claims, capped, with a note saying how many of how many neighbours it shows', async () => {
  const n = await api<Neighbourhood>(`/api${busiest.path}/neighbourhood?hops=2&maxNodes=${DRAWN_NODES}&maxEdges=${DRAWN_EDGES}`);
  const found = n.reach.reduce((s, r) => s + r.found, 0);
  // the fixture has what this test is about: more neighbours than the drawing keeps
  expect(found).toBeGreaterThan(DRAWN_NODES - 1);
  const { page, problems } = await watchedPage(browser);
  await page.goto(new URL(busiest.path, server.url).href);
  await page.waitForSelector('#neighbourhood[data-ready="true"]');
  // the list was on the screen first
  const [list, drawn] = await page.evaluate(() => ['entity:list', 'entity:drawn'].map((m) => performance.getEntriesByName(m)[0]?.startTime));
  expect(list).toBeLessThan(drawn!);
  // the cards below the fold were built after the view was ready, and all of them are there
  await page.waitForSelector('.claims-col[data-ready="true"]');
  const [ready, complete] = await page.evaluate(() => ['workbench:ready', 'entity:complete'].map((m) => performance.getEntriesByName(m)[0]?.startTime));
  expect(complete).toBeGreaterThanOrEqual(ready!);
  expect(await page.locator('section.group[data-pending]').count()).toBe(0);
  expect(await page.locator('#neighbourhood').getAttribute('data-nodes')).toBe(String(DRAWN_NODES));
  const note = page.locator('#neighbourhood-note');
  expect(await note.isVisible()).toBe(true);
  const exact = n.reach.every((r) => r.exact);
  expect(await note.locator('strong').textContent()).toBe(`Showing ${DRAWN_NODES - 1} of ${exact ? '' : 'at least '}${found} neighbours`);
  expect(await note.textContent()).toContain(`1 claim away: ${n.reach[0]!.drawn} of ${n.reach[0]!.found}`);
  expect(await note.textContent()).toContain('Every claim is listed on the left.');
  if (n.edgesFound > n.edges.length) expect(await note.textContent()).toContain(`${n.edges.length} of ${n.edgesFound} links drawn`);
  // the neighbours drawn are listed for keyboards, as many as the note says
  expect(await page.locator('#neighbour-list li').count()).toBe(DRAWN_NODES - 1);
  // the rest is reachable: "Draw more", from the keyboard, draws what the API gives for the next size
  const next = drawingSize(1);
  const bigger = await api<Neighbourhood>(`/api${busiest.path}/neighbourhood?hops=2&maxNodes=${next.nodes}&maxEdges=${next.edges}`);
  expect(await page.locator('#draw-more').textContent()).toBe(`Draw more (up to ${next.nodes - 1} neighbours)`);
  await page.locator('#draw-more').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#neighbourhood[data-ready="true"][data-nodes="${bigger.nodes.length}"]`);
  expect(bigger.nodes.length).toBeGreaterThan(DRAWN_NODES);
  expect(await page.locator('#neighbourhood').getAttribute('data-edges')).toBe(String(bigger.edges.length));
  expect(await page.locator('#neighbour-list li').count()).toBe(bigger.nodes.length - 1);
  const biggerFound = bigger.reach.reduce((s, r) => s + r.found, 0);
  const stillCapped = bigger.nodes.length - 1 < biggerFound || bigger.edges.length < bigger.edgesFound || !bigger.reach.every((r) => r.exact);
  if (stillCapped) {
    expect(await note.locator('strong').textContent()).toBe(`Showing ${bigger.nodes.length - 1} of ${bigger.reach.every((r) => r.exact) ? '' : 'at least '}${biggerFound} neighbours`);
    // the keyboard's focus is on the next "Draw more"
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draw-more');
  } else {
    expect(await page.locator('#draw-more').count()).toBe(0);
  }
  // one hop: a drawing of its own, with its own note or none when nothing is left out
  await page.selectOption('#hops', '1');
  await page.waitForSelector('#neighbourhood[data-ready="true"]');
  const one = await api<Neighbourhood>(`/api${busiest.path}/neighbourhood?hops=1&maxNodes=${DRAWN_NODES}&maxEdges=${DRAWN_EDGES}`);
  expect(await page.locator('#neighbourhood').getAttribute('data-nodes')).toBe(String(one.nodes.length));
  const oneCapped = one.reach[0]!.found > one.reach[0]!.drawn || one.edgesFound > one.edges.length;
  expect(await page.locator('#neighbourhood-note').count()).toBe(oneCapped ? 1 : 0);
  expect(problems).toEqual([]);
  await page.close();
});

test('a link to a claim past the first page (#claim=) reveals its group down to it and scrolls to it', async () => {
  const whole = await api<EntityView>(`/api${busiest.path}?perGroup=200`);
  const g = whole.groups.reduce((a, b) => (b.total > a.total ? b : a));
  const deep = g.claims[g.total - 1]!;
  expect(g.total).toBeGreaterThan(CLAIMS_FIRST);
  const { page, problems } = await watchedPage(browser);
  await page.goto(new URL(`${busiest.path}#claim=${encodeURIComponent(deep.iri)}`, server.url).href);
  await page.waitForSelector('.claims-col[data-ready="true"]');
  const card = page.locator(`article.claim[data-claim="${deep.iri}"]`);
  expect(await card.getAttribute('class')).toContain('target');
  expect(await card.isVisible()).toBe(true);
  const section = `section.group[data-property="${g.property.iri}"][data-direction="${g.direction}"]`;
  expect(await page.locator(`${section} article.claim`).evaluateAll((cs) => cs.map((c) => c.getAttribute('data-claim')))).toEqual(g.claims.map((c) => c.iri));
  expect(problems).toEqual([]);
  await page.close();
});
