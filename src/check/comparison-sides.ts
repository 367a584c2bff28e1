/**
 * Sides of an amount comparison that are not a relation read in order (src/check/comparisons.ts
 * tries those first):
 *
 * - an amount said inside a description ("the $105 million package for Sylvania", "the US$ 105
 *   million it extended to Sylvania"): the amount said is the side's value;
 * - a noun before a relative clause without its relative pronoun ("the grants Freedonia may give
 *   Sylvania"): read as the clause with the noun as its object ("Freedonia may give Sylvania
 *   grants");
 * - a recipient and nouns of aid only ("Sylvania's aid pledge", "the Sylvanian package", "the aid
 *   package for Sylvania"): the amounts of the graph's assistance claims (`cg:providedAssistanceTo`
 *   and its sub-properties) to that recipient, from any giver; the lexicon's `cg:recipientNoun`s on
 *   that property are the nouns allowed. Several givers or amounts leave no single amount. With
 *   its giver too (round 33): "Freedonia's package for Sylvania", "Sylvania's package from
 *   Freedonia": the giver's claims only.
 * - a side said as what a recipient got, or what a thing was worth (round 38, `receivedSides`):
 *   "more than twice what Sylvania was pledged" is "more than twice the aid to Sylvania".
 */
import { NS, type CheckContext } from './context.js';
import { scopedIndex, type ClaimInfo } from './claim-index.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, tokenize, type Token } from './text.js';
import type { MoneyValue } from './types.js';
import { parseMoney } from './values.js';
import { cachedRegExp } from './regex-memo.js';

const nounCache = new WeakMap<object, Map<string, Set<string>>>();

/** Property -> the nouns that name what it gives, by the recipient alone (lexicon `cg:recipientNoun`). */
function recipientNouns(ctx: CheckContext): Map<string, Set<string>> {
  let m = nounCache.get(ctx.lexicon);
  if (!m) {
    m = new Map();
    for (const q of ctx.lexicon.getQuads(null, NS.cg + 'recipientNoun', null, null)) {
      const norms = dropIgnorable(tokenize(q.object.value, ctx.morph), ctx.morph).map((t) => t.norm);
      for (const n of norms) m.set(q.subject.value, (m.get(q.subject.value) ?? new Set()).add(n));
    }
    nounCache.set(ctx.lexicon, m);
  }
  return m;
}

/**
 * The first amount said inside a span ("the $105 million package"): the longest run of tokens
 * from a currency sign or number that reads as money without a bound.
 *
 * @example
 * ```ts
 * amountInside(tokenize('the US$ 5 million deal', ctx.morph)); // [{ value: '5000000', currency: 'USD' }]
 * ```
 */
export function amountInside(tokens: readonly Token[]): MoneyValue[] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'currency' && tokens[i]!.kind !== 'number') continue;
    for (let j = tokens.length; j > i; j--) {
      const m = parseMoney(tokens.slice(i, j));
      if (m && !m.some((x) => x.bound)) return m;
    }
  }
  return undefined;
}

/**
 * The amount said inside a description and the description without it ("the $12bn Freedonian
 * deals": US$ 12 billion and "the Freedonian deals"), so a side can be read as the thing described
 * and its amount checked against the graph's (round 24); undefined when no amount is inside, or
 * nothing is left around it.
 *
 * @example
 * ```ts
 * describedAmount('the $12bn Freedonian deals', ctx.morph); // { money: [{ value: '12000000000', currency: 'USD' }], rest: 'the Freedonian deals' }
 * ```
 */
export function describedAmount(text: string, morph: Parameters<typeof tokenize>[1]): { money: MoneyValue[]; rest: string } | undefined {
  const tokens = tokenize(text, morph);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'currency' && tokens[i]!.kind !== 'number') continue;
    // "US$": the "US" before the sign is part of the amount
    const from = i > 0 && tokens[i]!.raw === '$' && /^us$/i.test(tokens[i - 1]!.raw) && tokens[i - 1]!.end === tokens[i]!.start ? i - 1 : i;
    for (let j = tokens.length; j > i; j--) {
      const money = parseMoney(tokens.slice(from, j));
      if (!money || money.some((x) => x.bound)) continue;
      const cut = tokenize(text, morph);
      const rest = `${text.slice(0, cut[from]!.start)}${text.slice(cut[j - 1]!.end)}`.replace(/\s+/g, ' ').trim();
      return /[a-z]/i.test(rest.replace(/^the\b/i, '')) ? { money, rest } : undefined;
    }
  }
  return undefined;
}

