/**
 * A package of aid named as a noun, and what it is for: "Freedonia's aid to Sylvania is meant for
 * canal repair", "Freedonia's money for Sylvania is to upgrade clinics", "The grants Freedonia may
 * give Sylvania would go to farming", "The money Freedonia gave Sylvania went to clinics",
 * "Freedonia gave Sylvania money for its clinics", "The purpose of Freedonia's grants to Sylvania
 * was to improve its farming". Each is said as the deed with its purpose, "Freedonia gave aid to
 * Sylvania for canal repair", and checked as that.
 *
 * The nouns that name a package are the lexicon's (`cg:recipientNoun`, data). A noun without its
 * verb ("Freedonia's aid to Sylvania") does not say whether the aid was given, pledged or only
 * offered: it is read in each modality (gave, pledged, may provide), and names a package the
 * graph holds in any of them. SUPPORTED when one reading is; REFUTED only when a reading is
 * refuted by the package's own purposes (a qualifier conflict: the source gives that package
 * other purposes and this one to another package) and none is supported; otherwise the first
 * reading is held, undecided. A verb said in the claim ("the money Freedonia gave") is kept: a
 * promise is not a gift.
 */
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { mainPurposeAdverbs } from './lexicon-words.js';
import { normalizeTypography } from './text.js';
import { fieldPurpose } from './purpose-rival.js';
import type { CheckResult } from './types.js';
import { cachedRegExp } from './regex-memo.js';

const nounsOf = new WeakMap<object, string>();

/** The lexicon's package nouns as one alternation ("aid|pledge|grants|..."), longest first. */
function packageNouns(ctx: CheckContext): string {
  let alt = nounsOf.get(ctx.lexicon);
  if (alt !== undefined) return alt;
  const words = new Set(ctx.lexicon.getQuads(null, `${NS.cg}recipientNoun`, null, null).map((q) => q.object.value.toLowerCase()));
  alt = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
  nounsOf.set(ctx.lexicon, alt);
  return alt;
}

/** A verb that names giving, promising or offering a package, as said (kept in the deed). */
const GIVE = String.raw`(?:(?:may|might|could|would|will)\s+)?(?:gave|give|gives|given|pledged|pledges|pledge|promised|promises|promise|extended|extends|extend|provided|provides|provide|offered|offers|offer|granted|grants|grant|allocated|allocates|allocate)`;
/** What the package is said to be for: "is (mainly) (meant) for NP", "is to V O", "(would) go to NP" (`main`: the main-purpose adverbs); "is there to V O" (round 38) says what it is for as "is meant to" does. */
const FOR = (main: string): string => String.raw`(?:is|was|are|were|will\s+be|would\s+be)\s+(?:(?:${main})\s+)?(?:(?:meant|intended|designed|earmarked|destined|set\s+aside|aimed|there)\s+)?for\s+(?<npf>.+)`;
const TO = (main: string): string => String.raw`(?:is|was|are|were)\s+(?:(?:${main})\s+)?(?:(?:meant|intended|designed|supposed|aimed|there)\s+)?to\s+(?!go\b)(?<verb>[a-z]+)\s+(?<object>.+)`;
const GO = String.raw`(?:(?:would|will|is\s+to|was\s+to|are\s+to|were\s+to)\s+)?(?:go|goes|went|flow|flows|flowed)\s+(?:to|toward|towards|into)\s+(?<npg>.+)`;
const DENIAL = /\b(?:not|never|no|nor|neither|if|whether|unless)\b|n't\b/i;

/** A deed said with its purpose, in the modalities the claim leaves open. */
export interface PackagePurpose {
  /** The deed with its purpose, one per modality the claim leaves open. */
  claims: string[];
  /** The same deeds without the purpose (round 40: a purpose the graph names no entity for). */
  deeds: string[];
  /** The purpose as said after the deed ("for canal repair", "to upgrade clinics"). */
  purpose: string;
}

/**
 * The claim said as the deed with its purpose (one claim per modality the noun leaves open);
 * undefined for any other claim.
 *
 * @example
 * ```ts
 * packagePurpose(ctx, "Freedonia's aid to Sylvania is meant for canal repair.")?.claims[0];
 * // 'Freedonia gave aid to Sylvania for canal repair'
 * ```
 */
