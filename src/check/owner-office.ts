/**
 * An office named through its owner's class noun ("the bank's president", "the president of the
 * bank", "the bank whose president is X"), where the claim names no such owner before it (with one,
 * src/check/class-anaphora.ts reads "the bank" as that name first).
 *
 * - "X is the bank's president": the graph may have several banks with a president. Each is
 *   tried in the noun's place and the readings are shown, but the claim does not say which bank
 *   it means, and the graph's banks are not every bank: held as not enough information, whatever
 *   the readings say (one supported and one refuted, or all refuted alike).
 * - "The bank whose president is X V ...": the relative clause picks the owner, the one entity of
 *   the class whose office of that role the graph says X holds; the rest of the claim is checked
 *   of it. A support decides (the graph states both the office and the rest); anything else is
 *   held, since another such bank outside the graph is not excluded.
 *
 * The owners are the candidates of the shared mechanism (src/check/definite-noun.ts): read each,
 * shown, and held under its rule for a bare class noun; never in reported speech.
 */
import { isA } from './claim-index.js';
import type { CheckContext } from './context.js';
import { classOfNoun, inReportedSpeech, readEveryCandidate } from './definite-noun.js';
import { heldWhenUndecided, type ReaderOutcome, type UnreadReader } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, escapeRegExp, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { cachedRegExp } from './regex-memo.js';

// more owners than this is no reading of one claim (bounds the rechecks)
const MAX_OWNERS = 4;
// the longest holder's name looked at, in words
const MAX_HOLDER = 5;

