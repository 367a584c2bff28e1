/**
 * A package of aid named the ways users name it, said as "<giver>'s <noun> to <recipient>", the
 * phrase the patterns and the purpose and comparison readers take (round 12):
 *
 * - a demonym for the recipient after the giver ("Freedonia's Sylvanian aid package") or for the
 *   giver before "to <recipient>" ("the Freedonian grants to Sylvania");
 * - a demonym alone ("the Sylvanian assistance"), or the recipient after "to" with no giver ("the
 *   grants to Sylvania", round 15): the recipient when the graph's assistance claims
 *   (`cg:providedAssistanceTo` and its sub-properties) give that entity exactly one giver and it
 *   gives nothing itself; otherwise no reading;
 * - a word of status before the noun ("the possible grants", "its pledged aid"): dropped, since a
 *   noun names the package whatever its status (the readers try each modality);
 * - "the value of <package or deals>" is the package itself in a comparison.
 *
 * Then a value said of the package ("... is worth V", "amounts to V", "totals V", "is valued at
 * V") is said as the deed in each modality a noun leaves open ("<giver> gave / pledged / may
 * provide V in <noun> to <recipient>"): SUPPORTED when one reading is, REFUTED when none is and
 * one is refuted (the package's own amount differs), else held. The package nouns are the
 * lexicon's (`cg:recipientNoun`). Nothing here knows an entity.
 */
import { SCALE_WORDS } from './values.js';
import { NS, type CheckContext } from './context.js';
import { scopedIndex } from './claim-index.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { resolveMention } from './resolver.js';
import { undecidedResult } from './result.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { combineParts } from './rank-words.js';
import { cachedRegExp } from './regex-memo.js';

/** One rewrite and what it read. */
export interface SaidAgain {
  claim: string;
  note: string;
}

/**
 * Each rewrite rechecked: the readings the graph decides must agree (else the first is held
 * undecided, the disagreement shown); with none decided the first read is held.
 *
 * @example
 * ```ts
 * await agreeingRewrites('Canal: 40 km', [{ claim: 'Canal is 40 km', note: '...' }], recheck); // { decided: … } or { held: … }
 * ```
 */
export async function agreeingRewrites(text: string, rewrites: readonly SaidAgain[], recheck: ReaderInput['recheck']): Promise<ReaderOutcome | undefined> {
  const read: Array<{ rw: SaidAgain; r: CheckResult }> = [];
  for (const rw of rewrites) {
    const r = await recheck(rw.claim);
    if (r) read.push({ rw, r });
  }
  if (!read.length) return undefined;
  const tell = ({ rw, r }: { rw: SaidAgain; r: CheckResult }): CheckResult => ({
    ...r, claim: text.trim(),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `${rw.note}: "${rw.claim}"`] },
    explanation: `Read as "${rw.claim}" (${rw.note}). ${r.explanation}`,
  });
  const decided = read.filter(({ r }) => r.verdict !== 'NOT_ENOUGH_INFO');
  if (!decided.length) return { held: tell(read[0]!) };
  if (decided.every(({ r }) => r.verdict === decided[0]!.r.verdict)) return { decided: tell(decided[0]!) };
  return { held: undecidedResult(tell(decided[0]!), `The claim may be read as ${decided.map(({ rw, r }) => `"${rw.claim}" (${r.verdict})`).join(' or ')}, which the graph decides differently: not decided.`) };
}

const nounsOf = new WeakMap<object, string>();
/** The lexicon's package nouns as one alternation, longest first, with a second noun ("aid package", "grant offer"). */
function packageNouns(ctx: CheckContext): string {
  let alt = nounsOf.get(ctx.lexicon);
  if (alt === undefined) {
    const words = new Set(ctx.lexicon.getQuads(null, `${NS.cg}recipientNoun`, null, null).map((q) => q.object.value.toLowerCase()));
    alt = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
    nounsOf.set(ctx.lexicon, alt);
  }
  return alt;
}

