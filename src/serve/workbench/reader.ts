/**
 * Reads the claim graph the way the workbench shows it: labels, articles, sentences in their
 * paragraphs, speakers and claim nodes, straight from the n3 Store's indexes (no SPARQL), so
 * that one view costs a few hundred look-ups whatever the size of the graph.
 *
 * Every fact comes from the graph's own structure (the NIF context of a sentence, the segment
 * kind, the comment's author), never from the shape of an IRI. The graph is read-only while a
 * server runs, so what is read once per resource (articles, sentences, labels) is memoised.
 */
import N3 from 'n3';
import type * as RDF from '@rdfjs/types';
import type { IndexGraph } from '../../index-store/index.js';
import { PREFIXES } from '../../graph/vocab.js';
import { compactIri } from '../../query/format.js';
import { cpSlice } from '../../source/index.js';
import type { ClaimView, LiteralValue, ModalityName, PolarityName, Qualifier, Ref, Source, Speaker, Value } from './types.js';

const { namedNode } = N3.DataFactory;
const { rdf, rdfs, skos, nif, schema, cg, prov, xsd } = PREFIXES;

/** The IRIs the workbench reads, as terms made once. */
export const T = {
  type: namedNode(`${rdf}type`),
  subject: namedNode(`${rdf}subject`),
  predicate: namedNode(`${rdf}predicate`),
  object: namedNode(`${rdf}object`),
  label: namedNode(`${rdfs}label`),
  comment: namedNode(`${rdfs}comment`),
  altLabel: namedNode(`${skos}altLabel`),
  claim: namedNode(`${cg}Claim`),
  polarity: namedNode(`${cg}polarity`),
  modality: namedNode(`${cg}modality`),
  derivation: namedNode(`${cg}derivation`),
  claimId: namedNode(`${cg}claimId`),
  quote: namedNode(`${cg}quote`),
  statedIn: namedNode(`${cg}statedIn`),
  assertedBy: namedNode(`${cg}assertedBy`),
  inSegment: namedNode(`${cg}inSegment`),
  segmentKind: namedNode(`${cg}segmentKind`),
  segmentOfComment: namedNode(`${cg}segment`),
  sentenceId: namedNode(`${cg}sentenceId`),
  derivedFrom: namedNode(`${prov}wasDerivedFrom`),
  begin: namedNode(`${nif}beginIndex`),
  end: namedNode(`${nif}endIndex`),
  anchorOf: namedNode(`${nif}anchorOf`),
  isString: namedNode(`${nif}isString`),
  sourceUrl: namedNode(`${nif}sourceUrl`),
  referenceContext: namedNode(`${nif}referenceContext`),
  nifSentence: namedNode(`${nif}sentence`),
  Sentence: namedNode(`${nif}Sentence`),
  Phrase: namedNode(`${nif}Phrase`),
  headline: namedNode(`${schema}headline`),
  name: namedNode(`${schema}name`),
  datePublished: namedNode(`${schema}datePublished`),
  dateCreated: namedNode(`${schema}dateCreated`),
  author: namedNode(`${schema}author`),
  commentOf: namedNode(`${schema}comment`),
  value: namedNode(`${schema}value`),
  currency: namedNode(`${schema}currency`),
} as const;

/** Claim-node properties that are structure, not qualifiers. */
const STRUCTURAL = new Set<string>([
  T.type, T.subject, T.predicate, T.object, T.polarity, T.modality, T.derivation, T.claimId, T.quote,
  T.statedIn, T.assertedBy, T.derivedFrom, namedNode(`${cg}expandedFrom`),
].map((t) => t.value));

/** A sentence as the graph describes it. */
export interface SentenceInfo {
  iri: string;
  id: string;
  begin: number;
  end: number;
  text: string;
  /** The nif:Context (article text) it belongs to. */
  context: string;
  segment?: string;
}

/** An article as the graph describes it. */
export interface ArticleInfo {
  iri: string;
  id: string;
  title: string;
  date?: string;
  author?: string;
  /** Its nif:Context (full text node). */
  context?: string;
}

