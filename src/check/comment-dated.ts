/**
 * When a comment picked by its rank was posted (round 15): "the only comment on the League story
 * is dated 4 May 2011", "the League story's second comment was posted at 21:40 on 5 May 2011", "the
 * first reader comment on X went up in May 2011". The rank is by schema:dateCreated, and a comment
 * is picked only when the graph holds every comment the page counts (schema:commentCount), each
 * dated, at different times ("the only comment": the page counts one). The comment's day (and clock
 * time, when the claim gives one) decides both ways; the comment's header is the evidence.
 */
import { pseudoClaim, resolveArticle, type ArticleInfo } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { readWhen } from './metadata.js';
import { tokenize } from './text.js';
import type { Interpretation, Verdict } from './types.js';
import type { Evaluation } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

const RANK = '(first|second|third|fourth|fifth|last|latest|earliest|only|sole|lone)';
const VERB = '(?:(?:is|was|has\\s+been|had\\s+been)\\s+)?(?:dated|posted|written|left|made|published|submitted|added|timestamped|went\\s+up|appeared|came\\s+in)';
const OF_ARTICLE = cachedRegExp(`^(?:the\\s+)?${RANK}\\s+(?:reader\\s+)?comment\\s+(?:on|about|under|to|below)\\s+(.+?)\\s+${VERB}\\s+(.+)$`, 'i');
const POSSESSED = cachedRegExp(`^(.+?)(?:'s|\\u2019s)\\s+${RANK}\\s+(?:reader\\s+)?comment\\s+${VERB}\\s+(.+)$`, 'i');
const ORDINAL: Record<string, number> = { first: 1, earliest: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

/** The comment of that rank, when the graph holds the page's every comment, dated at different times. */
function picked(art: ArticleInfo, rank: string, stamps: Map<string, string>): string | undefined {
  const r = rank.toLowerCase();
  const all = art.comments;
  if (art.commentCount === undefined || all.length !== art.commentCount || !all.length) return undefined;
  if (all.some((c) => !stamps.get(c.iri))) return undefined;
  const sorted = [...all].sort((a, b) => (stamps.get(a.iri)! < stamps.get(b.iri)! ? -1 : 1));
  if (new Set(sorted.map((c) => stamps.get(c.iri))).size !== sorted.length) return undefined;
  if (r === 'only' || r === 'sole' || r === 'lone') return sorted.length === 1 ? sorted[0]!.iri : undefined;
  const n = r === 'last' || r === 'latest' ? sorted.length : ORDINAL[r];
  return n && n <= sorted.length ? sorted[n - 1]!.iri : undefined;
}

/**
 * Reads and decides when a comment picked by rank was posted; undefined when the claim is none or
 * the comment cannot be picked.
 *
 * @example
 * ```ts
 * checkCommentDated(ctx, 'The only comment on the League story is dated 4 May 2011.')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function checkCommentDated(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const plain = text.trim().replace(/[.!?]+$/, '');
  const a = OF_ARTICLE.exec(plain);
  const b = a ? undefined : POSSESSED.exec(plain);
  const [rank, mention, time] = a ? [a[1]!, a[2]!, a[3]!] : b ? [b[2]!, b[1]!, b[3]!] : [];
  if (!rank || !mention || !time) return undefined;
  const arts = resolveArticle(ctx, tokenize(mention, ctx.morph));
  if (arts?.length !== 1) return undefined;
  const art = arts[0]!;
  const stamps = new Map(art.comments.map((c) => [c.iri, ctx.store.getObjects(c.iri, `${NS.schema}dateCreated`, null)[0]?.value ?? '']));
  const comment = picked(art, rank, stamps);
  if (!comment) return undefined;
  // "at 21:40 (on) 5 May 2011", "on 5 May 2011 at 9:12 pm": a clock time beside the day
  // (round 41) "at 17.01.2016" is a day, not 17:01: no clock time before a dot or slash and a digit
  const clockRe = /\s*,?\s*\bat\s+(\d{1,2})[:.](\d{2})(?![./-]\d)(?:\s*([ap])\.?\s*m\.?)?\s*,?/i;
  const clock = clockRe.exec(time);
  const dayText = (clock ? time.replace(clockRe, ' ') : time).trim().replace(/^,\s*/, '');
  const when = dayText ? readWhen(tokenize(/^(?:on|in|during|before|after|by|since)\b/i.test(dayText) ? dayText : `on ${dayText}`, ctx.morph)) : undefined;
  if (dayText && !when) return undefined;
  if (!when && !clock) return undefined;
  const stamp = stamps.get(comment)!;
  const day = stamp.slice(0, 10);
  const why: string[] = [];
  let verdict: Verdict = 'SUPPORTED';
  if (when) {
    const fits = when.op === 'in' ? day >= when.lo && day <= when.hi : when.op === 'before' ? day < when.lo : when.op === 'after' ? day > when.hi : day <= when.hi;
    if (!fits) verdict = 'REFUTED';
    why.push(`it is dated ${day}, ${fits ? 'which is' : 'not'} ${when.text}`);
  }
  if (clock) {
    let h = Number(clock[1]);
    if (clock[3]?.toLowerCase() === 'p' && h < 12) h += 12;
    if (clock[3]?.toLowerCase() === 'a' && h === 12) h = 0;
    const said = `${String(h).padStart(2, '0')}:${clock[2]}`;
    const at = stamp.slice(11, 16);
    if (!at) return undefined;
    if (at !== said) verdict = 'REFUTED';
    why.push(`it was posted at ${at}${at === said ? '' : `, not ${said}`}`);
  }
  const c = art.comments.find((x) => x.iri === comment)!;
  const interpretation: Interpretation = {
    subject: { kind: 'entity', iri: comment, label: `the ${rank} comment on "${art.headline}"` }, predicate: `${NS.schema}dateCreated`, predicateName: 'dateCreated',
    object: { kind: 'string', value: time }, polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: 'a comment picked by rank, and when it was posted',
  };
  const stance = verdict === 'SUPPORTED' ? 'supports' as const : 'refutes' as const;
  const explanation = `${verdict === 'SUPPORTED' ? 'Supported' : 'Refuted'} by the comments of "${art.headline}" (the page counts ${art.commentCount}, the graph holds each, dated): the ${rank} comment ${why.join('; ')}.`;
  return { interpretation, evaluation: { verdict, reason: 'article-metadata', conflict: false, bearings: [{ claim: pseudoClaim(art.iri, c.sentences), stance, reason: 'article-metadata', note: why.join('; ') }], explanation } };
}
