/**
 * Purposes said with a noun frame, an idiom or a clause around the purpose (round 27, branch
 * purpose27; docs/families/purpose27.md). Each shape is said again in the one frame the purpose
 * readers already take, "D is (mainly) meant to V O" (src/check/purpose.ts reads it of a trip,
 * purpose-frames.ts of a package, design-purpose.ts of a facility), or, for a manner or message, in
 * their connectives ("to signal that P", "in order to V"), and the whole claim in those words is
 * rechecked by the whole reader (its deed, purpose, main purpose, rival and contrary purposes):
 *
 * - a purpose noun with "behind / for / of" ("The idea / thinking / rationale / logic / motive
 *   behind D was to V O", "The reason for D: V O");
 * - a purpose noun owned by the doer ("Rufus's main aim in visiting Sylvania was to V O", "Rufus's
 *   goal with the trip: V O");
 * - "D was (all / mainly / above all) about V-ing O", "Above all, D was about V-ing O";
 * - "D's (main) purpose is to V O", "The purpose of D is to V O" of a facility or a package (round 36);
 * - "D exists to V O"; "D has P as its (main) purpose / aim / goal"; "V-ing O was what D was for";
 * - after a deed: "as a sign / signal / mark that P" ("to signal that P"), "hoping to V", "as part of
 *   an effort / a drive / a bid to V", "in a move to V" ("in order to V").
 *
 * "main", "chief", "primary" ... and "mainly", "above all" make the purpose the main one ("is
 * mainly meant to"), read as such (cg:mainPurpose); "all about", "the idea behind" claim a purpose,
 * never the main one. A denial, a hedge ("apparent") or "only / solely" (an exclusive purpose the
 * frame cannot carry) is not read. Readings the graph decides must agree.
 */
import type { CheckContext } from './context.js';
import { mainPurposeAdverbs, perLexicon } from './lexicon-words.js';
import { agreeingRewrites, type SaidAgain } from './package-names.js';
import { baseOf } from './purpose-gerund.js';
import { readPurposeShape } from './purpose-shapes.js';
import type { ReaderInput, ReaderOutcome, UnreadReader } from './reader-kit.js';
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** The words every shape below needs: the reader's gate and its first test. */
export const PURPOSE_NOUN_NEEDS = /\b(?:behind|about|exists?|existed|as\s+(?:its|their|his|her|the|one)|what|signs?|signal|mark|token|hoping|part\s+of|move|rationale|reason|thinking|logic|motive|motivation|idea|intention|goal|aim|purpose|objective|view|order|hope|effort|bid|attempt|aiming)\b/i;