/**
 * "the grants X may give Y" as "X may give Y grants": the rewrites of a side opening with a noun
 * of one or two words before a clause (the noun as the clause's object).
 *
 * @example
 * ```ts
 * relativeRewrites('the grants Freedonia may give Sylvania'); // ['Freedonia may give Sylvania grants', …]
 * relativeRewrites('the grants it may give Sylvania', 'Freedonia'); // ['Freedonia may give Sylvania grants', …]
 * ```
 */
export function relativeRewrites(text: string, borrow?: string): string[] {
  const words = text.trim().replace(/^the\s+/i, '').split(/\s+/);
  const out: string[] = [];
  const extra: string[] = [];
  for (const k of [1, 2]) {
    if (words.length < k + 3) continue;
    // the clause's pronoun subject is the comparison's first subject ("the grants it may give Y")
    const clause = words.slice(k);
    if (borrow && PRONOUN.test(clause[0]!)) clause.splice(0, 1, borrow);
    else if (PRONOUN.test(clause[0]!)) continue;
    const noun = words.slice(0, k).join(' ');
    out.push(`${clause.join(' ')} ${noun}`);
    // "the energy deals X signed with Y": the noun after the verb ("X signed energy deals with Y")
    for (let at = 2; at < clause.length; at++) extra.push([...clause.slice(0, at), noun, ...clause.slice(at)].join(' '));
  }
  return [...out, ...extra];
}

/** A subject pronoun that stands for the first side's subject. */
export const PRONOUN = /^(?:it|they|he|she)$/i;

/**
 * The assistance claims a side names by its recipient and nouns of aid only ("Sylvania's aid
 * pledge"); undefined when the side is not of that form.
 *
 * @example
 * ```ts
 * recipientClaims(ctx, "Grand Fenwick's grants")?.length; // 1
 * ```
 */
