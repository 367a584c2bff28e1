/**
 * Claims said against another party (issue 15, round 14): "Unlike Sylvania, Freedonia joined the
 * League", "Freedonia, unlike Sylvania, joined the League", "Freedonia, not Sylvania, hosted the
 * summit", "Rufus Firefly, rather than Gloria Teasdale, chaired the bank", "Marsovia's minister,
 * not Sylvania's, attended", "the League was represented by its deputy rather than its head",
 * "Sylvania stayed out, unlike Freedonia", and the likeness "Sylvania, like Freedonia, stayed out".
 *
 * Each is two statements: the one said of the main party (the claim without the contrast) and
 * the same statement of the other party. A contrast ("unlike", "not", "rather than", "instead
 * of") says the statement holds of the main party and not of the other; a likeness ("like") says
 * it holds of both. The verdict follows from the two checked statements:
 *
 * - contrast: the main statement refuted, or the other's supported -> REFUTED; the main statement
 *   supported and the other's refuted -> SUPPORTED; anything else is undecided;
 * - likeness: either refuted -> REFUTED; both supported -> SUPPORTED; else undecided.
 *
 * The other party must be a name the graph resolves (a possessive "Sylvania's" borrows the main
 * party's noun: "Sylvania's minister"); a description ("Freedonia, not a member of the League,
 * ...") is an apposition, not a contrast, and is no reading. Both statements must be read: a
 * statement the checker cannot read leaves the claim to the other readers.
 */
import type { CheckContext } from './context.js';
import { mainPredicate } from './clause-links.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult, Evidence } from './types.js';
import { cachedRegExp } from './regex-memo.js';

/** How the other party stands to the statement: not holding it (contrast) or holding it too (likeness). */
export type ContrastKind = 'contrast' | 'likeness';

/** A claim split into its main statement and the same statement of the other party. */
export interface SaidOtherwise {
  kind: ContrastKind;
  /** The statement of the main party ("Freedonia joined the League."). */
  main: string;
  /** The same statement of the other party ("Sylvania joined the League."). */
  other: string;
  /** The other party as said ("Sylvania"). */
  party: string;
  /** The contrast word as said ("unlike", "rather than"). */
  word: string;
}

const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had|did|does|do|will|would|could|can|may|might|must|should|shall|not)$/i;
const CONTRAST = 'unlike|not|rather than|instead of|and not|but not';
const KIND = (word: string): ContrastKind => (/^like$/i.test(word) ? 'likeness' : 'contrast');
const words = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);
const sentence = (s: string): string => `${s.trim().replace(/[,;:]+$/, '')}.`;

