/**
 * How a part of a compound claim that does not read on its own is completed from the part before
 * it (src/check/compound.ts): the text rewrites only, each a reading English gives the words.
 *
 * - A pronoun subject ("..., and it is also a founding member of Y") is the first part's subject,
 *   or, when that does not read, its object.
 * - A missing object ("A stayed out of Y, while B joined as founding members") is the first part's
 *   object, put in after the verb.
 * - "either", "both", "them" closing the part ("..., becoming the first to visit either") stand for
 *   the first part's object (a list: "visited B and C").
 * - A name with "-based", "-led", "-initiated", "-founded", "-launched" before another name ("the
 *   Metro-based Bank is led by X") is a statement of its own ("the Bank Metro-based"), cut out of
 *   the claim.
 */
import type { CheckContext } from './context.js';
import { resolveMention, wholeName } from './resolver.js';
import { dropIgnorable, tokenize } from './text.js';
import type { CheckValue, Interpretation } from './types.js';

/** Most words a part may have for the object to be tried after each of them. */
const MAX_INSERT_WORDS = 12;

const mentionOf = (v: CheckValue): string | undefined => (v.kind === 'entity' || v.kind === 'entities' ? v.mention : undefined);

/**
 * The rewrites of a part opening with a pronoun: the first part's subject in its place, then its
 * object; empty when the part opens with none.
 *
 * @example
 * ```ts
 * pronounRewrites('it is a member of the League', firstInterp); // ['Freedonia is a member of the League', ...]
 * ```
 */
export function pronounRewrites(part: string, first: Interpretation): string[] {
  const m = /^(it|he|she|they)\s+(.+)$/i.exec(part.trim());
  if (!m) return [];
  return [mentionOf(first.subject), mentionOf(first.object)].filter((x): x is string => !!x).map((name) => `${name} ${m[2]}`);
}

/**
 * The rewrites of a part with the possessive pronoun "its" or "their" ("..., and X is one of its
 * founding members"): the first part's subject, then its object, as the possessor; empty when the
 * part has none or more than one. The reader keeps a rewrite only when the two do not disagree.
 *
 * @example
 * ```ts
 * possessiveRewrites('Sylvania is one of its founding members', firstInterp); // ["Sylvania is one of the League's founding members", ...]
 * ```
 */
export function possessiveRewrites(part: string, first: Interpretation): string[] {
  const found = [...part.matchAll(/\b(?:its|their)\b/gi)];
  if (found.length !== 1) return [];
  const at = found[0]!.index!;
  return [mentionOf(first.subject), mentionOf(first.object)].filter((x): x is string => !!x)
    .map((name) => `${part.slice(0, at)}${name}'s${part.slice(at + found[0]![0].length)}`.trim());
}

/**
 * A part with its own subject ending in "both of them", "them", "each of them", "all of them" ("...,
 * and the pipeline crosses both of them"): the first part's one list (its subject or its object,
 * "A and B") in their place; undefined when the part does not end so or the first part has no
 * list, or two.
 */
export function listObjectRewrite(part: string, first: Interpretation): string | undefined {
  const m = /^(.+?)\s+(?:both of them|them both|both|them|each of them|all of them|all three|all two)$/i.exec(part.trim());
  const lists = [first.subject, first.object].filter((v) => v.kind === 'entities').map(mentionOf).filter((x): x is string => !!x);
  return m && lists.length === 1 ? `${m[1]} ${lists[0]}` : undefined;
}

/**
 * A part ending in "either", "both", "them" (or "each of them"), with the first part's object in
 * their place; undefined otherwise.
 */
export function listPronounRewrite(part: string, first: Interpretation): string | undefined {
  // only a clause of its own ("becoming the first to visit either"), not a list's tail before it
  const m = /^([a-z][^,]*?)\s+(either|both|them|each of them|all of them|each)$/.exec(part.trim());
  const name = mentionOf(first.object);
  // (round 41) "both" stays before the list: "the first to visit both A and B" is one deed over the
  // two (src/check/verdict.ts), not the first to visit each
  return m && name && first.object.kind === 'entities' ? `${m[1]} ${m[2] === 'both' ? 'both ' : ''}${name}` : undefined;
}

/**
 * The part with the first part's object put in after each of its words (the reader keeps the one
 * that reads with that object); empty when the first part's object is not an entity or the part
 * is long.
 */
