/**
 * The articles of the graph as sources a claim can name: their metadata (headline, authors,
 * publication date, comments with their writers and dates, byline and headline sentences) and
 * the mentions that pick them out ("the article", "the League article", "Ann Author's analysis",
 * "the Freedonia-Sylvania piece", a quoted title).
 */
import type { Term } from '@rdfjs/types';
import { NS, type CheckContext } from './context.js';
import { PAGE_NOUNS } from './page-nouns.js';
import { narrowByDate } from './source-dates.js';
import { dropIgnorable, keyOf, tokenize, type Token } from './text.js';
import type { ClaimInfo } from './verdict.js';

/** A reader comment of an article. */
export interface CommentInfo {
  iri: string;
  author?: string;
  /** `YYYY-MM-DD` of schema:dateCreated. */
  date?: string;
  /** Sentence IRIs of the comment's header (date, writer) and text. */
  sentences: string[];
}

/** One article of the graph, read once per context. */
export interface ArticleInfo {
  iri: string;
  headline: string;
  authors: string[];
  /** `YYYY-MM-DD` of schema:datePublished, when the graph gives it. */
  published?: string;
  comments: CommentInfo[];
  /** Sentences of the headline and of the byline (evidence for metadata claims). */
  headlineSentences: string[];
  bylineSentences: string[];
  /** Editors the page credits (schema:editor) and the number of reader comments it states
   * (schema:commentCount), each with the sentences its rdf:Statement is derived from. */
  editors: string[];
  editorSentences: string[];
  commentCount?: number;
  commentCountSentences: string[];
  /** Comparison forms of the headline's words and of the names of the entities it mentions. */
  words: Set<string>;
}

const cache = new WeakMap<object, ArticleInfo[]>();
const schema = (l: string): string => NS.schema + l;
const cg = (l: string): string => NS.cg + l;

function first(ctx: CheckContext, s: string, p: string): Term | undefined {
  return ctx.store.getObjects(s, p, null)[0] as Term | undefined;
}

/**
 * The exact text of a sentence or quote span (its `nif:anchorOf`), '' when the graph gives none:
 * the one reading of it for every reader that looks at a sentence's words.
 *
 * @example
 * ```ts
 * anchorText(ctx.store, sentenceIri); // 'Freedonia signed the treaty.'
 * ```
 */
export function anchorText(store: CheckContext['store'], iri: string): string {
  return store.getObjects(iri, NS.nif + 'anchorOf', null)[0]?.value ?? '';
}

/** Sentences by segment kind, for one article (the segments point to the article). */
export function sentencesOfKind(ctx: CheckContext, article: string, kind: string): string[] {
  const out: string[] = [];
  for (const seg of ctx.store.getSubjects(NS.schema + 'isPartOf', article, null)) {
    if (first(ctx, seg.value, cg('segmentKind'))?.value !== cg(kind)) continue;
    for (const s of ctx.store.getSubjects(cg('inSegment'), seg, null)) out.push(s.value);
  }
  return out.sort();
}

/**
 * Whether the graph holds an article (a subject of schema:headline), without reading any: a
 * check asks this of every claim, and reading every article (its sentences by kind, its
 * headline's entities) was over half of a fresh check's CPU profile on the 1M-triple bench
 * corpus (893 articles).
 *
 * @example
 * ```ts
 * hasArticles(ctx); // true when articlesOf(ctx).length > 0
 * ```
 */
export function hasArticles(ctx: CheckContext): boolean {
  return ctx.store.countQuads(null, schema('headline'), null, null) > 0;
}

/**
 * Every article of the graph (a subject of schema:headline), sorted by IRI.
 *
 * @example
 * ```ts
 * articlesOf(ctx)[0].authors; // ['https://w3id.org/claimgraph/resource/ann-author']
 * ```
 */
