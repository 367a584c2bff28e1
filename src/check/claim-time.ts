/**
 * The time a claim is stated for, apart from the times of the relation itself: "As of January
 * 2016, X ...", "X ..., as of 2016", "In its 2015 article, the author says ...", and "In 2015, X
 * was expected to ..." (a fronted time before an expectation or a pledge dates the expectation,
 * not the event; so does "By January 2016, ..." before one: "In 2015, Y visited X" keeps 2015 as the visit's year, so the caller accepts
 * that form only when the claim inside reads with a modality). Sources later than that time do
 * not decide the claim (src/check/timeline.ts).
 */
import type { ClaimInfo } from './claim-index.js';
import type { CheckContext } from './context.js';
import { escapeRegExp, normalizeTypography, tokenize } from './text.js';
import { periodStart, sourceTimes, type ClaimTime } from './timeline.js';
import { parseDate, parseYear } from './values.js';
import { MONTH_WORD } from './calendar-names.js';
import { cachedRegExp } from './regex-memo.js';

/** A claim with its time read off. */
export interface TimedClaim {
  /** The claim without the time phrase. */
  inner: string;
  time: ClaimTime;
  /**
   * True for "as of" and "in its 2015 article" (always a statement time); false for a fronted
   * "In 2015, ...", a statement time only when the inner claim has a modality.
   */
  always: boolean;
}

const SOURCE_NOUNS = 'article|analysis|piece|report|story|commentary|essay|column|dispatch';
/** A fronted time without its comma: an optional part of the period, a month and day, a year, then a word. */
// round 16: "As of May 5, 2015 Freedonia had ..." (the comma inside the date is no end of the phrase)
const NO_COMMA = /^((?:(?:early|late|mid)(?:-|\s+))?(?:[A-Za-z]+\s+)?(?:\d{1,2},?\s+)?\d{4})\s+(?=[A-Za-z])/;

/**
 * A past perfect with no modal ("Freedonia had joined", "had not been approved"): after "by <time>"
 * it states the state at that time ("By 2016, Freedonia had joined the League" is "As of 2016,
 * Freedonia had joined ..."), where "By 2016, Freedonia joined" may date the joining itself.
 */