const STATUS = String.raw`(?:(?:possible|potential|pledged|promised|proposed|planned|prospective|offered|mooted|announced|new)\s+)`;
const NAME = String.raw`[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*`;

/** The one entity a word names, when the word is not that entity's own label (a demonym). */
function demonym(ctx: CheckContext, word: string): { iri: string; label: string } | undefined {
  const hit = resolveMention(ctx, dropIgnorable(tokenize(word, ctx.morph), ctx.morph));
  return hit.length === 1 && hit[0]!.label.toLowerCase() !== word.toLowerCase() ? hit[0] : undefined;
}

/** Givers of the graph's positive assistance claims to an entity, and whether it gives any itself (also src/check/recipient-comparisons.ts). */
export function giversOf(ctx: CheckContext, iri: string): { givers: Map<string, string>; gives: boolean } {
  const base = `${NS.cg}providedAssistanceTo`;
  const index = scopedIndex(ctx);
  const givers = new Map<string, string>();
  let gives = false;
  for (const p of [base, ...(ctx.axioms.subProperties.get(base) ?? [])]) {
    for (const c of index.get(p) ?? []) {
      if (c.polarity !== 'positive') continue;
      if (c.object.value === iri) givers.set(c.subject, ctx.entityLabel.get(c.subject) ?? c.subject);
      if (c.subject === iri) gives = true;
    }
  }
  return { givers, gives };
}

/**
 * The graph's one giver to a possessor that gives nothing itself ("Sylvania's aid" where the graph
 * has Freedonia's aid to Sylvania and no aid from Sylvania): the possessor is the package's
 * recipient. Undefined when the possessor names no one entity, gives anything, gets from none or
 * from several, or the claim names who gave ("... from X", "... by X").
 *
 * @example
 * ```ts
 * recipientOwner(ctx, 'Sylvania', "Sylvania's aid is for farming"); // { giver: 'Freedonia', recipient: 'Sylvania' }
 * ```
 */
export function recipientOwner(ctx: CheckContext, possessor: string, text: string): { giver: string; recipient: string } | undefined {
  if (/\b(?:by|from)\s+[A-Z]/.test(text)) return undefined;
  const hit = resolveMention(ctx, dropIgnorable(tokenize(possessor, ctx.morph), ctx.morph));
  if (hit.length !== 1) return undefined;
  const { givers, gives } = giversOf(ctx, hit[0]!.iri);
  if (givers.size !== 1 || gives) return undefined;
  return { giver: [...givers.values()][0]!, recipient: hit[0]!.label };
}

/**
 * The claim with its package named as "<giver>'s <noun> to <recipient>"; undefined when it names
 * no package in another way.
 *
 * @example
 * ```ts
 * packageRewrite(ctx, 'The possible Freedonian grants to Sylvania would go towards farming.');
 * // "Freedonia's grants to Sylvania would go towards farming."
 * ```
 */