export function articlesOf(ctx: CheckContext): ArticleInfo[] {
  const key = ctx.store;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: ArticleInfo[] = [];
  for (const q of ctx.store.getQuads(null, schema('headline'), null, null)) {
    const iri = q.subject.value;
    const headline = q.object.value;
    const comments: CommentInfo[] = ctx.store.getObjects(iri, schema('comment'), null).map((c) => {
      const date = first(ctx, c.value, schema('dateCreated'))?.value.slice(0, 10);
      const seg = first(ctx, c.value, cg('segment'))?.value;
      const sentences = seg ? ctx.store.getSubjects(cg('inSegment'), seg, null).map((s) => s.value) : [];
      return { iri: c.value, author: first(ctx, c.value, schema('author'))?.value, ...(date ? { date } : {}), sentences: sentences.sort() };
    }).sort((a, b) => (a.iri < b.iri ? -1 : 1));
    const published = first(ctx, iri, schema('datePublished'))?.value.slice(0, 10);
    const count = first(ctx, iri, schema('commentCount'))?.value;
    const words = new Set(dropIgnorable(tokenize(headline, ctx.morph), ctx.morph).map((t) => t.norm));
    const headKey = ` ${keyOf(dropIgnorable(tokenize(headline, ctx.morph), ctx.morph))} `;
    for (const [label, iris] of ctx.labelIndex) {
      if (label.length < 3 || !headKey.includes(` ${label} `)) continue;
      for (const e of iris) for (const [l2, i2] of ctx.labelIndex) if (i2.has(e)) for (const w of l2.split(' ')) words.add(w);
    }
    out.push({
      iri, headline, words, comments,
      authors: ctx.store.getObjects(iri, schema('author'), null).map((a) => a.value).sort(),
      ...(published ? { published } : {}),
      headlineSentences: sentencesOfKind(ctx, iri, 'Headline'),
      bylineSentences: sentencesOfKind(ctx, iri, 'Byline'),
      editors: ctx.store.getObjects(iri, schema('editor'), null).map((a) => a.value).sort(),
      editorSentences: statedIn(ctx, iri, schema('editor')),
      ...(count && /^\d+$/.test(count) ? { commentCount: Number(count) } : {}),
      commentCountSentences: statedIn(ctx, iri, schema('commentCount')),
    });
  }
  out.sort((a, b) => (a.iri < b.iri ? -1 : 1));
  cache.set(key, out);
  return out;
}

/** The sentences an rdf:Statement of `article predicate …` is derived from (the page's words for it). */
function statedIn(ctx: CheckContext, article: string, predicate: string): string[] {
  const rdf = (l: string): string => NS.rdf + l;
  return ctx.store.getSubjects(rdf('subject'), article, null)
    .filter((st) => ctx.store.countQuads(st, rdf('predicate'), predicate, null) > 0 && ctx.store.countQuads(st, rdf('type'), rdf('Statement'), null) > 0)
    .flatMap((st) => ctx.store.getObjects(st, NS.prov + 'wasDerivedFrom', null).map((s) => s.value)).sort();
}

/**
 * "write - up" as the tokenizer cuts it: a page noun written with a hyphen ("the canal write-up")
 * made one token again, so it heads the mention (round 24).
 */
function joinHyphenated(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.raw === '-')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [a, h, b] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
    const joined = h?.raw === '-' && b ? `${a.raw}-${b.raw}`.toLowerCase() : '';
    if (joined && PAGE_NOUNS.has(joined)) {
      out.push({ ...a, raw: joined, norm: joined, end: b!.end });
      i += 2;
    } else out.push(a);
  }
  return out;
}

/** Head nouns of an article mention. */
const ARTICLE_NOUNS = PAGE_NOUNS;
const isPageNoun = (t: Token): boolean => ARTICLE_NOUNS.has(t.raw.toLowerCase()) || ARTICLE_NOUNS.has(t.norm);
const LINKS = new Set(['by', 'on', 'about', 'of', "'s", 'from', 'titled', 'called', 'headlined', 'entitled', '-']);

/**
 * The articles a span names, or undefined when it is no article mention. "the article" names
 * every article (the claim is then read of each); "the League article", "Ann Author's analysis",
 * "the article by the Desk", "the piece on Freedonia's engagement" keep those whose
 * headline, author or headline's entities fit every other word.
 *
 * @example
 * ```ts
 * resolveArticle(ctx, tokenize("Ann Author's article", ctx.morph))?.map((a) => a.iri); // ['…/freedonia-visit-2015']
 * ```
 */
