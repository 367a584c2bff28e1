/**
 * Claims about how many reader comments an article has ("Readers have posted comments on the
 * story", "the story has two comments / no comments", "a reader commented on the article",
 * "the only reader comment on the analysis"), decided by the count the page states
 * (schema:commentCount, cited to the sentence that states it). The stated count decides both
 * ways; an article whose page states no count gives NOT_ENOUGH_INFO: the comments the graph
 * happens to hold are no count (a page may show only some), and absence refutes nothing.
 */
import { pseudoClaim, resolveArticle, type ArticleInfo } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { focusCountAsExact } from './count-focus.js';
import { dropIgnorable, tokenize } from './text.js';
import { CARDINALS } from './values.js';
import type { CheckValue, Interpretation, Verdict } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

/** A claimed number of comments: at least `min`, at most `max` (inclusive). */
export interface CountReading {
  articles: ArticleInfo[];
  min: number;
  max: number;
  said: string;
  polarity: 'positive' | 'negative';
  /** "the only comment on X was ...": the count is presupposed, the claim is about the comment. */
  presupposed?: boolean;
  /**
   * "a reader commented on X in May 2011": a comment at a time the claim gives. The count decides
   * only through zero comments (none at all: none then); any other count leaves the time to decide.
   */
  timed?: boolean;
  /** "two readers commented on X": `min`..`max` count the people who commented, not comments. */
  readers?: boolean;
  /**
   * A vague count ("several", "many"): the least count that says it; a count from `min` up to it
   * is neither it nor its denial (round 39, fix31c: "many readers commented" was "at least one",
   * supported by one comment).
   */
  sure?: number;
}

/** A time closing a claim about comments ("... in December 2015", "on May 4, 2011"): a year ends it. */
const AT_TIME = /^(.+?)\s+(?:in|on|during|before|after|by|since|around)\s+[^,]*?\b\d{4}$/i;

const NOUN = String.raw`(?:reader\s+|readers'\s+)?(?:comments?|responses?|replies|thoughts?)`;
const ANY = String.raw`(?:any|some|a|one|several|many|multiple)`;
/** The number words a count of comments is said with ("readers left five comments"), two to twenty. */
const COUNT_WORDS = Object.entries(CARDINALS).filter(([, n]) => n >= 2 && n <= 20).map(([w]) => w).join('|');
/** A count of comments said before the noun: a number with the words that bound it. */
const COUNTED = cachedRegExp(String.raw`^(?:(?:only|just|exactly|at\s+least|more\s+than)\s+)?(?:\d+|${COUNT_WORDS})$`, 'i');
const HAVE = String.raw`(?:have|has|had|got|gotten|received|drew|drawn|attracted|carries|carried|carry)`;

// "readers have (not) posted comments on X", "no reader has commented on X", "a reader commented on X";
// "nobody has left a single comment under X" (round 36: "a single" under the subject's "no" is none)
const POSTED = cachedRegExp(String.raw`^(no|some|several|many|a\s+single|only\s+one|just\s+one|exactly\s+[a-z0-9]+|at\s+least\s+[a-z0-9]+|more\s+than\s+[a-z0-9]+|one|a|an|the|[a-z0-9]+)?\s*(?:readers?|commenters?|people|persons|users?)\s+(?:have\s+|has\s+|had\s+)?(not\s+|never\s+)?(?:(?:posted|left|written|made|submitted|added)\s+(?:(a\s+single|${ANY}|no|(?:only\s+|just\s+|exactly\s+|at\s+least\s+|more\s+than\s+)?(?:\d+|${COUNT_WORDS}))\s+)?${NOUN}\s+(?:on|about|under|to|below)|commented\s+(?:on|about|under))\s+(.+)$`, 'i');
// "X has (no | two | not had any) (reader) comments", "X does not have comments" (a bare plural: some)
const HAS = cachedRegExp(String.raw`^(.+?)\s+(?:(?:has|have|had|did|does)\s+(not\s+|never\s+)?)?${HAVE}?\s*(?:(no|zero|any|some|several|many|multiple|a|one|only\s+one|a\s+single|just\s+one|exactly\s+[a-z0-9]+|at\s+least\s+[a-z0-9]+|more\s+than\s+[a-z0-9]+|[a-z0-9]+)\s+)?${NOUN}$`, 'i');
// "X has / got / drew (reader) comments from N readers": the readers counted (no names after them)
const FROM_READERS = cachedRegExp(String.raw`^(.+?)\s+${HAVE}\s+${NOUN}\s+from\s+((?:only|just|exactly|at\s+least|more\s+than)\s+[a-z0-9]+|[a-z0-9]+)\s+(?:readers?|commenters?|people|users?)[.!]?$`, 'i');
// "there are no comments on X", "there have been two comments on X"
const THERE = cachedRegExp(String.raw`^there\s+(?:is|are|was|were|have\s+been|has\s+been)\s+(not\s+)?(no|any|some|a|one|[a-z0-9]+)\s+${NOUN}\s+(?:on|about|under)\s+(.+)$`, 'i');
// "the only (reader) comment on X ...": X has exactly one
const ONLY = cachedRegExp(String.raw`^(?:the|its)\s+only\s+${NOUN}\s+(?:on|about|under)\s+(.+?)(?:\s+(?:was|is|came|said|says|wrote|asked|praised|called)\b.*)?$`, 'i');

