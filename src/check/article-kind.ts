/**
 * What kind of article a page labels itself (round 12): "the Freedonia piece is labelled / billed /
 * described as an analysis", "the story is an analysis piece". The kind nouns are the lexicon's
 * `cg:articleKindNoun` on schema.org article types; the article's own rdf:type (meta.yaml `type`,
 * cited to its headline) supports. A kind the article lacks is not refuted: a page that does not
 * label itself so may still be one.
 */
import { pseudoClaim, resolveArticle } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { dropIgnorable, tokenize } from './text.js';
import type { Interpretation, Verdict } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';

// round 39 (users31 article-meta-05, "is labelled an analysis"): the verbs that name a kind without
// "as" too ("labelled / tagged / classed / styled / termed an analysis")
const FRAME = /^(.+?)\s+(?:is|was|has\s+been)\s+(?:(?:labell?ed|described|billed|tagged|marked|presented|published|run|classed|classified|categori[sz]ed|flagged|framed|styled|headlined|filed)\s+as\s+|(?:labell?ed|tagged|classed|styled|termed)\s+)?(?:an?\s+)?(.+)$/i;

const kinds = new WeakMap<object, Map<string, string>>();

function kindNouns(ctx: CheckContext): Map<string, string> {
  let m = kinds.get(ctx.lexicon);
  if (!m) {
    m = new Map(ctx.lexicon.getQuads(null, `${NS.cg}articleKindNoun`, null, null).map((q) => [q.object.value.toLowerCase(), q.subject.value]));
    kinds.set(ctx.lexicon, m);
  }
  return m;
}

/**
 * Reads and decides "<article> is labelled as a <kind>"; undefined when the claim is not one.
 *
 * @example
 * ```ts
 * checkArticleKind(ctx, 'The Freedonia piece is billed as an analysis')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function checkArticleKind(ctx: CheckContext, plain: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const m = FRAME.exec(plain.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const cls = kindNouns(ctx).get(m[2]!.toLowerCase());
  if (!cls) return undefined;
  const span = dropIgnorable(tokenize(m[1]!, ctx.morph), ctx.morph);
  const arts = span.length ? resolveArticle(ctx, span) : undefined;
  if (!arts?.length) return undefined;
  const typed = arts.filter((a) => ctx.store.countQuads(a.iri, `${NS.rdf}type`, cls, null) > 0);
  const verdict: Verdict = typed.length ? 'SUPPORTED' : 'NOT_ENOUGH_INFO';
  const kind = cls.replace(/^.*[/#]/, '');
  const interpretation: Interpretation = {
    subject: arts.length === 1 ? { kind: 'entity', iri: arts[0]!.iri, label: arts[0]!.headline } : { kind: 'entities', items: arts.map((a) => ({ kind: 'entity' as const, iri: a.iri, label: a.headline })) },
    predicate: `${NS.rdf}type`, predicateName: 'type', object: { kind: 'string', value: kind }, polarity: 'positive', modality: 'stated', qualifiers: {},
    pattern: 'article metadata (rdf:type, the kind of article)',
  };
  const bearings: Bearing[] = typed.flatMap((a) => a.headlineSentences.map((s) => ({ claim: pseudoClaim(a.iri, [s]), stance: 'supports' as const, reason: 'article-metadata', note: `the page labels it ${kind}` })));
  const explanation = typed.length
    ? `Supported by the article's metadata (rdf:type): "${typed[0]!.headline}" is a schema:${kind}.`
    : `Not enough information: the graph does not type ${arts.map((a) => `"${a.headline}"`).join(', ')} as schema:${kind}, which says nothing of how others may label it.`;
  return { interpretation, evaluation: { verdict, reason: 'article-metadata', conflict: false, bearings, explanation } };
}
