/**
 * A reader comment's writer as the claim's subject (round 12): "Zed Q. commented on the story",
 * "Ann B. posted a comment on the article in May 2011", "X wrote the first comment on Y".
 * Decided from the comments the graph holds (schema:author with its schema:name, schema:dateCreated)
 * and the count the page states (schema:commentCount): a comment of that writer (at that time)
 * supports; a page with no comments refutes; when the graph holds every comment the page counts and
 * each names its writer, a name that shares no word with any writer, or a time none of that
 * writer's comments has, refutes. Anything less complete is NOT_ENOUGH_INFO.
 */
import { articlesOf, pseudoClaim, resolveArticle, type ArticleInfo, type CommentInfo } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { leadingRank, rankedCommenter } from './comment-pick.js';
import { cachedRegExp } from './regex-memo.js';
import { countsNoName } from './count-focus.js';
import { judgeWhen, readWhen, type When } from './metadata.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, tokenize } from './text.js';
import type { CheckValue, Interpretation, Verdict } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';

// "X commented on Y", "X has commented about Y"
const COMMENTED = /^(.+?)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:commented|posted)\s+(?:on|about|under)\s+(.+)$/i;
// "X posted / left / wrote / made a (reader) comment on Y", "X wrote the first comment on Y",
// "X wrote the last / second comment on Y" (round 40)
const POSTED = /^(.+?)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:posted|left|wrote|written|made|added|submitted|published)\s+(a|an|one|the\s+(?:first|earliest|second|third|fourth|fifth|last|latest|final|most\s+recent)|his|her|their|the)?\s*(?:reader\s+)?comment\s+(?:on|about|under|to|below)\s+(.+)$/i;
/** A comment's rank said before "comment" (round 40). */
const RANK = String.raw`first|earliest|second|third|fourth|fifth|last|latest|final|most\s+recent`;
const WRITTEN_BY = String.raw`\s+(?:(?:is|was|has\s+been)\s+(?:(?:written|posted|left|made|submitted|added|published)\s+)?by|came\s+from|(?:is|was)\s+from)\s+`;
// "the last comment on Y is by X", "the second comment under Y was posted by X", "... came from X" (round 40)
const RANKED_BY = cachedRegExp(String.raw`^(?:the\s+)?(${RANK})\s+(?:reader\s+)?comment\s+(on|about|under|to|below)\s+(.+?)${WRITTEN_BY}(.+)$`, 'i');
// "Y's last comment was written by X" (round 40)
const RANKED_OF_BY = cachedRegExp(String.raw`^(.+?)(?:'s|\u2019s)\s+(${RANK})\s+(?:reader\s+)?comment${WRITTEN_BY}(.+)$`, 'i');

/**
 * A ranked comment said from its side, with its writer after "by" or "from" (round 40, users32
 * article-meta-05 "The last comment under the League story is by Rufus T."), as the active "X wrote
 * the <rank> comment on Y" the reader below takes; any other text is returned as it is.
 *
 * @example
 * ```ts
 * rankedByWriter('The last comment on the Fixture story is by Zed Q.'); // 'Zed Q. wrote the last comment on the Fixture story'
 * ```
 */