function number(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return CARDINALS[w];
}

/**
 * The vague count words and the least count each says: "several" three or more, as the closed-list
 * reader has it (src/check/closed-lists.ts); "many" and "numerous" more than any small count the
 * pages state. One or none is none of them; between, the page does not decide.
 */
const VAGUE_SURE: Record<string, number> = { several: 3, many: Infinity, numerous: Infinity };

/** The bounds a quantity phrase gives ("no" → 0..0, "some" → 1..∞, "two" → 2..2, "at least two" → 2..∞). */
function bounds(q: string | undefined): [number, number] | undefined {
  const w = (q ?? 'some').toLowerCase().replace(/\s+/g, ' ');
  if (w === 'no' || w === 'zero') return [0, 0];
  if (VAGUE_SURE[w] !== undefined) return [2, Infinity];
  if (['any', 'some', 'multiple'].includes(w)) return [w === 'multiple' ? 2 : 1, Infinity];
  if (w === 'a' || w === 'an' || w === 'one' || w === 'only one' || w === 'a single' || w === 'just one') return w === 'a' || w === 'an' ? [1, Infinity] : [1, 1];
  const m = /^(exactly|at least|more than) (\S+)$/.exec(w);
  const n = number(m ? m[2]! : w);
  if (n === undefined) return undefined;
  if (!m || m[1] === 'exactly') return [n, n];
  return m[1] === 'at least' ? [n, Infinity] : [n + 1, Infinity];
}

function articles(ctx: CheckContext, text: string): ArticleInfo[] | undefined {
  const span = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  if (!span.length) return undefined;
  const a = resolveArticle(ctx, span);
  return a?.length ? a : undefined;
}

/**
 * Reads a claim about an article's number of reader comments; undefined when it is not one.
 *
 * @example
 * ```ts
 * readCommentCount(ctx, 'The Fixture story has two reader comments'); // { min: 2, max: 2, … }
 * ```
 */
