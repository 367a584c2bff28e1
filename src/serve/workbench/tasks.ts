/**
 * What a workbench task worker does with each request: the views of `articles.ts` and
 * `entities.ts`, the vocabulary for the editor, a query with its citations (the query stage's
 * `runCitedQuery`) and a fact check (the check stage's `checkClaim`), each turned into the
 * plain data of `types.ts`.
 *
 * Runs inside a worker thread (see `pool.ts`), so a slow request is stopped by its deadline
 * without holding the server's main thread; it is also called directly by tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import N3 from 'n3';
import type * as RDF from '@rdfjs/types';
import { PREFIXES } from '../../graph/vocab.js';
import { ONTOLOGY_FILE } from '../../graph/index.js';
import { QUERY_PREFIXES, compactIri, runCitedQuery } from '../../query/index.js';
import { checkClaim, checkResultToJSON, describeInterpretation, prepareCheck, toClaimReview } from '../../check/index.js';
import type { CheckContext } from '../../check/index.js';
import { ClaimgraphError } from '../../errors.js';
import { HttpError, prepareQuery } from '../protocol.js';
import { articleView, listArticles } from './articles.js';
import { entityClaims, entityView, neighbourhood, search } from './entities.js';
import { T, WorkbenchReader, type WorkbenchGraph } from './reader.js';
import { checkPath, pathFor } from './paths.js';
import type { CheckView, CitedAnswer, ClaimView, Resolved, RowCitation, Source, Vocabulary, WorkbenchTask } from './types.js';

const { namedNode } = N3.DataFactory;

/** Claims one cited answer describes at most (each with its sentences in context). */
export const MAX_CITED_CLAIMS = 5_000;

/** Everything a worker keeps between tasks. */
export interface TaskState {
  store: WorkbenchGraph;
  reader: WorkbenchReader;
  ontology: N3.Store | undefined;
  dir?: string;
  checkContext?: CheckContext;
  vocabulary?: Vocabulary;
}

function ontologyFile(dir: string | undefined): string | undefined {
  if (dir && existsSync(join(dir, ONTOLOGY_FILE))) return join(dir, ONTOLOGY_FILE);
  const own = fileURLToPath(new URL('../../../ontology/claimgraph.ttl', import.meta.url));
  return existsSync(own) ? own : undefined;
}

/**
 * The state of a worker over a loaded store; the ontology comes from the project (or the package).
 *
 * @example
 * ```ts
 * const state = taskState(store, '.');
 * await runTask(state, { kind: 'articles', offset: 0, limit: 50 });
 * ```
 */
export function taskState(store: WorkbenchGraph, dir?: string): TaskState {
  const file = ontologyFile(dir);
  const ontology = file ? new N3.Store(new N3.Parser({ baseIRI: PREFIXES.cg }).parse(readFileSync(file, 'utf8'))) : undefined;
  return { store, reader: new WorkbenchReader(store, ontology), ontology, ...(dir ? { dir } : {}) };
}

/**
 * Runs one task; throws ClaimgraphError or HttpError for what the request got wrong.
 *
 * @example
 * ```ts
 * const view = await runTask(state, { kind: 'entity', iri: 'https://w3id.org/claimgraph/resource/x', perGroup: 10 });
 * ```
 */
export async function runTask(state: TaskState, task: WorkbenchTask): Promise<unknown> {
  const r = state.reader;
  switch (task.kind) {
    case 'articles': return listArticles(r, task.offset, task.limit);
    case 'article': return articleView(r, task.id);
    case 'entity': return entityView(r, task.iri, task.perGroup, task.claim, task.sources);
    case 'entity-claims': return entityClaims(r, task.iri, task.property, task.direction, task.offset, task.limit, task.sources);
    case 'neighbourhood': return neighbourhood(r, task.iri, task.hops, task.maxNodes, task.maxEdges);
    case 'search': return search(r, task.q, task.limit);
    case 'resolve': return resolve(r, task.iri);
    case 'vocabulary': return (state.vocabulary ??= vocabulary(state));
    case 'cite': return cite(state, task.query, task.maxRows);
    case 'check': return check(state, task.claim);
  }
}

