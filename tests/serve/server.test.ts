import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Parser } from 'n3';
import { startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import { DEFAULT_GRAPH_IRI } from '../../src/serve/index.js';
import { getQuery, logSink, serveFixtureProject } from '../helpers/serve-fixture.js';

const PFX = 'PREFIX cg: <https://w3id.org/claimgraph/ontology#>\nPREFIX cgr: <https://w3id.org/claimgraph/resource/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n';
const MEMBERS = `${PFX}SELECT ?org ?member WHERE { ?member cg:memberOf ?org }`;
const CGR = 'https://w3id.org/claimgraph/resource/';

let server: ServerHandle;
const sink = logSink();

beforeAll(async () => {
  // n3, as `claimgraph query` holds a small graph: the serializers are checked on the exact terms
  server = await startServer({ dir: serveFixtureProject(), port: 0, log: sink.log, maxBodyBytes: 4096, maxResults: 20, workers: 1, spareWorkers: 0, storeKind: 'n3' });
});
afterAll(async () => {
  await server?.close();
});

describe('SPARQL 1.1 Protocol', () => {
  test('GET ?query= answers SELECT as SPARQL JSON in projection order', async () => {
    const res = await getQuery(server.endpoint, MEMBERS);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    const body = await res.json();
    expect(body.head.vars).toEqual(['org', 'member']);
    expect(body.results.bindings).toEqual([
      { org: { type: 'uri', value: `${CGR}acme-union` }, member: { type: 'uri', value: `${CGR}freedonia` } },
    ]);
  });

  test('POST application/sparql-query and form-encoded give the same answer as GET', async () => {
    const direct = await fetch(server.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: MEMBERS });
    const form = await fetch(server.endpoint, { method: 'POST', body: new URLSearchParams({ query: MEMBERS }) });
    const get = await getQuery(server.endpoint, MEMBERS);
    expect(direct.status).toBe(200);
    expect(form.status).toBe(200);
    const [a, b, c] = await Promise.all([direct.text(), form.text(), get.text()]);
    expect(a).toBe(c);
    expect(b).toBe(c);
  });

  test('literals keep language tags and datatypes; xsd:string is plain', async () => {
    const res = await getQuery(server.endpoint, `${PFX}SELECT ?l ?r WHERE { cgr:sylvania rdfs:label ?l . cgr:freedonia cg:naturalGasReservesRank ?r }`);
    const body = await res.json();
    expect(body.results.bindings[0]).toEqual({
      l: { type: 'literal', value: 'Sylvania', 'xml:lang': 'en' },
      r: { type: 'literal', value: '3', datatype: 'http://www.w3.org/2001/XMLSchema#positiveInteger' },
    });
  });

  test.each([
    ['application/sparql-results+xml', /<binding name="org"><uri>https:\/\/w3id.org\/claimgraph\/resource\/acme-union<\/uri><\/binding>/],
    ['text/csv', /^org,member\r\nhttps:\/\/w3id.org\/claimgraph\/resource\/acme-union,https:\/\/w3id.org\/claimgraph\/resource\/freedonia\r\n$/],
    ['text/tab-separated-values', /^\?org\t\?member\n<https:\/\/w3id.org\/claimgraph\/resource\/acme-union>\t<https:\/\/w3id.org\/claimgraph\/resource\/freedonia>\n$/],
  ])('Accept: %s', async (type, pattern) => {
    const res = await getQuery(server.endpoint, MEMBERS, { headers: { Accept: `image/png;q=0.9, ${type}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
    expect(await res.text()).toMatch(pattern);
  });

  test('q-values pick the preferred type; format= overrides Accept', async () => {
    const res = await getQuery(server.endpoint, MEMBERS, { headers: { Accept: 'text/csv;q=0.2, application/sparql-results+xml;q=0.8' } });
    expect(res.headers.get('content-type')).toMatch(/^application\/sparql-results\+xml/);
    const fmt = await getQuery(server.endpoint, MEMBERS, { params: { format: 'tsv' }, headers: { Accept: 'text/csv' } });
    expect(fmt.headers.get('content-type')).toMatch(/^text\/tab-separated-values/);
  });

  test('CSV and TSV escape quotes, commas, tabs and newlines', async () => {
    const q = `${PFX}PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\nSELECT ?t WHERE { ?s nif:anchorOf ?t } ORDER BY ?t`;
    const csv = await (await getQuery(server.endpoint, q, { params: { format: 'csv' } })).text();
    expect(csv).toBe('t\r\n"Freedonia is a member of the ""Union""."\r\nSylvania is not a member, tab\there.\r\n'.replace('Sylvania is not a member, tab\there.', '"Sylvania is not a member, tab\there."'));
    const tsv = await (await getQuery(server.endpoint, q, { params: { format: 'tsv' } })).text();
    expect(tsv).toBe('?t\n"Freedonia is a member of the \\"Union\\"."\n"Sylvania is not a member, tab\\there."\n');
  });

  test('ASK answers in JSON and XML', async () => {
    const ask = `${PFX}ASK { cgr:freedonia cg:memberOf cgr:acme-union }`;
    expect(await (await getQuery(server.endpoint, ask)).json()).toEqual({ head: {}, boolean: true });
    const xml = await (await getQuery(server.endpoint, `${PFX}ASK { cgr:sylvania cg:memberOf cgr:acme-union }`, { headers: { Accept: 'application/sparql-results+xml' } })).text();
    expect(xml).toContain('<boolean>false</boolean>');
  });

  test.each([
    ['text/turtle', 'text/turtle'],
    ['application/n-triples', 'application/n-triples'],
  ])('CONSTRUCT as %s parses back to the same triples', async (accept, format) => {
    const q = `${PFX}CONSTRUCT { ?m cg:memberOf ?o ; rdfs:label ?l } WHERE { ?m cg:memberOf ?o ; rdfs:label ?l }`;
    const res = await getQuery(server.endpoint, q, { headers: { Accept: accept } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(new RegExp(`^${accept}`));
    const quads = new Parser({ format }).parse(await res.text());
    expect(quads.map((x) => `${x.subject.value} ${x.predicate.value} ${x.object.value}`).sort()).toEqual([
      `${CGR}freedonia http://www.w3.org/2000/01/rdf-schema#label Freedonia`,
      `${CGR}freedonia https://w3id.org/claimgraph/ontology#memberOf ${CGR}acme-union`,
    ]);
  });

  test('CONSTRUCT and DESCRIBE as JSON-LD', async () => {
    const res = await getQuery(server.endpoint, `${PFX}DESCRIBE cgr:sylvania`, { headers: { Accept: 'application/ld+json' } });
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc).toEqual([
      { '@id': `${CGR}sylvania`, '@type': ['https://w3id.org/claimgraph/ontology#Country'], 'http://www.w3.org/2000/01/rdf-schema#label': [{ '@value': 'Sylvania', '@language': 'en' }] },
    ]);
  });

  test('406 when no acceptable type can carry the result', async () => {
    const res = await getQuery(server.endpoint, MEMBERS, { headers: { Accept: 'text/turtle' } });
    expect(res.status).toBe(406);
    expect(await res.text()).toMatch(/application\/sparql-results\+json/);
    const graph = await getQuery(server.endpoint, `CONSTRUCT WHERE { ?s ?p ?o }`, { params: { format: 'csv' } });
    expect(graph.status).toBe(406);
  });

  test('default-graph-uri: the served graph IRI is the whole graph, another IRI is an empty graph', async () => {
    const own = await (await getQuery(server.endpoint, MEMBERS, { params: { 'default-graph-uri': DEFAULT_GRAPH_IRI } })).json();
    expect(own.results.bindings).toHaveLength(1);
    const other = await (await getQuery(server.endpoint, MEMBERS, { params: { 'default-graph-uri': 'http://example.org/no-such-graph' } })).json();
    expect(other.results.bindings).toHaveLength(0);
    const fromOwn = await (await getQuery(server.endpoint, `${PFX}SELECT ?org ?member FROM <${DEFAULT_GRAPH_IRI}> WHERE { ?member cg:memberOf ?org }`)).json();
    expect(fromOwn.results.bindings).toHaveLength(1);
  });

  test('the service description is Turtle at the endpoint URL', async () => {
    const res = await fetch(server.endpoint);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/turtle/);
    const quads = new Parser({ format: 'text/turtle' }).parse(await res.text());
    const sd = 'http://www.w3.org/ns/sparql-service-description#';
    expect(quads.some((x) => x.subject.value === server.endpoint && x.object.value === `${sd}Service`)).toBe(true);
    expect(quads.filter((x) => x.predicate.value === `${sd}resultFormat`)).toHaveLength(7);
    const count = quads.find((x) => x.predicate.value === 'http://rdfs.org/ns/void#triples');
    expect(Number(count?.object.value)).toBe(server.triples);
  });
});