/** Whether a phrase names one thing the graph knows ("Sylvania", "the League", "Sylvania's"). */
function namesParty(ctx: CheckContext, phrase: string): boolean {
  const bare = phrase.trim().replace(/['\u2019]s$/i, '');
  if (!bare || words(bare).length > 5 || /^(?:a|an|some|any|one|two|three|several|many)\b/i.test(bare)) return false;
  return resolveMention(ctx, dropIgnorable(tokenize(bare, ctx.morph), ctx.morph)).length === 1;
}

/**
 * The other party's phrase in the main party's place: "Sylvania's" after "Marsovia's minister"
 * borrows the noun ("Sylvania's minister"); any other phrase is returned as it is.
 *
 * @example
 * ```ts
 * completed("Marsovia's minister", "Sylvania's"); // "Sylvania's minister"
 * completed("Marsovia's minister", "Sylvania"); // "Sylvania"
 * ```
 */
export function completed(mainPhrase: string, other: string): string {
  const poss = /^(.+?)['\u2019]s\s+(.+)$/i.exec(mainPhrase.trim());
  return poss && /['\u2019]s$/i.test(other.trim()) ? `${other.trim()} ${poss[2]}` : other.trim();
}

/**
 * The longest opening of a clause (up to six words) that names one thing the graph knows: the
 * subject a leading "Unlike Sylvania," is set against.
 */
function openingParty(ctx: CheckContext, clause: string): string | undefined {
  const w = words(clause);
  for (let k = Math.min(6, w.length - 1); k >= 1; k--) {
    const phrase = w.slice(0, k).join(' ');
    // a name, not a name and the words after it ("Sylvania is a" resolves as "Sylvania": the
    // resolver drops ignorable words)
    if (w.slice(0, k).some((x) => AUXILIARY.test(x)) || /^(?:a|an|the|of|to|in|on|at|for|with|by)$/i.test(w[k - 1]!)) continue;
    if (namesParty(ctx, phrase)) return phrase;
  }
  return undefined;
}

/**
 * "Unlike Y, X V ..." and "X V ..., like Y": the other party Y in the subject's place, sharing the
 * main predicate of X's clause, never its relative clause's ("X, which V1, V2, like Y": Y shares V2
 * only; src/check/clause-links.ts `mainPredicate`, round 33). Undefined when the clause opens with no
 * party of the graph or Y names none.
 */
function sharedMain(ctx: CheckContext, clause: string, word: string, party: string): SaidOtherwise | undefined {
  const subject = openingParty(ctx, clause);
  const main = subject ? mainPredicate(clause.slice(subject.replace(/[,;]+$/, '').length)) : undefined;
  if (!subject || main === undefined || !namesParty(ctx, party)) return undefined;
  return { kind: KIND(word), main: sentence(clause), other: sentence(`${completed(subject, party)}${main}`), party, word: word.toLowerCase() };
}

/**
 * The readings of a claim said against another party, most specific first; empty when the claim
 * has no such form.
 *
 * @example
 * ```ts
 * saidOtherwise(ctx, 'Unlike Sylvania, Freedonia joined the League.');
 * // [{ kind: 'contrast', main: 'Freedonia joined the League.', other: 'Sylvania joined the League.', party: 'Sylvania', word: 'unlike' }]
 * ```
 */
export function saidOtherwise(ctx: CheckContext, text: string): SaidOtherwise[] {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  const out: SaidOtherwise[] = [];
  // "Unlike Sylvania, Freedonia joined the League" / "Like Sylvania, Freedonia stayed out"
  const lead = /^(unlike|like)\s+([^,]+?),\s+(.+)$/i.exec(t);
  if (lead) {
    const [, word, party, rest] = lead as unknown as [string, string, string, string];
    const reading = sharedMain(ctx, rest, word, party);
    return reading ? [reading] : out;
  }
  // "Freedonia, unlike Sylvania, joined ..." / "Freedonia, not Sylvania, hosted ..." / "Marsovia's minister, not Sylvania's, attended"
  const mid = cachedRegExp(`^([^,]+?),\\s+(${CONTRAST}|like)\\s+([^,]+?),\\s+(.+)$`, 'i').exec(t);
  // "X, not Y, V O" is the compound reader's, which gives each statement as a part (clause-links.ts)
  if (mid && !/^not$/i.test(mid[2]!)) {
    const [, subject, word, party, rest] = mid as unknown as [string, string, string, string, string];
    if (namesParty(ctx, party) && words(subject).length <= 8) {
      out.push({ kind: KIND(word), main: sentence(`${subject} ${rest}`), other: sentence(`${completed(subject, party)} ${rest}`), party, word: word.toLowerCase() });
    }
    return out;
  }
  // "Sylvania stayed out of the League, unlike Freedonia": the other party in the subject's place
  const after = /^(.+?),\s+(unlike|like)\s+([^,]+)$/i.exec(t);
  if (after) {
    const [, clause, word, party] = after as unknown as [string, string, string, string];
    const reading = sharedMain(ctx, clause, word, party);
    return reading ? [reading] : out;
  }
  // "... by its deputy rather than its head" / "... hosted Rufus Firefly, not Gloria Teasdale": the
  // contrast at the end, set against the words before it of the same length, else one to four words
  const tail = /^(.+?)(?:,\s+|\s+)(rather than|instead of|and not|but not|not)\s+([^,]+)$/i.exec(t);
  if (tail) {
    const [, before, word, party] = tail as unknown as [string, string, string, string];
    if (/\s(?:is|are|was|were|did|does|do|has|have|had|will|would|could|can|may|might|must|should|shall)$/i.test(` ${before}`) && word.toLowerCase() === 'not') return out;
    // (round 24) "opened in Metro, not in Zenda": the other party after the same preposition
    const placed = /^(?:in|at|near|on|from|to|with|by|for)\s+(.+)$/i.exec(party);
    if (!namesParty(ctx, party) && !(placed && namesParty(ctx, placed[1]!)) && !/^(?:its|their|his|her)\s/i.test(party)) return out;
    const w = words(before);
    const n = words(party).length;
    const lengths = [...new Set([n, 1, 2, 3, 4])].filter((k) => k < w.length);
    for (const k of lengths) {
      const mainPhrase = w.slice(w.length - k).join(' ');
      out.push({ kind: 'contrast', main: sentence(before), other: sentence(`${w.slice(0, w.length - k).join(' ')} ${completed(mainPhrase, party)}`), party, word: word.toLowerCase() });
    }
  }
  return out;
}

/** The evidence of a checked statement, cited with the stance it has toward the whole claim. */
const citedAs = (r: CheckResult, stance: Evidence['stance']): Evidence[] => r.evidence.filter((e) => e.stance !== 'related').map((e) => ({ ...e, stance }));

/**
 * The claim's verdict from its two checked statements (the module's rule), with both statements'
 * verdicts in the explanation; undefined when either statement could not be read.
 *
 * @example
 * ```ts
 * decideSaidOtherwise(claim, reading, mainResult, otherResult)?.verdict; // 'SUPPORTED' for a true contrast
 * ```
 */
export function decideSaidOtherwise(claim: string, s: SaidOtherwise, main: CheckResult | undefined, other: CheckResult | undefined): CheckResult | undefined {
  if (!main || !other) return undefined;
  const contrast = s.kind === 'contrast';
  const said = `Read as two statements ("${s.word} ${s.party}"): "${s.main}" (${main.verdict}) and, ${contrast ? 'said not to hold' : 'said to hold as well'}, "${s.other}" (${other.verdict}).`;
  const base = { ...main, claim: claim.trim(), conflict: false };
  if (main.verdict === 'REFUTED') return { ...base, verdict: 'REFUTED', evidence: citedAs(main, 'refutes'), explanation: `${said} The statement of the main party is refuted. ${main.explanation}` };
  if (other.verdict === (contrast ? 'SUPPORTED' : 'REFUTED')) {
    return { ...base, verdict: 'REFUTED', reason: other.reason, evidence: citedAs(other, 'refutes'), explanation: `${said} ${contrast ? `It holds of ${s.party} too, so the contrast is wrong` : `It does not hold of ${s.party}, so the likeness is wrong`}. ${other.explanation}` };
  }
  if (main.verdict === 'SUPPORTED' && other.verdict === (contrast ? 'REFUTED' : 'SUPPORTED')) {
    return { ...base, verdict: 'SUPPORTED', evidence: [...citedAs(main, 'supports'), ...citedAs(other, 'supports')], explanation: `${said} Both as the claim says. ${main.explanation} ${other.explanation}` };
  }
  return { ...base, verdict: 'NOT_ENOUGH_INFO', reason: 'no-claim', evidence: [...main.evidence, ...other.evidence].map((e) => ({ ...e, stance: 'related' as const })), explanation: `${said} Not both decided as the claim needs: not enough information.` };
}

/** A negated comparison said as the comparison it denies, or as its converse. */
export interface NegatedComparison {
  /** The comparison to check ("A was more than B."). */
  claim: string;
  /** Whether the claim's verdict is the opposite of that comparison's ("no more than": not more than). */
  invert: boolean;
  /** The negation as said ("no more than"). */
  said: string;
}

const MORE = 'more|larger|bigger|greater|higher';
const LESS = 'less|smaller|lower|fewer';

/** Both shapes deny with "no" or "not" between spaces (the reader's gate, `needs`, tested first). */
export const NEGATED_COMPARISON_NEEDS = /\sno(?:t)?\s/i;

/**
 * "A was no more than B", "A is not larger than B", "A was no less than B": the comparison they
 * deny ("A was more than B"), its verdict inverted (equal amounts are "no more than" each other,
 * and not "more than"); "A was not as large as B": the converse comparison ("A was smaller than
 * B"), which holds exactly when A is below B. Only the copular form is read: the comparison
 * readers of src/check/comparisons.ts and rank-comparisons.ts decide the result.
 *
 * @example
 * ```ts
 * negatedComparison("Freedonia's aid was no more than its grants."); // { claim: "Freedonia's aid was more than its grants.", invert: true, said: 'no more than' }
 * ```
 */
export function negatedComparison(text: string): NegatedComparison | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (!NEGATED_COMPARISON_NEEDS.test(t)) return undefined;
  const denied = cachedRegExp(`^(.+?)\\s+(is|are|was|were)\\s+(no|not)\\s+(${MORE}|${LESS})\\s+than\\s+(.+)$`, 'i').exec(t);
  if (denied) {
    const [, a, be, neg, cmp, b] = denied as unknown as [string, string, string, string, string, string];
    const more = cachedRegExp(`^(?:${MORE})$`, 'i').test(cmp);
    return { claim: `${a} ${be} ${more ? 'more' : 'less'} than ${b}.`, invert: true, said: `${neg.toLowerCase()} ${cmp.toLowerCase()} than` };
  }
  const asAs = /^(.+?)\s+(is|are|was|were)\s+not\s+(?:quite\s+)?as\s+(large|big|great|high|much|small|low)\s+as\s+(.+)$/i.exec(t);
  if (asAs) {
    const [, a, be, adj, b] = asAs as unknown as [string, string, string, string, string];
    const small = /^(?:small|low)$/i.test(adj);
    return { claim: `${a} ${be} ${small ? 'larger' : 'smaller'} than ${b}.`, invert: false, said: `not as ${adj.toLowerCase()} as` };
  }
  return undefined;
}

/**
 * The claim's result from the comparison its negation was read as: only a comparison of values
 * decides (reason `value-comparison`), its verdict inverted when the negation denies it.
 *
 * @example
 * ```ts
 * decideNegatedComparison(claim, n, r)?.verdict;
 * ```
 */
export function decideNegatedComparison(claim: string, n: NegatedComparison, r: CheckResult | undefined): CheckResult | undefined {
  if (!r || r.reason !== 'value-comparison' || r.verdict === 'NOT_ENOUGH_INFO') return undefined;
  const verdict = !n.invert ? r.verdict : r.verdict === 'SUPPORTED' ? 'REFUTED' : 'SUPPORTED';
  const stance = verdict === 'SUPPORTED' ? 'supports' : 'refutes';
  const how = n.invert ? `"${n.said}" denies "${n.claim}", which is ${r.verdict}` : `"${n.said}" is "${n.claim}", which is ${r.verdict}`;
  return { ...r, claim: claim.trim(), verdict, evidence: r.evidence.map((e) => ({ ...e, stance })), explanation: `Read as a negated comparison: ${how}. ${r.explanation}` };
}
