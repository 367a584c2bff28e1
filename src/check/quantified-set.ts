/**
 * Quantifiers over a closed set the graph enumerates (round 32): "All four Ruritanian founding
 * members of the League V ...", "Each of the League's Ruritanian members V ...", "Every Ruritanian
 * state Rufus Firefly visited V ...", "None of the Ruritanian members of the Pact V ...".
 *
 * The set: a group of the graph named inside the noun phrase (a cg:memberCount group, closed only
 * when the graph names exactly that many members, as closed-group.ts decides), narrowed by the
 * rest of the phrase: "founding members of the League" / "the League's founding members" (each
 * member checked as "M is one of <rest>"), a contact clause "Rufus Firefly visited" ("Rufus
 * Firefly visited M") or a relative clause "that joined the Pact" ("M joined the Pact"). Every
 * member must come out SUPPORTED or REFUTED for the narrowing: a member the graph cannot place
 * leaves the set open, and the claim unread. A number in the phrase ("all four") must be the
 * set's size; "both" needs two.
 *
 * The verdict: "all / each / every / both": SUPPORTED when the predicate holds of every member,
 * REFUTED when one member is shown not to; "none / no": REFUTED when one member is shown to
 * hold it, SUPPORTED when every member is shown not to; otherwise NOT_ENOUGH_INFO with the
 * members listed. Each member's reading is a part of the result, as a compound claim's parts are.
 * "a / one of the / some" are not read here (they keep the any-reading).
 */