export function resolveArticle(ctx: CheckContext, span: readonly Token[]): ArticleInfo[] | undefined {
  const tokens = joinHyphenated(dropIgnorable([...span], ctx.morph));
  // a title, or three or more of its words in a row
  const said = tokens.map((t) => t.norm);
  if (said.length >= 3) {
    const titled = articlesOf(ctx).filter((a) => {
      const h = dropIgnorable(tokenize(a.headline, ctx.morph), ctx.morph).map((t) => t.norm);
      return h.some((_, i) => said.every((w, k) => h[i + k] === w));
    });
    if (titled.length) return titled;
  }
  const head = tokens.findIndex(isPageNoun);
  if (head < 0) return undefined;
  // "the League news item", "the canal news story": a page noun right after the head is part of it
  const rest = tokens.filter((t, i) => i !== head && !(i === head + 1 && isPageNoun(t)) && !LINKS.has(t.raw.toLowerCase()));
  let found = articlesOf(ctx);
  if (!rest.length) return found;
  // an author's name among the other words narrows to that author's articles
  for (let a = 0; a < rest.length; a++) {
    for (let b = rest.length; b > a; b--) {
      const iris = ctx.labelIndex.get(keyOf(rest.slice(a, b)));
      if (!iris) continue;
      const by = found.filter((art) => art.authors.some((x) => iris.has(x)));
      if (by.length) {
        found = by;
        rest.splice(a, b - a);
        a--;
        break;
      }
    }
  }
  // "the January 2016 report": the article of that time (src/check/source-dates.ts)
  const dated = narrowByDate(ctx, found, rest);
  if (dated) found = dated;
  const byHeadline = found.filter((art) => rest.every((t) => art.words.has(t.norm)));
  if (byHeadline.length || !rest.length) return byHeadline;
  // "the gala report", "the Zembla ceremony story": words the headline lacks that name what
  // the article reports (the entities its claims state, `topicWords`): the article whose subject
  // they name, never the entity itself (round 24). Only one article may fit: a topic several
  // articles report ("the Sylvania story" of two) names none of them in particular.
  const byTopic = found.filter((art) => rest.every((t) => art.words.has(t.norm) || topicWords(ctx, art).has(t.norm)));
  return byTopic.length === 1 ? byTopic : [];
}

const topicCache = new WeakMap<object, Map<string, Set<string>>>();

/**
 * The words of the names of the entities an article's claims state (rdf:subject and rdf:object of
 * the claims `cg:statedIn` it), read only when a mention's words are not the headline's: "the
 * gala report" names the article stating the gala.
 *
 * @example
 * ```ts
 * topicWords(ctx, articlesOf(ctx)[0]).has('gala'); // true for the article stating the gala
 * ```
 */
export function topicWords(ctx: CheckContext, art: ArticleInfo): Set<string> {
  let perStore = topicCache.get(ctx.store);
  if (!perStore) topicCache.set(ctx.store, (perStore = new Map()));
  const hit = perStore.get(art.iri);
  if (hit) return hit;
  const rdf = (l: string): string => NS.rdf + l;
  const named = new Set<string>();
  for (const c of ctx.store.getSubjects(cg('statedIn'), art.iri, null)) {
    for (const p of [rdf('subject'), rdf('object')]) for (const o of ctx.store.getObjects(c, p, null)) if (o.termType === 'NamedNode') named.add(o.value);
  }
  const words = new Set<string>();
  if (named.size) for (const [label, iris] of ctx.labelIndex) if ([...iris].some((i) => named.has(i))) for (const w of label.split(' ')) words.add(w);
  perStore.set(art.iri, words);
  return words;
}

/**
 * People and agents a span names as an author: "the author [of ARTICLE]", "the writer of the League
 * article", "ARTICLE 's author". Undefined when the span is no such phrase.
 *
 * @example
 * ```ts
 * authorsNamed(ctx, tokenize('the author of the Freedonia analysis', ctx.morph)); // ['…/ann-author']
 * ```
 */
export function authorsNamed(ctx: CheckContext, span: readonly Token[]): string[] | undefined {
  const tokens = dropIgnorable([...span], ctx.morph);
  if (!tokens.some((t) => AUTHOR_NOUN.test(t.raw))) return undefined;
  let articles: ArticleInfo[] | undefined;
  if (tokens.length === 1) articles = articlesOf(ctx);
  else {
    // "the author of ARTICLE", "ARTICLE's author": one author noun, no relative clause
    const split = splitSourceNoun(tokens);
    if (!split || split.clause || split.noun.length !== 1 || !AUTHOR_NOUN.test(split.noun[0]!.raw)) return undefined;
    if (split.link !== 'of' && split.link !== "'s") return undefined;
    articles = resolveArticle(ctx, split.article);
  }
  if (!articles?.length) return undefined;
  const people = [...new Set(articles.flatMap((a) => a.authors))].sort();
  // "the author" of several articles by different people names no one in particular
  return people.length === 1 ? people : undefined;
}

const AUTHOR_NOUN = /^(?:author|writer|authors)$/i;