describe('refusals and errors are 4xx, never a crash', () => {
  test('a syntax error is a 400 naming line and column', async () => {
    const res = await getQuery(server.endpoint, 'SELECT * WHERE {\n  ?s ?p }');
    expect(res.status).toBe(400);
    expect(res.headers.get('x-claimgraph-error')).toBe('QUERY_SYNTAX');
    expect(await res.text()).toMatch(/line 2, column 9/);
  });

  test('an unknown prefix is a 400', async () => {
    const res = await getQuery(server.endpoint, 'SELECT * WHERE { ?s nope:p ?o }');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/nope/);
  });

  test.each([
    ['update in the query parameter', () => getQuery(server.endpoint, 'INSERT DATA { <urn:a> <urn:b> <urn:c> }')],
    ['update= form parameter', () => fetch(server.endpoint, { method: 'POST', body: new URLSearchParams({ update: 'DELETE WHERE { ?s ?p ?o }' }) })],
    ['application/sparql-update body', () => fetch(server.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update' }, body: 'CLEAR ALL' })],
  ])('SPARQL Update is refused: %s', async (_name, send) => {
    const res = await send();
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/read-only/);
    const still = await (await getQuery(server.endpoint, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')).json();
    expect(Number(still.results.bindings[0].n.value)).toBe(server.triples);
  });

  test('SERVICE is refused (the server fetches no other host)', async () => {
    const res = await getQuery(server.endpoint, 'SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }');
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/SERVICE/);
  });

  test('an oversized body is a 413, by Content-Length and when streamed', async () => {
    const big = `SELECT * WHERE { ?s ?p ?o } # ${'x'.repeat(10_000)}`;
    const res = await fetch(server.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: big });
    expect(res.status).toBe(413);
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode('#'.repeat(1000)));
        c.close();
      },
    });
    const streamed = await fetch(server.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  test.each([
    ['PUT on the endpoint', () => fetch(server.endpoint, { method: 'PUT', body: 'x' }), 405],
    ['DELETE on the endpoint', () => fetch(server.endpoint, { method: 'DELETE' }), 405],
    ['POST on the page', () => fetch(server.url, { method: 'POST', body: 'x' }), 405],
    ['unknown Content-Type', () => fetch(server.endpoint, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'ASK {}' }), 415],
    ['POST without a query', () => fetch(server.endpoint, { method: 'POST', body: new URLSearchParams({ foo: 'bar' }) }), 400],
    ['two query parameters', () => fetch(`${server.endpoint}?query=ASK%7B%7D&query=ASK%7B%7D`), 400],
    ['unknown route', () => fetch(`${server.url}nope`), 404],
    ['unknown named query', () => fetch(`${server.url}queries/nope`), 404],
    ['bad format', () => getQuery(server.endpoint, 'ASK {}', { params: { format: 'yaml' } }), 406],
    ['bad percent-encoding', () => fetch(`${server.endpoint}?query=%E0%A4%A`), 400],
    ['bad percent-encoding in a named query\'s name (was 500)', () => fetch(`${server.url}queries/%E0%A4%A`), 400],
  ])('%s', async (_name, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get('x-claimgraph-error')).toBeTruthy();
    if (status === 405) expect(res.headers.get('allow')).toMatch(/GET/);
  });

  test('a result over the size limit is refused whole, not truncated', async () => {
    const res = await getQuery(server.endpoint, 'SELECT * WHERE { ?s ?p ?o }');
    expect(res.status).toBe(422);
    expect(res.headers.get('x-claimgraph-error')).toBe('QUERY_RESULT_TOO_LARGE');
    expect(await res.text()).toMatch(/more than 20/);
    const ok = await getQuery(server.endpoint, 'SELECT * WHERE { ?s ?p ?o } LIMIT 20');
    expect(ok.status).toBe(200);
  });

  test('a port in use is an IO error naming the address', async () => {
    const err = await startServer({ dir: serveFixtureProject(), port: server.port, workers: 1, log: () => {} }).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('IO');
    expect((err as Error).message).toMatch(new RegExp(`cannot listen on 127.0.0.1:${server.port}: .*EADDRINUSE`));
  });

  test('the server is still healthy after all of that', async () => {
    const res = await fetch(`${server.url}health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', triples: server.triples, busy: 0 });
  });
});

describe('CORS, routes and logs', () => {
  test('OPTIONS preflight allows cross-origin POST', async () => {
    const res = await fetch(server.endpoint, {
      method: 'OPTIONS',
      headers: { Origin: 'http://example.org', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type');
    const get = await getQuery(server.endpoint, 'ASK {}', { headers: { Origin: 'http://example.org' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('/queries lists the named queries and /queries/NAME runs one, with parameters', async () => {
    const list = await (await fetch(`${server.url}queries`)).json();
    expect(list.map((q: { name: string }) => q.name)).toEqual(['members', 'negative-claims']);
    expect(list[0].description).toBe('Every entity stated to be a member of something, with the label of the member.');
    const csv = await (await fetch(`${server.url}queries/members?format=csv`)).text();
    expect(csv).toBe(`member,label,org\r\n${CGR}freedonia,Freedonia,${CGR}acme-union\r\n`);
    const neg = await (await fetch(`${server.url}queries/negative-claims`)).json();
    expect(neg.results.bindings.map((b: { subject: { value: string } }) => b.subject.value)).toEqual([`${CGR}sylvania`]);
    const pos = await (await fetch(`${server.url}queries/negative-claims?polarity=cg:Positive`)).json();
    expect(pos.results.bindings.map((b: { subject: { value: string } }) => b.subject.value)).toEqual([`${CGR}freedonia`]);
  });

  test('every response is logged as one structured line without the query text', async () => {
    await getQuery(server.endpoint, 'ASK { <urn:secret> ?p ?o }');
    const line = sink.lines.filter((l) => l.path === '/sparql' && l.status === 200).at(-1);
    expect(line).toMatchObject({ method: 'GET', path: '/sparql', status: 200 });
    expect(typeof line?.ms).toBe('number');
    expect(JSON.stringify(sink.lines)).not.toContain('secret');
    expect(sink.lines.find((l) => l.event === 'listening')).toMatchObject({ endpoint: server.endpoint });
  });

  test('where a request\'s time went: phases in the log line and in Server-Timing; the same request again comes from memory', async () => {
    const q = `${MEMBERS} LIMIT 7`;
    const first = await getQuery(server.endpoint, q);
    const body = await first.text();
    expect(first.headers.get('server-timing')).toMatch(/^parse;dur=[\d.]+, query;dur=[\d.]+, serialize;dur=[\d.]+, transfer;dur=[\d.]+, wait;dur=[\d.]+, run;dur=[\d.]+$/);
    const line = sink.lines.filter((l) => l.path === '/sparql' && l.status === 200).at(-1);
    expect(Object.keys(line?.timing as object).sort()).toEqual(['parse', 'query', 'run', 'serialize', 'transfer', 'wait']);
    const again = await getQuery(server.endpoint, q);
    expect(again.headers.get('server-timing')).toBe('cache');
    expect(await again.text()).toBe(body);
    expect(sink.lines.filter((l) => l.path === '/sparql' && l.status === 200).at(-1)).toMatchObject({ via: 'cache' });
  });
});
