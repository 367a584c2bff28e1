/**
 * Round 41 (modal41, users33's F11 left): a bare "while" / "whilst" between two statements, a fronted
 * "As A, B", and "long before / long after". The compound reader cuts "A while B" into its two parts
 * and decides each; most such claims are a contrast ("Freedonia joined the League while Sylvania stayed
 * out"), which the parts decide. When both parts are deeds the graph dates, "while" (and "As A, B") is
 * also a link of time: the claim says they overlapped. Two dated deeds whose times cannot overlap ("A
 * visited in 2006 while B opened in 2015") make that link false or unstated: the claim is held
 * (NOT_ENOUGH_INFO, not REFUTED: the contrast reading is not excluded by the words). A part that is a
 * state or a denial, or undated, leaves the contrast reading standing, and so does a past perfect ("A
 * visited X, while B had visited Y in 2006": the tense orders them). "Long before / after" is a vague
 * distance no source states: a SUPPORTED result of such a claim (the order alone) is held unless the
 * dates are two years apart or more (the case sets call 9 and 14 years "long"; 22 days is not).
 */
import { NS, type CheckContext } from './context.js';
import { DATING_QUALIFIERS } from './claim-index.js';
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';

/** "A while B", "A, whilst B", "Whilst A, B", "As A, B" (a fronted clause up to its comma). */
const WHILE_LINK = /(?:^|[\s,;])(while|whilst)\s+(?!also\b|still\b)/i;
const FRONT_AS = /^\s*(as)\s+[^,]+,\s*\S/i;
const LONG_DISTANCE = /\blong\s+(before|after)\b/i;
/** "had (already) V-ed": the tense orders the two parts itself, so "while" is the contrast. */
const PAST_PERFECT = /\bhad\s+(?:already\s+|earlier\s+|previously\s+)?(?:[a-z]+ed|[a-z]+en|been|gone|met|led|held|built|made|sent|begun)\b/i;
/** A gap between the two dated sides of at least this many days is "long" on any reading (two years). */
const LONG_DAYS = 730;

/**
 * Whether the span reader's arithmetic ("1995-12-12 to 2009-12 is 5103 to 5133 days") shows a gap no
 * reading calls short: the least of its day counts is at least `LONG_DAYS`.
 */
function longGap(explanation: string): boolean {
  const m = /\bis\s+([\d,]+)(?:\s+to\s+[\d,]+)?\s+days?\b/.exec(explanation);
  return !!m && Number(m[1]!.replace(/,/g, '')) >= LONG_DAYS;
}

/** A span of days, as ISO dates (inclusive). */
interface Span { lo: string; hi: string }

/** The span of one dated value ("2006", "2015-10", "2015-10-28"). */
function spanOf(v: string): Span | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d) return { lo: `${y}-${mo}-${d}`, hi: `${y}-${mo}-${d}` };
  if (mo) return { lo: `${y}-${mo}-01`, hi: `${y}-${mo}-31` };
  return { lo: `${y}-01-01`, hi: `${y}-12-31` };
}

/**
 * The span the graph dates a part's supporting claims to (every dating qualifier of its positive claims,
 * joined), or undefined when none is dated (a state, or a deed the graph does not date) or one is denied.
 */
function partSpan(ctx: CheckContext, part: NonNullable<CheckResult['parts']>[number]): Span | undefined {
  const supports = part.evidence.filter((e) => e.stance === 'supports');
  if (!supports.length || part.interpretation?.polarity === 'negative') return undefined;
  let lo: string | undefined;
  let hi: string | undefined;
  for (const e of supports) {
    if (ctx.store.getObjects(e.claim, `${NS.cg}polarity`, null).some((o) => /negative/i.test(o.value))) return undefined;
    const spans = DATING_QUALIFIERS.flatMap((q) => ctx.store.getObjects(e.claim, `${NS.cg}${q}`, null).map((o) => spanOf(o.value)).filter((s): s is Span => !!s));
    // an undated supporting claim (the deed said without its time) leaves the dated ones to date it
    for (const s of spans) {
      if (!lo || s.lo < lo) lo = s.lo;
      if (!hi || s.hi > hi) hi = s.hi;
    }
  }
  return lo && hi ? { lo, hi } : undefined;
}

/**
 * Holds a SUPPORTED claim whose "while" / "whilst" / fronted "As" joins two deeds the graph dates at
 * times that cannot overlap, and a SUPPORTED "long before / after" (see the module comment).
 *
 * @example
 * ```ts
 * // "Ada Quill visited Sylvania in 2006 while the League opened in 2015.", both parts supported
 * capWhileLink(ctx, text, r).verdict; // 'NOT_ENOUGH_INFO'
 * // "Freedonia joined the League while Sylvania stayed out." (a denial): as before
 * capWhileLink(ctx, text, r).verdict; // 'SUPPORTED'
 * ```
 */
export function capWhileLink(ctx: CheckContext, text: string, r: CheckResult): CheckResult {
  if (r.verdict !== 'SUPPORTED') return r;
  const long = LONG_DISTANCE.exec(text);
  if (long && !longGap(r.explanation)) return undecidedResult(r, `Read with "long ${long[1]!.toLowerCase()}", a distance in time no source states (only the order is read): the claim as a whole is not decided. Without it: ${r.verdict}: ${r.explanation}`, 'partial-match');
  const link = (WHILE_LINK.exec(text) ?? FRONT_AS.exec(text))?.[1];
  if (!link || r.parts?.length !== 2 || PAST_PERFECT.test(text)) return r;
  const [a, b] = r.parts.map((p) => partSpan(ctx, p));
  // (round 41, lead) two deeds said in the past, one of them undated by the graph: nothing shows they
  // overlapped, and a deed is no contrast's state ("A toured X while B held a parade"): held too
  if ((!a || !b) && r.parts.every((p) => pastDeed(p))) {
    return undecidedResult(r, `Read with "${link.toLowerCase()}" between two deeds said in the past, which the graph does not date both of: as a link of time the claim says they overlapped, which no source states. Without it: ${r.verdict}: ${r.explanation}`, 'partial-match');
  }
  if (!a || !b || (a.lo <= b.hi && b.lo <= a.hi)) return r;
  return undecidedResult(r, `Read with "${link.toLowerCase()}" between two deeds the graph dates at times that do not overlap (${a.lo === a.hi ? a.lo : `${a.lo} to ${a.hi}`}; ${b.lo === b.hi ? b.lo : `${b.lo} to ${b.hi}`}): as a link of time the claim says they overlapped, which no source states. Without it: ${r.verdict}: ${r.explanation}`, 'partial-match');
}

/** A verb in the past tense ("toured", "held", "was touring"): a deed, not a present state. */
const PAST_VERB = /\b(?:(?:was|were)\s+[a-z]+ing|[a-z]{3,}ed|held|took|met|led|made|gave|went|came|began|won|sent|built|sought|struck|spoke|wrote|ran|paid|left|saw|became)\b/i;
/** A verb of the present or a state ("leads", "is", "has"), or a denial: the contrast reading. */
const STATE_OR_DENIAL = /\b(?:is|are|am|has|have|remains?|stays?|not|never|n['\u2019]t|no)\b/i;

/** Whether a part is a positive deed said in the past (its own words, and no denial read). */
function pastDeed(part: NonNullable<CheckResult['parts']>[number]): boolean {
  const words = part.text;
  return part.interpretation?.polarity !== 'negative' && PAST_VERB.test(words) && !STATE_OR_DENIAL.test(words);
}