export function rankedByWriter(plain: string): string {
  const m = RANKED_BY.exec(plain);
  if (m) return `${m[4]!.trim()} wrote the ${m[1]!.toLowerCase()} comment ${m[2]!.toLowerCase()} ${m[3]!.trim()}`;
  const o = RANKED_OF_BY.exec(plain);
  if (o) return `${o[3]!.trim()} wrote the ${o[2]!.toLowerCase()} comment on ${o[1]!.trim()}`;
  return plain;
}
// "X's comment (on Y) is dated / was posted / went up (on) <time>" (round 14)
const POSSESSED = /^(.+?)(?:'s|\u2019s)\s+(?:reader\s+)?comment(?:\s+(?:on|about|under)\s+(.+?))?\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:dated|timestamped|time-stamped|posted|written|left|made|published|submitted|added|went\s+up|appeared|came)\s+(.+)$/i;
// "X posted his comment on 3 May 2011": a time, no article (round 14)
const POSTED_WHEN = /^(.+?)\s+(?:has\s+|had\s+)?(?:posted|left|wrote|made|added|submitted|published)\s+(?:a|an|one|his|her|their|the)?\s*(?:reader\s+)?comment\s+((?:in|on|during|before|after|by|at)\s+.+)$/i;
// "X commented at 21:40", "X commented on 3 May 2011": a time, no article (round 23); "X posted on
// 3 May 2011" (round 41): "posted" without its object is commenting, read only for a writer of a
// comment the graph holds (pagesOf), as "commented" is
const COMMENTED_WHEN = /^(.+?)\s+(?:has\s+|had\s+)?(?:commented|posted)\s+((?:in|on|during|before|after|by|at)\s+.+)$/i;
/** Words that open a phrase naming no one writer ("a reader", "someone", "readers"); a count in focus ("Just two readers") is closed by count-focus.ts. */
const NOT_A_NAME = /^(?:a|an|the|no|some|any|one|two|three|several|many|nobody|someone|somebody|anyone|readers?|commenters?|people|users?|only|every|each|all)\b/i;

const norm = (s: string): string[] => s.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter(Boolean);

/** How a claimed name relates to a comment's writer: the same, unrelated (no word shared), or open. */
function relate(name: string[], writer: string | undefined): 'same' | 'other' | 'open' {
  if (!writer) return 'open';
  const w = norm(writer);
  if (name.every((x) => w.includes(x))) return 'same';
  return name.some((x) => w.includes(x)) ? 'open' : 'other';
}

interface Reading {
  name: string; articles: ArticleInfo[]; when?: When; first: boolean; known: boolean;
  /** "the last / second comment" (round 40): the rank that picks one comment (first from the start stays `first`). */ rank?: { rank: number; fromEnd: boolean };
  /** "21:40": a clock time said with the day (round 14). */ clock?: string;
  /** "on the morning of <day>": a part of the day said without a clock time (round 39). */ dayPart?: DayPart;
}

/**
 * A part of the day said without a clock time (round 39, users31 article-meta-04 "commented on the
 * morning of 17 January 2016"): the hours that fit it, and the wider window outside which a
 * comment's clock time refutes it (where a part of the day ends is a matter of usage: "12:30 in the
 * morning" or "17:30 in the evening" may be said, and are neither fitted nor refuted).
 */
interface DayPart { name: string; fits: (h: number) => boolean; near: (h: number) => boolean }
const DAY_PARTS: Record<string, DayPart> = {
  morning: { name: 'morning', fits: (h) => h >= 5 && h < 12, near: (h) => h >= 3 && h < 14 },
  afternoon: { name: 'afternoon', fits: (h) => h >= 12 && h < 17, near: (h) => h >= 11 && h < 19 },
  evening: { name: 'evening', fits: (h) => h >= 18 && h < 22, near: (h) => h >= 16 || h < 1 },
  night: { name: 'night', fits: (h) => h >= 22 || h < 4, near: (h) => h >= 20 || h < 6 },
};

/** "on the morning of 17 May 2011", "on 17 May 2011 in the morning": the part of the day and the day's words; undefined when none. */
function readDayPart(text: string): { part: DayPart; rest: string } | undefined {
  const before = /^(?:on|in|during)\s+the\s+(morning|afternoon|evening|night)\s+of\s+(.+)$/i.exec(text);
  if (before) return { part: DAY_PARTS[before[1]!.toLowerCase()]!, rest: `on ${before[2]!}` };
  const after = /^(.+?)\s*,?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))$/i.exec(text);
  if (after && /^(?:on|in)\s/i.test(after[1]!)) return { part: DAY_PARTS[(after[2] ?? after[3])!.toLowerCase()]!, rest: after[1]! };
  return undefined;
}