export function objectInsertions(part: string, first: Interpretation): string[] {
  const name = mentionOf(first.object);
  const words = part.trim().split(/\s+/);
  if (!name || first.object.kind !== 'entity' || words.length > MAX_INSERT_WORDS) return [];
  const out: string[] = [];
  for (let k = 1; k < words.length; k++) out.push([...words.slice(0, k), name, ...words.slice(k)].join(' '));
  out.push(`${part.trim()} ${name}`);
  // an intransitive close takes the object after a preposition ("while B stayed out" -> "B stayed
  // out of Y", "B kept away" -> "B kept away from Y"); the caller keeps only a reading with that object
  for (const prep of ['of', 'from', 'to', 'in', 'with']) out.push(`${part.trim()} ${prep} ${name}`);
  return out;
}

/**
 * "the metro-based bank": the compound typed in lower case (round 23), taken only when its first
 * word alone names one thing of the graph ("zenda-based" but not "well-founded").
 */
function lowerCasePremodifier(ctx: CheckContext, claim: string): RegExpExecArray | null {
  const m = /(^|\s)([a-z][a-z]+)-(based|led|initiated|founded|launched)\s+/.exec(claim);
  if (!m) return null;
  const name = dropIgnorable(tokenize(m[2]!, ctx.morph), ctx.morph);
  return name.length === 1 && resolveMention(ctx, name).length === 1 ? m : null;
}

/**
 * "the Metro-based Bank is led by X" -> ["Bank Metro-based", "the Bank is led by X"]: a
 * participle compound on a name before another name, as a statement of its own; undefined when
 * the claim has none or the name after it is not one the graph knows.
 */
export function premodifierCut(ctx: CheckContext, claim: string): string[] | undefined {
  // the name: capitalised words, not a determiner ("The Metro-based ...")
  const m = /(^|\s)((?:(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w.]*[ -])*(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w.]*)-(based|led|initiated|founded|launched)\s+/.exec(claim) ?? lowerCasePremodifier(ctx, claim);
  if (!m) return undefined;
  const at = m.index + m[1]!.length;
  const rest = claim.slice(m.index + m[0].length);
  // the name ends at a comma ("the Metro-based Bank, headed by X, ..."): never the apposition's words
  const toks = dropIgnorable(tokenize(rest.split(',')[0]!, ctx.morph), ctx.morph);
  for (let k = Math.min(8, toks.length); k >= 1; k--) {
    if (resolveMention(ctx, toks.slice(0, k)).length !== 1) continue;
    const head = rest.slice(0, toks[k - 1]!.end);
    return [`${head} ${m[2]}-${m[3]}`, `${claim.slice(0, at)}${rest}`];
  }
  return undefined;
}

/**
 * "..., becoming the first to do so": "do so" stands for the first part's verb phrase (its text
 * after the subject's name); undefined when the part does not end so or the first part does not
 * open with its subject's name.
 *
 * @example
 * ```ts
 * doSoRewrite('becoming the first to do so', 'Rufus visited Sylvania', 'Rufus'); // 'becoming the first to visited Sylvania'
 * ```
 */
export function doSoRewrite(part: string, firstText: string, subjectMention: string): string | undefined {
  // only a clause of its own ("becoming the first to do so"), not a list's tail before it
  const m = /^([a-z][^,]*?\bto)\s+do\s+(?:so|that|the same)$/.exec(part.trim());
  if (!m || !firstText.toLowerCase().startsWith(subjectMention.toLowerCase())) return undefined;
  const vp = firstText.slice(subjectMention.length).trim();
  return vp ? `${m[1]} ${vp}` : undefined;
}

/**
 * "S did Y with N members, X among them" / "..., including X": the absolute says X is one of those
 * members, of S (the name the claim opens with): ["S did Y with N members", "X is among the
 * members of S"]; undefined when the claim does not end so or opens with no name.
 *
 * @example
 * ```ts
 * absoluteMemberCut(ctx, 'The League opened with 12 founding members, Sylvania among them.');
 * // ['The League opened with 12 founding members', 'Sylvania is among the founding members of The League']
 * ```
 */