import { groupMembers } from './claim-index.js';
import { asPart } from './compound-readers.js';
import type { CompoundPart } from './compound.js';
import { NS, type CheckContext } from './context.js';
import { entityName } from './prose.js';
import type { ReaderInput, ReaderOutcome, UnreadReader } from './reader-kit.js';
import { resolveMention, wholeName } from './resolver.js';
import { withParts } from './result.js';
import { tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { CARDINALS } from './values.js';

/** The quantifier, an optional "of the", an optional number, and the rest. */
const QUANTIFIED = /^(all|each|every|both|none|no)(?:\s+of)?(?:\s+(?:the|its|their))?(?:\s+(\d+|[a-z]+))?\s+(.+)$/i;

/** Words opening a relative clause on the set's noun. */
const RELATIVE = /^(?:that|which|who)\s+(.+)$/i;

/** A group of the graph named inside a phrase: its IRI, its members, and the phrase without it. */
interface NamedGroup { members: string[]; before: string; after: string; end: number }

/** The closed groups a phrase names (a group whose stated members are as many as its memberCount). */
function groupIn(ctx: CheckContext, phrase: string): NamedGroup | undefined {
  const toks = tokenize(phrase, ctx.morph);
  // the shortest span first: a longer one may take a possessive before the group for a modifier
  for (let len = 1; len <= Math.min(4, toks.length); len++) {
    for (let i = 0; i + len <= toks.length; i++) {
      if (!toks[i]!.cap) continue;
      for (const e of resolveMention(ctx, toks.slice(i, i + len))) {
        const count = Number(ctx.store.getObjects(e.iri, `${NS.cg}memberCount`, null)[0]?.value);
        const members = groupMembers(ctx, e.iri);
        if (!(count > 0) || members.length !== count) continue;
        return { members, before: phrase.slice(0, toks[i]!.start).trim(), after: phrase.slice(toks[i + len - 1]!.end).trim(), end: toks[i + len - 1]!.end };
      }
    }
  }
  return undefined;
}

/** A plural class noun after the group's adjective ("countries", "republics"): the group's members themselves. */
const CLASS_NOUN = /^(?:countries|country|states|state|republics|republic|nations|nation)\b\s*/i;

/**
 * The sentence that places a member in the set, for the phrase around the group; undefined when
 * the phrase is the group alone (every member is in the set).
 */
function membershipTest(g: NamedGroup): ((name: string) => string) | undefined | null {
  const after = g.after.replace(CLASS_NOUN, '');
  const before = g.before;
  if (!before && !after) return undefined;
  const rel = RELATIVE.exec(after);
  if (!before && rel) return (m) => `${m} ${rel[1]}`;
  // "X's <group> founding members", "<group> founding members of X"
  if (/^[a-z]/.test(after) && /\bmembers?\b|\bfounders?\b/i.test(after)) {
    const said = before ? `${before} ${after}` : `the ${after}`;
    return (m) => `${m} is one of ${said.replace(/\bmember\b/i, 'members').replace(/\bfounder\b/i, 'founders')}`;
  }
  // a contact clause after the noun ("<group> countries Rufus visited"): the member is its object
  if (!before && /^[A-Z]/.test(after) && CLASS_NOUN.test(g.after)) return (m) => `${after} ${m}`;
  return null;
}

type Check = (claim: string) => Promise<CheckResult | undefined>;

/** The members a phrase enumerates, when it names a closed group and each member is placed. */
async function enumerate(ctx: CheckContext, phrase: string, check: Check): Promise<{ members: string[]; placed: CompoundPart[] } | undefined> {
  const g = groupIn(ctx, phrase);
  if (!g) return undefined;
  const test = membershipTest(g);
  if (test === null) return undefined;
  if (!test) return { members: g.members, placed: [] };
  const members: string[] = [];
  const placed: CompoundPart[] = [];
  for (const m of g.members) {
    const said = test(entityName(ctx, m));
    const r = await check(said);
    if (!r || r.verdict === 'NOT_ENOUGH_INFO') return undefined;
    if (r.verdict === 'SUPPORTED') members.push(m);
    placed.push(asPart(said, r));
  }
  return { members, placed };
}

/** The role nouns of a set's members after the group ("founding members of X", "X's members"). */
const ROLE = /^((?:founding\s+)?(?:members?|founders?))\b\s*/i;

/**
 * Where the set's phrase ends and the predicate begins: after the group and its class noun, after
 * "<role> of <name>", after "<name>'s <group> <role>", or after a contact clause "<name> <verb>";
 * undefined when the phrase is none of these.
 */
function setPhrase(ctx: CheckContext, rest: string): { phrase: string; predicate: string } | undefined {
  // the group among the phrase's first words
  const g = groupIn(ctx, rest.split(/\s+/).slice(0, 6).join(' '));
  if (!g) return undefined;
  const at = g.end + (rest.slice(g.end).length - rest.slice(g.end).trimStart().length);
  const tail = rest.slice(at);
  const cut = (end: number) => ({ phrase: rest.slice(0, end).trim(), predicate: rest.slice(end).trim() });
  const role = ROLE.exec(tail);
  if (role) {
    const afterRole = tail.slice(role[0].length);
    // "<role> of <name>": the name, its longest whole form
    const of = /^of\s+/i.exec(afterRole);
    if (of && !g.before) {
      const nameFrom = at + role[0].length + of[0].length;
      const words = rest.slice(nameFrom).split(/\s+/);
      for (let k = Math.min(6, words.length - 1); k >= 1; k--) {
        const name = words.slice(0, k).join(' ');
        // a name closes with a word of its own, never a verb the resolver drops ("the Pact were")
        if (/^[A-Z]/.test(words[k - 1]!) && wholeName(ctx, name, 8)) return cut(nameFrom + name.length);
      }
      return undefined;
    }
    // "<name>'s <group> <role>"
    if (g.before && /'s$/i.test(g.before)) return cut(at + role[0].trimEnd().length);
    return undefined;
  }
  if (g.before) return undefined;
  const noun = CLASS_NOUN.exec(tail);
  if (!noun) return undefined;
  const afterNoun = at + noun[0].length;
  const next = rest.slice(afterNoun);
  // a contact clause: "<name> <verb>" ("the Ruritanian states Rufus Firefly visited ...")
  const words = next.split(/\s+/);
  for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
    const name = words.slice(0, k).join(' ');
    if (/^[A-Z]/.test(name) && /^[A-Z]/.test(words[k - 1]!) && wholeName(ctx, name, 8)) return cut(afterNoun + `${name} ${words[k]}`.length);
  }
  return cut(at + noun[0].trimEnd().length);
}

/** A number word or digits as a number; undefined for anything else. */
function numberOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  return CARDINALS[word.toLowerCase()];
}