const PAST_PERFECT = /\bhad\s+(?:(?:not|never|already|yet|just|long|n't)\s+)*(\w+)/i;
const MODAL = /\b(?:will|would|could|should|may|might|must|can|shall|expected|due|planned|scheduled|to\s+be)\b/i;

/** Whether a claim inside "by <time>" is a past perfect state (see PAST_PERFECT). */
function pastPerfectState(inner: string): boolean {
  const verb = PAST_PERFECT.exec(normalizeTypography(inner))?.[1]?.toLowerCase();
  return !!verb && (verb === 'been' || /(?:ed|en)$/.test(verb) || IRREGULAR_PARTICIPLE.test(verb)) && !MODAL.test(inner);
}

/** A part of a period before it: "early", "mid-", "the end of" ... */
const PART = /^(?:(early|late|mid)(?:-|\s+)|the\s+(end|start|beginning|middle)\s+of\s+)/i;
/**
 * Where a part of a year ends (its last month): the claim's time is read to the end of the part, as
 * "By November 2015" is read to the end of November. A part of a month stays the month: a day as
 * the claim's time would also be taken as its start (timeline.ts `sourcePredates`), and "as of
 * mid-January 2016" would begin after a source of January 18, 2016.
 * round 39 (fix31c): "As of mid-2015" was read as the whole of 2015, so a deed of October 2015
 * "had" happened by mid-2015 (a source of November 2015 counted as one of that time).
 */
const PART_END: Record<string, string> = { start: '01', beginning: '01', early: '04', mid: '07', middle: '07', late: '12', end: '12' };

/** An ISO period from a time phrase (`2015`, `October 2015`, `mid-2015` -> `2015-07`), a part of one read to the part's end. */
function period(ctx: CheckContext, phrase: string): string | undefined {
  // "mid-January 2016" (round 15): the part of a month joined by its hyphen, as "mid January"
  const t = phrase.trim();
  const part = PART.exec(t);
  const whole = isoPeriod(ctx, part ? t.slice(part[0].length) : t);
  if (!part || !whole) return whole;
  return whole.length === 4 ? `${whole}-${PART_END[(part[1] ?? part[2])!.toLowerCase()]!}` : whole;
}

/**
 * The ISO period a time phrase names exactly: a day (`October 28, 2015` -> `2015-10-28`), a month
 * (`October 2015` -> `2015-10`) or a year (`2015`); undefined for anything else (a bound year, a
 * span, a part of a period). The one reading of a time phrase, shared by the claim's own time
 * (above), src/check/both-in.ts and src/check/office-time.ts.
 *
 * @example
 * ```ts
 * isoPeriod(ctx, '13 December 2015'); // '2015-12-13'
 * isoPeriod(ctx, 'before 2015'); // undefined
 * ```
 */
export function isoPeriod(ctx: CheckContext, phrase: string): string | undefined {
  const tokens = tokenize(phrase, ctx.morph);
  if (!tokens.length || tokens.length > 5) return undefined;
  const d = parseDate(tokens);
  if (d?.kind === 'date' || d?.kind === 'month') return d.value;
  const y = parseYear(tokens);
  return y?.kind === 'year' && !y.bound ? y.value : undefined;
}

/**
 * Reads the claim's own time off its text; undefined when it states none.
 *
 * @example
 * ```ts
 * readClaimTime(ctx, 'As of 2016, Freedonia is a member of the League.');
 * // { inner: 'Freedonia is a member of the League.', time: { period: '2016', mention: 'As of 2016' }, always: true }
 * ```
 */
export function readClaimTime(ctx: CheckContext, text: string): TimedClaim | undefined {
  const timed = readTimePhrase(ctx, text);
  return timed && { ...timed, time: { ...timed.time, deedDone: PERFECT_DEED.test(normalizeTypography(timed.inner)) } };
}

/**
 * A perfect of a deed ("had joined", "has not yet signed"), not of a state ("had been a member",
 * "has no loan"): what a source reports done stays done at a later time (timeline.ts `sourcePredates`).
 */
const PERFECT_DEED = /\b(?:had|has|have)(?:\s+not|n't)?\s+(?:(?:already|just|long|since|never|finally|yet|not)\s+)*(?!(?:been|no|not|a|an|the|its|their|his|her|some|any|got|to)\b)[a-z]+(?:ed|en|n|t|d|un|ung|ought|ade|id)\b/i;

function readTimePhrase(ctx: CheckContext, text: string): TimedClaim | undefined {
  const t = normalizeTypography(text).trim();
  const fronted = (re: RegExp, always: boolean): TimedClaim | undefined => {
    const head = re.exec(t);
    if (!head) return undefined;
    // the time phrase runs to a comma, perhaps not the first ("As of October 28, 2015, ...")
    for (let i = t.indexOf(',', head[0].length); i > 0; i = t.indexOf(',', i + 1)) {
      const p = period(ctx, t.slice(head[0].length, i));
      const inner = t.slice(i + 1).trim();
      if (p && inner) return { inner, time: { period: p, mention: t.slice(0, i).trim() }, always };
    }
    // no comma: "In 2015 Freedonia was expected to ...": the time phrase ends at its year (round 14:
    // read as a qualifier of the expected fact, so a later source's expectation refuted what the
    // earlier source expected then)
    // round 15: "As of mid-January 2016 the bank had ..." too ("as of" is always a time)
    const bare = NO_COMMA.exec(t.slice(head[0].length));
    if (bare) {
      const p = period(ctx, bare[1]!);
      const inner = t.slice(head[0].length + bare[0].length).trim();
      if (p && inner) return { inner, time: { period: p, mention: t.slice(0, head[0].length + bare[1]!.length).trim() }, always };
    }
    return undefined;
  };
  const asOf = fronted(/^as\s+(?:of|at)\s+/i, true);
  if (asOf) return asOf;
  let m: RegExpExecArray | null;
  // round 16: the trailing time may hold a comma before its year ("as of May 5, 2015")
  m = /^(.+?)\s*[,(]?\s+(as\s+(?:of|at)\s+([^,()]+?(?:,\s*\d{4})?))\s*\)?\s*([.!?]?)\s*$/i.exec(t);
  if (m) {
    const p = period(ctx, m[3]!);
    if (p) return { inner: `${m[1]!.replace(/,$/, '')}${m[4] ?? ''}`, time: { period: p, mention: m[2]! }, always: true };
  }
  // round 16: "Freedonia had joined the League by May 5, 2015": a past perfect by a day is the
  // state as of that day (a single day or month only: "by 2016" may be the span it happened in)
  m = /^(.+?)\s+(by\s+((?:(?:early|late|mid)(?:-|\s+))?[A-Za-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]+\s+\d{4}))\s*([.!?]?)\s*$/i.exec(t);
  if (m && pastPerfectState(m[1]!) && !/\bby\b/i.test(m[1]!)) {
    const p = period(ctx, m[3]!);
    if (p && p.length === 10) return { inner: `${m[1]!.replace(/,$/, '')}${m[4] || '.'}`, time: { period: p, mention: m[2]! }, always: true };
  }
  m = cachedRegExp(`^(in\\s+(?:its|their|his|her|the|an?)\\s+(\\d{4})\\s+(?:${SOURCE_NOUNS}))\\s*,\\s*(.+)$`, 'i').exec(t);
  if (m) return { inner: m[3]!, time: { period: m[2]!, mention: m[1]! }, always: true };
  const by = fronted(/^by\s+/i, false);
  // round 16: "By May 5, 2015, Freedonia had not joined the League": as of that time
  if (by && pastPerfectState(by.inner)) return { ...by, always: true };
  // round 17: "In January 2016, X was already (still) a member": "already" and "still" put the
  // state at the fronted time, as "as of" does (where "In 2015, X joined" dates the joining)
  const inTime = fronted(/^(?:back\s+)?in\s+/i, false);
  if (inTime && STATE_AT.test(normalizeTypography(inTime.inner))) return { ...inTime, always: true };
  return inTime ?? by;
}

/** A state said to hold at a time: a copula with "already" or "still" ("was already a member"). */
const STATE_AT = /\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:(?:not|n't)\s+)?(?:already|still)\b/i;

// Finite forms that put a claim in the present, and words that put it (also) elsewhere in time.
// Round 26: the auxiliary "does"/"do" ("does not serve as"), "no longer" (a state at the speaker's
// time) and the simple present of the verbs of holding a post ("serves as", "holds the post of")
// say now as "is" does: without them "X serves as the vice-minister" was supported by "X, a
// former vice-minister", and "X no longer holds the post" refuted by it.
// Round 35 (fix28b): "still" is no other time ("X is still the vice-minister" says now), and
// "continues to be" says now as "remains" does: both were supported by "X, a former vice-minister".
const PRESENT = /^(?:is|are|am|remains?|continues|currently|now|today|does|do|doesn|longer|serves|holds|occupies)$/;
const NOT_PRESENT = /^(?:was|were|had|did|been|former|formerly|then|once|previously|earlier|until|ex|will|would|used|since|before|after|ago|yet|later|next|soon|by)$/;

/**
 * Whether a claim is in the present tense and no other ("X is the president of Y"): a present
 * copula or "currently", and no past or future form, no time adverb, no year and no -ed verb.
 * A claim of a state at an unnamed time ("X was the president") is not about the present.
 *
 * @example
 * ```ts
 * inPresentTense('Freedonia is a member of the League.'); // true
 * inPresentTense('Rufus was the Prime Minister of Freedonia.'); // false
 * ```
 */
export function inPresentTense(text: string): boolean {
  // a hyphenated compound ("Strelsau-based") is one word, an adjective; a comma is a word of its own
  const words = normalizeTypography(text).toLowerCase().replace(/,/g, ' , ').split(/[^a-z0-9,-]+/).map((w) => w.replace(/^-+|-+$/g, '')).filter(Boolean);
  if (!words.some((w) => PRESENT.test(w))) return false;
  // a participle right after a present copula is a present passive ("is headed by", "is led by"),
  // and one with its agent right after a comma a reduced relative ("X, headed by Y, is ..."), in
  // the main clause's tense: neither the participle nor the "by" of its agent puts the claim in
  // the past (round 11)
  const participle = (w: string): boolean => w.endsWith('ed') || IRREGULAR_PARTICIPLE.test(w);
  const passive = (i: number): boolean => i > 0 && participle(words[i]!) && (/^(?:is|are)$/.test(words[i - 1]!) || (words[i - 1] === ',' && words[i + 1] === 'by'));
  return !words.some((w, i) => (w === 'by' && passive(i - 1) && !/^\d{4}$|^(?:then|now|next)$/.test(words[i + 1] ?? '') && !(words[i + 1] === 'the' && /^(?:end|start|time)$/.test(words[i + 2] ?? '')))
    ? false
    : NOT_PRESENT.test(w) || /^\d{4}$/.test(w) || (w.length > 4 && w.endsWith('ed') && !w.includes('-') && !passive(i)));
}

// Words that give a perfect claim a time of its own, or put it in another tense.
const NOT_PERFECT = /^(?:had|was|were|will|would|did|does|do|is|are|since|before|after|until|till|by|ago|when|once|previously|earlier|then|later|first|last|former|formerly)$/;
// participles that end in neither -ed nor -en ("has lent", "has built", "have met")
const IRREGULAR_PARTICIPLE = /^(?:lent|sent|spent|built|made|paid|held|led|won|bought|sold|met|brought|sought|kept|got|begun|become|struck|found|dealt|meant)$/;

const MONTHS = cachedRegExp(`^${MONTH_WORD}$`);

/**
 * Whether a claim is in the present perfect without a time of its own ("X has been active in Y",
 * "Has X approved a loan yet?"): "has"/"have" and a participle, no other finite verb, no year,
 * month or time word. Such a claim says "up to now", as a present-perfect denial does ("no loan has
 * been approved yet", until the source's day): the latest source decides what holds up to now.
 *
 * @example
 * ```ts
 * inPresentPerfect('Freedonia has been active in the region.'); // true
 * inPresentPerfect('Freedonia has been active in the region since 2006.'); // false
 * ```
 */
export function inPresentPerfect(text: string): boolean {
  const words = normalizeTypography(text).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const aux = words.findIndex((w) => w === 'has' || w === 'have');
  if (aux < 0 || !words.slice(aux + 1).some((w) => w === 'been' || (w.length > 3 && /(?:ed|en)$/.test(w)) || IRREGULAR_PARTICIPLE.test(w))) return false;
  // round 16: the "by" of a passive's agent ("has been approved by the Bank") is no time, where
  // "by 2016", "by then", "by the time ..." are
  const agentBy = (i: number): boolean => words.slice(aux, i).includes('been')
    && !/^(?:\d{1,4}|then|now|next|mid|early|late|end|the)$/.test(words[i + 1] ?? '') && !MONTHS.test(words[i + 1] ?? '')
    || (words[i + 1] === 'the' && !/^(?:end|start|time|beginning|middle|close)$/.test(words[i + 2] ?? '') && words.slice(aux, i).includes('been'));
  // round 29: "first" after a determiner ("has approved its first loan") is an ordinal of the
  // object, not a time word ("has first visited", "for the first time")
  const ordinal = (i: number): boolean => words[i] === 'first' && /^(?:its|their|his|her|a|the)$/.test(words[i - 1] ?? '') && words[i + 1] !== 'time';
  return !words.some((w, i) => (NOT_PERFECT.test(w) && !(w === 'by' && agentBy(i)) && !ordinal(i)) || MONTHS.test(w) || /^\d{4}$/.test(w));
}

/**
 * Whether the claim's stated time ("As of January 16, 2016, X was ...") begins no earlier than
 * the latest day every source of `c` may have been written: a source saying X is a former N
 * (no longer N at its day) then says X was not N at the claim's time either. Undefined sources,
 * or a time that begins before a source's day, say nothing (X may still have been N then).
 *
 * @example
 * ```ts
 * noLongerAt({ ...ctx, asOf: { period: '2016-01-16', mention: 'as of January 16, 2016' } }, formerClaim); // true for a source of 2016-01-16
 * ```
 */
export function noLongerAt(ctx: CheckContext, c: ClaimInfo): boolean {
  if (!ctx.asOf) return false;
  const start = periodStart(ctx.asOf.period);
  return sourceTimes(ctx, c).every((t) => t !== undefined && start >= t.hi);
}

/**
 * Whether the word right after a name's mention is a verb in the third person singular present
 * ("the canal draws", "Rufus heads"): the simple present said of a name, which the head-office
 * and design readers take as said of now (src/check/heads.ts, src/check/design-present.ts).
 *
 * @example
 * ```ts
 * simplePresentAfter('Rufus T. Firefly heads the League', 'Rufus T Firefly'); // true
 * simplePresentAfter('Rufus T. Firefly headed the League', 'Rufus T Firefly'); // false
 * ```
 */
export function simplePresentAfter(text: string, mention: string | undefined): boolean {
  if (!mention) return false;
  // the mention is rebuilt from tokens, without the text's dots ("Mr. Firefly" is mentioned "Mr Firefly")
  const name = mention.split(/\s+/).map(escapeRegExp).join('[.\\s]+');
  const m = cachedRegExp(`${name}\\s+([a-z]+)\\b`, 'i').exec(normalizeTypography(text));
  return !!m && /[^s]s$/i.test(m[1]!) && !/^(?:is|was|has|does)$/i.test(m[1]!);
}
