import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser, Store } from 'n3';
import { citeQuads, citeRows, OxigraphGraph, parseQuery, runCitedQuery, runParsedQuery, type QuerySource, type RowCitations } from '../../src/query/index.js';
import { projectRoot, runCliCapture, corpusFixture } from '../helpers/cli.js';
import { cgc, cgr, jsonRows, miniStore, recordQueries, type SparqlJson } from '../helpers/query-results.js';

const P = `PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgr: <https://w3id.org/claimgraph/resource/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
`;

async function cite(store: Store, body: string): Promise<{ rows: Record<string, string>[]; citations: RowCitations[] }> {
  const text = P + body;
  const ast = parseQuery(text);
  const result = await runParsedQuery(store, ast, text);
  if (result.type !== 'bindings') throw new Error('not a SELECT');
  const citations = await citeRows(store, ast, result);
  return { rows: result.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.value]))), citations };
}

const claimsOf = (row: RowCitations) => row.citations.map((c) => c.claim);

describe('citeRows on the mini graph', () => {
  const store = miniStore();

  it('cites the claim of a matched direct triple, with every sentence it rests on, ordered by offset', async () => {
    const { rows, citations } = await cite(store, 'SELECT ?x WHERE { ?x cg:memberOf cgr:acme }');
    expect(rows).toEqual([{ x: cgr('freedonia') }]);
    expect(claimsOf(citations[0]!)).toEqual([cgc('freedonia.memberOf.acme')]);
    expect(citations[0]!.citations[0]!.sentences.map((s) => [s.id, s.begin, s.end])).toEqual([['s001', 0, 40], ['s002', 41, 100]]);
    expect(citations[0]!.citations[0]!.sentences[1]!.text).toBe('All of Westland except Sylvania belongs to ACME, a club.');
    expect(citations[0]!.citations[0]!.via).toBe('cgr:freedonia cg:memberOf cgr:acme');
  });

  it('never cites a negative claim for a positive match, nor a claim about a triple the graph does not hold', async () => {
    // For Sylvania the UNION's second pattern is ground (sylvania memberOf acme) but false; a
    // negative claim node with exactly that subject, predicate and object exists.
    const { rows, citations } = await cite(store, 'SELECT ?x WHERE { { ?x cg:partOf cgr:westland } UNION { ?x cg:memberOf cgr:acme } } ORDER BY ?x');
    const i = rows.findIndex((r) => r.x === cgr('sylvania'));
    expect(claimsOf(citations[i]!)).toEqual([cgc('sylvania.partOf.westland')]);
  });

  it('follows owl:inverseOf for a materialised inverse triple and ^p paths', async () => {
    const inv = await cite(store, 'SELECT ?m WHERE { cgr:acme cg:hasMember ?m }');
    expect(claimsOf(inv.citations[0]!)).toEqual([cgc('freedonia.memberOf.acme')]);
    const path = await cite(store, 'SELECT ?m WHERE { cgr:acme ^cg:memberOf ?m }');
    expect(claimsOf(path.citations[0]!)).toEqual([cgc('freedonia.memberOf.acme')]);
  });

  it('follows a symmetric property and a sub-property; only stated claims back a direct triple', async () => {
    const sym = await cite(store, 'SELECT ?a WHERE { cgr:sylvania cg:rivalOf ?a }');
    expect(claimsOf(sym.citations[0]!)).toEqual([cgc('freedonia.rivalOf.sylvania')]);
    const sub = await cite(store, 'SELECT ?a ?b WHERE { ?a cg:providedAssistanceTo ?b }');
    // the stated grant, not the possible one (a possible grant has no direct triple)
    expect(claimsOf(sub.citations[0]!)).toEqual([cgc('freedonia.grantTo.sylvania')]);
  });

  it('reads the axioms from an ontology given apart, as a store or as its parsed quads alike', async () => {
    const axiom = (q: { predicate: { value: string }; object: { value: string } }) =>
      /#(inverseOf|subPropertyOf)$/.test(q.predicate.value) || q.object.value === 'http://www.w3.org/2002/07/owl#SymmetricProperty';
    const all = store.getQuads(null, null, null, null);
    const data = new Store(all.filter((q) => !axiom(q)));
    const axioms = all.filter(axiom);
    expect(axioms.length).toBeGreaterThan(2);
    for (const body of ['SELECT ?m WHERE { cgr:acme cg:hasMember ?m }', 'SELECT ?a WHERE { cgr:sylvania cg:rivalOf ?a }', 'SELECT ?a ?b WHERE { ?a cg:providedAssistanceTo ?b }']) {
      const ast = parseQuery(P + body);
      const result = await runParsedQuery(store, ast, P + body);
      if (result.type !== 'bindings') throw new Error('not a SELECT');
      const expected = await citeRows(store, ast, result);
      expect(expected[0]!.status).toBe('cited');
      expect(await citeRows(data, ast, result, { ontology: new Store(axioms) })).toEqual(expected);
      expect(await citeRows(data, ast, result, { ontology: axioms })).toEqual(expected);
      expect(await citeRows(data, ast, result, { ontology: () => axioms })).toEqual(expected);
    }
  });

  it('cites a bound claim node directly, whatever its polarity', async () => {
    const { rows, citations } = await cite(store, 'SELECT ?c WHERE { ?c cg:polarity cg:Negative }');
    expect(rows).toEqual([{ c: cgc('sylvania.memberOf.acme.neg') }]);
    expect(citations[0]!.citations[0]).toMatchObject({ claim: cgc('sylvania.memberOf.acme.neg'), polarity: 'https://w3id.org/claimgraph/ontology#Negative' });
    expect(citations[0]!.citations[0]!.sentences.map((s) => s.id)).toEqual(['s001', 's002']);
  });

  it('cites a bound sentence node directly', async () => {
    const { citations } = await cite(store, 'SELECT ?s WHERE { ?s nif:beginIndex 41 }');
    expect(citations[0]).toEqual({ status: 'cited', citations: [{ via: expect.stringContaining('s002'), sentences: [expect.objectContaining({ id: 's002', begin: 41, end: 100 })] }] });
  });

  it('re-runs a projected query with every variable: the hidden ?o still selects the claim', async () => {
    const { rows, citations } = await cite(store, 'SELECT DISTINCT ?x WHERE { ?x cg:partOf ?o . ?x cg:memberOf ?org }');
    expect(rows).toEqual([{ x: cgr('freedonia') }]);
    expect(claimsOf(citations[0]!).sort()).toEqual([cgc('freedonia.memberOf.acme'), cgc('freedonia.partOf.westland')]);
  });

  it('cites an aggregate row through the solutions of its group', async () => {
    const { rows, citations } = await cite(store, 'SELECT ?r (COUNT(?x) AS ?n) WHERE { ?x cg:partOf ?r } GROUP BY ?r');
    expect(rows).toEqual([{ r: cgr('westland'), n: '2' }]);
    expect(claimsOf(citations[0]!).sort()).toEqual([cgc('freedonia.partOf.westland'), cgc('sylvania.partOf.westland')]);
  });

  it('pins the re-run to the displayed rows, but never a BIND variable', async () => {
    const { rows, citations } = await cite(store, 'SELECT ?x ?flag WHERE { ?x cg:partOf ?r . BIND (STR(?x) AS ?flag) } ORDER BY ?x LIMIT 1');
    expect(rows).toEqual([{ x: cgr('freedonia'), flag: cgr('freedonia') }]);
    expect(claimsOf(citations[0]!)).toEqual([cgc('freedonia.partOf.westland')]);
  });

  it('many bound claims and sentences at once are cited as one at a time', async () => {
    // every claim and sentence node: enough terms that their kinds are read as typed sets
    const body = 'SELECT ?n WHERE { { ?n a cg:Claim } UNION { ?n a cg:GroupClaim } UNION { ?n a nif:Sentence } } ORDER BY ?n';
    const many = await cite(miniStore(), body);
    expect(many.rows.length).toBeGreaterThan(8);
    for (const [i, row] of many.rows.entries()) {
      // one term per query, on a store of its own: a look-up per term
      const one = await cite(miniStore(), `SELECT ?n WHERE { VALUES ?n { <${row.n}> } }`);
      expect(many.citations[i], row.n).toEqual(one.citations[0]);
      expect(many.citations[i]!.citations.length, row.n).toBe(1);
    }
  });

  it('looks up no ground triple of a predicate no claim can back', async () => {
    const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
    const asked: string[][] = [];
    const watched = new Proxy(store, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (typeof v !== 'function') return v;
        return (...args: ({ value?: string } | null)[]) => {
          // a look-up about a given subject (the first argument of countQuads, getQuads, getObjects)
          if (prop !== 'getSubjects' && args[0]) asked.push(args.map((a) => a?.value ?? ''));
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as Store;
    const text = `${P}SELECT ?x ?l WHERE { ?x cg:memberOf cgr:acme ; <${LABEL}> ?l }`;
    const ast = parseQuery(text);
    const result = await runParsedQuery(store, ast, text);
    if (result.type !== 'bindings') throw new Error('not a SELECT');
    const citations = await citeRows(watched, ast, result);
    expect(claimsOf(citations[0]!)).toEqual([cgc('freedonia.memberOf.acme')]);
    // rdfs:label triples, which no claim states, are never looked up one by one
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((a) => a.includes(LABEL))).toEqual([]);
  });

  it('says a row nothing backs is uncited, and why (labels are background facts)', async () => {
    const { citations } = await cite(store, 'SELECT ?l WHERE { cgr:acme <http://www.w3.org/2000/01/rdf-schema#label> ?l }');
    expect(citations).toEqual([{ status: 'uncited', citations: [], reason: 'no-claim', detail: 'no claim backs the triples this row rests on' }]);
    const none = await cite(store, 'SELECT ?x WHERE { BIND (1 AS ?x) }');
    expect(none.citations).toEqual([{ status: 'uncited', citations: [], reason: 'no-claim', detail: 'this row rests on no triple of the graph' }]);
  });

  it('OPTIONAL and UNION patterns cite only what is bound', async () => {
    const { rows, citations } = await cite(store, 'SELECT ?x ?o WHERE { { ?x cg:partOf cgr:westland } UNION { ?x cg:rivalOf cgr:nobody } OPTIONAL { ?x cg:memberOf ?o } } ORDER BY ?x');
    expect(rows.map((r) => r.x)).toEqual([cgr('freedonia'), cgr('sylvania')]);
    expect(claimsOf(citations[0]!).sort()).toEqual([cgc('freedonia.memberOf.acme'), cgc('freedonia.partOf.westland')]);
    expect(claimsOf(citations[1]!)).toEqual([cgc('sylvania.partOf.westland')]);
  });

  it('cites each constructed triple by its own claims', async () => {
    const text = `${P}CONSTRUCT { ?x cg:partOf ?o } WHERE { ?x cg:partOf ?o }`;
    const result = await runParsedQuery(store, parseQuery(text), text);
    if (result.type !== 'quads') throw new Error('not a graph');
    const cs = await citeQuads(store, result.quads);
    expect(result.quads.map((q, i) => [q.subject.value, claimsOf(cs[i]!)]).sort()).toEqual([
      [cgr('freedonia'), [cgc('freedonia.partOf.westland')]],
      [cgr('sylvania'), [cgc('sylvania.partOf.westland')]],
    ]);
  });
});

// Literals with every separator the one-evaluation path writes (| space ^) and more (, %), a
// quote, a language tag, an astral character and a datatype, each the object of a stated claim;
// and a literal with a base direction and a blank node, which SPARQL 1.1's functions cannot
// write out.
const ODD_LITERALS = `
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix cgr: <https://w3id.org/claimgraph/resource/> .
@prefix cgc: <https://w3id.org/claimgraph/claim/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix ms: <https://w3id.org/claimgraph/article/mini/sentence/> .
cgr:freedonia cg:motto "one | two, 50% \\"x\\" I L"@en-GB , "\u{1D11E} 1"^^<http://example.org/dt> .
cgc:m1 a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:motto ; rdf:object "one | two, 50% \\"x\\" I L"@en-GB ;
  cg:polarity cg:Positive ; cg:modality cg:Stated ; prov:wasDerivedFrom ms:s001 .
cgc:m2 a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:motto ; rdf:object "\u{1D11E} 1"^^<http://example.org/dt> ;
  cg:polarity cg:Positive ; cg:modality cg:Stated ; prov:wasDerivedFrom ms:s003 .
cgr:westland cg:slogan "w"@ar--rtl .
_:someone cg:rivalOf cgr:westland .
cgc:s1 a cg:Claim ; rdf:subject cgr:westland ; rdf:predicate cg:slogan ; rdf:object "w"@ar--rtl ;
  cg:polarity cg:Positive ; cg:modality cg:Stated ; prov:wasDerivedFrom ms:s001 .
`;

describe('runCitedQuery: an aggregate evaluated once', () => {
  const mini = readFileSync(join(projectRoot, 'tests/fixtures/query/mini.ttl'), 'utf8');
  const n3 = miniStore();
  n3.addQuads(new Parser().parse(ODD_LITERALS));
  const cases = [
    'SELECT ?r (COUNT(?x) AS ?n) WHERE { ?x cg:partOf ?r } GROUP BY ?r',
    // a group key the rows do not show travels with the solutions
    'SELECT (COUNT(?x) AS ?n) WHERE { ?x cg:partOf ?r } GROUP BY ?r',
    // one implicit group, with solutions and without
    'SELECT (COUNT(*) AS ?n) WHERE { ?x cg:memberOf ?o }',
    'SELECT (COUNT(*) AS ?n) WHERE { ?x cg:memberOf cgr:nowhere }',
    'SELECT ?r (COUNT(?x) AS ?n) WHERE { ?x cg:partOf|cg:memberOf ?r } GROUP BY ?r HAVING (COUNT(?x) > 0) ORDER BY DESC(?r) LIMIT 1',
    // unbound in some solutions
    'SELECT ?x (COUNT(?o) AS ?n) WHERE { ?x cg:partOf ?r OPTIONAL { ?x cg:memberOf ?o } } GROUP BY ?x ORDER BY ?x',
    // literal objects read back exactly: each is looked up as the object of its claim
    'SELECT ?x (COUNT(?m) AS ?n) WHERE { ?x cg:motto ?m } GROUP BY ?x',
    // the query's own ?cite is left alone, even where it is never bound
    'SELECT ?cite (COUNT(?x) AS ?n) WHERE { ?x cg:partOf ?cite } GROUP BY ?cite',
    'SELECT ?r (COUNT(?x) AS ?n) WHERE { ?x cg:partOf|cg:memberOf ?r } GROUP BY ?r ORDER BY ?cite DESC(?r)',
    // a sub-select, a BIND as the key
    'SELECT ?r (COUNT(?x) AS ?n) WHERE { { SELECT ?x ?r WHERE { ?x cg:partOf|cg:memberOf ?r } } } GROUP BY ?r ORDER BY ?r',
    'SELECT ?k (COUNT(?x) AS ?n) WHERE { ?x cg:partOf ?r BIND(STR(?r) AS ?k) } GROUP BY ?k',
    // a claim node bound in the group is cited directly
    'SELECT ?s (COUNT(?c) AS ?n) WHERE { ?c a cg:Claim ; prov:wasDerivedFrom ?s } GROUP BY ?s ORDER BY ?s',
    // grouped before the sentence's attributes are joined, on Oxigraph (src/query/rewrite.ts)
    'SELECT ?s ?id ?b (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a cg:Claim ; prov:wasDerivedFrom ?s . ?s cg:sentenceId ?id ; nif:beginIndex ?b } GROUP BY ?s ?id ?b ORDER BY ?b',
    'SELECT ?r ?l (COUNT(?x) AS ?n) WHERE { ?x cg:partOf|cg:memberOf ?r . ?r <http://www.w3.org/2000/01/rdf-schema#label> ?l } GROUP BY ?r ?l ORDER BY ?r ?l',
    // a blank node outside the citable patterns cannot be cited: it is left out
    'SELECT ?r (COUNT(?b) AS ?n) WHERE { ?x cg:partOf ?r BIND(BNODE() AS ?b) } GROUP BY ?r',
    // not rewritten: a literal with a base direction or a blank node in a citable pattern (no
    // string form), DISTINCT rows, no aggregate
    'SELECT ?x (COUNT(?m) AS ?n) WHERE { ?x cg:slogan ?m } GROUP BY ?x',
    'SELECT ?y (COUNT(?x) AS ?n) WHERE { ?x cg:rivalOf ?y } GROUP BY ?y ORDER BY ?y',
    'SELECT DISTINCT (COUNT(?x) AS ?n) WHERE { ?x cg:partOf ?r } GROUP BY ?r',
    'SELECT ?x WHERE { ?x cg:memberOf ?o }',
  ];
  const caseWith = (part: string) => cases.find((c) => c.includes(part))!;
  const PP = `${P}PREFIX prov: <http://www.w3.org/ns/prov#>\n`;

  async function both(source: QuerySource, body: string) {
    const ast = parseQuery(PP + body);
    const plain = await runParsedQuery(source, ast, PP + body);
    if (plain.type !== 'bindings') throw new Error('not a SELECT');
    const twice = await citeRows(source, ast, plain);
    const once = await runCitedQuery(source, parseQuery(PP + body), PP + body);
    return { plain, twice, once };
  }

  // citeRows re-runs the query and can tell a row's group only by the keys the row shows
  const hiddenKey = (body: string) => /GROUP BY \?r/.test(body) && !/SELECT (DISTINCT )?\?r/.test(body);
  const check = (body: string, { plain, twice, once }: Awaited<ReturnType<typeof both>>) => {
    expect(once.result).toEqual(plain);
    if (!hiddenKey(body)) {
      expect(once.citations).toEqual(twice);
      return;
    }
    for (const row of twice) expect(row).toMatchObject({ status: 'uncited', reason: 'untraceable' });
    for (const row of once.citations!) expect(row.status).toBe('cited');
  };

  it.each(cases)('gives citeRows\' rows and citations on the n3 Store: %s', async (body) => {
    check(body, await both(n3, body));
  });

  it.each(cases)('and on Oxigraph: %s', async (body) => {
    const graph = await OxigraphGraph.fromTurtle(mini + ODD_LITERALS);
    check(body, await both(graph, body));
  });

  it('the cases are not empty: literal objects and hidden keys are cited', async () => {
    const { once } = await both(n3, caseWith('motto'));
    expect(claimsOf(once.citations![0]!).sort()).toEqual([cgc('m1'), cgc('m2')]);
    expect(claimsOf((await both(n3, caseWith('slogan'))).once.citations![0]!)).toEqual([cgc('s1')]);
    const hidden = await both(n3, caseWith('SELECT (COUNT(?x) AS ?n)'));
    expect(claimsOf(hidden.once.citations![0]!).sort()).toEqual([cgc('freedonia.partOf.westland'), cgc('sylvania.partOf.westland')]);
  });

  it('with an expression as the group key, each row cites its own group, where a re-run cannot tell the groups apart', async () => {
    // The re-run can match a row to its solutions only on variables the row shows; the group
    // key here is an expression the rows do not show.
    const { plain, twice, once } = await both(n3, 'SELECT (COUNT(?x) AS ?n) (SAMPLE(?r) AS ?in) WHERE { ?x cg:partOf|cg:memberOf ?r } GROUP BY (STR(?r)) ORDER BY ?n');
    expect(plain.rows.map((r) => r.in!.value)).toEqual([cgr('acme'), cgr('westland')]);
    expect(once.citations!.map((cs) => claimsOf(cs).sort())).toEqual([
      [cgc('freedonia.memberOf.acme')],
      [cgc('freedonia.partOf.westland'), cgc('sylvania.partOf.westland')],
    ]);
    for (const cs of twice) expect(cs).toMatchObject({ status: 'uncited', reason: 'untraceable' });
  });

  it('on Oxigraph, asks one query of the store for rows and citations together', async () => {
    const graph = await OxigraphGraph.fromTurtle(mini + ODD_LITERALS);
    const texts = recordQueries(graph);
    const run = async (body: string) => {
      texts.length = 0;
      await runCitedQuery(graph, parseQuery(PP + body), PP + body);
      return texts.filter((t) => /SELECT/i.test(t) && !/COUNT\(\*\) AS \?n\) WHERE \{ \?s <|SELECT \?s \?o \?g/.test(t));
    };
    for (const body of [cases[0]!, caseWith('motto'), caseWith('BNODE')]) {
      const once = await run(body);
      expect(once).toHaveLength(1);
      expect(once[0]).toMatch(/GROUP_CONCAT/);
    }
    // a blank node in a group: the rows stand, and the solutions are asked for once more
    const blank = await run(caseWith('rivalOf'));
    expect(blank).toHaveLength(2);
    expect(blank[1]).toMatch(/SELECT \*/);
    const directional = await run(caseWith('slogan'));
    expect(directional).toHaveLength(2);
    expect(directional[1]).toMatch(/SELECT \*/);
  });
});

const ARTICLE = readFileSync(join(corpusFixture, 'graph/articles/japan-central-asia-engagement-2015/article.txt'), 'utf8');

describe('query --cite on the article', () => {
  it('a named query: every SCO member row is backed by its memberOf claim and the SCO sentence', async () => {
    const r = await runCliCapture(['query', 'members-of', '--cite', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as SparqlJson;
    const rows = jsonRows(doc);
    expect(doc.citations).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const cs = doc.citations![i]!.citations;
      expect(doc.citations![i]!.status).toBe('cited');
      const id = row.member!.split('/').pop();
      expect(cs.map((c) => c.claim)).toEqual([cgc(`${id}.memberOf.sco`)]);
      const sco = cs[0]!.sentences.find((s) => s.text.startsWith('All Central Asian Republics and Russia except Turkmenistan'));
      expect(sco, id).toBeDefined();
      // The offsets are code points into the article text and select exactly the cited text.
      expect([...ARTICLE].slice(sco!.begin, sco!.end).join('')).toBe(sco!.text);
    });
    // A group-expanded member also cites the sentence that puts it in Central Asia.
    const kz = doc.citations![rows.findIndex((x) => x.member === cgr('kazakhstan'))]!.citations;
    expect(kz[0]!.sentences.some((s) => s.text.includes('Kazakhstan and Uzbekistan was Junichiro Koizumi'))).toBe(true);
  });

  it('an ad-hoc -e query with aggregation, in the table format', async () => {
    const r = await runCliCapture(['query', '--cite', '--format', 'table', '-e',
      'SELECT ?bank (COUNT(?c) AS ?n) WHERE { ?c cg:consentedToJoin ?bank } GROUP BY ?bank']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[2]).toMatch(/^cgr:aiib\s+4$/);
    // each cited sentence names its article and date before its id (ids repeat across articles)
    const cited = lines.filter((l) => /^ {4}[a-z0-9-]+ \([^)]*\) s\d{3} \[\d+,\d+\) “.*” claim cgc:\S+\.consentedToJoin\.aiib$/.test(l));
    // four consent claims, each on the AIIB sentence and its partOf sentence
    expect(new Set(cited.map((l) => l.split('claim ')[1])).size).toBe(4);
    expect(cited.some((l) => l.includes('Central Asia minus Turkmenistan'))).toBe(true);
  });

  it('an ad-hoc query whose rows have no claim says so', async () => {
    const r = await runCliCapture(['query', '--cite', '--format', 'table', '-e', 'SELECT ?l WHERE { cgr:sco rdfs:label ?l }']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(no citation: no claim backs the triples this row rests on)');
  });

  it('csv and tsv get a citations column', async () => {
    const csv = await runCliCapture(['query', 'negative-claims', '--cite', '--format', 'csv']);
    const header = csv.stdout.split('\r\n')[0];
    expect(header).toBe('claim,subject,predicate,object,modality,citations');
    expect(csv.stdout).toMatch(/s\d{3} \[\d+,\d+\) “Since Japan has not been active in the region/);
    const tsv = await runCliCapture(['query', 'negative-claims', '--cite', '--format', 'tsv']);
    const lines = tsv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('?claim\t?subject\t?predicate\t?object\t?modality\t?citations');
    expect(lines.slice(1).every((l) => l.split('\t').length === 6 && /\t"[a-z0-9-]+ \([^)]*\) s\d{3} .*"$/.test(l))).toBe(true);
  });

  it('a CONSTRUCT with --cite lists each triple\'s own sources as Turtle comments', async () => {
    const r = await runCliCapture(['query', '--cite', '-e', 'CONSTRUCT { ?m cg:memberOf cgr:sco } WHERE { ?m cg:memberOf cgr:sco }']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('# cgr:'));
    const russia = lines.filter((l) => l.startsWith('# cgr:russia '));
    expect(russia).toHaveLength(1); // Russia is in the SCO sentence only (it is a "plus", not a Central Asian member)
    // each sentence named with its article and the article's date, as the other outputs do
    expect(russia[0]).toMatch(/^# cgr:russia cg:memberOf cgr:sco ← [a-z0-9-]+ \([^)]*\) s\d{3} \[\d+,\d+\) claim cgc:russia\.memberOf\.sco$/);
    expect(lines.every((l) => l.endsWith(`claim cgc:${l.split(' ')[1]!.slice(4)}.memberOf.sco`))).toBe(true);
  });

  it('aiib-not-sco --cite: no rows, nothing to cite, exit 0', async () => {
    const r = await runCliCapture(['query', 'aiib-not-sco', '--cite', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(0 rows)');
    // on a table, an empty answer says it is one and what the query asks (from its # description)
    expect(r.stderr).toMatch(/^note: no rows: that is this graph's answer, not an error\. aiib-not-sco asks:\n  Countries the articles state joined/);
    expect(r.stderr).toContain('queries/aiib-not-sco.rq');
    // machine formats stay silent
    const j = await runCliCapture(['query', 'aiib-not-sco', '--cite', '--format', 'json']);
    expect(j.stderr).toBe('');
    // and a query with rows prints no note
    expect((await runCliCapture(['query', 'members-of', '--format', 'table'])).stderr).toBe('');
  });
});