/** The role words the graph's offices answer to (its role types and the lexicon's aliases), longest first, as a regex alternation. */
function roleAlternation(ctx: CheckContext): string {
  return [...ctx.offices.keys()].filter((k) => /^[a-z ]+$/.test(k)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((k) => k.split(' ').map(escapeRegExp).join('[\\s-]+')).join('|');
}

/** The entities of a class that have an office of the role, as [entity, label] pairs. */
function ownersWithRole(ctx: CheckContext, cls: string, role: string): Array<[string, string]> {
  const offices = ctx.offices.get(role.toLowerCase().replace(/[\s-]+/g, ' '));
  if (!offices) return [];
  return [...offices.keys()].filter((e) => isA(ctx, e, cls)).sort().map((e) => [e, ctx.entityLabel.get(e) ?? e]);
}

/** One owner tried in the noun's place: the claim so said. */
export interface OwnerReading {
  owner: string;
  label: string;
  claim: string;
}

/**
 * "the N's R" / "the R of the N" with N a class noun: the claim said of each entity of that class
 * with an office of role R; undefined when the claim has no such phrase.
 *
 * @example
 * ```ts
 * ownerOfficeReadings(ctx, 'Rufus Firefly is the bank\'s president.');
 * // { phrase: "the bank's president", readings: [{ claim: "Rufus Firefly is Acme Development Bank's president.", ... }, ...] }
 * ```
 */
export function ownerOfficeReadings(ctx: CheckContext, text: string): { phrase: string; readings: OwnerReading[] } | undefined {
  const t = normalizeTypography(text).trim();
  if (!/\bthe\s/i.test(t)) return undefined;
  const roles = roleAlternation(ctx);
  if (!roles) return undefined;
  const possessive = cachedRegExp(`\\b(the\\s+([a-z]+(?:\\s+[a-z]+)?))'s\\s+((?:first|current|new|former)\\s+)?(${roles})\\b`, 'i').exec(t);
  const ofForm = possessive ? undefined : cachedRegExp(`\\b(?:the\\s+)?(?:(?:first|current|new|former)\\s+)?(${roles})\\s+of\\s+(the\\s+([a-z]+(?:\\s+[a-z]+)?))(?=$|[\\s.,;!?])`, 'i').exec(t);
  const [whole, noun, role] = possessive ? [possessive[1]!, possessive[2]!, possessive[4]!] : ofForm ? [ofForm[2]!, ofForm[3]!, ofForm[1]!] : [];
  if (!whole || !noun || !role) return undefined;
  const cls = classOfNoun(ctx, noun);
  if (!cls) return undefined;
  const owners = ownersWithRole(ctx, cls, role);
  if (!owners.length || owners.length > MAX_OWNERS) return undefined;
  const at = t.indexOf(whole);
  return {
    phrase: (possessive ?? ofForm)![0],
    readings: owners.map(([owner, label]) => ({ owner, label, claim: `${t.slice(0, at)}${possessive ? '' : 'the '}${label}${t.slice(at + whole.length)}` })),
  };
}

/**
 * The held reading of "the N's R": every owner tried, the readings shown, not decided.
 *
 * @example
 * ```ts
 * await readOwnerOffice(ctx, 'Rufus Firefly is the bank\'s president.', recheck);
 * // { held: { verdict: 'NOT_ENOUGH_INFO', explanation: '"the bank" names none of the graph\'s 2 ...' } }
 * ```
 */
export async function readOwnerOffice(ctx: CheckContext, text: string, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<ReaderOutcome | undefined> {
  const o = ownerOfficeReadings(ctx, text);
  // in reported speech "the bank" is the speaker's word (src/check/definite-noun.ts)
  if (!o || inReportedSpeech(ctx, text)) return undefined;
  const read = await readEveryCandidate(o.readings.map((x) => x.owner), (iri) => o.readings.find((x) => x.owner === iri)?.claim, recheck);
  if (!read.length) return undefined;
  const said = read.map(({ r, said: claim }) => `"${claim}" ${r.verdict}`).join('; ');
  const first = read[0]!.r;
  const note = `"${o.phrase}": the claim does not say which ${o.readings.length > 1 ? `of the graph's ${o.readings.length} owners` : 'owner'} it means, and the graph's are not every one`;
  return {
    held: undecidedResult(restate(first, text, { interpretation: { ...first.interpretation, notes: [...(first.interpretation.notes ?? []), note] } }),
      `Not decided: ${note}. Read for each: ${said}.`),
  };
}

/**
 * "The N whose R is X V ...": the one entity of class N whose R the graph says X is, and the
 * claim's rest said of it; undefined when the claim has no such subject or no one owner fits.
 *
 * @example
 * ```ts
 * await readWhoseOffice(ctx, 'The bank whose president is Rufus Firefly is based in Zenda.', recheck);
 * // { decided: { verdict: 'SUPPORTED', explanation: 'Read as "Acme Development Bank is based in Zenda" ...' } }
 * ```
 */
export async function readWhoseOffice(ctx: CheckContext, text: string, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<ReaderOutcome | undefined> {
  const t = normalizeTypography(text).trim();
  if (!/\bwhose\b/i.test(t)) return undefined;
  const roles = roleAlternation(ctx);
  const m = roles ? cachedRegExp(`^the\\s+([a-z]+(?:\\s+[a-z]+)?)\\s+whose\\s+(?:(?:first|current)\\s+)?(${roles})\\s+(?:is|was)\\s+(.+)$`, 'i').exec(t) : null;
  if (!m) return undefined;
  const [, noun, role, after] = m as unknown as [string, string, string, string];
  const cls = classOfNoun(ctx, noun);
  if (!cls) return undefined;
  // the holder is the longest run of words that names one entity; the rest is the claim's predicate
  const words = after.replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  let holder = '';
  let rest = '';
  for (let k = Math.min(MAX_HOLDER, words.length - 1); k >= 1 && !holder; k--) {
    // every word of the name counts (no ignorable word such as the copula after it, no comma)
    const all = tokenize(words.slice(0, k).join(' ').replace(/^the\s+/i, ''), ctx.morph);
    const toks = dropIgnorable(all, ctx.morph);
    if (toks.length && toks.length === all.length && !words.slice(0, k).includes(',') && resolveMention(ctx, toks).length === 1) [holder, rest] = [words.slice(0, k).join(' '), words.slice(k).join(' ').replace(/^,\s*/, '').replace(/\s+,/g, ',')];
  }
  if (!holder || !/^[a-z]/.test(rest)) return undefined;
  const owners = ownersWithRole(ctx, cls, role);
  if (!owners.length || owners.length > MAX_OWNERS) return undefined;
  const fits: Array<{ label: string; why: CheckResult }> = [];
  for (const [, label] of owners) {
    const why = await recheck(`${holder} is the ${role} of ${label}.`);
    if (why?.verdict === 'SUPPORTED' && why.interpretation.polarity === 'positive') fits.push({ label, why });
  }
  if (fits.length !== 1) return undefined;
  const { label, why } = fits[0]!;
  const claim = `${label} ${rest}`;
  const r = await recheck(claim);
  if (!r) return undefined;
  const note = `"the ${noun} whose ${role} is ${holder}" read as ${label}, the graph's one ${noun} whose ${role} ${holder} is`;
  const told: CheckResult = {
    ...r, claim: text.trim(),
    evidence: r.verdict === 'SUPPORTED' ? [...r.evidence, ...why.evidence] : r.evidence,
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] },
    explanation: `Read as "${claim}" (${note}: ${why.explanation}). ${r.explanation}`,
  };
  // only a support decides: another such owner the graph does not know is not excluded
  return r.verdict === 'SUPPORTED' ? { decided: told }
    : heldWhenUndecided(undecidedResult(told, `Not decided: a ${noun} whose ${role} is ${holder} other than the graph's one is not excluded. ${told.explanation}`));
}

/** The entries of the reader table (src/check/readers.ts) for offices named through an owner's class noun, in order. */
export const OWNER_OFFICE_READERS: readonly UnreadReader[] = [
  {
    name: 'whose-office',
    module: 'owner-office.ts',
    reads: '"The bank whose president is X is based in P": the one owner of the class whose office the graph says X holds, the rest checked of it; a support decides, anything else is held (round 22)',
    read: ({ ctx, text, recheck }) => readWhoseOffice(ctx, text, recheck),
  },
  {
    name: 'owner-office',
    module: 'owner-office.ts',
    reads: '"X is the bank\'s president" with no bank named: each owner of the class with that office tried and shown, held as not decided (the claim does not say which) (round 22)',
    read: ({ ctx, text, recheck }) => readOwnerOffice(ctx, text, recheck),
  },
];