/** "at 21:40", "9:12 pm", "at 6.53 p.m.": a clock time as HH:MM, with the text left around it; undefined when none. */
function readClock(text: string): { clock: string; rest: string } | undefined {
  // a day written with dots or slashes ("17.01.2016", round 41) is no clock time: its day and month
  // would be read as 17:01 and the comment's own time would refute the claim
  const m = /(?:,\s*)?\b(?:at\s+)?(?<!\d[./-])(\d{1,2})[:.](\d{2})(?![./-]\d)(?:\s*([ap])\.?m\.?)?(?=\W|$)/i.exec(text);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59 || (m[3] && (h < 1 || h > 12))) return undefined;
  if (m[3]) h = (h % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
  return { clock: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`, rest };
}

/** The clock time (HH:MM) of a comment's schema:dateCreated, when the graph gives one. */
function clockOf(ctx: CheckContext, c: CommentInfo): string | undefined {
  const v = ctx.store.getObjects(c.iri, `${NS.schema}dateCreated`, null)[0]?.value;
  return /T(\d\d:\d\d)/.exec(v ?? '')?.[1];
}

/** The articles holding a comment by that name: "his comment" names no page, the writer does. */
function pagesOf(ctx: CheckContext, name: string): ArticleInfo[] | undefined {
  const said = norm(name);
  const found = articlesOf(ctx).filter((a) => a.comments.some((c) => relate(said, writerName(ctx, c)) === 'same'));
  return found.length ? found : undefined;
}

/** "X's comment ... is dated <time>", "X posted his comment on <time>": a writer and a time, maybe a page. */
function readDated(ctx: CheckContext, plain: string): Reading | undefined {
  const q = POSSESSED.exec(plain);
  const b = q ? undefined : POSTED_WHEN.exec(plain) ?? COMMENTED_WHEN.exec(plain);
  const name = (q?.[1] ?? b?.[1])?.trim();
  const whenText = (q?.[3] ?? b?.[2])?.trim();
  if (!name || !whenText || NOT_A_NAME.test(name) || countsNoName(ctx, name) || name.split(/\s+/).length > 4) return undefined;
  // a clock time is checked against the comment's own time; a part of the day alone is not read
  const timed = readClock(whenText);
  let dayText = timed ? timed.rest : whenText;
  // "in the evening, at 21:12": a part of the day the clock time falls in adds nothing to check
  const part = timed && /^(.*?)\s*,?\s*\b(?:in the (morning|afternoon|evening)|at (night))\s*,?\s*(.*)$/i.exec(dayText);
  if (part) {
    const h = Number(timed.clock.slice(0, 2));
    const name = (part[2] ?? part[3])!.toLowerCase();
    const within = name === 'morning' ? h >= 5 && h < 12 : name === 'afternoon' ? h >= 12 && h < 18 : name === 'evening' ? h >= 17 && h < 24 : h >= 20 || h < 5;
    if (!within) return undefined;
    dayText = `${part[1]} ${part[4]}`.trim();
  }
  // a part of the day alone: the comment's clock time decides it, with a margin (round 39)
  const dayPart = timed ? undefined : readDayPart(dayText);
  if (dayPart) dayText = dayPart.rest;
  if (/\b(?:am|pm|morning|evening|afternoon|night|noon|midnight)\b/i.test(dayText) || /\d[:.]\d\d/.test(dayText)) return undefined;
  const when = dayText ? readWhen(tokenize(/^(?:on|in|during|before|after|by)\b/i.test(dayText) || !timed ? dayText : `on ${dayText}`, ctx.morph)) : undefined;
  if (!when && !(timed && !dayText)) return undefined;
  let articles: ArticleInfo[] | undefined;
  if (q?.[2]) {
    const span = dropIgnorable(tokenize(q[2], ctx.morph), ctx.morph);
    articles = span.length ? resolveArticle(ctx, span) : undefined;
    if (!articles?.length) return undefined;
  } else articles = pagesOf(ctx, name);
  if (!articles) return undefined;
  const known = resolveMention(ctx, dropIgnorable(tokenize(name, ctx.morph), ctx.morph)).some((e) => e.kind === 'entity');
  return { name, articles, ...(when ? { when } : {}), first: false, known, ...(timed ? { clock: timed.clock } : {}), ...(dayPart ? { dayPart: dayPart.part } : {}) };
}

function read(ctx: CheckContext, said: string): Reading | undefined {
  const dated = readDated(ctx, said);
  if (dated) return dated;
  const plain = rankedByWriter(said);
  const p = POSTED.exec(plain);
  const m = p ?? COMMENTED.exec(plain);
  if (!m) return undefined;
  const name = m[1]!.trim();
  if (NOT_A_NAME.test(name) || countsNoName(ctx, name) || name.split(/\s+/).length > 4) return undefined;
  const first = !!p && /first|earliest/i.test(p[2] ?? '');
  const ranked = p?.[2] && !first ? leadingRank(tokenize(p[2].replace(/^the\s+most\s+recent$/i, 'the last'), ctx.morph)) : undefined;
  let rest = (p ? p[3] : m[2])!.trim();
  // "... on the story at 21:40": a clock time after the article, checked as readDated checks it (round 23)
  const timed = /\d[:.]\d\d/.test(rest) ? readClock(rest) : undefined;
  if (timed) {
    if (/\b(?:am|pm|morning|evening|afternoon|night|noon|midnight)\b/i.test(timed.rest) || /\d[:.]\d\d/.test(timed.rest)) return undefined;
    rest = timed.rest;
  }
  const arts = (s: string): ArticleInfo[] | undefined => {
    const span = dropIgnorable(tokenize(s, ctx.morph), ctx.morph);
    const a = span.length ? resolveArticle(ctx, span) : undefined;
    return a?.length ? a : undefined;
  };
  // "... on the story in January 2016": the article, then a time. Tried before the whole rest as
  // the article (round 34): "the League article on January 16, 2016" also names a page by its
  // publication day (source-dates.ts), which would drop the time the comment is claimed for
  const t = /^(.+?)\s+((?:in|on|during|before|after|by)\s+.+)$/i.exec(rest);
  const split = t ? { articles: arts(t[1]!), when: readWhen(tokenize(t[2]!, ctx.morph)) } : undefined;
  let articles: ArticleInfo[] | undefined;
  let when: When | undefined;
  if (split?.articles && split.when) ({ articles, when } = split);
  else articles = arts(rest);
  if (!articles) return undefined;
  // a ranked comment with a time would be read in part (the rank decides, not the time): not read
  if (ranked && (when || timed)) return undefined;
  const known = resolveMention(ctx, dropIgnorable(tokenize(name, ctx.morph), ctx.morph)).some((e) => e.kind === 'entity');
  return { name, articles, ...(when ? { when } : {}), first, known, ...(timed ? { clock: timed.clock } : {}), ...(ranked ? { rank: { rank: ranked.rank, fromEnd: ranked.fromEnd } } : {}) };
}

function writerName(ctx: CheckContext, c: CommentInfo): string | undefined {
  return c.author ? ctx.store.getObjects(c.author, `${NS.schema}name`, null)[0]?.value : undefined;
}

function judge(ctx: CheckContext, r: Reading, a: ArticleInfo): { verdict: Verdict; why: string; sentences: string[] } {
  const title = `"${a.headline}"`;
  const name = norm(r.name);
  if (a.commentCount === 0) return { verdict: 'REFUTED', why: `the page of ${title} states no reader comments`, sentences: a.commentCountSentences };
  const complete = a.commentCount !== undefined && a.comments.length === a.commentCount && a.comments.every((c) => writerName(ctx, c));
  const list = a.comments.map((c) => `${writerName(ctx, c) ?? 'an unnamed reader'}${c.date ? ` (${c.date})` : ''}`).join(', ');
  if (r.first) {
    const dated = a.comments.filter((c) => c.date);
    if (!complete || dated.length !== a.comments.length || !dated.length) return { verdict: 'NOT_ENOUGH_INFO', why: `the graph does not hold every dated comment on ${title}`, sentences: [] };
    const day = dated.map((c) => c.date!).sort()[0]!;
    const firsts = dated.filter((c) => c.date === day);
    const rel = firsts.map((c) => relate(name, writerName(ctx, c)));
    const verdict: Verdict = rel.includes('same') && firsts.length === 1 ? 'SUPPORTED' : rel.every((x) => x === 'other') ? 'REFUTED' : 'NOT_ENOUGH_INFO';
    return { verdict, why: `the first reader comment on ${title} is ${firsts.map((c) => writerName(ctx, c)).join(', ')}'s, dated ${day} (comments: ${list})`, sentences: firsts.flatMap((c) => c.sentences) };
  }
  if (r.rank) {
    // the rank picks one comment only when every comment is held and dated on its own day (comment-pick.ts)
    // a rank past the count the page states names no comment ("the third" of two)
    if (a.commentCount !== undefined && r.rank.rank > a.commentCount) {
      return { verdict: 'REFUTED', why: `the page of ${title} states ${a.commentCount} reader comment${a.commentCount === 1 ? '' : 's'}, so none is ranked ${r.rank.rank}${r.rank.fromEnd ? ' from the end' : ''}`, sentences: a.commentCountSentences };
    }
    const author = rankedCommenter(ctx, [a], r.rank);
    const picked = author ? a.comments.find((c) => c.author === author) : undefined;
    if (!picked) return { verdict: 'NOT_ENOUGH_INFO', why: `the graph does not rank every comment on ${title} by its day`, sentences: [] };
    const rel = relate(name, writerName(ctx, picked));
    const verdict: Verdict = rel === 'same' ? 'SUPPORTED' : rel === 'other' ? 'REFUTED' : 'NOT_ENOUGH_INFO';
    const nth = r.rank.fromEnd ? (r.rank.rank === 1 ? 'last' : `${r.rank.rank} from the end`) : String(r.rank.rank);
    return { verdict, why: `the reader comment ranked ${nth} on ${title} by date is ${writerName(ctx, picked) ?? 'an unnamed reader'}'s (comments: ${list})`, sentences: verdict === 'REFUTED' ? [...a.commentCountSentences, ...picked.sentences] : picked.sentences };
  }
  const mine = a.comments.filter((c) => relate(name, writerName(ctx, c)) === 'same');
  // a claimed clock time needs the comment's own: a comment the graph does not time neither fits nor refutes
  const timedOk = (c: CommentInfo): boolean | undefined => {
    const own = clockOf(ctx, c);
    if (r.dayPart) {
      if (own === undefined) return undefined;
      const h = Number(own.slice(0, 2));
      // within the part fits; outside its wider window refutes; at its fuzzy edges neither
      return r.dayPart.fits(h) ? true : r.dayPart.near(h) ? undefined : false;
    }
    return r.clock === undefined ? true : own === undefined ? undefined : own === r.clock;
  };
  const fit = (r.when ? mine.filter((c) => c.date && judgeWhen(c.date, c.date, r.when!) === 'SUPPORTED') : mine).filter((c) => timedOk(c) === true);
  const at = r.dayPart && fit.length ? ` at ${clockOf(ctx, fit[0]!)}, in the ${r.dayPart.name}` : '';
  if (fit.length) return { verdict: 'SUPPORTED', why: `${title} holds a reader comment by ${writerName(ctx, fit[0]!)}${fit[0]!.date ? ` dated ${fit[0]!.date}` : ''}${at}`, sentences: fit.flatMap((c) => c.sentences) };
  if (!complete) return { verdict: 'NOT_ENOUGH_INFO', why: `the graph does not name the writer of every comment the page of ${title} counts`, sentences: [] };
  // a person the graph knows otherwise (an author, an official) may have "commented on" the story
  // elsewhere: only a name known as no one but a page's commenter is refuted by the page
  const others = !r.known && a.comments.every((c) => relate(name, writerName(ctx, c)) === 'other');
  const late = mine.length > 0 && (r.when || r.clock || r.dayPart) && mine.every((c) => (r.when && c.date && judgeWhen(c.date, c.date, r.when) === 'REFUTED') || timedOk(c) === false);
  if (others || late) {
    return { verdict: 'REFUTED', why: `the page of ${title} states ${a.commentCount} reader comment${a.commentCount === 1 ? '' : 's'}, all held: ${list}`, sentences: [...a.commentCountSentences, ...a.comments.flatMap((c) => c.sentences)] };
  }
  return { verdict: 'NOT_ENOUGH_INFO', why: `the comments on ${title} are ${list}`, sentences: [] };
}