export function recipientClaims(ctx: CheckContext, text: string): ClaimInfo[] | undefined {
  const all = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  const tokens = all.filter((t) => t.kind !== 'possessive');
  // the names in the side (each the longest run that resolves to one entity), in order
  const names: Array<{ iri: string; from: number; to: number }> = [];
  for (let i = 0; i < tokens.length && names.length < 3;) {
    let hit: { iri: string; from: number; to: number } | undefined;
    for (let j = Math.min(tokens.length, i + 6); j > i && !hit; j--) {
      const found = resolveMention(ctx, tokens.slice(i, j));
      if (found.length === 1) hit = { iri: found[0]!.iri, from: i, to: j };
    }
    if (hit) { names.push(hit); i = hit.to; } else i++;
  }
  if (!names.length || names.length > 2) return undefined;
  // (round 33) two names: the giver's possessive and the recipient after "for" / "to" ("Freedonia's
  // package for Sylvania"), or the recipient's possessive and the giver after "from" ("Sylvania's
  // package from Freedonia"); the claims are then the giver's only
  let recipientAt = names[0]!;
  let giver: string | undefined;
  let tie: string[] = ['for', 'to'];
  if (names.length === 2) {
    const [a, b] = names as [typeof recipientAt, typeof recipientAt];
    const possessive = all.findIndex((t) => t.kind === 'possessive');
    const before = tokens[b.from - 1]?.norm;
    // the possessive follows the first name, and only one word of tie stands before the second
    if (possessive < 0 || all.filter((t) => t.kind === 'possessive').length !== 1 || all[possessive - 1]?.end !== tokens[a.to - 1]!.end) return undefined;
    if (before === 'for' || before === 'to') { giver = a.iri; recipientAt = b; tie = [before]; }
    else if (before === 'from') { giver = b.iri; recipientAt = a; tie = ['from']; }
    else return undefined;
  }
  const recipient = recipientAt.iri;
  const rest: Token[] = tokens.filter((t, i) => !names.some((n) => i >= n.from && i < n.to));
  if (!rest.length) return undefined;
  const index = scopedIndex(ctx);
  for (const [property, nouns] of [...recipientNouns(ctx)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // "for" and "to" may tie the nouns to the recipient ("the package for Sylvania"), "from" to the giver
    if (!rest.every((t) => nouns.has(t.norm) || (names.length === 1 ? t.norm === 'for' || t.norm === 'to' : tie.includes(t.norm)))) continue;
    if (!rest.some((t) => nouns.has(t.norm))) continue;
    const predicates = [property, ...(ctx.axioms.subProperties.get(property) ?? [])].sort();
    return predicates.flatMap((p) => index.get(p) ?? []).filter((c) => c.object.value === recipient && c.polarity === 'positive'
      && (!giver || c.subject === giver) && c.amounts.length && c.derivation !== `${NS.cg}GroupExpansion`);
  }
  return undefined;
}

// a verb of receiving an amount, said of its recipient ("got", "was pledged", "may receive")
const RECEIVED = String.raw`(?:got|gets|received|receives|(?:was|were|is|are|has\s+been|had\s+been)\s+(?:given|offered|pledged|promised|granted|lent)|(?:may|might|could|will|would)\s+(?:get|receive|be\s+given|be\s+offered|be\s+granted))`;
// a recipient: a name of one to four capitalised words
// (not a determiner: "The Marsovian grant" is no recipient)
const RECIPIENT = String.raw`((?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})`;
// what was received, when the claim names it ("what Sylvania may get in grants")
const GOT_AS = String.raw`(?:\s+in\s+(aid|grants?|assistance|financial\s+assistance|loans?))?`;
const GOT_SIDE = cachedRegExp(String.raw`\b(?:what|as\s+much\s+as)\s+${RECIPIENT}\s+${RECEIVED}${GOT_AS}$`);
const NAMED_GOT = cachedRegExp(String.raw`\b(?:the\s+)?(aid|grants?|assistance|financial\s+assistance|loans?)\s+${RECIPIENT}\s+${RECEIVED}\b`, 'gi');
const GOT_SUBJECT = cachedRegExp(String.raw`^${RECIPIENT}\s+${RECEIVED}\s+(?=\S)`);
const WORTH_SIDE = cachedRegExp(String.raw`\bwhat\s+(\S.*?)\s+(?:was|were|is|are)\s+worth$`, 'i');

/**
 * Sides said as what a recipient got, or what a thing was worth (round 38, users28's "more than
 * twice what Sylvania was pledged", users29's "over 150 times what Marsovia was given"), as the
 * noun phrases the side reader reads: "Freedonia got more than twice what Sylvania was pledged" is
 * "the aid to Freedonia was more than twice the aid to Sylvania" ("the grants to" when the claim
 * says "in grants"), "the grants Sylvania may get" is "the grants to Sylvania", and "half of what
 * the deals were worth" is "half of the value of the deals". The recipient is a name (capitalised
 * words) and the verb one of receiving; any other text is returned unchanged, and the explanation
 * shows the rewritten claim.
 *
 * @example
 * ```ts
 * receivedSides('Freedonia got more than twice what Sylvania was pledged'); // 'the aid to Freedonia was more than twice the aid to Sylvania'
 * ```
 */
export function receivedSides(text: string): string {
  let out = text.replace(NAMED_GOT, (_all, noun: string, who: string) => `the ${noun.toLowerCase()} to ${who}`);
  out = out.replace(GOT_SIDE, (_all, who: string, noun: string | undefined) => `the ${noun?.toLowerCase() ?? 'aid'} to ${who}`);
  out = out.replace(WORTH_SIDE, (_all, what: string) => `the value of ${what}`);
  // the recipient as subject: only when the rest is said as a multiple of an amount
  if (out !== text || /\b(?:times|twice|thrice|double|triple|half|thirds?|quarters?|fifths?|tenths?|hundredths?)\b/i.test(out)) {
    out = out.replace(GOT_SUBJECT, (_all, who: string) => `the aid to ${who} was `);
  }
  return out;
}
