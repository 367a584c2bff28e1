/**
 * A headline as a speaker (round 18, branch attrib18): "the League story's headline says the
 * bank opened with 12 members", "the headline of the Sylvania report puts the membership at
 * 10", "the Freedonia piece's title mentions Marsovia". The title is a line the graph holds
 * whole (schema:headline), so what it says is known; metadata.ts reads its words as a title and
 * leaves a report in other words undecided. Here the reported claim is checked against the claims
 * of the headline's article only (an article's headline summarises that article), and then kept
 * to what the headline itself says:
 *
 * - decided by the headline's own sentence (evidence in its headline segment): that verdict;
 * - supported by the body only: supported when every number of the claim is in the title and
 *   two or more of its content words are (the title gives that fact in its own words);
 * - refuted by the body only: refuted when a number of the claim is not in the title, the title
 *   gives another number, and two or more of the claim's content words are in it (the title
 *   gives that count otherwise);
 * - anything else (the title says nothing of it, as "the headline says the pipeline will cost
 *   US$ 5 billion" of a title about a groundbreaking): not enough information, with the reading.
 *
 * "mentions X": X a name of one graph entity; the title names it (a label of the entity, or its
 * demonym's stem) or does not (refuted: the title is held whole).
 */
import { articlesOf, pseudoClaim, resolveArticle, type ArticleInfo } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { normalizeTypography, tokenize } from './text.js';
import type { CheckResult, Interpretation } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';

/** "<article>'s headline|title <verb> <said>" and "the headline|title of <article> <verb> <said>". */
const FRAMES = [
  /^(?<art>.+?)\s*'s\s+(?:headline|title)\s+(?<verb>says|said|puts|put|reports|reported|states|stated|claims|claimed|announces|announced|mentions|mentioned|names|named)\s+(?:that\s+)?(?<said>.+)$/i,
  /^the\s+(?:headline|title)\s+of\s+(?<art>.+?)\s+(?<verb>says|said|puts|put|reports|reported|states|stated|claims|claimed|announces|announced|mentions|mentioned|names|named)\s+(?:that\s+)?(?<said>.+)$/i,
];

/** Small words that carry no content of a title or a claim. */
const GLUE = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'and', 'or', 'its', 'it', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'be', 'been', 'that', 'this', 'as', 'from']);

const wordsOf = (s: string): string[] => normalizeTypography(s).toLowerCase().replace(/(?<=\d),(?=\d)/g, '').replace(/[^\p{L}\p{N}.]+/gu, ' ')
  .replace(/\.(?!\d)/g, ' ').trim().split(/\s+/).filter(Boolean);
/** A word's stem for a loose match ("members" / "member", "opened" / "opens"). */
const stem = (w: string): string => w.replace(/(?:ing|ed|es|s)$/, '');
const numbersOf = (ws: string[]): string[] => ws.filter((w) => /^\d+(?:\.\d+)?$/.test(w));

/** A reading of a headline report: the article, the verb, what it is said to say. */
export interface HeadlineReport { article: ArticleInfo; mention: string; verb: string; said: string }

/**
 * Reads a claim that reports what an article's headline says; undefined for any other claim or
 * when the mention names no one article.
 *
 * @example
 * ```ts
 * readHeadlineReport(ctx, "The League story's headline says the bank opened in Gala City.");
 * // { article: <the League story>, mention: 'the League story', verb: 'says', said: 'the bank opened in Gala City' }
 * ```
 */
export function readHeadlineReport(ctx: CheckContext, text: string): HeadlineReport | undefined {
  const plain = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  for (const f of FRAMES) {
    const m = f.exec(plain);
    if (!m?.groups) continue;
    const arts = resolveArticle(ctx, tokenize(m.groups.art!, ctx.morph));
    if (!arts || arts.length !== 1 || articlesOf(ctx).length < 1) continue;
    let said = m.groups.said!;
    // "puts the membership at 10": what is put at a value is that value
    if (/^puts?$/i.test(m.groups.verb!)) {
      const at = /^(.+?)\s+at\s+(.+)$/i.exec(said);
      if (!at) continue;
      said = `${at[1]} is ${at[2]}`;
    }
    return { article: arts[0]!, mention: m.groups.art!.replace(/^the\s+/i, 'the '), verb: m.groups.verb!.toLowerCase(), said };
  }
  return undefined;
}

/**
 * Decides a headline report: "mentions X" by the title's words, a reported claim by the
 * article's claims kept to what the title says (see the module comment); undefined when not decided.
 *
 * @example
 * ```ts
 * await checkHeadlineReport(ctx, report, (claim, c) => checkClaim(store, claim, { context: c }));
 * ```
 */