export function packageRewrite(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  const N = packageNouns(ctx);
  if (!N) return undefined;
  let out = t.replace(/\bthe\s+value\s+of\s+(?=(?:the\s+)?[A-Z])/g, '');
  const re = cachedRegExp(String.raw`(?<det>\b[Tt]he\s+|(?<giver>${NAME})'s\s+|\b(?<its>its|their)\s+)${STATUS}*(?<adj>(?:[A-Z][a-z]+\s+)?)(?<noun>(?:${N})(?:\s+(?:package|pledge|offer|programme|program))?)\b(?<to>\s+(?:to|for)\s+(?<rec>${NAME}))?(?<from>\s+from\s+(?<from_giver>${NAME}))?`, 'g');
  out = out.replace(re, (all: string, ...args: unknown[]) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    // after a verb ("X pledged the Sylvanian aid"), the package's giver is the clause's subject
    const object = (args[args.length - 3] as number) > 0 && /^the\s/i.test(g.det ?? '');
    const adj = g.adj?.trim();
    // "aid pledge", "grant package": the package noun the frames read ("aid", "grant")
    const noun = g.noun!.replace(/\s+(?:package|pledge|offer|programme|program)$/i, '');
    const d = adj ? demonym(ctx, adj) : undefined;
    if (adj && !d) return all;
    // (round 35) "the Sylvanian aid from Freedonia": the giver named after "from"
    if (g.from) {
      if (!d || g.giver || g.to || !/^the\s/i.test(g.det ?? '')) return all;
      const giver = resolveMention(ctx, dropIgnorable(tokenize(g.from_giver!, ctx.morph), ctx.morph));
      // only a giver the graph gives to that recipient: the demonym is the recipient's, not the giver's
      if (giver.length !== 1 || !giversOf(ctx, d.iri).givers.has(giver[0]!.iri)) return all;
      return `${giver[0]!.label}'s ${noun} to ${d.label}`;
    }
    // (round 35) "its Sylvanian aid": the demonym names a recipient (one the graph gives to and
    // that gives nothing itself, so not the giver's own demonym); "its" is left for the comparison
    // readers to resolve as before ("Freedonia's grants outstrip its Sylvanian aid")
    if (g.its && d && !g.to) {
      const { givers, gives } = giversOf(ctx, d.iri);
      return givers.size && !gives ? `${g.its} ${noun} to ${d.label}` : all;
    }
    if (g.its) return d || g.to ? all : `${g.its} ${noun}`;
    if (g.giver && d && !g.to) return `${g.giver}'s ${noun} to ${d.label}`;
    // (round 26) "Sylvania's aid is for farming": a possessor that gives nothing and gets from one
    // giver owns the package as its recipient
    const owner = g.giver && !adj && !g.to ? recipientOwner(ctx, g.giver, t) : undefined;
    if (owner) return `${owner.giver}'s ${noun} to ${owner.recipient}`;
    if (g.giver && !adj) return `${g.giver}'s ${noun}${g.to ?? ''}`;
    if (!g.giver && d && g.to) return `${d.label}'s ${noun}${g.to}`;
    if (!g.giver && d && !g.to) {
      const { givers, gives } = giversOf(ctx, d.iri);
      if (object) return `${noun} to ${d.label}`;
      // the graph's one giver, unless the claim names who gave it ("... was provided by X")
      if (givers.size !== 1 || gives || /\b(?:by|from)\s+[A-Z]/.test(t)) return all;
      return `${[...givers.values()][0]}'s ${noun} to ${d.label}`;
    }
    // "the grants to Sylvania" (round 15): the graph's one giver to that recipient, as for a demonym
    if (!g.giver && !adj && !g.its && g.to && !object) {
      const rec = resolveMention(ctx, dropIgnorable(tokenize(g.rec!, ctx.morph), ctx.morph));
      if (rec.length !== 1) return all;
      const { givers, gives } = giversOf(ctx, rec[0]!.iri);
      if (givers.size !== 1 || gives || /\b(?:by|from)\s+[A-Z]/.test(t)) return all;
      return `${[...givers.values()][0]}'s ${noun}${g.to}`;
    }
    return all;
  });
  return out !== t ? out : undefined;
}

/** "<giver>'s <noun> to <recipient> is worth V": the deed in each modality the noun leaves open. */
export function packageValueDeeds(ctx: CheckContext, text: string): string[] {
  const N = packageNouns(ctx);
  // (round 22) "may amount to V" (a modal the deeds below leave open), "was pledged at V" (the pledge
  // alone), and a value that names its kind ("V in grants": the kind the deed is said in); (round
  // 35) a bare copula before an amount ("was US$5m") read as "was worth"
  const m = cachedRegExp(String.raw`^(?<giver>${NAME})'s\s+(?<noun>${N})(?:\s+(?:package|pledge|offer))?\s+(?:to|for)\s+(?<rec>${NAME})\s+(?:(?:is|was|are|were|will\s+be|would\s+be)\s+(?:worth|valued\s+at)|(?:is|was|are|were)(?=\s+(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD\s|JPY\s|\d))|(?<pledge>(?:is|was|are|were|has\s+been|had\s+been)\s+(?:pledged|promised)\s+at)|(?:(?:may|might|could|will|would)\s+amount|amounts?|amounted)\s+to|totals?|totalled|totaled|(?:comes?|came)\s+to)\s+(?<value>.+?)(?:\s+in\s+(?<kind>grants?|aid|assistance))?[.!]?$`).exec(normalizeTypography(text).trim());
  if (!m || !/\d/.test(m.groups!.value!)) return [];
  const g = m.groups!;
  const said = g.kind ?? g.noun!;
  const noun = /^grant/i.test(said) ? 'grants' : /assistance/i.test(said) ? said : 'aid';
  return (g.pledge ? ['pledged'] : ['gave', 'pledged', 'may provide']).map((v) => `${g.giver} ${v} ${g.value} in ${noun} to ${g.rec}`);
}

