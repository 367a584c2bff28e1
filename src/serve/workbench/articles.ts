/**
 * The article list and the article view: the text with its segments and sentences, every
 * quote phrase of a claim as a span, and the claims behind each span.
 */
import N3 from 'n3';
import { PREFIXES } from '../../graph/vocab.js';
import { HttpError } from '../protocol.js';
import { T, type ArticleInfo, type WorkbenchReader } from './reader.js';
import type { ArticleList, ArticleSummary, ArticleView, ClaimView, ModalityName, PolarityName, Span } from './types.js';

const { namedNode } = N3.DataFactory;

/** Spans (quote phrases) one article view carries at most; past it the view says `truncated`. */
export const MAX_SPANS = 5_000;

/** Every article of the graph in date order (undated last, then by title); memoised per reader. */
const sortedArticles = new WeakMap<WorkbenchReader, ArticleInfo[]>();

function allArticles(r: WorkbenchReader): ArticleInfo[] {
  let list = sortedArticles.get(r);
  if (!list) {
    const seen = new Set<string>();
    list = [];
    // an article is what a NIF context (its text) names as its source
    for (const q of r.store.getQuads(null, T.sourceUrl, null, null)) {
      if (seen.has(q.object.value)) continue;
      seen.add(q.object.value);
      const a = r.article(q.object.value);
      if (a) list.push(a);
    }
    list.sort((a, b) => {
      if (a.date !== b.date) {
        if (!a.date) return 1;
        if (!b.date) return -1;
        return a.date < b.date ? -1 : 1;
      }
      return a.title.localeCompare(b.title) || (a.iri < b.iri ? -1 : 1);
    });
    sortedArticles.set(r, list);
  }
  return list;
}

/** Claim nodes stated in the article itself or in one of its reader comments. */
function claimsOf(r: WorkbenchReader, article: string): string[] {
  const places = [namedNode(article), ...r.store.getObjects(namedNode(article), T.commentOf, null)];
  const out = new Set<string>();
  for (const p of places) {
    for (const c of r.store.getSubjects(T.statedIn, p, null)) if (r.store.countQuads(c, T.type, T.claim, null) > 0) out.add(c.value);
  }
  return [...out];
}

function summary(r: WorkbenchReader, a: ArticleInfo): ArticleSummary {
  let sentences = 0;
  let cited = 0;
  if (a.context) {
    for (const s of r.store.getSubjects(T.referenceContext, namedNode(a.context), null)) {
      if (r.store.countQuads(s, T.type, T.Sentence, null) === 0) continue;
      sentences++;
      if (r.store.countQuads(null, T.derivedFrom, s, null) > 0) cited++;
    }
  }
  return {
    iri: a.iri,
    id: a.id,
    title: a.title,
    ...(a.date ? { date: a.date } : {}),
    ...(a.author ? { author: r.ref(a.author) } : {}),
    claims: claimsOf(r, a.iri).length,
    sentences,
    citedSentences: cited,
    comments: r.store.countQuads(namedNode(a.iri), T.commentOf, null, null),
  };
}

/**
 * A page of the article list.
 *
 * @example
 * ```ts
 * listArticles(reader, 0, 50).articles[0].title;
 * ```
 */
export function listArticles(r: WorkbenchReader, offset: number, limit: number): ArticleList {
  const all = allArticles(r);
  return { total: all.length, offset, limit, articles: all.slice(offset, offset + limit).map((a) => summary(r, a)) };
}

/** The article IRI for a path id: `cga:<id>`, or the id itself when it is a whole IRI. */
export function findArticle(r: WorkbenchReader, id: string): ArticleInfo {
  const candidates = /^[a-z][a-z0-9+.-]*:/i.test(id) ? [id] : [`${PREFIXES.cga}${id}`];
  for (const iri of candidates) {
    const a = r.article(iri);
    if (a) return a;
  }
  throw new HttpError(404, `no article "${id}" in the graph; see /api/articles`, 'NOT_FOUND');
}

function combine<V extends string>(values: V[]): V | 'mixed' {
  const set = new Set(values);
  return set.size === 1 ? values[0]! : 'mixed';
}

/**
 * The article view: text, segments, sentences (cited or not), spans and their claims.
 *
 * @example
 * ```ts
 * const view = articleView(reader, 'freedonia-guild-2011');
 * view.spans.map((s) => s.text);
 * ```
 */
export function articleView(r: WorkbenchReader, id: string): ArticleView {
  const a = findArticle(r, id);
  const context = a.context;
  const text = context ? (r.one(context, T.isString) ?? '') : '';
  const segments: ArticleView['segments'] = [];
  const sentences: ArticleView['sentences'] = [];
  const phrases: string[] = [];
  if (context) {
    for (const node of r.store.getSubjects(T.referenceContext, namedNode(context), null)) {
      const types = new Set(r.store.getObjects(node, T.type, null).map((t) => t.value));
      if (types.has(T.Sentence.value)) {
        const s = r.sentence(node.value);
        if (s) sentences.push({ iri: s.iri, id: s.id, begin: s.begin, end: s.end, cited: r.store.countQuads(null, T.derivedFrom, node, null) > 0 });
      } else if (types.has(T.Phrase.value)) {
        phrases.push(node.value);
      } else {
        const seg = r.segment(node.value);
        if (seg && r.one(node, T.segmentKind)) segments.push({ iri: node.value, ...seg });
      }
    }
  }
  sentences.sort((x, y) => x.begin - y.begin);
  segments.sort((x, y) => x.begin - y.begin);
  const spans: Span[] = [];
  const claims: Record<string, ClaimView> = {};
  let truncated = false;
  for (const p of phrases.sort()) {
    const quoting = r.store.getSubjects(T.quote, namedNode(p), null).filter((c) => r.store.countQuads(c, T.type, T.claim, null) > 0);
    if (quoting.length === 0) continue;
    if (spans.length >= MAX_SPANS) {
      truncated = true;
      break;
    }
    const views: ClaimView[] = [];
    for (const c of quoting) {
      const view = claims[c.value] ?? r.claim(c.value, { articleContext: context });
      if (!view) continue;
      claims[c.value] = view;
      views.push(view);
    }
    const sentence = r.one(p, T.nifSentence);
    const info = sentence ? r.sentence(sentence) : undefined;
    const speaker = info ? r.speaker(info, a).kind : 'author';
    spans.push({
      iri: p,
      begin: r.num(p, T.begin),
      end: r.num(p, T.end),
      text: r.one(p, T.anchorOf) ?? '',
      claims: views.map((v) => v.iri).sort(),
      polarity: combine<PolarityName>(views.map((v) => v.polarity)),
      modality: combine<ModalityName>(views.map((v) => v.modality)),
      speaker,
    });
  }
  spans.sort((x, y) => x.begin - y.begin || y.end - x.end);
  return { article: summary(r, a), text, segments, sentences, spans, claims, truncated };
}
