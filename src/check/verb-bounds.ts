/**
 * Comparisons, bounds and ranks carried by a verb idiom or a noun phrase (round 34, branch cmp34),
 * said again in the words the pattern matcher and the comparison readers already take:
 *
 * - **a mark passed or missed**: "will stretch past the 2,000 km mark", "came in under the US$ 5
 *   billion mark", "stays shy of the 50 mark" is "more than / less than N": the bound words of
 *   src/check/bound-words.ts then decide it against the source's value;
 * - **a ceiling said as a verb**: "will top out at 33 bcm", "peaks at", "maxes out at" is "will be
 *   up to 33 bcm", the source's own word for a maximum (a different ceiling is then refuted by the
 *   functional value, a lower or higher bound is not said);
 * - **an amount said as a verb of reaching**: "runs to US$ 100 billion", "stands at", "amounts to",
 *   "adds up to" before a figure is the copula: "is US$ 100 billion";
 * - **a rank behind one other**: "X trails only Y's", "X ranks behind only Y in N", "X ranks second
 *   to Y in N" is "X's N is second only to Y's", which the rank readers decide (both ranks checked);
 * - **generosity**: "A was more generous to B than to C" is "A gave more to B than to C", read by
 *   src/check/recipient-comparisons.ts as the comparison of the two amounts;
 * - **a bigger thing given**: "A gave B a bigger aid package than it gave C" is "A gave B more aid
 *   than C"; "... than it gave C" after "more" loses its repeated verb the same way.
 *
 * - **a launch that gathered a count**: "X's launch brought together the leaders of four countries",
 *   "the launch of X drew the leaders of 4 states" is "the leaders of four countries launched X",
 *   which src/check/closed-lists.ts counts over the closed list of X's launchers.
 *
 * - **influence measured by a named attribute**: "A has more say in O than B, going by voting power"
 *   is "A has more voting power in O than B" (the attribute after "going by / judging by / in
 *   terms of" is the thing compared; "say", "clout", "weight", "influence" only name it);
 * - **a count that denies one**: "A signed several deals with B, not just one" is "A signed several
 *   deals with B" (the tail says no more than "several").
 *
 * - **a multiple said with "-fold" or "x"**: "fifteen-fold its grants", "upwards of 100x its aid" is
 *   "fifteen times its grants", "100 times its aid", the multiple readers' word; "hovers around N"
 *   is "is about N";
 * - **a rank said with a verb of leading or placing**: "X leads / tops / heads O's shareholders" is
 *   "X is O's largest shareholder"; "X tops the world in N" is "X's N rank first in the world"; "X places / comes fourth in the world for N" is "X's N rank fourth
 *   in the world"; "A edges out / beats / tops B in N" is "A outranks B in N" (read by
 *   src/check/have-comparisons.ts as "A's N is larger than B's").
 *
 * Every rewrite only says the same claim in other words: the verdict comes from the reader of the
 * rewritten text, so a rewrite the graph cannot decide stays NOT_ENOUGH_INFO. The words here are a
 * closed grammatical list (verbs of passing and reaching, the "mark" idiom), not names of
 * properties: the property is still found by the lexicon's patterns in the rewritten text.
 */
import type { CheckContext } from './context.js';
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** The copula for a verb form: "will top" -> "will be", "topped" -> "was", "tops" -> "is", "top" -> "are". */
function copulaFor(modal: string | undefined, verb: string, irregularPast: ReadonlySet<string> = PAST): string {
  if (modal) return `${modal} be`;
  const v = verb.toLowerCase();
  if (v.endsWith('ed') || irregularPast.has(v)) return 'was';
  if (v.endsWith('s')) return 'is';
  return 'are';
}

/** Irregular past forms of the verbs below. */
const PAST: ReadonlySet<string> = new Set(['ran', 'came', 'stood', 'broke', 'went', 'fell', 'sat', 'rose', 'grew', 'was', 'were']);

/** A modal or "to" before the verb, kept as "will be". */
const MODAL = String.raw`(?:(?<modal>will|would|could|may|might|should|must|can|to|is set to|is expected to|are expected to)\s+)?`;