function lowerLocal(iri: string | undefined): string | undefined {
  if (!iri) return undefined;
  const local = iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
  return local ? local[0]!.toLowerCase() + local.slice(1) : undefined;
}

/** `segmentKind` IRIs as the JSON contract names them (as the checker's `SegmentName`). */
function segmentName(kind: string | undefined): string {
  switch (kind) {
    case `${cg}Body`: return 'body';
    case `${cg}ReaderComment`: return 'comment';
    case `${cg}Headline`: return 'headline';
    case `${cg}Byline`: return 'byline';
    case `${cg}CommentMeta`: return 'comment-meta';
    case `${cg}Boilerplate`: return 'boilerplate';
    default: return 'unknown';
  }
}

/**
 * The graph a workbench thread reads: the Turtle loaded into an n3 Store, or the graph's
 * persistent index (`serve --store index`), which answers the same look-ups without a copy of
 * the graph in each thread.
 */
export type WorkbenchGraph = N3.Store | IndexGraph;

/** Index reads over one read-only store, memoised per resource. */
export class WorkbenchReader {
  private readonly labels = new Map<string, string>();
  private readonly sentences = new Map<string, SentenceInfo | null>();
  private readonly articles = new Map<string, ArticleInfo | null>();
  private readonly contexts = new Map<string, string | null>();
  private readonly segments = new Map<string, { kind: string; begin: number; end: number } | null>();
  private readonly speakers = new Map<string, Speaker>();

  constructor(readonly store: WorkbenchGraph, private readonly ontology?: N3.Store) {}

  /** The one object of `s p`, as a string (first in index order when there are several). */
  one(s: string | RDF.Term, p: RDF.NamedNode): string | undefined {
    const subj = typeof s === 'string' ? namedNode(s) : s;
    for (const o of this.store.getObjects(subj, p, null)) return o.value;
    return undefined;
  }

  all(s: string, p: RDF.NamedNode): RDF.Term[] {
    return this.store.getObjects(namedNode(s), p, null);
  }

  num(s: string, p: RDF.NamedNode): number {
    return Number(this.one(s, p) ?? NaN);
  }

  /** The display name of an IRI: its rdfs:label (graph, then ontology) or its prefixed form. */
  label(iri: string): string {
    let l = this.labels.get(iri);
    if (l === undefined) {
      const node = namedNode(iri);
      const labels = this.store.getObjects(node, T.label, null);
      const fromOntology = labels.length === 0 && this.ontology ? this.ontology.getObjects(node, T.label, null) : [];
      const pick = [...labels, ...fromOntology];
      // an English label first, then any
      const en = pick.find((t) => t.termType === 'Literal' && (t as RDF.Literal).language.startsWith('en')) ?? pick[0];
      l = en ? en.value : compactIri(iri);
      if (this.labels.size < 200_000) this.labels.set(iri, l);
    }
    return l;
  }

  ref(iri: string): Ref {
    return { iri, curie: compactIri(iri), label: this.label(iri) };
  }

  value(t: RDF.Term): Value {
    if (t.termType === 'Literal') {
      const lit = t as RDF.Literal;
      const out: LiteralValue = { value: lit.value };
      if (lit.language) out.lang = lit.language;
      else if (lit.datatype.value !== `${xsd}string`) out.datatype = lit.datatype.value;
      return out;
    }
    return this.ref(t.value);
  }

  /** Article id for paths: the part after the cga: namespace, or the whole IRI. */
  articleId(iri: string): string {
    return iri.startsWith(PREFIXES.cga) ? iri.slice(PREFIXES.cga.length) : iri;
  }

  article(iri: string): ArticleInfo | undefined {
    let a = this.articles.get(iri);
    if (a === undefined) {
      const node = namedNode(iri);
      const title = this.one(node, T.headline) ?? this.one(node, T.name);
      const contexts = this.store.getSubjects(T.sourceUrl, node, null);
      if (title === undefined && contexts.length === 0) a = null;
      else {
        a = { iri, id: this.articleId(iri), title: title ?? compactIri(iri) };
        const date = this.one(node, T.datePublished);
        if (date) a.date = date;
        const author = this.one(node, T.author);
        if (author) a.author = author;
        if (contexts[0]) a.context = contexts[0].value;
      }
      this.articles.set(iri, a);
    }
    return a ?? undefined;
  }

