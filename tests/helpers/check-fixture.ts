import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { buildCheckContext, checkClaim, loadCheckContext, type CheckContext, type CheckResult } from '../../src/check/index.js';
import { loadGraphStore } from '../../src/graph/index.js';
import { projectRoot } from './cli.js';

/** Path of the fact checker's fixture graph (fictional states). */
export const CHECK_FIXTURE = join(projectRoot, 'tests/fixtures/check/graph.ttl');

/**
 * The fixture graph as a store, optionally with extra Turtle (same prefixes) added.
 *
 * @example
 * const store = checkFixtureStore();
 */
export function checkFixtureStore(extra = ''): N3.Store {
  const src = readFileSync(CHECK_FIXTURE, 'utf8');
  const store = new N3.Store(new N3.Parser().parse(src));
  if (extra) {
    const prefixes = src.split('\n').filter((l) => l.startsWith('@prefix')).join('\n');
    store.addQuads(new N3.Parser().parse(`${prefixes}\n${extra}`));
  }
  return store;
}

/** A graph, its check context, and `check(text)` checking a claim in that context. */
export interface Checker<S> {
  store: S;
  ctx: CheckContext;
  check: (text: string) => Promise<CheckResult>;
}

/**
 * A check context over the fixture graph (plus `extra` Turtle) with the repository's ontology and
 * lexicon, and `check` to check a claim against it.
 *
 * @example
 * const { check } = checkFixture();
 * (await check('Freedonia is a member of the League.')).verdict; // 'SUPPORTED'
 */
export function checkFixture(extra = ''): Checker<N3.Store> {
  const store = checkFixtureStore(extra);
  const ctx = buildCheckContext(store, { dir: projectRoot });
  return { store, ctx, check: (text) => checkClaim(store, text, { context: ctx }) };
}

/**
 * The same over a graph directory (the corpus fixture, or the committed graph).
 *
 * @example
 * const { check } = await checkGraphDir(corpusFixture);
 */
export async function checkGraphDir(dir: string): Promise<Checker<Awaited<ReturnType<typeof loadGraphStore>>>> {
  const store = await loadGraphStore(dir);
  const ctx = loadCheckContext(store, { dir });
  return { store, ctx, check: (text) => checkClaim(store, text, { context: ctx }) };
}

/** The fixture article's IRI (tests/fixtures/check/graph.ttl). */
export const FIXTURE_ARTICLE = 'https://w3id.org/claimgraph/article/fixture-article';

/**
 * Turtle: a reader's comment on the fixture article (by "Zed Q.") expecting Sylvania to join the
 * League by 2016, as a claim stated in the comment and asserted by its author.
 */
export const READER_FORECAST = `
<${FIXTURE_ARTICLE}/comment/1> a schema:Comment ; schema:author <${FIXTURE_ARTICLE}/comment/1/author> ;
    schema:dateCreated "2011-05-04T10:00:00"^^xsd:dateTime ; cg:segment <${FIXTURE_ARTICLE}/segment/06> .
<${FIXTURE_ARTICLE}/comment/1/author> a schema:Person ; rdfs:label "Zed Q." ; schema:name "Zed Q." .
cgc:sylvania.memberOf.league.expected a cg:Claim ;
    rdf:subject cgr:sylvania ; rdf:predicate cg:memberOf ; rdf:object cgr:league ; cg:byYear "2016"^^xsd:gYear ;
    cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    cg:statedIn <${FIXTURE_ARTICLE}/comment/1> ; cg:assertedBy <${FIXTURE_ARTICLE}/comment/1/author> ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s009> .
`;

/**
 * Turtle: {@link READER_FORECAST} and a second comment on the fixture article, by "Ida O.", made
 * at `created` (an xsd:dateTime), the article counting two comments.
 */
export const secondCommenter = (created = '2011-05-06T09:00:00'): string => `
cga:fixture-article schema:comment <${FIXTURE_ARTICLE}/comment/1>, <${FIXTURE_ARTICLE}/comment/2> ; schema:commentCount 2 .
<${FIXTURE_ARTICLE}/comment/2> a schema:Comment ; schema:author <${FIXTURE_ARTICLE}/comment/2/author> ;
    schema:dateCreated "${created}"^^xsd:dateTime ; cg:segment <${FIXTURE_ARTICLE}/segment/07> .
<${FIXTURE_ARTICLE}/comment/2/author> a schema:Person ; rdfs:label "Ida O." ; schema:name "Ida O." .
${READER_FORECAST}`;