export function packagePurpose(ctx: CheckContext, text: string): PackagePurpose | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!?]+$/, '');
  if (DENIAL.test(t)) return undefined;
  const N = packageNouns(ctx);
  if (!N) return undefined;
  const main = mainPurposeAdverbs(ctx).alternation;
  const tail = (g: Record<string, string | undefined>): string => {
    const np = g.npf ?? g.npg ?? g.npa;
    return np ? `for ${np}` : `to ${g.verb} ${g.object}`;
  };
  // the package's deed in each modality a bare noun leaves open
  const open = (giver: string, noun: string, recipient: string): string[] =>
    [`${giver} gave ${noun} to ${recipient}`, `${giver} pledged ${noun} to ${recipient}`, `${giver} may provide ${noun} to ${recipient}`];
  // "The purpose (aim, goal) of X's N to Y was to V O | was NP", then "X's N to|for Y <is for NP |
  // is to V O | goes to NP>" (the purpose noun first: "the aim of X" is no giver)
  const own = cachedRegExp(String.raw`^the\s+(?:aim|goal|purpose|point|objective)\s+of\s+(?<giver>.+?)'s\s+(?<noun>${N}|money|funds)\s+(?:to|for)\s+(?<recipient>.+?)\s+(?:is|was|were|are)\s+(?:to\s+(?<verb>[a-z]+)\s+(?<object>.+)|(?<npa>(?!to\b).+))$`, 'i').exec(t)
    ?? cachedRegExp(String.raw`^(?<giver>.+?)'s\s+(?<noun>${N}|money|funds)\s+(?:to|for)\s+(?<recipient>.+?)\s+(?:${FOR(main)}|${TO(main)}|${GO})$`, 'i').exec(t);
  if (own) {
    const g = own.groups!;
    const deeds = open(g.giver!, g.noun!, g.recipient!);
    return { claims: deeds.map((d) => `${d} ${tail(g)}`), deeds, purpose: tail(g) };
  }
  // "The N X gave [to] Y <went to NP | is for NP>": the verb as said
  // (names are capitalised: no case folding here, or "Sylvania would" is a name)
  const rel = cachedRegExp(String.raw`^[Tt]he\s+(?<noun>(?:${N}|money|funds)|(?:US)?\$\s?[\d.,]+(?:\s+(?:million|billion|trillion))?)\s+(?:that\s+|which\s+)?(?<giver>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?<give>${GIVE})\s+(?:to\s+)?(?<recipient>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:${FOR(main)}|${TO(main)}|${GO})$`).exec(t);
  if (rel) {
    const g = rel.groups!;
    const deed = `${g.giver} ${g.give} ${g.noun} to ${g.recipient}`;
    return { claims: [`${deed} ${tail(g)}`], deeds: [deed], purpose: tail(g) };
  }
  // "X gave Y N for NP": the recipient before the package
  const dbl = cachedRegExp(String.raw`^(?<giver>.+?)\s+(?<give>${GIVE})\s+(?<recipient>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?<noun>${N}|money|funds)\s+for\s+(?<np>.+)$`).exec(t);
  if (dbl) {
    const g = dbl.groups!;
    const deed = `${g.giver} ${g.give} ${g.noun} to ${g.recipient}`;
    return { claims: [`${deed} for ${g.np}`], deeds: [deed], purpose: `for ${g.np}` };
  }
  return undefined;
}

/**
 * Reads a package named as a noun with its purpose (see the module comment).
 *
 * @example
 * ```ts
 * await readPackagePurpose(ctx, "Freedonia's aid to Sylvania is meant for canal repair.", recheck); // { decided: … }
 * ```
 */
export async function readPackagePurpose(ctx: CheckContext, text: string, recheck: (claim: string) => Promise<CheckResult | undefined>):
  Promise<{ decided: CheckResult } | { held: CheckResult } | undefined> {
  const p = packagePurpose(ctx, text);
  if (!p) return undefined;
  const read: Array<{ claim: string; r: CheckResult }> = [];
  for (const said of p.claims) {
    // a noun the modality's patterns do not take ("pledged assistance") said as the general one
    for (const claim of [said, said.replace(cachedRegExp(String.raw`^(.+?\s(?:gave|pledged|provide)\s)(?!aid\b)[a-z]+(?:\s+[a-z]+)?(\sto\s)`), '$1aid$2')]) {
      const r = await recheck(claim);
      if (r) {
        read.push({ claim, r });
        break;
      }
    }
  }
  const tell = ({ claim, r }: { claim: string; r: CheckResult }): CheckResult => ({
    ...r, claim: text.trim(),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read the package and its purpose as "${claim}"`] },
    explanation: `Read as "${claim}" (a package named as a noun, and what it is for${p.claims.length > 1 ? `; the noun does not say whether it was given, pledged or offered, so each was read: ${read.map((x) => `${x.r.verdict}`).join(', ')}` : ''}). ${r.explanation}`,
  });
  if (!read.length) return byFields(ctx, text, p, recheck);
  const supported = read.find((x) => x.r.verdict === 'SUPPORTED');
  if (supported) return { decided: tell(supported) };
  const refuted = read.find((x) => x.r.verdict === 'REFUTED' && x.r.reason === 'qualifier-conflict');
  if (refuted) return { decided: tell(refuted) };
  const first = read[0];
  if (!first) return undefined;
  const told = tell(first);
  return { held: { ...told, verdict: 'NOT_ENOUGH_INFO', reason: first.r.verdict === 'NOT_ENOUGH_INFO' ? first.r.reason : 'no-claim', conflict: false,
    evidence: told.evidence.map((e) => ({ ...e, stance: 'related' as const })) } };
}

/**
 * (round 40) A purpose the graph names no entity for ("for agricultural purposes", "for schools"):
 * the deed alone, then the phrase against the purposes the source lists for it (fields,
 * src/check/purpose-rival.ts); the deed's support alone decides nothing.
 */
async function byFields(ctx: CheckContext, text: string, p: PackagePurpose, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<{ decided: CheckResult } | undefined> {
  const phrase = p.purpose.replace(/^for\s+/i, '');
  for (const deed of p.deeds) {
    const r = await recheck(deed);
    const f = r ? fieldPurpose(ctx, phrase, r) : undefined;
    if (!r || !f) continue;
    const stance = f.verdict === 'SUPPORTED' ? 'supports' as const : 'refutes' as const;
    return { decided: { ...r, claim: text.trim(), verdict: f.verdict, conflict: false, ...(f.verdict === 'REFUTED' ? { reason: 'qualifier-conflict' as const } : {}),
      evidence: r.evidence.filter((e) => e.claim === f.claim).map((e) => ({ ...e, stance })),
      interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read "${deed}" with the purpose "${phrase}", compared by field with the purposes the source lists`] },
      explanation: `Read as "${deed}" with the purpose "${phrase}". The source gives the purposes of the deed as ${f.listed.map((l) => `"${l}"`).join(' and ')}, and "${phrase}" ${f.verdict === 'SUPPORTED' ? 'names only fields of them' : 'lies in a field the ontology declares disjoint with each of them'}. ${r.explanation}` } };
  }
  return undefined;
}
