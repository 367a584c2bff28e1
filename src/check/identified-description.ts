/**
 * A name identified with a description (round 31, branch desc31): "Freedonia is the republic that
 * stayed out of the League", "Sylvania is the country Firefly pledged US$ 5 million to", "Zenda is
 * the city in which the Bank opened", "Rufus is the man who chairs the League". The claim says two
 * things of the name: that it is a thing of the noun's kind ("X is a <modifiers> <noun>"), and that
 * the clause holds of it, the name put in the clause's gap: after a subject relative ("X stayed
 * out of the League"), after an object relative or a contact clause ("Firefly pledged US$ 5
 * million to X"), or after the preposition before "which" ("the Bank opened in X"). "The" says one
 * thing fits.
 *
 * How the graph decides it (never a list of descriptions: each part is checked as a claim of its
 * own, by the graph's facts):
 * - the clause refuted of the name refutes the claim (whatever the noun: the name does not do it);
 * - the name refuted as a thing of that kind ("Metro is a Sylvanian republic", the kinds reader)
 *   refutes it;
 * - supported only when the clause is supported of the name, the name is of the kind (its class
 *   in the graph for a bare class noun, the kind claim supported when modifiers or a noun no class
 *   names narrow it), and no other entity of the class both fits the clause and is not refuted as
 *   of the kind: "the" names one thing, and several that fit ("Freedonia is the republic that
 *   joined the League", where three joined) leave the claim undecided, with the other named;
 * - anything else is no reading here (the other readers, or the claim's own reading, stand): the
 *   clause undecided of the name is not refuted by another entity that fits it, because the
 *   graph's facts about the other do not say the name does not fit too.
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { classNouns } from './kinds.js';
import { claimOf, decided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { wholeName } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';

// more candidates than this is no description the graph pins down (and bounds the work)
const MAX_CANDIDATES = 24;
// a longer clause is no description a reader types (and bounds the work)
const MAX_CLAUSE_WORDS = 14;

// name, copula, the noun phrase (modifiers and noun), the relative word (maybe after a
// preposition) and the clause; a contact clause has no relative word and opens with a name or "the"
const WITH_RELATIVE = /^(.+?)\s+(?:is|was)\s+the\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:(in|at|near|to|from|with|by|for|of|on|over|under)\s+)?(that|which|who|whom)\s+(.+)$/i;
const CONTACT = /^(.+?)\s+(?:is|was)\s+the\s+((?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+((?:the\s+)?[A-Z].+)$/;
// words that cannot open a subject relative's clause: after "that" they open an object relative
const NOT_A_VERB = /^(?:the|a|an|its|his|her|their|[A-Z][\w-]*|\d.*|US\$.*|\$.*)$/;

/** The parts of "X is the N <relative clause>". */
export interface IdentifiedDescription {
  /** The name as written, and the entity it names. */
  name: string;
  iri: string;
  /** The noun phrase after "the" ("Central Asian republic"), its class, and whether words narrow it. */
  noun: string;
  cls: string;
  narrowed: boolean;
  /** The clause said of the name: the name in the clause's gap (an object's gap may sit before a closing time or place). */
  said: (label: string) => string;
  /** The description as written, for the note ("the republic that stayed out of the League"). */
  description: string;
}

// a closing adjunct of time or place after an object's gap: "(Firefly visited) in 2006", "on 5 May"
const CLOSING_ADJUNCT = /^(.*[a-z]\S*)\s+((?:in|on|at|during|since|before|after|near|last|this)\s+(?:the\s+)?(?:[A-Z0-9][\w,-]*)(?:\s+[A-Z0-9][\w,-]*){0,3})$/;

/**
 * An object relative's clause with the name in its gap: before a closing time or place when the
 * clause has one ("Firefly visited in 2006": "Firefly visited Sylvania in 2006"), else at its end
 * ("Firefly pledged US$ 5 million to": "... to Sylvania").
 */
function objectGaps(clause: string, label: string): string {
  const a = CLOSING_ADJUNCT.exec(clause);
  return a && !/\b(?:in|on|at|to|for|from|with|by|of)$/i.test(a[1]!) ? `${a[1]} ${label} ${a[2]}.` : `${clause} ${label}.`;
}

/** The class a noun phrase names (its whole words or its last one), and whether other words narrow it. */
function nounClass(ctx: CheckContext, noun: string, rel: string): { cls: string; narrowed: boolean } | undefined {
  const toks = dropIgnorable(tokenize(noun, ctx.morph), ctx.morph).map((t) => t.norm);
  if (!toks.length) return undefined;
  const nouns = classNouns(ctx);
  for (let k = 0; k < toks.length; k++) {
    const cls = nouns.get(toks.slice(k).join(' '));
    if (cls) return { cls, narrowed: k > 0 };
  }
  // "who" is said of people: a noun no class names ("the leader who ...") is a person, narrowed by the noun
  return /^who/i.test(rel) ? { cls: `${NS.cg}Person`, narrowed: true } : undefined;
}

