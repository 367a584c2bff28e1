/**
 * A reader's verdict on the article (round 15): "A commenter on the League analysis called it well
 * argued", "Zed Q. found the League piece a good read", "the reader said it was well argued". A
 * comment often opens with such a verdict written as a sentence of its own ("Well argued."); the
 * claim is supported when a comment of that source, on the article the claim names ("it": the one
 * article its source phrase names), holds the verdict's words as one whole sentence. Nothing
 * refutes: a reader may praise or fault a piece in words the comment does not hold.
 */
import { anchorText, articlesOf, pseudoClaim, resolveArticle, type ArticleInfo } from './articles.js';
import { readSource, type ClaimScope } from './attribution.js';
import { NS, type CheckContext } from './context.js';
import { contraryWords } from './contrary-words.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

const JUDGING = 'called|calls|found|finds|judged|judges|deemed|deems|rated|rates|described|describes|praised|praises|termed|terms|considered|considers';
const SAYING = 'said|says|wrote|writes|thought|thinks|felt|feels';
/** "S called it X", "S found the piece X", "S described it as X". */
const JUDGED = cachedRegExp(`^(.+?)\\s+(?:${JUDGING})\\s+(.+?)(?:\\s+as)?$`, 'i');
/** "S said (that) it was X", "S wrote that the piece is X". */
const SAID = cachedRegExp(`^(.+?)\\s+(?:${SAYING})\\s+(?:that\\s+)?(.+?)\\s+(?:was|is)$`, 'i');
/**
 * Both shapes need one of their verbs between spaces: a claim without one is not read, tested
 * before the comments are scanned (every claim no pattern reads came here: round 23).
 */
const A_VERB = cachedRegExp(`\\s(?:${JUDGING}|${SAYING})\\s`, 'i');

const bare = (s: string): string => normalizeTypography(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether a comment belongs to the source. */
function bySource(scope: ClaimScope, article: ArticleInfo, author: string | undefined): boolean {
  if (scope.kind === 'reader') return !scope.articles || scope.articles.includes(article.iri);
  return scope.kind === 'agent' && !!author && scope.iris.includes(author);
}

/**
 * Reads and decides a reader's verdict on an article; undefined when the claim is none or no
 * comment of that source holds the verdict as a sentence of its own.
 *
 * @example
 * ```ts
 * checkReaderEvaluation(ctx, 'A reader of the League analysis called it well argued.')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function checkReaderEvaluation(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const plain = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (!A_VERB.test(plain)) return undefined;
  const said = bare(plain);
  for (const art of articlesOf(ctx)) {
    for (const c of art.comments) {
      for (const s of c.sentences) {
        const line = anchorText(ctx.store, s);
        const verdict = bare(line);
        // a verdict of its own: a short sentence, not the comment's header (a date)
        if (!verdict || verdict.split(' ').length > 4 || /\d/.test(verdict) || !said.endsWith(` ${verdict}`)) continue;
        const head = plain.split(/\s+/).slice(0, -verdict.split(' ').length).join(' ').replace(/[\s,:;"'\u201c\u201d]+$/, '');
        const m = JUDGED.exec(head) ?? SAID.exec(head);
        if (!m) continue;
        const scope = readSource(ctx, dropIgnorable(tokenize(m[1]!, ctx.morph), ctx.morph));
        if (!scope || !bySource(scope, art, c.author)) continue;
        // the thing judged: "it" is the one article the source phrase names; else an article mention
        const object = m[2]!.trim();
        const named = /^it$/i.test(object)
          ? (scope.kind === 'reader' && scope.articles?.length === 1 ? scope.articles : scope.kind === 'agent' ? [...new Set(articlesOf(ctx).filter((a) => a.comments.some((x) => x.author && scope.iris.includes(x.author))).map((a) => a.iri))] : [])
          : resolveArticle(ctx, tokenize(object, ctx.morph))?.map((a) => a.iri) ?? [];
        if (named.length !== 1 || named[0] !== art.iri) continue;
        const interpretation: Interpretation = {
          subject: { kind: 'entity', iri: art.iri, label: art.headline }, predicate: `${NS.schema}comment`, predicateName: 'comment',
          object: { kind: 'string', value: line }, polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: 'a reader\'s verdict on the article (a sentence of its comment)',
        };
        const explanation = `Supported by the comment's own words: a comment on "${art.headline}" by that reader says "${line}".`;
        return { interpretation, evaluation: { verdict: 'SUPPORTED', reason: 'article-metadata', conflict: false, bearings: [{ claim: pseudoClaim(art.iri, [s]), stance: 'supports', reason: 'article-metadata', note: 'the comment\'s own words' }], explanation } };
      }
    }
  }
  return contraryVerdict(ctx, plain) ?? undecidedVerdict(ctx, plain);
}

/** The verdict a claim gives a piece: an adverb and a participle ("well analysed", "poorly researched"). */
const VERDICT = /^(?:well|badly|[a-z]+ly)\s+[a-z]+(?:ed|en)$/;

/**
 * "A reader of the Zenda story called it well analysed" when no comment of that source on the one
 * article it names holds the verdict (round 23): read (the article, schema:comment, the verdict)
 * and held NOT_ENOUGH_INFO, since nothing refutes a reader's praise in words the comment does not
 * hold (the contrary adverb aside, read by contraryVerdict). A source phrase naming no article, or
 * several, is no reading.
 */
function undecidedVerdict(ctx: CheckContext, plain: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const words = plain.split(/\s+/);
  if (words.length < 4 || !VERDICT.test(words.slice(-2).join(' ').toLowerCase())) return undefined;
  const m = JUDGED.exec(words.slice(0, -2).join(' ')) ?? SAID.exec(words.slice(0, -2).join(' '));
  if (!m) return undefined;
  const scope = readSource(ctx, dropIgnorable(tokenize(m[1]!, ctx.morph), ctx.morph));
  if (!scope || scope.kind !== 'reader' || scope.articles?.length !== 1) return undefined;
  const object = m[2]!.trim();
  const named = /^it$/i.test(object) ? scope.articles : resolveArticle(ctx, tokenize(object, ctx.morph))?.map((a) => a.iri) ?? [];
  const art = named.length === 1 && named[0] === scope.articles[0] ? articlesOf(ctx).find((a) => a.iri === named[0]) : undefined;
  if (!art) return undefined;
  const verdict = words.slice(-2).join(' ');
  const interpretation: Interpretation = {
    subject: { kind: 'entity', iri: art.iri, label: art.headline }, predicate: `${NS.schema}comment`, predicateName: 'comment',
    object: { kind: 'string', value: verdict }, polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: 'a reader\'s verdict on the article (a sentence of its comment)',
  };
  const held = art.comments.length ? `no comment on "${art.headline}" holds "${verdict}" as a sentence of its own` : `the graph holds no reader's comment on "${art.headline}"`;
  const explanation = `Not enough information: ${held}, and a reader may judge a piece in words no comment holds.`;
  return { interpretation, evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'no-claim', conflict: false, bearings: [], explanation } };
}