const MAIN = String.raw`(?:main|chief|primary|principal|central|overriding|key)`;
const NOUN = String.raw`(?:idea|thinking|logic|rationale|reasoning|motive|motivation|intention|reason|aim|goal|purpose|objective|point|object|ambition)`;
/** What follows the frame: "was / is to V O" or a colon and "V O". */
const TAIL = String.raw`(?:\s+(?<be>was|is|has\s+been)\s+to\s+|\s*:\s*(?:to\s+)?)(?<verb>[a-z]+)\s+(?<rest>\S.*)$`;
/** "The (main) idea behind D was to V O", "The reason for D: V O". */
const BEHIND = cachedRegExp(String.raw`^the\s+(?:(?<main>${MAIN})\s+)?(?<noun>${NOUN})\s+(?<prep>behind|for|of)\s+(?<deed>.+?)${TAIL}`, 'i');
/** "S's (main) aim with / for / on the trip (to O) was to V O". */
const OWNED_TRIP = cachedRegExp(String.raw`^(?<who>.+?)(?:'s|\u2019s)\s+(?:(?<main>${MAIN})\s+)?${NOUN}\s+(?:with|for|on|in|behind|during)\s+(?:the|his|her|its|their|this|that)\s+(?<kind>visit|trip|tour|journey)(?:\s+to\s+(?<to>.+?))?${TAIL}`, 'i');
/** "D's (main) purpose is to V O" (round 36): the thing's own purpose, said of the thing. */
const OWNED_PURPOSE = cachedRegExp(String.raw`^(?<deed>.+?)(?:'s|\u2019s)\s+(?:(?<main>${MAIN})\s+)?(?:purpose|aim|goal|objective)${TAIL}`, 'i');
/** "S's (main) aim in visiting O was to V O". */
const OWNED_VISITING = cachedRegExp(String.raw`^(?<who>.+?)(?:'s|\u2019s)\s+(?:(?<main>${MAIN})\s+)?${NOUN}\s+in\s+(?:visiting|touring|travell?ing\s+to|going\s+to|coming\s+to)\s+(?<to>.+?)${TAIL}`, 'i');
/** Adverbs that make a purpose the main one. */
/** "(Above all,) D was (mainly / all) about V-ing O". */
const ABOUT = perLexicon((ctx) => cachedRegExp(String.raw`^(?:(?<front>${mainPurposeAdverbs(ctx).alternation}|essentially|at heart),\s*)?(?<deed>.+?)\s+(?<be>was|is|were|are|has been)\s+(?:(?<adv>all|${mainPurposeAdverbs(ctx).alternation}|essentially|really)\s+)?about\s+(?<verb>[a-z]+ing)\s+(?<rest>\S.*)$`, 'i'));
/** "D exists to V O". */
const EXISTS = perLexicon((ctx) => cachedRegExp(String.raw`^(?<deed>.+?)\s+(?<v>exists|exist|existed)\s+(?:(?<adv>${mainPurposeAdverbs(ctx).alternation})\s+)?to\s+(?<rest>[a-z]+\s+\S.*)$`, 'i'));
/** "D has P as its (main) purpose", "D had P as one of its aims". */
const HAS_AS = cachedRegExp(String.raw`^(?<deed>.+?)\s+(?<have>has|have|had)\s+(?<what>.+?)\s+as\s+(?:one\s+of\s+)?(?:its|their|his|her|the)\s+(?:(?<main>${MAIN})\s+)?(?:purposes?|aims?|goals?|objectives?|uses?)$`, 'i');
/** "V-ing O was what D was (all) for / about". */
const CLEFT = /^(?<what>[a-z]+ing\s+.+?)\s+(?<be>was|is)\s+what\s+(?<deed>.+?)\s+(?:was|is)\s+(?:all\s+|really\s+)?(?:for|about)$/i;
/** "What D was for: P". */
const WHAT_FOR = /^what\s+(?<deed>.+?)\s+(?<be>was|is)\s+(?:all\s+|really\s+)?(?:for|about)\s*(?::|,|was|is)\s*(?<what>\S.*)$/i;
/** After a deed: "as a (clear) sign that P", "in a signal that P", "as a mark of N". */
const SIGN = /\s+(?:as|in)\s+(?:a|an)\s+(?:clear\s+|strong\s+|firm\s+)?(?:sign|signal|mark|token|show|demonstration|indication|message)\s+(?<that>that|of)\s+/i;
/** After a deed: "hoping to V", "as part of an effort / a drive to V", "in a move / push / drive to V". */
const EFFORT = /,?\s+(?:hoping\s+to|as\s+part\s+of\s+(?:an?|its|his|her|their|the)\s+(?:(?:wider|broader|larger|new|concerted|long-term)\s+)?(?:effort|bid|drive|push|attempt|plan|strategy|campaign|quest|initiative)\s+to|in\s+a\s+(?:move|push|drive)\s+to)\s+(?=[a-z]+\s)/i;
/** A word after "to" that is no verb. */
const NOT_A_VERB = /^(?:the|a|an|its|their|his|her|this|that|these|those|it|them|be|\d.*)$/i;
/** A subject that is a pronoun: no deed to read. */
const PRONOUN = /^(?:it|this|that|which|he|she|they|these|those)$/i;

/** "With a view to V-ing O, S did A", "In order to V O, S did A" (a purpose before its deed). */
const FRONTED = /^(?:with\s+a\s+view\s+to|with\s+the\s+(?:aim|goal|intention|object|objective)\s+of|in\s+the\s+hope\s+of|in\s+order\s+to|so\s+as\s+to|in\s+(?:an\s+effort|a\s+bid|an\s+attempt)\s+to|hoping\s+to|aiming\s+to)\s+(?<verb>[a-z]+)\s+(?<obj>[^,]+),\s*(?<clause>.+)$/i;
/** "road construction", "hospital upgrades": a work said with a noun, and the verb of the work. */
const NOMINAL_WORK = /^(?<what>[a-z][a-z\s-]*?)\s+(?<work>construction|building|repairs?|upgrades?|upgrading|moderni[sz]ation|renovation|expansion)$/i;
const WORK_VERB: Record<string, string> = { construction: 'building', building: 'building', repair: 'repairing', repairs: 'repairing', upgrade: 'upgrading', upgrades: 'upgrading', upgrading: 'upgrading', modernisation: 'modernising', modernization: 'modernizing', renovation: 'renovating', expansion: 'expanding' };

/** "hospital construction" -> "building hospital": the gerund the purpose readers take; other phrases as said. */
function gerundOfNominal(_ctx: CheckContext, what: string): string {
  const m = NOMINAL_WORK.exec(what)?.groups;
  return m ? `${WORK_VERB[m.work!.toLowerCase()]!} ${m.what}` : what;
}

