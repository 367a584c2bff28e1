/**
 * Evidence: the sentences behind the claims that bear on a checked claim, with offsets, segment,
 * article and the quote spans to highlight, supporting before refuting, then in text order.
 */
import type { Term } from '@rdfjs/types';
import { NS, localName, type CheckContext } from './context.js';
import { anchorText } from './articles.js';
import type { Bearing } from './verdict.js';
import { claimsByPredicate, type ClaimInfo } from './claim-index.js';
import type { Evidence, SegmentName } from './types.js';

const cg = (l: string): string => NS.cg + l;

/**
 * Cited sentences of the bearings (supporting and refuting claims), in text order, or in the
 * sources' date order when time decided the verdict (`byDate`).
 *
 * @example
 * ```ts
 * const ev = collectEvidence(ctx, evaluation.bearings);
 * ev[0].sentence; // 's014'
 * ```
 */
export function collectEvidence(ctx: CheckContext, bearings: Bearing[], opts: { byDate?: boolean } = {}): Evidence[] {
  const { store } = ctx;
  const out: Evidence[] = [];
  const seen = new Set<string>();
  // near misses (another modality, other qualifiers) are shown only when nothing decided the claim
  const onlyRelated = bearings.every((b) => b.stance === 'related');
  for (const b of bearings) {
    if (b.stance === 'related' && !onlyRelated) continue;
    for (const sIri of b.claim.sentences) {
      const key = `${sIri}|${b.claim.iri}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const c = citedSentence(store, key, sIri, b.claim.iri);
      // a sentence without the claim's quote is cited for a premise: the one that places a
      // member in the group a group statement was expanded over; show that premise's quote
      const premise = c.highlights.length ? undefined : groupPremise(ctx, b.claim, sIri);
      out.push({
        sentence: c.sentence,
        sentenceIri: sIri,
        begin: c.begin, end: c.end,
        text: c.text,
        claim: b.claim.iri,
        segment: c.segment,
        article: c.article,
        ...(c.article ? { articleDate: c.articleDate } : {}),
        highlights: (premise?.highlights ?? c.highlights).map((h) => ({ ...h })),
        ...(premise ? { premise: premise.claim } : {}),
        stance: b.stance,
      });
    }
  }
  // when time decided the verdict, the sources in date order (an undated article by its earliest day)
  if (opts.byDate) {
    const day = (e: Evidence): string => /\d{4}-\d{2}-\d{2}/.exec(e.articleDate ?? '')?.[0] ?? '\uffff';
    return out.sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0) || (a.article ?? '').localeCompare(b.article ?? '') || a.begin - b.begin || (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0));
  }
  // supporting before refuting; the sentences holding the claim's quote before the ones that only
  // place a member in its group; then text order
  const states = (e: Evidence): number => (e.highlights.length && !e.premise ? 1 : 0);
  out.sort((a, b) => (a.stance === b.stance ? 0 : a.stance === 'supports' ? -1 : 1)
    || states(b) - states(a)
    || (a.article ?? '').localeCompare(b.article ?? '') || a.begin - b.begin || (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0));
  return out;
}

/**
 * The claim a cited sentence states for a claim expanded from a group statement ("all the
 * League's members ..."), when the sentence holds no quote of the claim itself: a positive stated
 * `partOf` claim, derived from that sentence, that places the claim's subject or object in the
 * statement's group. Its quote spans are the ones to highlight. Undefined when there is none.
 */
function groupPremise(ctx: CheckContext, claim: ClaimInfo, sIri: string): { claim: string; highlights: ReadonlyArray<{ begin: number; end: number }> } | undefined {
  const { store } = ctx;
  const partOf = ctx.axioms.properties.get('partOf');
  if (!partOf) return undefined;
  const groups = new Set(store.getObjects(claim.iri, cg('expandedFrom'), null)
    .flatMap((g) => store.getObjects(g, cg('group'), null).map((t) => t.value)));
  if (!groups.size) return undefined;
  const sides = new Set([claim.subject, claim.object.value]);
  const premise = (claimsByPredicate(ctx).get(partOf) ?? [])
    .filter((c) => c.polarity === 'positive' && c.modality === 'stated' && groups.has(c.object.value) && sides.has(c.subject) && c.sentences.includes(sIri))
    .sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0))[0];
  if (!premise) return undefined;
  const cited = citedSentence(store, `${sIri}|${premise.iri}`, sIri, premise.iri);
  return cited.highlights.length ? { claim: premise.iri, highlights: cited.highlights } : undefined;
}

/** What a cited sentence says of itself for one claim: all but the stance (`citedSentence`). */
interface CitedSentence {
  sentence: string;
  begin: number;
  end: number;
  text: string;
  segment: SegmentName;
  article: string | undefined;
  articleDate: string | undefined;
  /** The claim's quote spans in the sentence, sorted, offsets from the sentence's start. */
  highlights: ReadonlyArray<{ begin: number; end: number }>;
}

// per store (never changed once a context is built), per "sentence|claim"
const citedMemo = new WeakMap<object, Map<string, CitedSentence>>();

/**
 * The store's facts about a sentence cited for a claim, read once per store: the same bearings
 * are cited again for each reading of a claim's parts and rewrites, and these ten lookups per
 * sentence were ~1.3% of a batch (round 26 profile). Callers copy what they hand out.
 */
function citedSentence(store: CheckContext['store'], key: string, sIri: string, claimIri: string): CitedSentence {
  let memo = citedMemo.get(store);
  if (!memo) citedMemo.set(store, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  const one = (s: string, p: string): Term | undefined => store.getObjects(s, p, null)[0] as Term | undefined;
  const quotes = store.getObjects(claimIri, cg('quote'), null).map((t) => t.value);
  const begin = Number(one(sIri, NS.nif + 'beginIndex')?.value ?? NaN);
  const end = Number(one(sIri, NS.nif + 'endIndex')?.value ?? NaN);
  const seg = one(sIri, cg('inSegment'))?.value;
  const kind = seg ? one(seg, cg('segmentKind'))?.value : undefined;
  const ctxNode = one(sIri, NS.nif + 'referenceContext')?.value;
  const article = (ctxNode && one(ctxNode, NS.nif + 'sourceUrl')?.value) || (seg && one(seg, NS.schema + 'isPartOf')?.value) || undefined;
  // sentence ids repeat across articles: evidence names its article and the article's date
  const articleDate = (a: string): string => {
    const lo = one(a, cg('publishedNotBefore'))?.value;
    const hi = one(a, cg('publishedNotAfter'))?.value;
    return one(a, NS.schema + 'datePublished')?.value ?? (lo || hi ? `undated, ${lo ?? '?'}..${hi ?? '?'}` : 'undated');
  };
  const highlights: Array<{ begin: number; end: number }> = [];
  for (const qt of quotes) {
    if (one(qt, NS.nif + 'sentence')?.value !== sIri) continue;
    const qb = Number(one(qt, NS.nif + 'beginIndex')?.value);
    const qe = Number(one(qt, NS.nif + 'endIndex')?.value);
    if (Number.isFinite(qb) && Number.isFinite(qe)) highlights.push({ begin: qb - begin, end: qe - begin });
  }
  const c: CitedSentence = {
    sentence: one(sIri, cg('sentenceId'))?.value ?? localName(sIri),
    begin, end,
    text: anchorText(store, sIri),
    segment: segmentName(kind),
    article,
    articleDate: article ? articleDate(article) : undefined,
    highlights: highlights.sort((a, b) => a.begin - b.begin),
  };
  memo.set(key, c);
  return c;
}

function segmentName(kind: string | undefined): SegmentName {
  switch (kind && localName(kind)) {
    case 'Body': return 'body';
    case 'ReaderComment': return 'comment';
    case 'Headline': return 'headline';
    case 'Byline': return 'byline';
    case 'CommentMeta': return 'comment-meta';
    case 'Boilerplate': return 'boilerplate';
    default: return 'unknown';
  }
}