/**
 * "S called it poorly researched" when every comment of that source on the article opens with a
 * verdict of its own whose adverb is the contrary one ("Well analysed."; lexicon cg:contraryWord
 * "poorly => well"): refuted (round 19). The verb after the adverb may differ (a reader who found
 * a piece well analysed did not call it poorly done); a comment with no such verdict, or with
 * another, leaves the claim undecided.
 */
function contraryVerdict(ctx: CheckContext, plain: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const words = plain.split(/\s+/);
  if (words.length < 4) return undefined;
  const adverb = words[words.length - 2]!.toLowerCase();
  const contrary = new Set(contraryWords(ctx).get(adverb) ?? []);
  if (!contrary.size) return undefined;
  const m = JUDGED.exec(words.slice(0, -2).join(' ')) ?? SAID.exec(words.slice(0, -2).join(' '));
  if (!m) return undefined;
  const scope = readSource(ctx, dropIgnorable(tokenize(m[1]!, ctx.morph), ctx.morph));
  if (!scope) return undefined;
  const object = m[2]!.trim();
  const named = /^it$/i.test(object)
    ? (scope.kind === 'reader' && scope.articles?.length === 1 ? scope.articles : scope.kind === 'agent' ? [...new Set(articlesOf(ctx).filter((a) => a.comments.some((x) => x.author && scope.iris.includes(x.author))).map((a) => a.iri))] : [])
    : resolveArticle(ctx, tokenize(object, ctx.morph))?.map((a) => a.iri) ?? [];
  if (named.length !== 1) return undefined;
  const art = articlesOf(ctx).find((a) => a.iri === named[0]);
  const mine = art?.comments.filter((c) => bySource(scope, art, c.author)) ?? [];
  if (!art || !mine.length) return undefined;
  const cited: Array<{ s: string; line: string }> = [];
  for (const c of mine) {
    const verdict = c.sentences.map((s) => ({ s, line: anchorText(ctx.store, s) }))
      .find(({ line }) => { const b = bare(line); return !!b && b.split(' ').length <= 4 && !/\d/.test(b); });
    if (!verdict || !contrary.has(bare(verdict.line).split(' ')[0]!)) return undefined;
    cited.push(verdict);
  }
  const interpretation: Interpretation = {
    subject: { kind: 'entity', iri: art.iri, label: art.headline }, predicate: `${NS.schema}comment`, predicateName: 'comment',
    object: { kind: 'string', value: words.slice(-2).join(' ') }, polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: 'a reader\'s verdict on the article (a sentence of its comment)',
  };
  const explanation = `Refuted: the source's ${cited.length === 1 ? 'comment' : 'comments'} on "${art.headline}" ${cited.length === 1 ? 'opens' : 'open'} with the verdict ${cited.map((c) => `"${c.line}"`).join(', ')}, the contrary of "${adverb}" (lexicon cg:contraryWord).`;
  return { interpretation, evaluation: { verdict: 'REFUTED', reason: 'article-metadata', conflict: false,
    bearings: cited.map((c) => ({ claim: pseudoClaim(art.iri, [c.s]), stance: 'refutes' as const, reason: 'article-metadata' as const, note: 'the comment\'s own words' })), explanation } };
}