/** The verbs that begin what a claim says of an amounted package (its purpose, its value). */
const REST_VERB = String.raw`(?:is|was|are|were|would|will|may|might|could|aims?|aimed|seeks?|serves?|goes|went)`;

/** An amount as users write it ("US$5m", "\u00A513 billion", "5 million dollars"). */
export const AMOUNT = String.raw`(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD\s|JPY\s)\s?\d[\d.,]*\s*(?:${SCALE_WORDS})?|\d[\d.,]*\s*(?:${SCALE_WORDS})\s+(?:US\s+)?(?:dollars|yen)`;

/**
 * "X's ¥5bn package for Y is meant to V": two statements, the package's purpose (or whatever
 * else the claim says of it) and its value ("X's aid to Y is worth ¥5bn"); empty for any other
 * claim.
 *
 * @example
 * ```ts
 * amountedPackageParts(ctx, "Freedonia's $5m package for Sylvania is meant for farming.");
 * // ["Freedonia's aid to Sylvania is meant for farming.", "Freedonia's aid to Sylvania is worth $5m"]
 * ```
 */
export function amountedPackageParts(ctx: CheckContext, text: string): string[] {
  const N = packageNouns(ctx);
  const t = normalizeTypography(text).trim();
  // (round 28) "X's V in (possible) grants to Y": the kind said after the amount, as the noun
  const m = cachedRegExp(String.raw`^(?<giver>${NAME})'s\s+(?<amount>${AMOUNT})\s+(?:(?:in\s+${STATUS}*)?(?<noun>${N})\s+)?(?:to|for)\s+(?<rec>${NAME})\s+(?<rest>${REST_VERB}\b.+)$`).exec(t);
  if (!m) return ownedAmountParts(ctx, text).concat(unownedAmountParts(ctx, t));
  const g = m.groups!;
  const noun = g.noun && !/^(?:package|pledge)$/i.test(g.noun) ? g.noun : 'aid';
  return [`${g.giver}'s ${noun} to ${g.rec} ${g.rest}`, `${g.giver}'s ${noun} to ${g.rec} is worth ${g.amount!.trim()}`];
}

/**
 * (round 26) "Sylvania's ¥5bn aid is for farming": the amounted package owned by its recipient
 * ({@link recipientOwner}), said as the two statements of {@link amountedPackageParts}; empty for
 * any other claim.
 *
 * @example
 * ```ts
 * ownedAmountParts(ctx, "Sylvania's $5m aid is for farming.");
 * // ["Freedonia's aid to Sylvania is for farming.", "Freedonia's aid to Sylvania is worth $5m"]
 * ```
 */
export function ownedAmountParts(ctx: CheckContext, text: string): string[] {
  const t = normalizeTypography(text).trim();
  // (round 28) "Sylvania's $5m in grants": the kind after the amount
  const m = cachedRegExp(String.raw`^(?<owner>${NAME})'s\s+(?<amount>${AMOUNT})\s+(?:in\s+${STATUS}*)?(?<noun>${packageNouns(ctx)})\s+(?<rest>${REST_VERB}\b.+)$`).exec(t);
  if (!m) return [];
  const g = m.groups!;
  const owner = recipientOwner(ctx, g.owner!, t);
  if (!owner) return [];
  const noun = /^(?:package|pledge)$/i.test(g.noun!) ? 'aid' : g.noun!;
  const pkg = `${owner.giver}'s ${noun} to ${owner.recipient}`;
  return [`${pkg} ${g.rest}`, `${pkg} is worth ${g.amount!.trim()}`];
}