/**
 * Reads and decides "X commented on Y [at a time]" / "X wrote the first comment on Y"; undefined
 * when the claim is not one.
 *
 * @example
 * ```ts
 * checkCommenter(ctx, 'Zed Q. commented on the Fixture story')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function checkCommenter(ctx: CheckContext, plain: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const r = read(ctx, plain);
  if (!r) return undefined;
  const outcomes = r.articles.map((a) => ({ a, ...judge(ctx, r, a) }));
  const verdict: Verdict = outcomes.some((o) => o.verdict === 'SUPPORTED') ? 'SUPPORTED' : outcomes.every((o) => o.verdict === 'REFUTED') ? 'REFUTED' : 'NOT_ENOUGH_INFO';
  const chosen = outcomes.filter((o) => o.verdict === verdict);
  const subject: CheckValue = { kind: 'unknown-entity', mention: r.name };
  const object: CheckValue = r.articles.length === 1
    ? { kind: 'entity', iri: r.articles[0]!.iri, label: r.articles[0]!.headline }
    : { kind: 'entities', items: r.articles.map((a) => ({ kind: 'entity' as const, iri: a.iri, label: a.headline })) };
  const interpretation: Interpretation = {
    subject, predicate: `${NS.schema}comment`, predicateName: 'comment', object, polarity: 'positive', modality: 'stated', qualifiers: {},
    pattern: `article metadata (a reader comment's writer${r.first ? ', the first comment' : ''}${r.rank ? `, the comment of rank ${r.rank.rank}${r.rank.fromEnd ? ' from the end' : ''}` : ''}${r.when ? `, ${r.when.text}` : ''}${r.clock ? `, at ${r.clock}` : ''}${r.dayPart ? `, in the ${r.dayPart.name}` : ''})`,
  };
  const stance = verdict === 'SUPPORTED' ? 'supports' as const : verdict === 'REFUTED' ? 'refutes' as const : 'related' as const;
  const bearings: Bearing[] = verdict === 'NOT_ENOUGH_INFO' ? [] : chosen.flatMap((o) => o.sentences.map((s) => ({ claim: pseudoClaim(o.a.iri, [s]), stance, reason: 'article-metadata', note: o.why })));
  const label = verdict === 'SUPPORTED' ? 'Supported' : verdict === 'REFUTED' ? 'Refuted' : 'Not enough information';
  const explanation = `${label} by the article's reader comments: ${(chosen.length ? chosen : outcomes).map((o) => o.why).join('; ')}.`;
  return { interpretation, evaluation: { verdict, reason: 'article-metadata', conflict: false, bearings, explanation } };
}