export async function checkHeadlineReport(ctx: CheckContext, report: HeadlineReport, check: (claim: string, context: CheckContext) => Promise<CheckResult | undefined>): Promise<{ verdict: 'SUPPORTED' | 'REFUTED'; why: string; inner?: CheckResult } | undefined> {
  const title = report.article.headline;
  const have = wordsOf(title);
  const haveStems = new Set(have.map(stem));
  if (/^mention/.test(report.verb) || /^name/.test(report.verb)) {
    const ents = resolveMention(ctx, tokenize(report.said, ctx.morph));
    if (ents.length !== 1 || !/^[A-Z]/.test(report.said.trim())) return undefined;
    const labels = [...new Set([ents[0]!.label, ...ctx.store.getObjects(ents[0]!.iri, `${NS.skos}altLabel`, null).map((o) => o.value), ...ctx.store.getObjects(ents[0]!.iri, `${NS.rdfs}label`, null).map((o) => o.value)])];
    const joined = ` ${have.join(' ')} `;
    const named = labels.some((l) => {
      const w = wordsOf(l);
      return w.length > 0 && joined.includes(` ${w.join(' ')} `);
    });
    // a demonym ("Freedonian") or a possessive in the title names the entity as well: its stem
    const stemHit = labels.some((l) => wordsOf(l).length === 1 && have.some((h) => h.length >= 4 && wordsOf(l)[0]!.startsWith(h.slice(0, Math.max(4, h.length - 3)))));
    if (named) return { verdict: 'SUPPORTED', why: `the title, "${title}", names ${ents[0]!.label}` };
    if (stemHit) return undefined;
    return { verdict: 'REFUTED', why: `the title, "${title}", which the graph holds whole, names no ${ents[0]!.label}` };
  }
  // said as "according to <the article>, P": the attribution reader resolves "the bank" and keeps to that article's claims
  const inner = await check(`According to ${report.mention}, ${report.said}`, ctx);
  if (!inner || inner.verdict === 'NOT_ENOUGH_INFO' || inner.conflict) return undefined;
  const decisive = inner.evidence.filter((e) => e.stance === (inner.verdict === 'SUPPORTED' ? 'supports' : 'refutes'));
  if (decisive.some((e) => e.segment === 'headline')) return { verdict: inner.verdict, inner, why: `the title, "${title}", ${inner.verdict === 'SUPPORTED' ? 'states it so' : 'states otherwise'}` };
  const said = wordsOf(report.said);
  const content = said.filter((w) => !GLUE.has(w) && !/^\d/.test(w));
  const shared = content.filter((w) => haveStems.has(stem(w)));
  if (shared.length < 2) return undefined;
  const nums = numbersOf(said);
  const titleNums = numbersOf(have);
  if (inner.verdict === 'SUPPORTED' && nums.length && nums.every((n) => titleNums.includes(n))) {
    return { verdict: 'SUPPORTED', inner, why: `the title, "${title}", gives ${nums.join(', ')} with "${shared.join(' ')}"` };
  }
  if (inner.verdict === 'REFUTED' && nums.some((n) => !titleNums.includes(n)) && titleNums.length) {
    return { verdict: 'REFUTED', inner, why: `the title, "${title}", gives ${titleNums.join(', ')} with "${shared.join(' ')}", not ${nums.filter((n) => !titleNums.includes(n)).join(', ')}` };
  }
  return undefined;
}

/**
 * A headline report decided, as the checker's interpretation and evaluation; undefined when the
 * claim is no headline report or it is not decided (metadata.ts's reading stands).
 *
 * @example
 * ```ts
 * (await headlineSays(ctx, "The League story's headline mentions Marsovia.", check))?.evaluation.verdict; // 'REFUTED'
 * ```
 */
export async function headlineSays(ctx: CheckContext, text: string, check: (claim: string, context: CheckContext) => Promise<CheckResult | undefined>): Promise<{ interpretation: Interpretation; evaluation: Evaluation } | undefined> {
  const report = readHeadlineReport(ctx, text);
  if (!report) return undefined;
  const d = await checkHeadlineReport(ctx, report, check);
  if (!d) return undefined;
  const stance = d.verdict === 'SUPPORTED' ? 'supports' as const : 'refutes' as const;
  const bearings: Bearing[] = [{ claim: pseudoClaim(report.article.iri, report.article.headlineSentences), stance, reason: 'article-metadata', note: 'the headline\'s own words' }];
  const interpretation: Interpretation = {
    subject: { kind: 'entity', iri: report.article.iri, label: report.article.headline }, predicate: `${NS.schema}headline`, predicateName: 'headline',
    object: { kind: 'string', value: report.said }, polarity: 'positive', modality: 'stated', qualifiers: {},
    pattern: 'what a headline says (schema:headline, held whole; the article\'s claims kept to its words)',
  };
  const explanation = `${d.verdict === 'SUPPORTED' ? 'Supported' : 'Refuted'} by the article's headline: read as what the headline of "${report.article.headline}" ${report.verb} ("${report.said}"); ${d.why}.${d.inner ? ` The article's own claims: ${d.inner.explanation}` : ''}`;
  return { interpretation, evaluation: { verdict: d.verdict, reason: 'article-metadata', conflict: false, bearings, explanation } };
}