/**
 * (round 28) "The ¥5bn in grants to Sylvania is meant for farming", "The $5m for Sylvania ...": a
 * package named by its amount alone, its giver the graph's one giver to that recipient (as for
 * "the grants to Sylvania" in {@link packageRewrite}), said as the two statements of
 * {@link amountedPackageParts} (so the amount is checked against the package's own). Empty when
 * the recipient gets from none or several, gives itself, or the claim names who gave ("by X").
 *
 * @example
 * ```ts
 * unownedAmountParts(ctx, 'The $5m in grants to Sylvania is meant for farming.');
 * // ["Freedonia's grants to Sylvania is meant for farming.", "Freedonia's grants to Sylvania is worth $5m"]
 * ```
 */
export function unownedAmountParts(ctx: CheckContext, text: string): string[] {
  const t = normalizeTypography(text).trim();
  const m = cachedRegExp(String.raw`^[Tt]he\s+(?<amount>${AMOUNT})\s+(?:(?:in\s+${STATUS}*)?(?<noun>${packageNouns(ctx)})\s+)?(?:to|for)\s+(?<rec>${NAME})\s+(?<rest>${REST_VERB}\b.+)$`).exec(t);
  if (!m || /\b(?:by|from)\s+[A-Z]/.test(t)) return [];
  const g = m.groups!;
  const rec = resolveMention(ctx, dropIgnorable(tokenize(g.rec!, ctx.morph), ctx.morph));
  if (rec.length !== 1) return [];
  const { givers, gives } = giversOf(ctx, rec[0]!.iri);
  if (givers.size !== 1 || gives) return [];
  const noun = g.noun && !/^(?:package|pledge)$/i.test(g.noun) ? g.noun : 'aid';
  const pkg = `${[...givers.values()][0]}'s ${noun} to ${rec[0]!.label}`;
  return [`${pkg} ${g.rest}`, `${pkg} is worth ${g.amount!.trim()}`];
}

/**
 * The reader of package names (table entry `package-name`): the claim with its package named as
 * the patterns name it (decided or held as rechecked), and a value said of the package as its
 * deed (see the module comment).
 */
export async function readPackageName({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const parts = amountedPackageParts(ctx, text);
  if (parts.length) {
    const read: Array<{ part: string; r: CheckResult }> = [];
    for (const part of parts) {
      const r = await recheck(part);
      if (r) read.push({ part, r });
    }
    if (read.length === parts.length) {
      const r = combineParts(text, read, 'the package\'s amount and what is said of it, two statements');
      return r.verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r };
    }
  }
  const named = packageRewrite(ctx, text) ?? text;
  const deeds = packageValueDeeds(ctx, named);
  if (deeds.length) {
    const read: Array<{ claim: string; r: CheckResult }> = [];
    for (const claim of deeds) {
      const r = await recheck(claim);
      if (r) read.push({ claim, r });
    }
    const tell = ({ claim, r }: { claim: string; r: CheckResult }): CheckResult => ({
      ...r, claim: text.trim(), explanation: `Read as "${claim}" (the package's value as its deed; a noun names it whether given, pledged or offered). ${r.explanation}`,
      interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `the package's value read as "${claim}"`] },
    });
    const pick = read.find(({ r }) => r.verdict === 'SUPPORTED') ?? read.find(({ r }) => r.verdict === 'REFUTED');
    if (pick) return { decided: tell(pick) };
    if (read.length) return { held: tell(read[0]!) };
  }
  if (named === text) return undefined;
  return agreeingRewrites(text, [{ claim: named, note: 'the package named by its giver and recipient' }], recheck);
}