/** "The (main) aim of D was to V O", the noun frame src/check/purpose.ts reads of a trip named with a place before it. */
function aimOf(deed: string, be: string | undefined, main: string | undefined, verb: string, rest: string): string {
  const copula = !be ? 'is' : /^has/i.test(be) ? 'was' : be.toLowerCase();
  return `The ${main ? 'main ' : ''}aim of ${lower(deed)} ${copula} to ${verb} ${rest}`;
}

const clean = (text: string): string => normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
const upper = (s: string): string => s.replace(/^[a-z]/, (c) => c.toUpperCase());
const lower = (s: string): string => s.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());

/** The infinitive's verb of a frame's tail: a base form as said, a gerund's base, or undefined. */
function verbOf(ctx: CheckContext, verb: string): string | undefined {
  if (NOT_A_VERB.test(verb)) return undefined;
  return /ing$/i.test(verb) && verb.length > 5 ? baseOf(ctx, verb) : verb.toLowerCase();
}

/** "D was (mainly) meant to V O", the frame the purpose readers take, in the tense said. */
function meantTo(deed: string, be: string | undefined, main: boolean, verb: string, rest: string): string {
  const copula = !be ? 'is' : /^has/i.test(be) ? 'was' : be.toLowerCase();
  return `${upper(deed)} ${copula} ${main ? 'mainly ' : ''}meant to ${verb} ${rest}`;
}

/**
 * The claim said in the purpose readers' frames; empty when it has none of the shapes.
 *
 * @example
 * ```ts
 * purposeNounRewrites(ctx, "The idea behind Rufus's visit was to expand trade with Sylvania");
 * // ["Rufus's visit was meant to expand trade with Sylvania"]
 * purposeNounRewrites(ctx, "Rufus's main aim in visiting Sylvania was to expand trade");
 * // ["Rufus's visit to Sylvania was mainly meant to expand trade"]
 * ```
 */