  /** The article a NIF context (article text) belongs to. */
  articleOfContext(context: string): ArticleInfo | undefined {
    let a = this.contexts.get(context);
    if (a === undefined) {
      a = this.one(context, T.sourceUrl) ?? null;
      this.contexts.set(context, a);
    }
    return a ? this.article(a) : undefined;
  }

  sentence(iri: string): SentenceInfo | undefined {
    let s = this.sentences.get(iri);
    if (s === undefined) {
      const context = this.one(iri, T.referenceContext);
      const begin = this.num(iri, T.begin);
      const end = this.num(iri, T.end);
      if (!context || !Number.isFinite(begin) || !Number.isFinite(end)) s = null;
      else {
        s = { iri, id: this.one(iri, T.sentenceId) ?? compactIri(iri), begin, end, text: this.one(iri, T.anchorOf) ?? '', context };
        const segment = this.one(iri, T.inSegment);
        if (segment) s.segment = segment;
      }
      if (this.sentences.size < 500_000) this.sentences.set(iri, s);
    }
    return s ?? undefined;
  }

  segment(iri: string): { kind: string; begin: number; end: number } | undefined {
    let s = this.segments.get(iri);
    if (s === undefined) {
      const begin = this.num(iri, T.begin);
      const end = this.num(iri, T.end);
      s = Number.isFinite(begin) && Number.isFinite(end) ? { kind: segmentName(this.one(iri, T.segmentKind)), begin, end } : null;
      this.segments.set(iri, s);
    }
    return s ?? undefined;
  }

  /** The article author, or for a sentence of a reader comment, the comment's author. */
  speaker(sentence: SentenceInfo, article: ArticleInfo | undefined): Speaker {
    const key = sentence.segment ?? sentence.context;
    let sp = this.speakers.get(key);
    if (sp === undefined) {
      const seg = sentence.segment ? this.segment(sentence.segment) : undefined;
      if (seg?.kind === 'comment') {
        const comment = this.store.getSubjects(T.segmentOfComment, namedNode(sentence.segment!), null)[0];
        const author = comment ? this.one(comment, T.author) : undefined;
        const date = comment ? this.one(comment, T.dateCreated) : undefined;
        sp = { kind: 'reader', ...(author ? { ref: this.ref(author) } : {}), ...(date ? { date } : {}) };
      } else {
        sp = { kind: 'author', ...(article?.author ? { ref: this.ref(article.author) } : {}) };
      }
      if (this.speakers.size < 100_000) this.speakers.set(key, sp);
    }
    return sp;
  }

  /** Full text of an article context, sliced by code points. */
  slice(context: string, begin: number, end: number): string {
    const text = this.one(context, T.isString) ?? '';
    return cpSlice(text, begin, end);
  }

  /** A sentence as a source of a claim, with its quotes, article, speaker and date. */
  source(sentenceIri: string, quotes: Array<{ begin: number; end: number }>, context: boolean): Source | undefined {
    const s = this.sentence(sentenceIri);
    if (!s) return undefined;
    const article = this.articleOfContext(s.context);
    const speaker = this.speaker(s, article);
    const seg = s.segment ? this.segment(s.segment) : undefined;
    const date = speaker.kind === 'reader' ? (speaker.date ?? article?.date) : article?.date;
    const out: Source = {
      article: { iri: article?.iri ?? s.context, id: article?.id ?? this.articleId(s.context), title: article?.title ?? compactIri(s.context), ...(article?.date ? { date: article.date } : {}) },
      sentence: { iri: s.iri, id: s.id, begin: s.begin, end: s.end, text: s.text },
      quotes: quotes.filter((q) => q.begin >= s.begin && q.end <= s.end).sort((a, b) => a.begin - b.begin),
      speaker,
      segment: seg?.kind ?? 'unknown',
      ...(date ? { date } : {}),
    };
    if (context) {
      const para = seg ?? { begin: s.begin, end: s.end };
      out.paragraph = { begin: para.begin, end: para.end, text: this.slice(s.context, para.begin, para.end) };
    }
    return out;
  }