/** A source noun and the article it is tied to, as `splitSourceNoun` finds them. */
export interface SourceNounSplit {
  /** The words naming the source ("reader", "author", "commenter"). */
  noun: readonly Token[];
  /** The words naming the article. */
  article: readonly Token[];
  /** "'s" for "ARTICLE's NOUN", else the preposition of "NOUN of ARTICLE". */
  link: string;
  /** "NOUN who V on ARTICLE": the relative clause's words, lower case, joined by spaces. */
  clause?: string;
}

/**
 * Splits a span (its ignorable words dropped) into a source noun and the article it is tied to:
 * "NOUN of / on / under / below ARTICLE" when the preposition comes before any possessive ("the
 * author of Ann Author's piece"), with "NOUN who V on ARTICLE" giving the relative clause's words
 * for the caller to judge; else "ARTICLE's NOUN" at the last possessive ("Ann Author's piece's
 * commenter" keeps the article whole). One split for the readers of an author and
 * of a commenter (round 23: each split the phrase its own way before).
 *
 * @example
 * ```ts
 * splitSourceNoun(tokenize("League story 's commenter", morph)); // { noun: [commenter], article: [League, story], link: "'s" }
 * splitSourceNoun(tokenize('reader who commented on League story', morph)); // { noun: [reader], article: [League, story], link: 'on', clause: 'commented' }
 * ```
 */
export function splitSourceNoun(tokens: readonly Token[]): SourceNounSplit | undefined {
  const words = tokens.map((t) => t.raw.toLowerCase());
  const possessive = (w: string): boolean => w === "'s" || w === '\u2019s';
  const at = words.findIndex((w, i) => i > 0 && /^(?:of|on|under|below)$/.test(w));
  const poss = words.findIndex((w, i) => i > 0 && possessive(w));
  if (at > 0 && (poss < 0 || at < poss)) {
    const rel = words.findIndex((w, i) => i > 0 && i < at && /^(?:who|that)$/.test(w));
    return {
      noun: tokens.slice(0, rel > 0 ? rel : at),
      article: tokens.slice(at + 1),
      link: words[at]!,
      ...(rel > 0 ? { clause: words.slice(rel + 1, at).join(' ') } : {}),
    };
  }
  if (poss < 0) return undefined;
  let last = poss;
  for (let i = words.length - 1; i > poss; i--) if (possessive(words[i]!)) { last = i; break; }
  return { noun: tokens.slice(last + 1), article: tokens.slice(0, last), link: "'s" };
}

/**
 * The writer a span names as the one reader who commented on an article: "the commenter on the
 * League article", "the reader who commented on Ann Author's analysis", "the League article's
 * commenter" (a reader noun of the lexicon, `cg:sourceNoun` of cg:ReaderComment). Round 22: such a
 * phrase as the subject of a claim about the writer ("... is Sylvanian", "... lives in Sylvania").
 * Undefined when the span is no such phrase, or the article's comments have no one writer the graph
 * holds (a page with two commenters names no one in particular).
 *
 * @example
 * ```ts
 * commentersNamed(ctx, tokenize('the commenter on the Freedonia analysis', ctx.morph)); // ['…/comment/1/author']
 * ```
 */
export function commentersNamed(ctx: CheckContext, span: readonly Token[]): string[] | undefined {
  // the cheap test first: most spans name no reader
  if (!span.some((t) => /^(?:commenter|commentator|reader|commented|'s|\u2019s)$/i.test(t.raw))) return undefined;
  const split = splitSourceNoun(dropIgnorable([...span], ctx.morph));
  if (!split) return undefined;
  // "the reader who commented on X": the relative clause says the same as "the reader of X"
  if (split.clause !== undefined && !/^(?:has |had )?commented$/.test(split.clause)) return undefined;
  const { noun, article } = split;
  if (!noun.length || !ctx.attribution.readerNouns.has(keyOf(noun))) return undefined;
  const articles = resolveArticle(ctx, article);
  if (!articles?.length) return undefined;
  const writers = [...new Set(articles.flatMap((a) => a.comments.map((c) => c.author ?? '')))];
  return writers.length === 1 && writers[0] ? writers : undefined;
}

/** A stand-in claim for a sentence that states a fact about an article (its evidence). */
export function pseudoClaim(iri: string, sentences: string[]): ClaimInfo {
  return { iri, subject: iri, predicate: '', object: { termType: 'NamedNode', value: iri } as never, polarity: 'positive', modality: 'stated', qualifiers: new Map(), amounts: [], sentences, statedIn: [], assertedBy: [] };
}