export function purposeNounRewrites(ctx: CheckContext, text: string): string[] {
  const t = clean(text);
  if (!PURPOSE_NOUN_NEEDS.test(t)) return [];
  if (/\b(?:not|never|no|nor|neither|without|only|solely|apparent|apparently|supposed|supposedly|alleged|allegedly)\b|n't\b/i.test(t)) return [];
  const out: string[] = [];
  const b = BEHIND.exec(t)?.groups;
  // "the aim / goal / purpose / point of D was to V" is read already; the other nouns and prepositions here
  // (of a trip; round 36: of a facility or a package, "The purpose of the pipeline is to V O", only "meant to")
  // (of a trip only: round 36's "The purpose of the pipeline is to V O" as "meant to" let a trip's
  // main aim be read as "meant to", which no functional main purpose refutes: purpose22.test)
  const bVerb = b && !(b.prep!.toLowerCase() === 'of' && /^(?:aim|goal|purpose|objective|point)$/i.test(b.noun!)) ? verbOf(ctx, b.verb!) : undefined;
  if (b && bVerb && !PRONOUN.test(b.deed!)) out.push(meantTo(b.deed!, b.be, !!b.main, bVerb, b.rest!), aimOf(b.deed!, b.be, b.main, bVerb, b.rest!));
  const op = OWNED_TRIP.test(t) || OWNED_VISITING.test(t) ? undefined : OWNED_PURPOSE.exec(t)?.groups;
  const opVerb = op && verbOf(ctx, op.verb!);
  if (op && opVerb && !PRONOUN.test(op.deed!) && !/\s(?:was|is|were|are|has|have|had)\s/i.test(op.deed!)) out.push(meantTo(op.deed!, op.be, !!op.main, opVerb, op.rest!));
  const o = OWNED_TRIP.exec(t)?.groups ?? OWNED_VISITING.exec(t)?.groups;
  const oVerb = o && verbOf(ctx, o.verb!);
  if (o && oVerb && !PRONOUN.test(o.who!)) {
    const kind = o.kind?.toLowerCase() ?? 'visit';
    const deed = `${o.who}'s ${kind}${o.to ? ` to ${o.to}` : ''}`;
    out.push(meantTo(deed, o.be, !!o.main, oVerb, o.rest!), aimOf(deed, o.be, o.main, oVerb, o.rest!));
  }
  const a = ABOUT(ctx).exec(t)?.groups;
  if (a && !PRONOUN.test(a.deed!) && baseOf(ctx, a.verb!) && !/^(?:nothing|something|everything|anything|during)$/i.test(a.verb!)) {
    const main = [a.front, a.adv].some((w) => w && mainPurposeAdverbs(ctx).words.has(w.toLowerCase().replace(/\s+/g, ' ')));
    out.push(`${upper(a.deed!)} ${a.be!.toLowerCase()} ${main ? 'mainly ' : ''}aimed at ${a.verb!.toLowerCase()} ${a.rest}`);
  }
  const e = EXISTS(ctx).exec(t)?.groups;
  if (e && !PRONOUN.test(e.deed!) && !NOT_A_VERB.test(e.rest!.split(' ')[0]!)) {
    const be = /existed/i.test(e.v!) ? 'was' : /exists/i.test(e.v!) ? 'is' : 'are';
    // "exists to pay for / fund P": what it is meant for
    const paid = /^(?:pay\s+for|fund|finance|cover)\s+(.+)$/i.exec(e.rest!);
    out.push(`${upper(e.deed!)} ${be} ${e.adv ? 'mainly ' : ''}meant to ${e.rest}`);
    if (paid) out.push(`${upper(e.deed!)} ${be} ${e.adv ? 'mainly ' : ''}meant for ${paid[1]}`);
  }
  const h = HAS_AS.exec(t)?.groups;
  if (h && !PRONOUN.test(h.deed!)) {
    const be = /had/i.test(h.have!) ? 'was' : /have/i.test(h.have!) ? 'are' : 'is';
    const what = gerundOfNominal(ctx, lower(h.what!).replace(/^(?:the|a|an)\s+/i, ''));
    out.push(`${upper(h.deed!)} ${be} ${h.main ? 'mainly ' : ''}meant for ${what}`);
  }
  const c = CLEFT.exec(t)?.groups ?? WHAT_FOR.exec(t)?.groups;
  if (c && !PRONOUN.test(c.deed!)) {
    const what = gerundOfNominal(ctx, lower(c.what!));
    out.push(`${upper(c.deed!.replace(/^the\s/i, 'the '))} ${c.be!.toLowerCase()} ${/^[a-z]+ing\s/i.test(what) ? 'aimed at' : 'meant for'} ${what}`);
  }
  // after a deed of at least two words (a subject and its verb): the message or purpose of the deed
  const s = SIGN.exec(t);
  if (s && t.slice(0, s.index).split(' ').length >= 2) out.push(`${t.slice(0, s.index)} to signal ${s.groups!.that === 'that' ? 'that ' : ''}${t.slice(s.index + s[0].length)}`);
  // "With a view to V-ing O, S did A": the purpose said after the deed
  const fr = FRONTED.exec(t)?.groups;
  const frVerb = fr && verbOf(ctx, fr.verb!);
  if (fr && frVerb && fr.clause!.split(' ').length >= 2) out.push(`${upper(fr.clause!)} in order to ${frVerb} ${fr.obj}`);
  const f = EFFORT.exec(t);
  const before = f ? t.slice(0, f.index) : '';
  if (f && before.split(' ').length >= 2 && !/\b(?:is|are|was|were|be|been|am)$/i.test(before)) out.push(`${before} in order to ${t.slice(f.index + f[0].length)}`);
  return out;
}

/**
 * The table's reader: each rewrite of {@link purposeNounRewrites} rechecked, readings the graph
 * decides agreeing (an undecided one is held).
 *
 * @example
 * ```ts
 * await readPurposeNoun({ ctx, text: "Rufus's trip was all about expanding trade with Sylvania", recheck });
 * ```
 */
export async function readPurposeNoun({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  if (!PURPOSE_NOUN_NEEDS.test(text)) return undefined;
  const said: SaidAgain[] = purposeNounRewrites(ctx, text).map((claim) => ({ claim, note: 'a purpose said with a noun frame or around a clause, in the purpose readers\' frame' }));
  return said.length ? agreeingRewrites(text, said, recheck) : undefined;
}

/**
 * The purpose-shape entries of the reader table (round 27: out of readers.ts, at its 800-line
 * limit), spread into UNREAD_READERS where `purpose-shape` stood.
 *
 * @example
 * ```ts
 * const readers = [...PURPOSE_SHAPE_READERS]; // [{ name: 'purpose-shape', ... }, { name: 'purpose-noun', ... }]
 * ```
 */
export const PURPOSE_SHAPE_READERS: readonly UnreadReader[] = [
  { name: 'purpose-shape', module: 'purpose-shapes.ts', reads: '"V-ing O was one of the uses of D", "Behind D lies the aim of V-ing O", "so that it could V", "D covers P": the purpose readers\' words (round 23)', read: readPurposeShape },
  {
    name: 'purpose-noun',
    module: 'purpose-nouns.ts',
    reads: '"The idea behind D was to V O", "S\'s main aim in visiting Y was to V O", "D was all about V-ing O", "D exists to V O", "D has P as its purpose", "did A as a sign that P", "did A hoping to V": each said in the frames the purpose readers take (D meant to V O, to signal that P, in order to V) and rechecked (round 27)',
    needs: PURPOSE_NOUN_NEEDS,
    read: readPurposeNoun,
  },
];