export function absoluteMemberCut(ctx: CheckContext, claim: string): string[] | undefined {
  const m = /^(.+?\b(?:with|has|have|had|counts|counted|of)\s+(?:(?:the|its|their|some|all|\d[\d,]*|[a-z]+)\s+)?((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*s)),\s+(?:including\s+(.+?)|(.+?)\s+(?:among them|amongst them|included))$/i.exec(claim.trim().replace(/[.!?]+$/, ''));
  if (!m) return undefined;
  const toks = dropIgnorable(tokenize(m[1]!, ctx.morph), ctx.morph);
  for (let k = Math.min(6, toks.length - 1); k >= 1; k--) {
    if (resolveMention(ctx, toks.slice(0, k)).length !== 1) continue;
    const subject = m[1]!.slice(0, toks[k - 1]!.end);
    return [m[1]!, `${m[3] ?? m[4]} is among the ${m[2]} of ${subject}`];
  }
  return undefined;
}

/**
 * Gapping: "A is led by B, C by D" -> ["A is led by B", "C is led by D"]: the second clause keeps
 * only its two names and the preposition, and borrows the first clause's verb between them. Both
 * names of each clause must be whole names the graph knows; undefined otherwise.
 *
 * @example
 * ```ts
 * gappingCut(ctx, 'The Bank is led by Freedonia, the League by Sylvania.');
 * // ['The Bank is led by Freedonia', 'the League is led by Sylvania']
 * ```
 */
export function gappingCut(ctx: CheckContext, claim: string): string[] | undefined {
  const m = /^(.+),\s+(?:and\s+)?(.+?)\s+(by|to|with|in|from|for|on|at)\s+([^,]+)$/i.exec(claim.trim().replace(/[.!?]+$/, ''));
  if (!m || !wholeName(ctx, m[2]!, 8) || !wholeName(ctx, m[4]!, 8)) return undefined;
  const left = m[1]!;
  const prep = ` ${m[3]!.toLowerCase()} `;
  const at = left.toLowerCase().lastIndexOf(prep);
  if (at < 0 || !wholeName(ctx, left.slice(at + prep.length), 8)) return undefined;
  const toks = dropIgnorable(tokenize(left.slice(0, at), ctx.morph), ctx.morph);
  for (let k = Math.min(6, toks.length - 1); k >= 1; k--) {
    if (resolveMention(ctx, toks.slice(0, k)).length !== 1) continue;
    const verb = left.slice(toks[k - 1]!.end, at).trim();
    return verb ? [left, `${m[2]} ${verb}${prep}${m[4]}`] : undefined;
  }
  return undefined;
}

/**
 * "neither A nor B": two denials, each checked (the compound rule then refutes the claim when
 * either is refuted, and supports it only when both are supported). "Neither A nor B VP" denies
 * the verb phrase of each name (A must be a whole name, B must open with one); "S V neither A nor
 * B" denies "S V A" and "S V B" ("S neither did X nor did Y": each verb phrase). The denial is
 * written "not" before the denied words, which the reader takes as the claim's negation wherever
 * it stands. Empty when the claim has no such pair ("neither of them" is no pair).
 *
 * @example
 * ```ts
 * neitherNorCuts(ctx, 'Neither Freedonia nor Sylvania joined the League');
 * // [['Freedonia not joined the League', 'Sylvania not joined the League']]
 * neitherNorCuts(ctx, 'Freedonia is neither a member of the League nor a party to the Pact');
 * // [['Freedonia is not a member of the League', 'Freedonia is not a party to the Pact']]
 * ```
 */
export function neitherNorCuts(ctx: CheckContext, claim: string): string[][] {
  const m = /^(.*?)\bneither\s+(?!of\b)(.+?),?\s+nor\s+(.+)$/i.exec(claim.trim().replace(/[.!?]+$/, ''));
  if (!m || /\b(?:neither|nor)\b/i.test(m[3]!)) return [];
  const before = m[1]!.trim();
  const [a, b] = [m[2]!.trim(), m[3]!.trim()];
  if (before) return [[`${before} not ${a}`, `${before} not ${b}`]];
  if (!wholeName(ctx, a, 8)) return [];
  const toks = dropIgnorable(tokenize(b, ctx.morph), ctx.morph);
  for (let k = Math.min(6, toks.length - 1); k >= 1; k--) {
    if (resolveMention(ctx, toks.slice(0, k)).length !== 1) continue;
    const end = toks[k - 1]!.end;
    const verbPhrase = b.slice(end).trim();
    return verbPhrase ? [[`${a} not ${verbPhrase}`, `${b.slice(0, end)} not ${verbPhrase}`]] : [];
  }
  return [];
}

/** A closing "to E" / "at E" phrase of a clause, the words before it, and the clause's words. */
const CLOSING_PLACE = /^(.+?)\s+((?:to|at)\s+[^,;]+?)[.!]?$/i;
/** A part with a place or goal of its own keeps it. */
const OWN_PLACE = /\b(?:to|at|in|on|near|into|for)\b/i;

/**
 * "A sent P to E, and B sent Q" (round 40, misses32; users32 compound-09 "Freedonia sent Prime Minister
 * Firefly, and Sylvania sent Trentino"): the second part repeats the first part's verb and leaves
 * out its goal or place ("to E", "at E"), which it shares, as "B sent Q to E"; undefined when the
 * first part closes with no such phrase, the part has a preposition of its own, or the two parts
 * share no verb (a lower-case word of three letters or more after the part's first word, found in
 * the first part before its phrase).
 *
 * @example
 * ```ts
 * carriedPlace('Freedonia sent Rufus to the gala', 'Sylvania sent Zed'); // 'Sylvania sent Zed to the gala'
 * ```
 */
export function carriedPlace(left: string, right: string): string | undefined {
  const l = CLOSING_PLACE.exec(left.trim());
  const part = right.trim().replace(/[.!]+$/, '');
  if (!l || OWN_PLACE.test(part)) return undefined;
  const head = l[1]!.split(/\s+/);
  const shared = part.split(/\s+/).slice(1).some((w) => /^[a-z]{3,}$/.test(w) && head.slice(1).includes(w));
  return shared ? `${part} ${l[2]!}` : undefined;
}

/** One entity of the graph as a slot of a reading. */
type EntityValue = { kind: 'entity'; iri: string; label: string; mention?: string };

/** Where "X is among them" puts X: a slot of the first part and the plural value it replaces. */
export interface AmongThem {
  /** The name said before "is among them", as one entity. */
  member: EntityValue;
  /** The first part's slot whose plural "them" points back to. */
  slot: 'subject' | 'object';
  /** The group the plural is counted over ("four Ruritanian states": Ruritania), when it is one. */
  group?: EntityValue;
  /** The names listed, when the plural is a list ("A, B and C"). */
  listed?: EntityValue[];
}

/** A plural said with a count or a quantifier before a noun in the plural ("five Ruritanian states"). */
const COUNTED_PLURAL = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|a few|a number of|most|all)\b.*\b\w+s$/i;

