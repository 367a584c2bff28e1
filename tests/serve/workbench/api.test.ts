import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { startServer } from '../../../src/serve/index.js';
import type { ServerHandle } from '../../../src/serve/index.js';
import type { ArticleList, ArticleView, CheckView, CitedAnswer, EntityView, ClaimGroup, Neighbourhood, Vocabulary } from '../../../src/serve/workbench/index.js';
import { logSink } from '../../helpers/serve-fixture.js';
import { workbenchProject } from '../../helpers/workbench-fixture.js';

const CG = 'https://w3id.org/claimgraph/ontology#';
const CGR = 'https://w3id.org/claimgraph/resource/';
const CGC = 'https://w3id.org/claimgraph/claim/';
const CGA = 'https://w3id.org/claimgraph/article/';

let server: ServerHandle;
let project: { dir: string; remove: () => void };
let graph: N3.Store;

beforeAll(async () => {
  project = await workbenchProject();
  graph = new N3.Store(new N3.Parser().parse(readFileSync(join(project.dir, 'graph/claimgraph.ttl'), 'utf8')));
  server = await startServer({ dir: project.dir, port: 0, log: logSink().log, workers: 1 });
});
afterAll(async () => {
  await server?.close();
  project?.remove();
});

async function get<T>(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T; res: Response }> {
  const res = await fetch(new URL(path, server.url), { headers, redirect: 'manual' });
  const text = await res.text();
  return { status: res.status, body: (res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T, res };
}

describe('pages', () => {
  test('every page is a shell with a same-origin script and a CSP that allows only same-origin scripts', async () => {
    for (const path of ['/', '/articles', '/articles/freedonia-guild-2011', '/entities/sylvania', '/check']) {
      const { status, body, res } = await get<string>(path, { Accept: 'text/html' });
      expect(status, path).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      // every script element is the bundle from this origin or data (JSON, JSON-LD), never code
      const scripts = [...body.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) expect(s).toMatch(/src="\/assets\/app\.js"|type="application\/(ld\+)?json"/);
      expect(body).not.toMatch(/https?:\/\/(?!w3id\.org)[^"'\s]*\.(js|css)/);
    }
  });

  test('a page names its view\'s chunks up front (modulepreload), all served from /assets/; cytoscape\'s only on the entity page', async () => {
    const preloads = async (path: string): Promise<string[]> => {
      const { body } = await get<string>(path, { Accept: 'text/html' });
      return [...body.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]!);
    };
    const entity = await preloads('/entities/sylvania');
    const article = await preloads('/articles/freedonia-guild-2011');
    for (const href of [...entity, ...article]) {
      expect(href).toMatch(/^\/assets\/chunk-[A-Za-z0-9_-]+\.js$/);
      const r = await get<string>(href);
      expect([href, r.status, r.res.headers.get('content-type')]).toEqual([href, 200, 'text/javascript; charset=utf-8']);
    }
    expect(entity.filter((h) => h.startsWith('/assets/chunk-entity-'))).toHaveLength(1);
    expect(entity.filter((h) => h.startsWith('/assets/chunk-neighbourhood-'))).toHaveLength(1);
    // cytoscape's chunk carries V8's compile hint on its first line (scripts/web.mjs EAGER), the others do not
    const hinted = async (href: string): Promise<boolean> => (await get<string>(href)).body.startsWith('//# allFunctionsCalledOnLoad\n');
    expect(await hinted(entity.find((h) => h.startsWith('/assets/chunk-neighbourhood-'))!)).toBe(true);
    expect(await hinted(entity.find((h) => h.startsWith('/assets/chunk-entity-'))!)).toBe(false);
    expect(article.filter((h) => h.startsWith('/assets/chunk-article-'))).toHaveLength(1);
    expect(article.some((h) => h.includes('neighbourhood') || h.includes('query'))).toBe(false);
  });

  test('the bundle is served from /assets/; nothing outside it is', async () => {
    const js = await get<string>('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('/assets/app.css')).status).toBe(200);
    for (const bad of ['/assets/../package.json', '/assets/%2e%2e%2fpackage.json', '/assets/.hidden', '/assets/app.js.LEGAL.txt', '/assets/nope.js']) {
      expect((await get(bad)).status, bad).toBe(404);
    }
  });

  test('content-hashed chunks are cached for good; app.js and app.css are revalidated, and an unchanged one answers 304', async () => {
    const { body } = await get<string>('/entities/sylvania', { Accept: 'text/html' });
    const chunks = [...body.matchAll(/<link rel="modulepreload" href="\/assets\/([^"]+)">/g)].map((m) => m[1]!);
    expect(chunks.length).toBeGreaterThan(0);
    for (const name of chunks) {
      // the premise: each chunk the pages name carries its content's hash (scripts/web.mjs chunkNames)
      expect(name).toMatch(/^chunk-[A-Za-z0-9_-]+-[A-Z0-9]{8}\.js$/);
      const r = await get<string>(`/assets/${name}`);
      expect([name, r.status, r.res.headers.get('cache-control')]).toEqual([name, 200, 'public, max-age=31536000, immutable']);
    }
    for (const name of ['app.js', 'app.css']) {
      const first = await get<string>(`/assets/${name}`);
      expect(first.res.headers.get('cache-control')).toBe('no-cache');
      const etag = first.res.headers.get('etag');
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const again = await get<string>(`/assets/${name}`, { 'If-None-Match': etag! });
      expect([again.status, again.body]).toEqual([304, '']);
      expect((await get<string>(`/assets/${name}`, { 'If-None-Match': '"something-else"' })).status).toBe(200);
    }
  });

  test('a check has its own page with the ClaimReview as JSON-LD; the same URL answers JSON to a non-browser', async () => {
    const claim = 'Sylvania is a member of the Council.';
    const page = await get<string>(`/check?claim=${encodeURIComponent(claim)}`, { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(page.status).toBe(200);
    const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page.body);
    expect(ld).not.toBeNull();
    const review = JSON.parse(ld![1]!);
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe(claim);
    expect(review.reviewRating.alternateName).toBe('REFUTED');
    const json = await get<{ verdict: string }>(`/check?claim=${encodeURIComponent(claim)}`);
    expect(json.res.headers.get('content-type')).toMatch(/json/);
    expect(json.body.verdict).toBe('REFUTED');
    // one address per claim: another spacing of the same text is sent to it
    const spaced = await get(`/check?claim=${encodeURIComponent('  Sylvania is a\nmember of the Council. ')}`, { Accept: 'text/html' });
    expect(spaced.status).toBe(303);
    expect(spaced.res.headers.get('location')).toBe(`/check?claim=${encodeURIComponent(claim)}`);
  });

  test('/resource sends an IRI to the view that shows it', async () => {
    const claim = `${CGC}sylvania.memberOf.council.neg`;
    const r1 = await get(`/resource?iri=${encodeURIComponent(claim)}`);
    expect(r1.status).toBe(303);
    expect(r1.res.headers.get('location')).toBe(`/entities/sylvania#claim=${encodeURIComponent(claim)}`);
    const sentence = `${CGA}freedonia-guild-2011/sentence/s006`;
    const r2 = await get(`/resource?iri=${encodeURIComponent(sentence)}`);
    expect(r2.res.headers.get('location')).toBe(`/articles/freedonia-guild-2011#at=${encodeURIComponent(sentence)}`);
    const r3 = await get(`/resource?iri=${encodeURIComponent(`${CGA}sylvania-council-2012`)}`);
    expect(r3.res.headers.get('location')).toBe('/articles/sylvania-council-2012');
    const r4 = await get(`/search?q=${encodeURIComponent('sylv')}`);
    expect(r4.res.headers.get('location')).toBe('/entities/sylvania');
  });
});

describe('JSON APIs', () => {
  test('/api/articles lists the articles in date order with their counts, paged', async () => {
    const { body } = await get<ArticleList>('/api/articles');
    expect(body.total).toBe(2);
    expect(body.articles.map((a) => [a.id, a.date])).toEqual([['freedonia-guild-2011', '2011-03-06'], ['sylvania-council-2012', '2012-05-01']]);
    const second = body.articles[1]!;
    // read off the article: three claims, quoted in three of its sentences, no comment
    expect([second.claims, second.citedSentences, second.comments]).toEqual([3, 3, 0]);
    const { namedNode } = N3.DataFactory;
    const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';
    const sentences = graph.getSubjects(namedNode(`${NIF}referenceContext`), namedNode(`${CGA}sylvania-council-2012/text`), null)
      .filter((s) => graph.countQuads(s, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode(`${NIF}Sentence`), null) > 0);
    expect(second.sentences).toBe(sentences.length);
    expect(second.author?.label).toBe('John Roe');
    const page2 = await get<ArticleList>('/api/articles?offset=1&limit=1');
    expect(page2.body.articles.map((a) => a.id)).toEqual(['sylvania-council-2012']);
    const bad = await get<{ error: { code: string } }>('/api/articles?limit=0');
    expect([bad.status, bad.body.error.code]).toEqual([400, 'BAD_PARAMETER']);
    const missing = await get<{ error: { code: string } }>('/api/articles/no-such-article');
    expect([missing.status, missing.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });

  test('/api/articles/<id>: every quote of a claim is a span with its claims; uncited sentences are marked', async () => {
    const { body } = await get<ArticleView>('/api/articles/sylvania-council-2012');
    expect(body.spans.map((s) => [s.text, s.polarity, s.modality, s.speaker])).toEqual([
      ['Sylvania is not a member of the Council', 'negative', 'stated', 'author'],
      ['Sylvania may join the Council', 'positive', 'possible', 'author'],
      ['Osterlich is a member of the Guild', 'positive', 'stated', 'author'],
    ]);
    expect(body.spans[0]!.claims).toEqual([`${CGC}sylvania.memberOf.council.neg`]);
    // the claim's sources inside this view are this article's only
    expect(body.claims[`${CGC}sylvania.memberOf.council.neg`]!.sources.map((s) => s.article.id)).toEqual(['sylvania-council-2012']);
    const weather = body.sentences.find((s) => [...body.text].slice(s.begin, s.end).join('') === 'The weather was mild.');
    expect(weather?.cited).toBe(false);
  });

  test('/api/entities/<id>: claims grouped by property, in date order, with sources in date order, paged', async () => {
    const { body } = await get<EntityView>('/api/entities/sylvania');
    expect(body.entity.label).toBe('Sylvania');
    expect(body.entity.classes.map((c) => c.iri)).toEqual([`${CG}Country`]);
    const member = body.groups.find((g) => g.property.iri === `${CG}memberOf` && g.direction === 'out')!;
    expect(member.claims.map((c) => [c.curie, c.polarity, c.modality, c.date])).toEqual([
      ['cgc:sylvania.memberOf.council.neg', 'negative', 'stated', '2011-03-06'],
      ['cgc:sylvania.memberOf.guild', 'positive', 'stated', '2011-03-06'],
      ['cgc:sylvania.memberOf.council.possible', 'positive', 'possible', '2012-05-01'],
    ]);
    expect(member.claims[0]!.sources.map((s) => [s.article.id, s.date, s.speaker.kind])).toEqual([
      ['freedonia-guild-2011', '2011-03-06', 'author'],
      ['sylvania-council-2012', '2012-05-01', 'author'],
    ]);
    const rival = body.groups.find((g) => g.property.iri === `${CG}rivalOf`)!;
    expect(rival.claims[0]!.sources[0]!.speaker).toMatchObject({ kind: 'reader', date: '2011-03-05T21:05:00' });
    const first = await get<EntityView>('/api/entities/sylvania?perGroup=1');
    const g1 = first.body.groups.find((g) => g.property.iri === `${CG}memberOf` && g.direction === 'out')!;
    expect([g1.total, g1.claims.length]).toEqual([3, 1]);
    const next = await get<ClaimGroup>(`/api/entities/sylvania/claims?property=${encodeURIComponent(`${CG}memberOf`)}&direction=out&offset=1&limit=1`);
    expect(next.body.claims.map((c) => c.curie)).toEqual(['cgc:sylvania.memberOf.guild']);
    expect((await get('/api/entities/no-such-thing')).status).toBe(404);
  });

  test('/api/entities/<id>/neighbourhood: entities one and two claims away, edges with polarity and modality', async () => {
    const one = await get<Neighbourhood>('/api/entities/sylvania/neighbourhood?hops=1');
    expect(one.body.nodes.filter((n) => n.hop === 1).map((n) => n.label).sort()).toEqual(['Freedonia', 'Northern States', 'The Council', 'The Guild']);
    const council = one.body.edges.filter((e) => e.target === `${CGR}council`).map((e) => [e.polarity, e.modality]).sort();
    expect(council).toEqual([['negative', 'stated'], ['positive', 'possible']]);
    const two = await get<Neighbourhood>('/api/entities/sylvania/neighbourhood?hops=2');
    expect(two.body.nodes.filter((n) => n.hop === 2).map((n) => n.label).sort()).toEqual(['Grand Fenwick', 'Osterlich']);
    const few = await get<Neighbourhood>('/api/entities/sylvania/neighbourhood?hops=2&maxNodes=3');
    expect(few.body.nodes).toHaveLength(3);
    expect(few.body.truncated).toBe(true);
    expect((await get('/api/entities/sylvania/neighbourhood?hops=3')).status).toBe(400);
  });

  test('paging: an entity sends the first page of each group with its total; a page past the end is empty; the drawing says what it found per ring', async () => {
    const member = `${CG}memberOf`;
    const none = await get<EntityView>('/api/entities/sylvania?perGroup=0');
    const g0 = none.body.groups.find((g) => g.property.iri === member && g.direction === 'out')!;
    expect([none.status, g0.total, g0.offset, g0.claims.length]).toEqual([200, 3, 0, 0]);
    expect(none.body.totalClaims).toBe(none.body.groups.reduce((n, g) => n + g.total, 0));
    const pages = [];
    for (let offset = 0; offset < 3; offset += 2) pages.push(...(await get<ClaimGroup>(`/api/entities/sylvania/claims?property=${encodeURIComponent(member)}&direction=out&offset=${offset}&limit=2`)).body.claims.map((c) => c.curie));
    const whole = await get<EntityView>('/api/entities/sylvania?perGroup=200');
    expect(pages).toEqual(whole.body.groups.find((g) => g.property.iri === member && g.direction === 'out')!.claims.map((c) => c.curie));
    // where a claim sits, for a link to a claim past the first page
    const focus = await get<EntityView>(`/api/entities/sylvania?perGroup=0&claim=${encodeURIComponent(`${CGC}sylvania.memberOf.council.possible`)}`);
    expect(focus.body.focus).toEqual({ claim: `${CGC}sylvania.memberOf.council.possible`, property: member, direction: 'out', index: 2 });
    expect((await get<EntityView>(`/api/entities/sylvania?claim=${encodeURIComponent(`${CGC}no-such-claim`)}`)).body.focus).toBeNull();
    expect((await get<EntityView>('/api/entities/sylvania')).body.focus).toBeUndefined();
    const past = await get<ClaimGroup>(`/api/entities/sylvania/claims?property=${encodeURIComponent(member)}&direction=out&offset=3&limit=200`);
    expect([past.status, past.body.total, past.body.offset, past.body.claims]).toEqual([200, 3, 3, []]);
    // the drawing: per ring, what was found and drawn; edges before the edge limit
    const all = (await get<Neighbourhood>('/api/entities/sylvania/neighbourhood?hops=2')).body;
    expect(all.reach).toEqual([{ hop: 1, found: 4, drawn: 4, exact: true }, { hop: 2, found: 2, drawn: 2, exact: true }]);
    expect(all.edgesFound).toBe(all.edges.length);
    const capped = (await get<Neighbourhood>('/api/entities/sylvania/neighbourhood?hops=2&maxNodes=3&maxEdges=1')).body;
    // two of four one claim away; the second ring read from those two only, so its count is a lower bound
    expect(capped.reach.map((r) => [r.hop, r.drawn, r.exact])).toEqual([[1, 2, true], [2, 0, false]]);
    expect(capped.reach[0]!.found).toBe(4);
    expect(capped.reach[1]!.found).toBeGreaterThan(0);
    expect(capped.nodes).toHaveLength(3);
    expect([capped.edges.length, capped.edgesFound > 1, capped.truncated]).toEqual([1, true, true]);
    expect((await get<Neighbourhood>('/api/entities/sylvania/neighbourhood?maxEdges=0')).body.edges).toEqual([]);
  });

  test('sources: each claim with its first N sources and, when some are left out, how many it has', async () => {
    const member = `${CG}memberOf`;
    const whole = (await get<EntityView>('/api/entities/sylvania?perGroup=200')).body;
    const cut = (await get<EntityView>('/api/entities/sylvania?perGroup=200&sources=1')).body;
    const claims = (v: EntityView) => v.groups.flatMap((g) => g.claims);
    // the fixture has what this test is about: a claim with two sources (the negative one)
    expect(claims(whole).some((c) => c.sources.length > 1)).toBe(true);
    expect(claims(cut).map((c) => c.iri)).toEqual(claims(whole).map((c) => c.iri));
    for (const [a, b] of claims(whole).map((c, i) => [c, claims(cut)[i]!] as const)) {
      // the first source in date order, the count only where some were left out; nothing else changes
      expect(b.sources).toEqual(a.sources.slice(0, 1));
      expect(b.sourcesTotal).toBe(a.sources.length > 1 ? a.sources.length : undefined);
      expect({ ...b, sources: a.sources, sourcesTotal: undefined }).toEqual({ ...a, sourcesTotal: undefined });
    }
    expect(claims(whole).every((c) => c.sourcesTotal === undefined)).toBe(true);
    // a group's page takes it too; without it, every source
    const page = (q: string) => get<ClaimGroup>(`/api/entities/sylvania/claims?property=${encodeURIComponent(member)}&direction=out&offset=0&limit=1${q}`);
    expect((await page('&sources=1')).body.claims[0]).toMatchObject({ iri: `${CGC}sylvania.memberOf.council.neg`, sourcesTotal: 2 });
    expect((await page('&sources=1')).body.claims[0]!.sources).toHaveLength(1);
    expect((await page('')).body.claims[0]!.sources).toHaveLength(2);
    expect((await page('&sources=')).body.claims[0]!.sources).toHaveLength(2);
    for (const bad of ['0', '1001', '-1', 'all']) {
      const r = await get<{ error: { code: string; message: string } }>(`/api/entities/sylvania?sources=${bad}`);
      expect([r.status, r.body.error.message]).toEqual([400, `parameter "sources" must be an integer from 1 to 1000, got "${bad}"`]);
    }
  });

  test('paging parameters are bounded: a bad value is a 400 naming the parameter, its range and what was given', async () => {
    const member = encodeURIComponent(`${CG}memberOf`);
    const bad: Array<[string, string]> = [
      ['/api/entities/sylvania?perGroup=201', 'parameter "perGroup" must be an integer from 0 to 200, got "201"'],
      ['/api/entities/sylvania?perGroup=-1', 'parameter "perGroup" must be an integer from 0 to 200, got "-1"'],
      ['/api/entities/sylvania?perGroup=2.5', 'parameter "perGroup" must be an integer from 0 to 200, got "2.5"'],
      ['/api/entities/sylvania?perGroup=1e1', 'parameter "perGroup" must be an integer from 0 to 200, got "1e1"'],
      ['/api/entities/sylvania?perGroup=0x10', 'parameter "perGroup" must be an integer from 0 to 200, got "0x10"'],
      ['/api/entities/sylvania?perGroup=%205', 'parameter "perGroup" must be an integer from 0 to 200, got " 5"'],
      ['/api/entities/sylvania?perGroup=2&perGroup=3', 'parameter "perGroup" is given 2 times; give it once'],
      [`/api/entities/sylvania/claims?property=${member}&limit=0`, 'parameter "limit" must be an integer from 1 to 200, got "0"'],
      [`/api/entities/sylvania/claims?property=${member}&limit=201`, 'parameter "limit" must be an integer from 1 to 200, got "201"'],
      [`/api/entities/sylvania/claims?property=${member}&offset=-5`, 'parameter "offset" must be an integer of at least 0, got "-5"'],
      [`/api/entities/sylvania/claims?property=${member}&offset=99999999999999999999`, 'parameter "offset" must be an integer of at least 0, got "99999999999999999999"'],
      [`/api/entities/sylvania/claims?property=${member}&offset=ten`, 'parameter "offset" must be an integer of at least 0, got "ten"'],
      [`/api/entities/sylvania/claims?property=${member}&direction=up`, 'parameter "direction" must be "out" or "in"'],
      ['/api/entities/sylvania/claims?direction=out', 'missing parameter "property"'],
      ['/api/entities/sylvania/neighbourhood?maxEdges=601', 'parameter "maxEdges" must be an integer from 0 to 600, got "601"'],
      ['/api/entities/sylvania/neighbourhood?maxNodes=0', 'parameter "maxNodes" must be an integer from 1 to 300, got "0"'],
      ['/api/articles?offset=1.0', 'parameter "offset" must be an integer of at least 0, got "1.0"'],
    ];
    for (const [path, message] of bad) {
      const r = await get<{ error: { code: string; message: string } }>(path);
      expect([path, r.status, r.body.error.code, r.body.error.message]).toEqual([path, 400, 'BAD_PARAMETER', message]);
    }
    // a long bad value is cut in the message
    const long = await get<{ error: { message: string } }>(`/api/entities/sylvania?perGroup=${'9'.repeat(500)}`);
    expect([long.status, long.body.error.message]).toEqual([400, `parameter "perGroup" must be an integer from 0 to 200, got "${'9'.repeat(40)}…"`]);
    // the bounds themselves are accepted; an empty value is the default
    for (const path of ['/api/entities/sylvania?perGroup=200', `/api/entities/sylvania/claims?property=${member}&limit=200&offset=0`, `/api/entities/sylvania/claims?property=${member}&limit=`, '/api/entities/sylvania/neighbourhood?maxNodes=300&maxEdges=600']) {
      expect([path, (await get(path)).status]).toEqual([path, 200]);
    }
    expect((await get(`/api/entities/sylvania/claims?property=${encodeURIComponent(`${CG}rivalOf`)}&direction=in`)).status).toBe(404);
  });

  test('/api/vocabulary: prefixes, classes and properties of the ontology, named queries', async () => {
    const { body } = await get<Vocabulary>('/api/vocabulary');
    expect(body.prefixes.cg).toBe(CG);
    expect(body.classes.map((c) => c.curie)).toContain('cg:Country');
    expect(body.properties.find((p) => p.curie === 'cg:memberOf')?.kind).toBe('relation');
    expect(body.queries.map((q) => q.name)).toEqual(['members', 'negative-claims']);
  });

  test('/api/cite: rows with their claims and sentences; errors with their position', async () => {
    const query = `PREFIX cg: <${CG}>\nSELECT ?m WHERE { ?m cg:memberOf <${CGR}guild> } ORDER BY ?m`;
    const res = await fetch(new URL('/api/cite', server.url), { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: query });
    const body = (await res.json()) as CitedAnswer;
    expect(body.results.bindings.map((b) => b.m!.value)).toEqual(['freedonia', 'osterlich', 'sylvania'].map((x) => `${CGR}${x}`));
    const osterlich = body.citations[1]!;
    expect(osterlich.map((c) => c.claim)).toEqual([`${CGC}osterlich.memberOf.guild`]);
    const view = body.claims[`${CGC}osterlich.memberOf.guild`]!;
    expect(view.sources.map((s) => [s.article.id, s.sentence.id, s.quotes.length])).toEqual([['freedonia-guild-2011', 's004', 1], ['sylvania-council-2012', 's004', 1]]);
    expect(view.sources[1]!.paragraph?.text).toBe('Osterlich is a member of the Guild. The weather was mild.');
    expect(body.statuses.map((s) => s.status)).toEqual(['cited', 'cited', 'cited']);
    // a row no claim backs is uncited, with the reason in words (as `query --cite` gives it)
    const labels = await fetch(new URL('/api/cite', server.url), { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?l WHERE { <${CGR}guild> rdfs:label ?l }` });
    const labelled = (await labels.json()) as CitedAnswer;
    expect(labelled.citations[0]).toEqual([]);
    expect(labelled.statuses[0]).toEqual({ status: 'uncited', reason: 'no-claim', detail: 'no claim backs the triples this row rests on' });
    const bad = await fetch(new URL('/api/cite', server.url), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: 'SELECT * WHERE {\n  ?s ?p \n}' }) });
    const err = (await bad.json()) as { error: { code: string; line: number; column: number } };
    expect([bad.status, err.error.code, err.error.line]).toEqual([400, 'QUERY_SYNTAX', 3]);
    const ask = await fetch(new URL(`/api/cite?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`, server.url));
    expect([ask.status, ((await ask.json()) as { error: { code: string } }).error.code]).toEqual([422, 'CITE_NOT_SELECT']);
    const update = await fetch(new URL('/api/cite', server.url), { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: 'DELETE WHERE { ?s ?p ?o }' });
    expect(update.status).toBe(403);
    const put = await fetch(new URL('/api/articles', server.url), { method: 'POST' });
    expect(put.status).toBe(405);
  });

  test('/api/check: verdict with each piece of evidence in its paragraph', async () => {
    const { body } = await get<CheckView>(`/api/check?claim=${encodeURIComponent('Sylvania is not a member of the Council.')}`);
    expect(body.verdict).toBe('SUPPORTED');
    expect(body.url).toBe(`/check?claim=${encodeURIComponent('Sylvania is not a member of the Council.')}`);
    const e = body.evidence.find((x) => x.source.article.id === 'freedonia-guild-2011')!;
    const chars = [...e.source.paragraph!.text];
    const q = e.source.quotes[0]!;
    expect(chars.slice(q.begin - e.source.paragraph!.begin, q.end - e.source.paragraph!.begin).join('')).toBe('Sylvania is not a member of the Council');
    expect((await get(`/api/check?claim=${'x'.repeat(3000)}`)).status).toBe(400);
  });
});

test('a workbench request past the deadline gets 503 and the server keeps answering', async () => {
  const { dir, remove } = await workbenchProject();
  const slow = await startServer({ dir, port: 0, log: logSink().log, workers: 1, timeoutMs: 1 });
  try {
    const res = await fetch(new URL('/api/articles', slow.url));
    const body = (await res.json()) as { error: { code: string } };
    expect([res.status, body.error.code]).toEqual([503, 'QUERY_TIMEOUT']);
    expect((await fetch(new URL('/health', slow.url))).status).toBe(200);
  } finally {
    await slow.close();
    remove();
  }
});

test('the page paths use the project namespaces (paths.ts repeats them for the browser bundle)', async () => {
  const { PREFIXES } = await import('../../../src/graph/vocab.js');
  const { pathFor } = await import('../../../src/serve/workbench/paths.js');
  expect(pathFor('entity', `${PREFIXES.cgr}freedonia`)).toBe('/entities/freedonia');
  expect(pathFor('article', `${PREFIXES.cga}freedonia-guild-2011`)).toBe('/articles/freedonia-guild-2011');
  expect(pathFor('entity', 'http://example.org/x y')).toBe(`/entities/${encodeURIComponent('http://example.org/x y')}`);
});