/** Turtle: Ida Oldham, President of Freedonia, attended the fixture's gala (tests of office holders at an event). */
export const IDA_AT_GALA = `
cgr:ida a cg:Person ; rdfs:label "Ida Oldham" .
cgc:ida.holdsOffice.president-of-freedonia a cg:Claim ;
    rdf:subject cgr:ida ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-freedonia ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s009> .
cgc:ida.attended.gala a cg:Claim ;
    rdf:subject cgr:ida ; rdf:predicate cg:attended ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s009> .
`;

/** Turtle: `who` holds the fixture's office President of Sylvania as its `n`th holder. */
export const officeHolder = (who: string, n: number): string => `
cgc:${who}.holds a cg:Claim ; rdf:subject cgr:${who} ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:officeOrdinal "${n}"^^xsd:positiveInteger ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s030> .`;

/** What {@link fixtureClaim} writes; every field but the triple has the common default. */
export interface FixtureClaim {
  /** Local name after `cgc:` (e.g. `rufus.visited.marsovia`). */
  id: string;
  /** Subject, predicate and object as Turtle terms (`cgr:rufus`, `cg:visited`, `"5"^^xsd:decimal`). */
  s: string;
  p: string;
  o: string;
  /** `cg:` local name of the modality (default `Stated`; `null` when `more` gives it). */
  modality?: string | null;
  /** `cg:` local name of the polarity (default `Positive`; `null` when `more` gives it). */
  polarity?: string | null;
  /** Fixture article sentence the claim is derived from (default `s001`). */
  sentence?: string;
  /** More `predicate object` pairs, separated by ` ; ` (qualifiers, `cg:statedIn ...`). */
  more?: string;
  /** Also assert the bare triple, as the graph does for a stated positive claim. */
  asserted?: boolean;
}

/**
 * Turtle of one reified claim of the fixture article, for a test's extra graph: the one builder
 * the check tests share instead of each writing its own template.
 *
 * @example
 * fixtureClaim({ id: 'rufus.visited.marsovia', s: 'cgr:rufus', p: 'cg:visited', o: 'cgr:marsovia',
 *   more: 'cg:date "2015-10-22"^^xsd:date' });
 */
export function fixtureClaim(c: FixtureClaim): string {
  const pairs = [
    c.polarity === null ? '' : `cg:polarity cg:${c.polarity ?? 'Positive'} ; `,
    c.modality === null ? '' : `cg:modality cg:${c.modality ?? 'Stated'} ; `,
  ].join('');
  const more = c.more ? ` ;\n    ${c.more}` : '';
  const claim = `cgc:${c.id} a cg:Claim ; rdf:subject ${c.s} ; rdf:predicate ${c.p} ; rdf:object ${c.o} ;
    ${pairs}cg:derivation cg:Direct ; prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/${c.sentence ?? 's001'}>${more} .`;
  return c.asserted ? `${claim}\n${c.s} ${c.p} ${c.o} .` : claim;
}

/**
 * Ranks the comparison tests share: Freedonia is the League's largest shareholder, Sylvania its
 * second; Freedonia has the largest economy in Ruritania (Freedonia and Sylvania are its members).
 *
 * @example
 * const { check } = checkFixture(SHAREHOLDER_RANKS);
 */
export const SHAREHOLDER_RANKS = [
  fixtureClaim({ id: 'rank1', s: 'cgr:freedonia', p: 'cg:shareholderOf', o: 'cgr:league', sentence: 's020', more: 'cg:rank "1"^^xsd:positiveInteger' }),
  fixtureClaim({ id: 'rank2', s: 'cgr:sylvania', p: 'cg:shareholderOf', o: 'cgr:league', sentence: 's020', more: 'cg:rank "2"^^xsd:positiveInteger' }),
  fixtureClaim({ id: 'largest', s: 'cgr:freedonia', p: 'cg:largestEconomyIn', o: 'cgr:the-region', sentence: 's020' }),
].join('\n');

/**
 * Turtle: an article "Acme Bank Opens in Sylvania" (cga:acme-notes) reporting analysts in Tarsk
 * (cg:saidBy) saying the Acme Development Bank could finance Sylvania, and analysts in Vell no
 * article reports (round 15; shared with round 21's "A quotes X as saying P").
 */
export const REPORTED_SPEAKER = `
cga:acme-notes a schema:NewsArticle ; schema:headline "Acme Bank Opens in Sylvania" .
cgr:tarsk-analysts a cg:PersonGroup ; rdfs:label "analysts in Tarsk" .
cgr:vell-analysts a cg:PersonGroup ; rdfs:label "analysts in Vell" .
cgc:acme.lends.sylvania.said a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:financialAssistanceTo ; rdf:object cgr:sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Possible ; cg:saidBy cgr:tarsk-analysts ; cg:statedIn cga:acme-notes ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/acme-notes/sentence/s001> .
`;