/**
 * Reads a claim quantified over a closed set (see the module comment); undefined when it does not
 * open with such a quantifier or the set is not one the graph closes.
 *
 * @example
 * ```ts
 * await readQuantifiedSet({ ctx, text: 'All two Ruritanian members of the League are neutral.', recheck });
 * ```
 */
export async function readQuantifiedSet({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const claim = text.trim().replace(/[.!?]+$/, '');
  const m = QUANTIFIED.exec(claim);
  if (!m) return undefined;
  const q = m[1]!.toLowerCase();
  const n = numberOf(m[2]);
  const rest = n === undefined && m[2] ? `${m[2]} ${m[3]}` : m[3]!;
  const check: Check = (said) => recheck(said);
  const split = setPhrase(ctx, rest);
  if (!split) return undefined;
  const set = await enumerate(ctx, split.phrase, check);
  if (!set || !set.members.length) return undefined;
  if (n !== undefined && n !== set.members.length) return undefined;
  if (q === 'both' && set.members.length !== 2) return undefined;
  const parts: CompoundPart[] = [];
  for (const member of set.members) {
    const said = `${entityName(ctx, member)} ${split.predicate}`;
    const r = await check(said);
    if (!r) return undefined;
    parts.push(asPart(said, r));
  }
  return { decided: combine(ctx, claim, q, parts, set.placed) };
  return undefined;
}

/** The verdict of the quantifier from the members' parts; the members' placing shown after them. */
function combine(ctx: CheckContext, claim: string, q: string, parts: CompoundPart[], placed: CompoundPart[]): CheckResult {
  const negative = q === 'none' || q === 'no';
  // "none V": each member's part denied ("M does not V"), read from the member's own verdict
  const shown = negative ? parts.map((p) => ({
    ...p, text: `not: ${p.text}`,
    evaluation: { ...p.evaluation, verdict: p.evaluation.verdict === 'SUPPORTED' ? 'REFUTED' as const : p.evaluation.verdict === 'REFUTED' ? 'SUPPORTED' as const : p.evaluation.verdict },
  })) : parts;
  // the members placed in the set are parts too (supported: they are why the member is asked);
  // those placed outside it are named in the explanation only
  const inSet = placed.filter((p) => p.evaluation.verdict === 'SUPPORTED');
  const outside = placed.filter((p) => p.evaluation.verdict === 'REFUTED').map((p) => `"${p.text}" is refuted`);
  const r = withParts(ctx, claim, [...shown, ...inSet]);
  const names = parts.map((p) => p.text).join('; ');
  const left = outside.length ? ` Left out of the set: ${outside.join('; ')}.` : '';
  return { ...r, explanation: `Read as a statement about each member of a set the graph closes (${parts.length}: ${names}).${left} ${r.explanation}` };
}

/** The reader's table entry (registered through src/check/occasion-readers.ts). */
export const QUANTIFIED_SET_READERS: readonly UnreadReader[] = [
  { name: 'quantified-set', module: 'quantified-set.ts', whenUndecided: true, needs: /^\s*(?:all|each|every|both|none|no)\b/i, read: readQuantifiedSet,
    reads: '"All four Ruritanian founding members of the League V ...", "None of the Ruritanian states Rufus visited V ...": each member of a set the graph closes (a closed group narrowed by a relation), by the quantifier (round 32)' },
];