/**
 * "..., and X is among them" / "X was one of them" (round 41, users32's compound-10): "them" is
 * the first part's one plural, a count over a group ("Four Ruritanian states joined the League"),
 * a list ("A, B and C") or a counted plural object ("Rufus visited five Ruritanian states"), and
 * X is one of it: X in that slot of the first part's reading (and, for a group, X one of the
 * group, a part the caller reads as well). Undefined when the part is not of this shape, X is
 * not one name, or the first part has no plural or two (which one "them" points to is not told).
 *
 * @example
 * ```ts
 * amongThem(ctx, 'Sylvania is among them', firstInterp); // { member: Sylvania, slot: 'subject', group: Ruritania }
 * ```
 */
export function amongThem(ctx: CheckContext, part: string, first: Interpretation): AmongThem | undefined {
  const m = /^(.+?)\s+(?:is|was|are|were)\s+(?:also\s+)?(?:among|one\s+of)\s+(?:them|those|these)$/i.exec(part.trim());
  if (!m) return undefined;
  const one = wholeName(ctx, m[1]!);
  if (!one) return undefined;
  const member: EntityValue = { kind: 'entity', iri: one.iri, label: one.label, mention: m[1]!.trim() };
  const plural = (v: CheckValue): Omit<AmongThem, 'member' | 'slot'> | undefined => {
    if (v.kind === 'count') return { group: v.group };
    if (v.kind === 'entities') return { listed: v.items };
    if (v.kind === 'entity' && v.mention && COUNTED_PLURAL.test(v.mention.trim())) return { group: { kind: 'entity', iri: v.iri, label: v.label } };
    return undefined;
  };
  const subject = plural(first.subject);
  const object = plural(first.object);
  if (!subject === !object) return undefined;
  return { member, slot: subject ? 'subject' : 'object', ...(subject ?? object)! };
}