/**
 * The name and the description of "X is the N <relative clause>", or undefined when the claim
 * has no such shape (or its subject is not a whole name of the graph).
 *
 * @example
 * ```ts
 * readIdentifiedDescription(ctx, 'Freedonia is the republic that stayed out of the League.')?.said('Freedonia');
 * // 'Freedonia stayed out of the League.'
 * ```
 */
export function readIdentifiedDescription(ctx: CheckContext, text: string): IdentifiedDescription | undefined {
  const plain = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (/[,;:?()]/.test(plain)) return undefined;
  let name: string, noun: string, rel: string, clause: string, said: (label: string) => string;
  const m = WITH_RELATIVE.exec(plain);
  if (m) {
    const prep = m[3];
    [, name, noun] = m as unknown as [string, string, string];
    rel = m[4]!; clause = m[5]!;
    const first = clause.split(/\s+/)[0]!;
    if (prep) said = (label) => `${clause} ${prep.toLowerCase()} ${label}.`;
    else if (/^whom$/i.test(rel) || NOT_A_VERB.test(first)) {
      // an object relative: its clause has a subject of its own ("that Firefly leads")
      if (/^who$/i.test(rel) && !/^(?:the|a|an)$/i.test(first) && !/^[A-Z]/.test(first)) return undefined;
      said = (label) => objectGaps(clause, label);
    } else said = (label) => `${label} ${clause}.`;
  } else {
    const c = CONTACT.exec(plain);
    if (!c) return undefined;
    [, name, noun, clause] = c as unknown as [string, string, string, string];
    rel = '';
    said = (label) => objectGaps(clause, label);
  }
  if (clause.split(/\s+/).length > MAX_CLAUSE_WORDS) return undefined;
  const subject = wholeName(ctx, name);
  if (!subject || subject.kind !== 'entity') return undefined;
  const k = nounClass(ctx, noun, rel);
  if (!k) return undefined;
  const description = `the ${noun}${rel ? ` ${rel.toLowerCase()}` : ''} ${clause}`.replace(/\s+/g, ' ');
  return { name, iri: subject.iri, noun, cls: k.cls, narrowed: k.narrowed, said, description };
}

/** "X is a <noun>" with the right article. */
const kindClaim = (label: string, noun: string): string => `${label} is ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}.`;

/** The graph's entities of a class. */
function candidatesOf(ctx: CheckContext, cls: string): string[] {
  return [...ctx.entityLabel.keys()].filter((iri) => isA(ctx, iri, cls)).sort();
}

const holds = (r: CheckResult | undefined, verdict: string): boolean => r?.verdict === verdict;

/**
 * Reader: "X is the N <relative clause>" decided by the clause said of X, X's kind, and the other
 * entities of the kind that fit (see the module comment).
 *
 * @example
 * ```ts
 * await readIdentified({ ctx, text: 'Freedonia is the republic that stayed out of the League.', recheck });
 * ```
 */
export async function readIdentified({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const d = readIdentifiedDescription(ctx, text);
  if (!d) return undefined;
  const label = ctx.entityLabel.get(d.iri) ?? d.name;
  const clauseOf = d.said(d.name);
  const p = await recheck(clauseOf);
  if (!p) return undefined;
  const result = (r: CheckResult, why: string, evidence = r.evidence): ReaderOutcome | undefined => decided({
    ...r, claim: claimOf(text), evidence,
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), why] },
    explanation: `Read as "${clauseOf}" and "${kindClaim(d.name, d.noun)}" (${why}). ${r.explanation}`,
  });
  if (p.verdict === 'REFUTED') return result(p, `the clause of "${d.description}" is refuted of ${label}`);
  const kind = await recheck(kindClaim(d.name, d.noun));
  if (kind?.verdict === 'REFUTED') return result(kind, `${label} is no ${d.noun}`);
  if (p.verdict !== 'SUPPORTED') return undefined;
  const ofKind = holds(kind, 'SUPPORTED') || (!d.narrowed && isA(ctx, d.iri, d.cls));
  if (!ofKind) return undefined;
  const others = candidatesOf(ctx, d.cls).filter((iri) => iri !== d.iri);
  if (others.length > MAX_CANDIDATES) return undefined;
  for (const iri of others) {
    const other = ctx.entityLabel.get(iri) ?? iri;
    const o = await recheck(d.said(other));
    if (!holds(o, 'SUPPORTED')) continue;
    if (d.narrowed && (await recheck(kindClaim(other, d.noun)))?.verdict === 'REFUTED') continue;
    // "the" names one thing: another that fits leaves the claim undecided
    return decided({
      ...p, claim: claimOf(text), verdict: 'NOT_ENOUGH_INFO', evidence: [],
      reason: 'partial-match',
      interpretation: { ...p.interpretation, notes: [...(p.interpretation.notes ?? []), `${other} fits "${d.description}" too`] },
      explanation: `Read as "${clauseOf}", which the sources support, but ${other} fits "${d.description}" too: "the" names one thing, and which one the claim means is not settled.`,
    });
  }
  const evidence = [...p.evidence, ...(holds(kind, 'SUPPORTED') ? kind!.evidence : [])];
  return result(p, `${label} is the one ${d.noun} the graph describes so`, evidence);
}