function vocabulary(state: TaskState): Vocabulary {
  const classes: Vocabulary['classes'] = [];
  const properties: Vocabulary['properties'] = [];
  const o = state.ontology;
  if (o) {
    const label = (s: RDF.Term): string | undefined => o.getObjects(s, T.label, null)[0]?.value;
    const comment = (s: RDF.Term): string | undefined => o.getObjects(s, T.comment, null)[0]?.value;
    const typed = (types: string[]): RDF.Term[] => [...new Set(types.flatMap((t) => o.getSubjects(T.type, namedNode(t), null)))];
    const term = (s: RDF.Term) => ({ iri: s.value, curie: compactIri(s.value), ...(label(s) ? { label: label(s) } : {}), ...(comment(s) ? { comment: comment(s) } : {}) });
    for (const c of typed([`${PREFIXES.owl}Class`, `${PREFIXES.rdfs}Class`])) if (c.termType === 'NamedNode') classes.push(term(c));
    const relation = new Set(o.getSubjects(T.type, namedNode(`${PREFIXES.cg}RelationProperty`), null).map((t) => t.value));
    const qualifier = new Set(o.getSubjects(T.type, namedNode(`${PREFIXES.cg}QualifierProperty`), null).map((t) => t.value));
    const propTypes = ['rdf:Property', 'owl:ObjectProperty', 'owl:DatatypeProperty', 'owl:FunctionalProperty', 'owl:SymmetricProperty', 'owl:TransitiveProperty', 'owl:AnnotationProperty', 'cg:RelationProperty', 'cg:QualifierProperty']
      .map((c) => { const [p, l] = c.split(':'); return `${PREFIXES[p!]}${l}`; });
    for (const p of typed(propTypes)) {
      if (p.termType !== 'NamedNode') continue;
      properties.push({ ...term(p), kind: relation.has(p.value) ? 'relation' : qualifier.has(p.value) ? 'qualifier' : 'other' });
    }
  }
  classes.sort((a, b) => (a.curie < b.curie ? -1 : 1));
  properties.sort((a, b) => (a.curie < b.curie ? -1 : 1));
  // queries are added by the server, which knows the project's named queries
  return { prefixes: { ...QUERY_PREFIXES }, classes, properties, queries: [] };
}

function resolve(r: WorkbenchReader, iri: string): Resolved {
  const node = namedNode(iri);
  const types = new Set(r.store.getObjects(node, T.type, null).map((t) => t.value));
  if (types.has(T.claim.value)) {
    const subject = r.one(node, T.subject);
    if (subject) return { view: 'entity', path: `${pathFor('entity', subject)}#claim=${encodeURIComponent(iri)}` };
  }
  if (r.article(iri)) return { view: 'article', path: pathFor('article', r.articleId(iri)) };
  // a sentence, quote or segment opens its article at that place
  const context = types.has(T.Sentence.value) || types.has(T.Phrase.value) || r.one(node, T.segmentKind) ? r.one(node, T.referenceContext) : undefined;
  const article = context ? r.articleOfContext(context) : undefined;
  if (article) return { view: 'article', path: `${pathFor('article', article.id)}#at=${encodeURIComponent(iri)}` };
  return { view: 'entity', path: pathFor('entity', iri) };
}