/** A figure: a currency sign or an approximation word before a digit. */
const FIGURE_AHEAD = String.raw`(?=\s*(?:(?:about|around|roughly|some|approximately|approx\.?|nearly|almost|over|under|just|only|exactly|more than|less than|up to)\s+)?(?:US\$|\$|\u00a5|\u20ac|\u00a3|USD|[0-9]))`;

/** "the N mark" after a word of passing (more than) or of falling short (less than). */
const MARK_OVER = /\b(?:past|beyond|north of|upwards of|in excess of)\s+the\s+((?:[A-Z]{0,3}[$\u00a5\u20ac\u00a3]\s?|USD\s?)?\d[^]*?)\s+mark\b/gi;
const MARK_UNDER = /\b(?:short of|shy of|south of|beneath)\s+the\s+((?:[A-Z]{0,3}[$\u00a5\u20ac\u00a3]\s?|USD\s?)?\d[^]*?)\s+mark\b/gi;
/** "over / under / above / below the N mark": the bound word the value parser takes, without "the ... mark". */
const MARK_BOUND = /\b(over|above|under|below)\s+the\s+((?:[A-Z]{0,3}[$\u00a5\u20ac\u00a3]\s?|USD\s?)?\d[^]*?)\s+mark\b/gi;
/** A figure of money: said as "worth" after the copula ("the deals were worth more than N"). */
const MONEY = /^(?:US\$|\$|\u00a5|\u20ac|\u00a3|USD)/i;
/** "V the N mark" with a verb of passing it: "will pass / cross / top / break / surpass the N mark". */
const MARK_VERB = new RegExp(String.raw`\b${MODAL}(?<verb>pass|passes|passed|cross|crosses|crossed|top|tops|topped|break|breaks|broke|surpass|surpasses|surpassed|exceed|exceeds|exceeded|clear|clears|cleared)\s+the\s+(?<n>(?:[A-Z]{0,3}[$\u00a5\u20ac\u00a3]\s?|USD\s?)?\d[^]*?)\s+mark\b`, 'gi');

/** "top out at", "max out at", "peak at": a ceiling. */
const CEILING = new RegExp(String.raw`\b${MODAL}(?<verb>tops?|topped|max|maxes|maxed|caps?|capped|peaks?|peaked)\s+(?:out\s+)?at\b`, 'gi');

/** "runs to", "amounts to", "stands at", "adds up to", "works out at" before a figure: the copula. */
const REACH = new RegExp(String.raw`\b${MODAL}(?<verb>runs?|ran|amounts?|amounted|comes?|came|stands?|stood|adds?\s+up|added\s+up|works?\s+out|worked\s+out)\s+(?:to|at)\b${FIGURE_AHEAD}`, 'gi');

/** A rank behind one other: "trails only", "ranks behind only", "is behind only", "ranks second to". */
const BEHIND_ONLY = String.raw`(?:(?:trails?|trailed|lags?|lagged)\s+(?:behind\s+)?only|(?:is|was|are|were|ranks?|ranked|comes?|came|sits?|sat|stands?|stood|places?|placed|finishe?s?|finished)\s+behind\s+only|(?:ranks?|ranked|comes?|came|sits?|sat|stands?|stood|places?|placed|is|was)\s+second\s+(?:only\s+)?(?:to|behind)|(?:is|was)\s+outranked\s+only\s+by)`;
const RANK_WITH_NOUN = cachedRegExp(String.raw`^(?<x>[^']+?)\s+${BEHIND_ONLY}\s+(?<y>[^']+?)\s+(?:in|on|by|for|when it comes to|in terms of)\s+(?<noun>.+?)[.!]?$`, 'i');
const RANK_POSSESSIVE = cachedRegExp(String.raw`^(?<x>.+?'s?\s+.+?)\s+${BEHIND_ONLY}\s+(?<y>.+?'s?)[.!]?$`, 'i');