export function readCommentCount(ctx: CheckContext, plain: string): CountReading | undefined {
  // "nobody / no one has commented on X", "someone commented on X": a reader, none or some
  // "no reader comments at all", "none whatsoever": an intensifier of the "no" it follows (round 24)
  let text = plain.replace(/\s+/g, ' ').trim().replace(/\b(no\b.*?)\s+(?:at\s+all|whatsoever)$/i, '$1')
    .replace(/^(?:nobody|no[- ]one|not\s+a\s+single\s+(?:person|reader))\b/i, 'no reader')
    .replace(/^(?:someone|somebody|anyone|anybody)\b/i, 'a reader');
  // "X has / drew comments from two readers": "two readers commented on X" (round 33, quant33);
  // names after the count (", Zed Q. and Ann B.") are not read here: the claim stays unread
  text = text.replace(FROM_READERS, (_m, x: string, q: string) => `${q} readers commented on ${x}`);
  // "Just / merely / only two readers ...": the focus word says the count exactly (round 29)
  text = focusCountAsExact(ctx, text);
  let m = POSTED.exec(text);
  if (m) {
    // "... on the Freedonia piece in 2015": the time is the comment's, not a part of the article's
    // name (round 29: "the <topic> piece in <year>" resolved whole picked another article that
    // names the topic and the year); the whole span only when no time closes it
    const cut = AT_TIME.exec(m[4]!);
    const timedArts = cut ? articles(ctx, cut[1]!) : undefined;
    const timed = timedArts ? cut : undefined;
    const arts = timedArts ?? articles(ctx, m[4]!);
    if (!arts) return undefined;
    const q = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    // "several / many readers commented on X", "readers posted several comments on X": the vague
    // count of people, or of comments (round 39)
    const vague = [q, m[3]?.toLowerCase()].find((w) => w !== undefined && VAGUE_SURE[w] !== undefined);
    if (vague && !timed && !m[2]) {
      const readers = vague === q;
      return { articles: arts, min: 2, max: Infinity, said: readers ? vagueOf(vague).said.replace('reader comments', 'commenters') : vagueOf(vague).said, polarity: 'positive', sure: VAGUE_SURE[vague], ...(readers ? { readers: true } : {}) };
    }
    // "two readers commented on X", "only one reader commented on X": a number of people, not of
    // comments (round 12); "one reader" alone is "a reader", as before
    if (q && !['no', 'some', 'several', 'many', 'one', 'a', 'an', 'the'].includes(q)) {
      const b = bounds(q);
      if (!b || timed || m[2] || m[3]) return undefined;
      return { articles: arts, min: b[0], max: b[1], said: b[0] === b[1] ? `exactly ${b[0]} commenter${b[0] === 1 ? '' : 's'}` : `at least ${b[0]} commenters`, polarity: 'positive', readers: true };
    }
    // "readers posted two comments on X" (round 40, users32 article-meta-10 "Readers left five
    // comments under the League article" was read as "at least one"): the number of comments, exactly
    // as "X has two comments" says it; with a count of readers, a negation or a time it is not read
    // "readers left one comment on X" (round 41, precision41: read as "at least one"): "one" counts
    // the comments as a numeral does; after a count of readers ("a reader left one comment") it is
    // that reader's, and the page's count is not said, so it keeps the reading "some"; denied
    // ("have not left one comment") it is "not a single one", as before
    if (m[3] && (COUNTED.test(m[3]) || (/^one$/i.test(m[3]) && !q && !m[2] && !timed))) {
      const b = bounds(m[3].replace(/^(?:only|just)\s+/i, 'exactly '));
      if (!b || q || m[2] || timed) return undefined;
      return { articles: arts, min: b[0], max: b[1], said: phrase(b), polarity: 'positive' };
    }
    const none = q === 'no' || m[3]?.toLowerCase() === 'no';
    return { articles: arts, min: 1, max: Infinity, said: 'at least one reader comment', polarity: none !== !!m[2] ? 'negative' : 'positive', ...(timed ? { timed: true } : {}) };
  }
  m = THERE.exec(text);
  if (m) {
    const arts = articles(ctx, m[3]!);
    const b = bounds(m[2]);
    if (!arts || !b) return undefined;
    return negate({ articles: arts, min: b[0], max: b[1], polarity: 'positive', ...vagueOf(m[2], phrase(b)) }, !!m[1]);
  }
  m = ONLY.exec(text);
  if (m) {
    const arts = articles(ctx, m[1]!);
    if (!arts) return undefined;
    return { articles: arts, min: 1, max: 1, said: 'exactly one reader comment ("the only comment")', polarity: 'positive', presupposed: true };
  }
  m = HAS.exec(text);
  if (m) {
    const arts = articles(ctx, m[1]!);
    const b = bounds(m[3]);
    if (!arts || !b) return undefined;
    return negate({ articles: arts, min: b[0], max: b[1], polarity: 'positive', ...vagueOf(m[3], phrase(b)) }, !!m[2]);
  }
  return undefined;
}

/** The vague count a quantity word says (`sure`, and the words for it), if it is one. */
function vagueOf(q: string | undefined, plain = ''): { sure?: number; said: string } {
  const w = q?.toLowerCase();
  const sure = w === undefined ? undefined : VAGUE_SURE[w];
  if (sure === undefined) return { said: plain };
  return { sure, said: `${w} reader comments (${sure === Infinity ? 'more than a few' : `${sure} or more`}; one or none is not ${w})` };
}