  /** Whether a node is a claim node (`a cg:Claim`). */
  isClaim(iri: string): boolean {
    return this.store.countQuads(namedNode(iri), T.type, T.claim, null) > 0;
  }

  /**
   * A claim node with its sources. `articleContext` keeps only the sources in one article
   * (the article view); `context` adds each sentence's paragraph.
   */
  claim(iri: string, opts: { context?: boolean; articleContext?: string } = {}): ClaimView | undefined {
    const node = namedNode(iri);
    const subject = this.store.getObjects(node, T.subject, null)[0];
    const predicate = this.store.getObjects(node, T.predicate, null)[0];
    const object = this.store.getObjects(node, T.object, null)[0];
    if (!subject || !predicate || !object) return undefined;
    // quotes by sentence: a quote phrase names its sentence
    const quotesBySentence = new Map<string, Array<{ begin: number; end: number }>>();
    for (const q of this.store.getObjects(node, T.quote, null)) {
      const sentence = this.one(q, T.nifSentence);
      const begin = this.num(q.value, T.begin);
      const end = this.num(q.value, T.end);
      if (!sentence || !Number.isFinite(begin) || !Number.isFinite(end)) continue;
      let list = quotesBySentence.get(sentence);
      if (!list) quotesBySentence.set(sentence, (list = []));
      list.push({ begin, end });
    }
    const sentenceIris = new Set<string>(quotesBySentence.keys());
    for (const s of this.store.getObjects(node, T.derivedFrom, null)) sentenceIris.add(s.value);
    const sources: Source[] = [];
    for (const s of sentenceIris) {
      const src = this.source(s, quotesBySentence.get(s) ?? [], opts.context ?? false);
      if (!src) continue;
      if (opts.articleContext && this.sentence(s)?.context !== opts.articleContext) continue;
      sources.push(src);
    }
    sources.sort(compareSources);
    const qualifiers: Qualifier[] = [];
    const byProperty = new Map<string, Qualifier>();
    for (const q of this.store.getQuads(node, null, null, null)) {
      if (STRUCTURAL.has(q.predicate.value)) continue;
      let entry = byProperty.get(q.predicate.value);
      if (!entry) {
        entry = { property: this.ref(q.predicate.value), values: [] };
        byProperty.set(q.predicate.value, entry);
        qualifiers.push(entry);
      }
      const amount = q.object.termType === 'NamedNode' ? this.one(q.object, T.value) : undefined;
      if (amount !== undefined) entry.values.push({ amount, currency: this.one(q.object, T.currency) ?? '' });
      else entry.values.push(this.value(q.object));
    }
    const date = sources.find((s) => s.date)?.date;
    return {
      iri,
      curie: compactIri(iri),
      subject: this.value(subject),
      predicate: this.ref(predicate.value),
      object: this.value(object),
      polarity: (lowerLocal(this.one(node, T.polarity)) ?? 'positive') as PolarityName,
      modality: (lowerLocal(this.one(node, T.modality)) ?? 'stated') as ModalityName,
      ...(this.one(node, T.derivation) ? { derivation: kebab(lowerLocal(this.one(node, T.derivation))!) } : {}),
      claimIds: this.store.getObjects(node, T.claimId, null).map((t) => t.value).sort(),
      qualifiers,
      sources,
      ...(date ? { date } : {}),
    };
  }
}

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Sources in date order (undated last), then by article and offset. */
export function compareSources(a: Source, b: Source): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  if (a.article.iri !== b.article.iri) return a.article.iri < b.article.iri ? -1 : 1;
  return a.sentence.begin - b.sentence.begin;
}