/** "X's launch brought together N", "the launch of X gathered N": N launched X. */
const LAUNCH_GATHERED = /^(?:(?<the>the)\s+)?(?:(?<x1>.+?)(?:'s?)?\s+(?:launch|groundbreaking|ground-breaking)|(?:launch|groundbreaking|ground-breaking)\s+of\s+(?<x2>.+?))\s+(?:brought\s+together|gathered|united|assembled|drew|attracted)\s+(?<who>(?:the\s+)?(?:leaders|heads\s+of\s+state|heads)\s+of\s+.+?)[.!]?$/i;

/** "more say in O than B [does], going by N": N compared. */
const SAY_BY = /^(?<a>.+?)\s+(?<v>has|have|had|holds?|held|wields?|wielded)\s+(?<deg>more|less)\s+(?:say|clout|weight|influence|sway|power)\s+(?<o>(?:in|at|within|over)\s+.+?)\s+than\s+(?<b>.+?),?\s+(?:going|judging|measured|measuring)\s+by\s+(?:its\s+|their\s+)?(?<n>[a-z -]+?)[.!]?$/i;
/** "several N, not just one": the tail after a plural quantifier. */
const NOT_JUST_ONE = /^(?<head>.*\b(?:several|multiple|many|numerous|a number of|a few|two or more)\b.+?),?\s+(?:and\s+)?not\s+(?:just|only|merely|simply)\s+(?:one|a single one|the one)[.!]?$/i;

/** "N-fold": the multiple said as "N times". */
const FOLD = /\b([a-z]+|\d+(?:\.\d+)?)\s?-?\s?fold\b/gi;
/** "100x", "100 x" after a bound or before a side: the multiple said as "times". */
const TIMES_X = /\b(\d+(?:\.\d+)?)\s?x\b/g;
/** "hovers around N": the copula and "about". */
const HOVER = new RegExp(String.raw`\b${MODAL}(?<verb>hovers?|hovered|sits?|sat)\s+(?:around|about|near|at\s+around|at\s+about|close\s+to)\b${FIGURE_AHEAD}`, 'gi');
/** "X leads / tops / heads [the] [O's] NOUNs [list]": X is [O's] largest NOUN. */
const LEADS = /^(?<x>[^']+?)\s+(?<v>leads|led|tops|topped|heads|headed)\s+(?<the>the\s+)?(?<o>[^']+?'s?\s+|list\s+of\s+)?(?<noun>[a-z]+?)(?<pl>ies|s)(?:\s+(?:list|table|ranking|league\s+table))?[.!]?$/i;
/** "X places / comes Nth in the world for N": X's N rank Nth in the world. */
const PLACES = /^(?<x>[^']+?)\s+(?:places?|placed|comes?|came|ranks?|ranked|sits?|sat|stands?|stood|finishe?s?|finished)\s+(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?<scope>in\s+the\s+world|worldwide|globally|in\s+[^']+?)\s+(?:for|in|by|on)\s+(?<noun>[a-z ]+?)[.!]?$/i;
/** "X tops / leads the world in N": X's N rank first in the world. */
const TOPS_WORLD = /^(?<x>[^']+?)\s+(?:tops|topped|leads|led|heads|headed)\s+the\s+world\s+(?:in|for|on)\s+(?:terms\s+of\s+)?(?<noun>[a-z ]+?)[.!]?$/i;
/** "A edges out / beats / tops B in N": A outranks B in N. */
const BEATS = /^(?<a>[^']+?)\s+(?:edges\s+out|edged\s+out|edge\s+out|beats?|tops|topped|outstrips?|outstripped|outdoes|outdid|surpasses|surpassed|exceeds|exceeded|leads|led)\s+(?<b>[^']+?)\s+(?<n>(?:in|on)\s+(?:terms\s+of\s+)?[a-z][a-z ]+?)[.!]?$/i;

/** "A was more generous to B than to C". */
const GENEROUS = /^(?<a>.+?)\s+(?<cop>is|was|were|are|has been|have been|will be|would be)\s+(?<deg>more|less)\s+generous\s+(?:to|with|towards?)\s+(?<b>.+?)\s+than\s+(?:(?:it|they|he|she)\s+(?:was|were|is|are|did|does)\s+)?(?:to|with|towards?)\s+(?<c>.+?)[.!]?$/i;

/** Verbs of giving after which "a bigger N than it gave C" is "more N than C". */
const GIVE = '(?:gave|gives|give|granted|grants|offered|offers|pledged|pledges|extended|extends|handed|hands|promised|promises)';
const BIGGER_GIVEN = cachedRegExp(String.raw`^(?<a>.+?)\s+(?<v>(?:will\s+)?${GIVE})\s+(?<b>.+?)\s+an?\s+(?<deg>bigger|larger|greater|smaller|lesser)\s+(?<noun>[a-z -]*?)\s*(?:package|sum|amount|pledge|offer|tranche)?\s+than\s+(?:(?:it|they|he|she)\s+(?<again>${GIVE}|did|does)\s+(?:to\s+)?)?(?<c>.+?)[.!]?$`, 'i');
const MORE_THAN_IT_GAVE = cachedRegExp(String.raw`^(?<head>.+?\s${GIVE}\s.+?\s(?:more|less)\s.*?than)\s+(?:it|they|he|she)\s+(?<again>${GIVE}|did|does)\s+(?:to\s+)?(?<c>.+)$`, 'i');
/**
 * A repeated verb of a gift made ("than it gave C") says the second side was given, not only
 * pledged: dropping it would let the comparison read a pledge as a gift (round 34: "Freedonia gave B
 * more than it gave C" is NOT_ENOUGH_INFO when B's aid is only pledged), so it is kept.
 */
const GIFT_MADE = /^(?:gave|gives|give|handed|hands)$/i;

/** Words one of the rewrites needs: the table's gate (src/check/readers.ts), so most claims skip this reader at once. */
export const VERB_BOUND_NEEDS = /\bmark\b|\bout\s+at\b|\bpeak|\b(?:runs?|ran|amount\w*|stands?|stood|add\w*\s+up|works?\s+out|worked\s+out|comes?|came)\s+(?:to|at)\b|\bonly\b|\bsecond\b|\bgenerous\b|\ban?\s+(?:bigger|larger|greater|smaller|lesser)\b|fold\b|\d\s?x\b|\bthe\s+world\b|\bhover|\b(?:leads|led|tops|topped|heads|headed|beats?|edges?\s+out|edged\s+out|outstrip\w*|outd(?:oes|id)|surpass\w*|exceed\w*)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b|\bgoing\s+by\b|\bjudging\s+by\b|\bnot\s+(?:just|only|merely|simply)\s+(?:one|a\s+single)\b|\b(?:brought\s+together|gathered|united|assembled|drew|attracted)\b|\bthan\s+(?:it|they|he|she)\b/i;

/**
 * The claim said again without its verb idiom of comparison, bound or rank; undefined when no
 * idiom of this module is in it.
 *
 * @example
 * ```ts
 * verbBoundRewrite(ctx, 'The canal will stretch past the 2,000 km mark.'); // 'The canal will stretch more than 2,000 km.'
 * verbBoundRewrite(ctx, "The canal's yearly capacity will top out at 3 bcm."); // "The canal's yearly capacity will be up to 3 bcm."
 * verbBoundRewrite(ctx, "Sylvania's League vote share trails only Freedonia's."); // "Sylvania's League vote share is second only to Freedonia's."
 * verbBoundRewrite(ctx, 'Freedonia was more generous to Sylvania than to Marsovia.'); // 'Freedonia gave more to Sylvania than to Marsovia.'
 * ```
 */
export function verbBoundRewrite(_ctx: CheckContext, text: string): string | undefined {
  const said = normalizeTypography(text).trim();
  const rank = rankRewrite(said);
  if (rank) return rank;
  const rank2 = placeRewrite(said);
  if (rank2) return rank2;
  const say = SAY_BY.exec(said);
  if (say?.groups) return `${say.groups.a} ${say.groups.v} ${say.groups.deg!.toLowerCase()} ${say.groups.n} ${say.groups.o} than ${say.groups.b}.`;
  const several = NOT_JUST_ONE.exec(said);
  if (several?.groups) return `${several.groups.head}.`;
  const launch = LAUNCH_GATHERED.exec(said);
  if (launch?.groups) return `${launch.groups.who} launched ${launch.groups.x2 ?? `${launch.groups.the ? 'the ' : ''}${launch.groups.x1}`}.`;
  const given = givenRewrite(said);
  if (given) return given;
  const out = said
    .replace(MARK_VERB, (...args) => {
      const g = args[args.length - 1] as Record<string, string | undefined>;
      return `${copulaFor(g.modal, g.verb!)} ${MONEY.test(g.n!) ? 'worth ' : ''}more than ${g.n}`;
    })
    .replace(MARK_BOUND, '$1 $2')
    .replace(MARK_OVER, 'more than $1')
    .replace(MARK_UNDER, 'less than $1')
    .replace(CEILING, (...args) => {
      const g = args[args.length - 1] as Record<string, string | undefined>;
      return `${copulaFor(g.modal, g.verb!)} up to`;
    })
    .replace(FOLD, '$1 times')
    .replace(TIMES_X, '$1 times')
    .replace(HOVER, (...args) => {
      const g = args[args.length - 1] as Record<string, string | undefined>;
      return `${copulaFor(g.modal, g.verb!)} about`;
    })
    .replace(REACH, (...args) => {
      const g = args[args.length - 1] as Record<string, string | undefined>;
      return copulaFor(g.modal, g.verb!.split(/\s+/)[0]!);
    });
  return out === said ? undefined : out;
}

/** "X trails only Y's" / "X ranks behind only Y in N" as "X's N is second only to Y's". */
function rankRewrite(said: string): string | undefined {
  const withNoun = RANK_WITH_NOUN.exec(said);
  if (withNoun?.groups) {
    const { x, y, noun } = withNoun.groups;
    return `${x}'s ${noun} is second only to ${y}'s.`;
  }
  const possessive = RANK_POSSESSIVE.exec(said);
  if (possessive?.groups) return `${possessive.groups.x} is second only to ${possessive.groups.y}.`;
  return undefined;
}

/** A rank said with a verb of leading, placing or beating (see the module's list). */
function placeRewrite(said: string): string | undefined {
  const lead = LEADS.exec(said);
  if (lead?.groups) {
    const { x, v, the, o, noun, pl } = lead.groups;
    const cop = /ed$/i.test(v!) ? 'was' : 'is';
    const owner = o && !/^list/i.test(o) ? `${the ?? ''}${o.trim()}` : 'the';
    return `${x} ${cop} ${owner} largest ${noun}${pl!.toLowerCase() === 'ies' ? 'y' : ''}.`;
  }
  const world = TOPS_WORLD.exec(said);
  if (world?.groups) return `${world.groups.x}'s ${world.groups.noun} rank first in the world.`;
  const place = PLACES.exec(said);
  if (place?.groups) return `${place.groups.x}'s ${place.groups.noun} rank ${place.groups.ord} ${place.groups.scope}.`;
  const beat = BEATS.exec(said);
  if (beat?.groups) return `${beat.groups.a} outranks ${beat.groups.b} ${beat.groups.n}.`;
  return undefined;
}

/** Generosity and "a bigger N than it gave C": the comparison of what one giver gave two recipients. */
function givenRewrite(said: string): string | undefined {
  const gen = GENEROUS.exec(said);
  if (gen?.groups) {
    const { a, cop, deg, b, c } = gen.groups;
    const verb = /will|would/i.test(cop!) ? `${cop!.split(/\s+/)[0]} give` : /^(?:is|are)$/i.test(cop!) ? 'gives' : 'gave';
    return `${a} ${verb} ${deg!.toLowerCase()} to ${b} than to ${c}.`;
  }
  const big = BIGGER_GIVEN.exec(said);
  if (big?.groups) {
    const { a, v, b, deg, noun, again, c } = big.groups;
    const more = /smaller|lesser/i.test(deg!) ? 'less' : 'more';
    const n = noun!.trim();
    const keep = again && GIFT_MADE.test(again) ? `it ${again} ` : '';
    return `${a} ${v} ${b} ${more} ${n ? `${n} ` : ''}than ${keep}${c}.`;
  }
  const repeated = MORE_THAN_IT_GAVE.exec(said);
  if (repeated?.groups && !GIFT_MADE.test(repeated.groups.again!)) return `${repeated.groups.head} ${repeated.groups.c}`;
  return undefined;
}