/** "has not had any comments": the negation of "any" is "none", not a denial of "some". */
function negate(r: CountReading, not: boolean): CountReading {
  if (!not) return r;
  if (r.min === 1 && r.max === Infinity) return { ...r, min: 0, max: 0, said: 'no reader comment' };
  return { ...r, polarity: 'negative' };
}

const phrase = ([lo, hi]: [number, number]): string => (lo === hi ? `${lo === 0 ? 'no' : `exactly ${lo}`} reader comment${lo === 1 ? '' : 's'}` : `at least ${lo} reader comment${lo === 1 ? '' : 's'}`);

/**
 * How many people commented, from the stated count and the comments the graph holds: at most one
 * per comment; exactly the distinct writers when the graph holds every comment the page counts
 * and each names its writer (else at least one, when there is a comment). The claimed number
 * within those bounds supports, outside them refutes, otherwise the graph does not say.
 */
function judgeReaders(a: ArticleInfo, r: CountReading): { verdict: Verdict; why: string } {
  const count = a.commentCount!;
  const writers = new Set(a.comments.map((c) => c.author).filter((x): x is string => !!x));
  const whole = a.comments.length === count && writers.size > 0 && a.comments.every((c) => c.author);
  const lo = whole ? writers.size : Math.min(count, Math.max(1, writers.size));
  const hi = whole ? writers.size : count;
  const fits: Verdict = r.min <= lo && hi <= r.max ? 'SUPPORTED' : hi < r.min || lo > r.max ? 'REFUTED' : 'NOT_ENOUGH_INFO';
  const verdict: Verdict = fits === 'SUPPORTED' && r.sure !== undefined && lo < r.sure ? 'NOT_ENOUGH_INFO' : fits;
  const stated = `the page of "${a.headline}" states ${count === 0 ? 'no reader comments' : `${count} reader comment${count === 1 ? '' : 's'}`}`;
  return { verdict, why: whole ? `${stated}, by ${writers.size} different writer${writers.size === 1 ? '' : 's'}` : `${stated}, so ${lo === hi ? `${lo}` : `${lo} to ${hi}`} people commented` };
}

/**
 * Decides a {@link CountReading} by each article's stated count, as metadata claims are decided:
 * supported when one article fits, refuted when every one that the claim may name is refuted.
 *
 * @example
 * ```ts
 * decideCount(ctx, readCommentCount(ctx, 'Readers have posted comments on the Fixture story')!).evaluation.verdict;
 * ```
 */
export function decideCount(ctx: CheckContext, r: CountReading): { interpretation: Interpretation; evaluation: Evaluation } {
  const subject: CheckValue = r.articles.length === 1
    ? { kind: 'entity', iri: r.articles[0]!.iri, label: r.articles[0]!.headline }
    : { kind: 'entities', items: r.articles.map((a) => ({ kind: 'entity' as const, iri: a.iri, label: a.headline })) };
  const interpretation: Interpretation = {
    subject, predicate: `${NS.schema}commentCount`, predicateName: 'commentCount', object: { kind: 'string', value: r.said },
    polarity: r.polarity, modality: 'stated', qualifiers: {}, pattern: 'article metadata (schema:commentCount)',
  };
  const outcomes = r.articles.map((a) => {
    const title = `"${a.headline}"`;
    if (a.commentCount === undefined) return { a, verdict: 'NOT_ENOUGH_INFO' as Verdict, why: `the page of ${title} states no number of reader comments` };
    if (r.readers) return { a, ...judgeReaders(a, r) };
    const fits = a.commentCount >= r.min && a.commentCount <= r.max;
    const open = fits && r.sure !== undefined && a.commentCount < r.sure;
    return { a, verdict: (open ? 'NOT_ENOUGH_INFO' : fits ? 'SUPPORTED' : 'REFUTED') as Verdict, why: `the page of ${title} states ${a.commentCount === 0 ? 'no reader comments' : `${a.commentCount} reader comment${a.commentCount === 1 ? '' : 's'}`}` };
  });
  let verdict: Verdict = outcomes.some((o) => o.verdict === 'SUPPORTED') ? 'SUPPORTED' : outcomes.every((o) => o.verdict === 'REFUTED') ? 'REFUTED' : 'NOT_ENOUGH_INFO';
  const chosen = outcomes.filter((o) => o.verdict === verdict);
  if (r.polarity === 'negative' && verdict !== 'NOT_ENOUGH_INFO') verdict = verdict === 'SUPPORTED' ? 'REFUTED' : 'SUPPORTED';
  const stance = verdict === 'NOT_ENOUGH_INFO' ? 'related' as const : verdict === 'SUPPORTED' ? 'supports' as const : 'refutes' as const;
  const bearings: Bearing[] = chosen.flatMap((o) => o.a.commentCountSentences.map((s) => ({ claim: pseudoClaim(o.a.iri, [s]), stance, reason: 'article-metadata', note: o.why })));
  const label = verdict === 'SUPPORTED' ? 'Supported' : verdict === 'REFUTED' ? 'Refuted' : 'Not enough information';
  const explanation = `${label} by the article's metadata (schema:commentCount): ${(chosen.length ? chosen : outcomes).map((o) => o.why).join('; ')}; the claim says ${r.said}.${r.polarity === 'negative' ? ' The claim denies it.' : ''}`;
  return { interpretation, evaluation: { verdict, reason: 'article-metadata', conflict: false, bearings, explanation } };
}

