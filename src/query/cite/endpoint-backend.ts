/**
 * Citation look-ups on a remote SPARQL endpoint: the same questions as the store backend, as
 * batched SPARQL queries with VALUES blocks.
 */
import type * as RDF from '@rdfjs/types';
import { termToSparql } from '../format.js';
import { parseQuery, runParsedQuery } from '../run.js';
import type { CitedSentence, EndpointSource, QueryRow } from '../types.js';
import { tripleKey } from './patterns.js';
import type { CitationBackend, ClaimInfo, ClaimRef, GroundTriple } from './types.js';
import { V, articleDate, articleOfSentence, via } from './vocab.js';

/**
 * The look-ups over a remote endpoint. Property paths are not walked there: one query per step
 * would cost more than the query itself, so a path row is reported as not traced.
 *
 * @example
 * ```ts
 * const backend = new EndpointBackend({ endpoint: 'http://localhost:8890/sparql' });
 * ```
 */
export class EndpointBackend implements CitationBackend {
  constructor(private readonly source: EndpointSource, private readonly name?: string) {}

  async citablePredicates(): Promise<undefined> {
    return undefined; // one more round trip would cost more than the look-ups it saves
  }

  async tracePath(): Promise<{ untraceable: string }> {
    return { untraceable: 'a property path (not traced on a remote endpoint)' };
  }

  private async select(text: string): Promise<QueryRow[]> {
    const ast = parseQuery(text, { name: this.name });
    const res = await runParsedQuery(this.source, ast, text, { name: this.name });
    return res.type === 'bindings' ? res.rows : [];
  }

  async claimsForTriples(triples: GroundTriple[]): Promise<Map<string, ClaimRef[]>> {
    const out = new Map<string, ClaimRef[]>();
    for (const batch of chunks(triples, 100)) {
      const values = batch.map((t) => `(${termToSparql(t.s)} <${t.p}> ${termToSparql(t.o)})`).join('\n');
      const rows = await this.select(`SELECT ?s ?p ?o ?c WHERE { VALUES (?s ?p ?o) { ${values} }
        ?s ?p ?o .
        ?c <${V.subject}> ?s ; <${V.predicate}> ?p ; <${V.object}> ?o ; <${V.polarity}> <${V.positive}> ; <${V.modality}> <${V.stated}> . }`);
      for (const r of rows) {
        const key = tripleKey(r.s!, r.p!.value, r.o!);
        const list = out.get(key) ?? [];
        if (!list.some((x) => x.claim === r.c!.value)) list.push({ claim: r.c!.value, via: via(r.s!, r.p!.value, r.o!) });
        out.set(key, list);
      }
    }
    for (const list of out.values()) list.sort((a, b) => (a.claim < b.claim ? -1 : 1));
    return out;
  }

  async kinds(terms: RDF.Term[]): Promise<Map<string, 'claim' | 'sentence'>> {
    const out = new Map<string, 'claim' | 'sentence'>();
    for (const batch of chunks(terms, 200)) {
      const rows = await this.select(`SELECT ?x ?t WHERE { VALUES ?x { ${batch.map(termToSparql).join(' ')} }
        ?x <${V.type}> ?t . VALUES ?t { <${V.claim}> <${V.groupClaim}> <${V.sentence}> } }`);
      for (const r of rows) out.set(r.x!.value, r.t!.value === V.sentence ? 'sentence' : 'claim');
    }
    return out;
  }

  async describeClaims(iris: string[]): Promise<Map<string, ClaimInfo>> {
    const out = new Map<string, ClaimInfo>();
    for (const batch of chunks(iris, 100)) {
      const rows = await this.select(`SELECT ?c ?pol ?mod ?s ?id ?b ?e ?text WHERE { VALUES ?c { ${batch.map((i) => `<${i}>`).join(' ')} }
        OPTIONAL { ?c <${V.polarity}> ?pol } OPTIONAL { ?c <${V.modality}> ?mod }
        OPTIONAL { ?c <${V.derivedFrom}> ?s . ?s <${V.begin}> ?b ; <${V.end}> ?e . OPTIONAL { ?s <${V.sentenceId}> ?id } OPTIONAL { ?s <${V.anchorOf}> ?text } } }`);
      for (const r of rows) {
        const info = out.get(r.c!.value) ?? { polarity: r.pol?.value, modality: r.mod?.value, sentences: [] };
        if (r.s && !info.sentences.some((x) => x.iri === r.s!.value)) info.sentences.push(remoteSentence(r));
        out.set(r.c!.value, info);
      }
    }
    for (const info of out.values()) info.sentences.sort((a, b) => a.begin - b.begin || (a.iri < b.iri ? -1 : 1));
    await this.dateArticles([...out.values()].flatMap((i) => i.sentences));
    return out;
  }

  /** Sets each sentence's article date, one batched look-up for the distinct articles. */
  private async dateArticles(sentences: CitedSentence[]): Promise<void> {
    const articles = [...new Set(sentences.map((s) => s.article).filter((a): a is string => !!a))];
    const dates = new Map<string, string>();
    for (const batch of chunks(articles, 100)) {
      const rows = await this.select(`SELECT ?a ?d ?lo ?hi WHERE { VALUES ?a { ${batch.map((i) => `<${i}>`).join(' ')} }
        OPTIONAL { ?a <${V.datePublished}> ?d } OPTIONAL { ?a <${V.publishedNotBefore}> ?lo } OPTIONAL { ?a <${V.publishedNotAfter}> ?hi } }`);
      for (const r of rows) dates.set(r.a!.value, articleDate(r.d?.value, r.lo?.value, r.hi?.value));
    }
    for (const s of sentences) if (s.article && dates.has(s.article)) s.articleDate = dates.get(s.article);
  }

  async describeSentences(iris: string[]): Promise<Map<string, CitedSentence>> {
    const out = new Map<string, CitedSentence>();
    for (const batch of chunks(iris, 200)) {
      const rows = await this.select(`SELECT ?s ?id ?b ?e ?text WHERE { VALUES ?s { ${batch.map((i) => `<${i}>`).join(' ')} }
        ?s <${V.begin}> ?b ; <${V.end}> ?e . OPTIONAL { ?s <${V.sentenceId}> ?id } OPTIONAL { ?s <${V.anchorOf}> ?text } }`);
      for (const r of rows) out.set(r.s!.value, remoteSentence(r));
    }
    await this.dateArticles([...out.values()]);
    return out;
  }
}

function remoteSentence(r: QueryRow): CitedSentence {
  const article = articleOfSentence(r.s!.value);
  return { iri: r.s!.value, id: r.id?.value ?? r.s!.value.replace(/^.*\//, ''), begin: Number(r.b!.value), end: Number(r.e!.value), text: r.text?.value ?? '', ...(article ? { article } : {}) };
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