async function cite(state: TaskState, text: string, maxRows: number): Promise<CitedAnswer> {
  const prepared = prepareQuery(text, { defaultGraphs: [], namedGraphs: [] });
  const ast = prepared.ast;
  if (ast.subType !== 'select') {
    throw new HttpError(422, `citations are given for the rows of a SELECT query; this is ${ast.subType === 'ask' ? 'an ASK' : `a ${ast.subType.toUpperCase()}`} query (run it without "with citations")`, 'CITE_NOT_SELECT');
  }
  // one row more than shown tells whether rows were left out
  const mods = ast.solutionModifiers;
  const own = mods.limitOffset?.limit;
  const limit = own === undefined ? maxRows + 1 : Math.min(own, maxRows + 1);
  const limitOffset = { type: 'solutionModifier', subType: 'limitOffset', limit, offset: mods.limitOffset?.offset, loc: { sourceLocationType: 'autoGenerate' } } as const;
  const bounded = { ...ast, solutionModifiers: { ...mods, limitOffset } } as typeof ast;
  const unchanged = limit === own && prepared.sparql === text;
  const { result, citations } = await runCitedQuery(state.store, bounded, unchanged ? text : undefined, { ontology: () => state.ontology });
  if (result.type !== 'bindings') throw new HttpError(422, 'citations are given for the rows of a SELECT query', 'CITE_NOT_SELECT');
  const truncated = result.rows.length > maxRows;
  const rows = result.rows.slice(0, maxRows);
  const rowCitations = (citations ?? []).slice(0, maxRows);
  const claims: Record<string, ClaimView> = {};
  const sentences: Record<string, Source> = {};
  const out: RowCitation[][] = rowCitations.map((row) => row.citations.map((c) => {
    if (c.claim && !(c.claim in claims) && Object.keys(claims).length < MAX_CITED_CLAIMS) {
      const view = state.reader.claim(c.claim, { context: true });
      if (view) claims[c.claim] = view;
    }
    if (!c.claim) {
      for (const s of c.sentences) {
        if (s.iri in sentences) continue;
        const src = state.reader.source(s.iri, [], true);
        if (src) sentences[s.iri] = src;
      }
    }
    return { ...(c.claim ? { claim: c.claim } : {}), via: c.via, sentences: c.sentences.map((s) => s.iri) };
  }));
  const statuses = rowCitations.map((row) => ({ status: row.status, ...(row.reason ? { reason: row.reason } : {}), ...(row.detail ? { detail: row.detail } : {}) }));
  return {
    head: { vars: result.variables },
    results: { bindings: rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, t]) => [k, plainTerm(t)]))) },
    citations: out,
    statuses,
    claims,
    sentences,
    truncated,
  };
}

function plainTerm(t: RDF.Term): CitedAnswer['results']['bindings'][number][string] {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  if (t.termType === 'Literal') {
    const lit = t as RDF.Literal;
    if (lit.language) return { type: 'literal', value: lit.value, 'xml:lang': lit.language };
    if (lit.datatype.value !== `${PREFIXES.xsd}string`) return { type: 'literal', value: lit.value, datatype: lit.datatype.value };
    return { type: 'literal', value: lit.value };
  }
  return { type: 'literal', value: t.value };
}

async function check(state: TaskState, claim: string): Promise<CheckView> {
  state.checkContext ??= prepareCheck(state.store, state.dir ? { dir: state.dir } : {});
  const result = await checkClaim(state.store, claim, { context: state.checkContext, ...(state.dir ? { dir: state.dir } : {}) });
  const evidence: CheckView['evidence'] = [];
  for (const e of result.evidence) {
    const quotes = e.highlights.map((h) => ({ begin: e.begin + h.begin, end: e.begin + h.end }));
    const source = state.reader.source(e.sentenceIri, quotes, true);
    if (!source) continue;
    // a premise sentence shows the claim it states (the member's place in the group)
    const view = state.reader.claim(e.premise ?? e.claim);
    evidence.push({ stance: e.stance, ...(e.premise ? { premise: true } : {}), ...(view ? { claim: view } : {}), source });
  }
  return {
    claim: result.claim,
    verdict: result.verdict,
    explanation: result.explanation,
    result: checkResultToJSON(result) as unknown as Record<string, unknown>,
    reading: describeInterpretation(state.checkContext, result.interpretation),
    evidence,
    claimReview: toClaimReview(result),
    url: checkPath(result.claim),
  };
}

/** An error as plain data, to cross the worker boundary with its status and code. */
export interface TaskError {
  status?: number;
  code: string;
  message: string;
  line?: number;
  column?: number;
}

/**
 * Turns what a task threw into {@link TaskError}.
 *
 * @example
 * ```ts
 * taskError(new HttpError(404, 'no such article', 'NOT_FOUND')).status; // 404
 * ```
 */
export function taskError(err: unknown): TaskError {
  if (err instanceof HttpError) return { status: err.status, code: err.code, message: err.message };
  if (err instanceof ClaimgraphError) {
    return { code: err.code, message: err.message, ...(err.location.line !== undefined ? { line: err.location.line } : {}), ...(err.location.column !== undefined ? { column: err.location.column } : {}) };
  }
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}