// "X has more (reader) comments than Y (has)", "X drew fewer comments than Y"
const MORE = cachedRegExp(String.raw`^(.+?)\s+(?:has|have|had|got|drew|received|attracted|carries|carried)\s+(more|fewer|less)\s+${NOUN}\s+than\s+(.+?)(?:\s+(?:has|have|had|does|did))?$`, 'i');

/**
 * "The League story has more comments than the Gala report": the two articles' stated counts
 * compared, cited to the sentences that state them; undefined when the claim is no such
 * comparison or names no one article on a side. A side whose page states no count leaves it
 * NOT_ENOUGH_INFO.
 *
 * @example
 * ```ts
 * compareCounts(ctx, 'The Fixture story has more comments than the Gala report')?.evaluation.verdict;
 * ```
 */
export function compareCounts(ctx: CheckContext, plain: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const m = MORE.exec(plain.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const [a, b] = [articles(ctx, m[1]!), articles(ctx, m[3]!)];
  if (a?.length !== 1 || b?.length !== 1 || a[0]!.iri === b[0]!.iri) return undefined;
  const [x, y] = [a[0]!, b[0]!];
  const more = m[2]!.toLowerCase() === 'more';
  const said = `${more ? 'more' : 'fewer'} reader comments than "${y.headline}"`;
  const interpretation: Interpretation = {
    subject: { kind: 'entity', iri: x.iri, label: x.headline }, predicate: `${NS.schema}commentCount`, predicateName: 'commentCount',
    object: { kind: 'string', value: said }, polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: 'article metadata (schema:commentCount), compared',
  };
  const count = (n: number | undefined): string => (n === undefined ? 'no number of reader comments' : n === 0 ? 'no reader comments' : `${n} reader comment${n === 1 ? '' : 's'}`);
  const why = `the page of "${x.headline}" states ${count(x.commentCount)}, that of "${y.headline}" ${count(y.commentCount)}`;
  if (x.commentCount === undefined || y.commentCount === undefined) {
    return { interpretation, evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'article-metadata', conflict: false, bearings: [], explanation: `Not enough information: ${why}.` } };
  }
  const holds = more ? x.commentCount > y.commentCount : x.commentCount < y.commentCount;
  const verdict: Verdict = holds ? 'SUPPORTED' : 'REFUTED';
  const stance = holds ? 'supports' as const : 'refutes' as const;
  const bearings: Bearing[] = [x, y].flatMap((art) => art.commentCountSentences.map((s) => ({ claim: pseudoClaim(art.iri, [s]), stance, reason: 'article-metadata', note: `the page of "${art.headline}" states ${count(art.commentCount)}` })));
  return { interpretation, evaluation: { verdict, reason: 'article-metadata', conflict: false, bearings, explanation: `${holds ? 'Supported' : 'Refuted'} by the articles' metadata (schema:commentCount): ${why} (${x.commentCount} against ${y.commentCount}); the claim says ${said}.` } };
}
