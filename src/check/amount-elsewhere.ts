/**
 * An amount that belongs to another party's deal (round 20, branch idioms20): "Freedonia inked
 * $18 billion worth of energy deals with Marsovia", where the source records Freedonia's $18
 * billion of energy deals with Sylvania and no deal of Freedonia's with Marsovia at all. The amount
 * names the package the claim speaks of, and the claim gives it to another party, which the source
 * contradicts (the users' sets label these swaps refuted: users12 README, "synonyms").
 *
 * Refuted only when all of these hold (else the ordinary rules decide, or nothing does):
 * - the claim is positive and stated, names its subject and its other party as entities, and
 *   gives an amount;
 * - the graph records no claim of the relation's family (the property, those above and below it)
 *   between the claim's subject and its other party, in any polarity or modality: whatever it says
 *   of that pair is for the ordinary rules;
 * - the graph records such a claim of the same subject, in the claim's modality, with another
 *   party, whose amount matches the claim's and whose other qualifiers (a sector) match it too;
 * - the claim's amount is a sum ("US$ 18 billion", "about ..."), not a bound ("over ...", "less
 *   than ..."), which many sums meet and so names no deal;
 * - neither party is a part or a member of the other (a region's package is not a swap), and the
 *   two share a type (a country for a country);
 * - (round 30, fix23) the claim states the deal with its party (a verb: "inked ... with Y", "deals
 *   struck between X and Y"), not a value of deals it only describes by a possessive ("Y's energy
 *   deals were valued at ...", "X's deals with Y were worth ..."): such a claim takes deals with Y
 *   for given, and when no source speaks of any, nothing shows they are not of that value (users23
 *   probes, held NOT_ENOUGH_INFO: absence is no refutation).
 */
import { NS, type CheckContext } from './context.js';
import { isA, type ClaimInfo, type ClaimsByPredicate } from './claim-index.js';
import { compareQualifier } from './qualifiers.js';
import { entityName, shortIri } from './prose.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';

/** The property, those above it, and those below any of them (`rdfs:subPropertyOf`). */
function family(ctx: CheckContext, p: string): string[] {
  const above = [...ctx.axioms.subProperties].filter(([, subs]) => subs.has(p)).map(([sup]) => sup);
  const out = new Set<string>([p, ...above]);
  for (const q of [...out]) for (const s of ctx.axioms.subProperties.get(q) ?? []) out.add(s);
  return [...out].sort();
}

/** True when the graph relates the two entities as part and whole, or member and group, either way. */
function nested(ctx: CheckContext, index: ClaimsByPredicate, a: string, b: string): boolean {
  const links = ['partOf', 'hasPart', 'memberOf', 'hasMember'].flatMap((l) => index.get(`${NS.cg}${l}`) ?? []);
  return links.some((c) => c.object.termType === 'NamedNode' && ((c.subject === a && c.object.value === b) || (c.subject === b && c.object.value === a)));
}

/** True when the two entities share an asserted type (a country and a country). */
function sameKind(ctx: CheckContext, a: string, b: string): boolean {
  const ta = ctx.entityTypes.get(a);
  const tb = ctx.entityTypes.get(b);
  if (!ta || !tb) return false;
  return [...ta].some((t) => tb.has(t) || isA(ctx, b, t));
}

/**
 * Finds the subject's deal of the claimed amount with another party, where the graph records no
 * such relation with the claim's party (see the module comment).
 *
 * @example
 * ```ts
 * amountElsewhereConflicts(ctx, reading, scopedIndex(ctx), push); // pushes the other party's deal, refuting
 * ```
 */
export function amountElsewhereConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  const amount = q.qualifiers.amount;
  if (q.polarity !== 'positive' || q.modality !== 'stated' || !amount || amount.kind !== 'amount') return;
  // a bound ("over US$ 10 billion") is met by many sums: it names no one deal (users21's probes:
  // "the Sylvanian deals were worth over ..." was refuted by the one deal that met the bound)
  if (amount.amounts.some((a) => a.bound && a.bound !== 'about' && a.bound !== 'close-to')) return;
  if (q.subject.kind !== 'entity' || q.object.kind !== 'entity') return;
  // a possessive description of the deals ("{s} 's ... deals"): their existence is taken for given, not stated
  if (q.pattern && /^\{[so]\}\s+'s\b/.test(q.pattern)) return;
  const subject = q.subject.iri;
  const party = q.object.iri;
  const claims = family(ctx, q.predicate).flatMap((prop) => index.get(prop) ?? []).filter((c) => c.subject === subject);
  // the graph speaks of this pair (or its inverse is stated): the ordinary rules decide
  if (claims.some((c) => c.object.termType === 'NamedNode' && c.object.value === party)) return;
  const fits = (c: ClaimInfo): boolean => Object.entries(q.qualifiers).every(([k, v]) => compareQualifier(ctx, k, v, c).r === 'match');
  const elsewhere = claims.filter((c) => c.polarity === 'positive' && c.modality === q.modality && c.amounts.length
    && c.object.termType === 'NamedNode' && c.object.value !== party && fits(c));
  const others = new Set(elsewhere.map((c) => c.object.value));
  // one other party only: two deals of that amount leave the claim's meaning open
  if (others.size !== 1) return;
  const other = [...others][0]!;
  if (!sameKind(ctx, party, other) || nested(ctx, index, party, other)) return;
  for (const c of elsewhere) {
    push({ claim: c, stance: 'refutes', reason: 'qualifier-conflict',
      note: `the source records ${entityName(ctx, subject)}'s ${describeAmount(c)} with ${entityName(ctx, other)} (claim ${shortIri(c.iri)}) and none with ${entityName(ctx, party)}: the amount names that deal` });
  }
}

function describeAmount(c: ClaimInfo): string {
  const a = c.amounts[0];
  return a ? `deal of ${a.currency} ${a.value}` : 'deal';
}
