/**
 * A rival purpose (issue 15; users10-12 "rival purposes not refuted"): "Rufus's aid to Sylvania was
 * meant to build schools" when the source gives the purposes of that aid as repairing roads and
 * an airport. The claim node that supports the deed lists what the deed was for (cg:purpose); a
 * purpose the claim gives is refuted only when it lies in a field (lexicon `cg:fieldWord`: roads
 * and airports are transport, hospitals health, schools schooling) that the ontology declares
 * disjoint (owl:disjointWith) with every field of every purpose the source lists, and shares
 * none of them. A deed also said to serve a sector (cg:sector: "to develop infrastructure, mainly
 * in two fields") lists examples within it, not all its purposes, and is never decided here; nor
 * is a purpose in no field, a listed purpose in no field or in the broad economic one
 * ("infrastructure development" may hold schools), or a phrase naming a field of the
 * source's (even beside another: "schools near the airport"): it
 * may be a purpose said otherwise, and precision comes first.
 */
import { NS, type CheckContext } from './context.js';
import { fieldsOf } from './purpose.js';
import type { CheckResult } from './types.js';

const SKOS_ALT = 'http://www.w3.org/2004/02/skos/core#altLabel';

/** What refutes a claimed purpose: the claim node listing the deed's purposes, and the fields. */
export interface RivalPurpose {
  /** The claim node (IRI) whose cg:purpose values are the source's purposes of the deed. */
  claim: string;
  /** The source's purposes, by label. */
  listed: string[];
  /** The field of the claimed purpose (a class label: "health aim"). */
  claimField: string;
  /** The fields of the listed purposes (class labels). */
  listedFields: string[];
}

/** The field classes whose words a phrase uses ("repair roadways" -> the transport field). */
export function fieldsInPhrase(ctx: CheckContext, phrase: string): string[] {
  // "medical-related" names the medical field too; a field word of two words ("power plants") is
  // matched as a phrase
  const tokens = phrase.toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  const words = new Set([...tokens, ...tokens.flatMap((t) => t.split('-'))]);
  const text = ` ${tokens.join(' ')} `;
  return [...fieldsOf(ctx)].filter(([, ws]) => [...ws].some((w) => (w.includes(' ') ? text.includes(` ${w} `) : words.has(w)))).map(([cls]) => cls);
}

const label = (ctx: CheckContext, c: string): string => ctx.axioms.classLabels.get(c) ?? c;

/** The fields of a purpose the source lists: its types that are fields, and the field words of its names. */
function purposeFields(ctx: CheckContext, p: string): string[] {
  const names = [ctx.entityLabel.get(p) ?? '', ...ctx.store.getObjects(p, SKOS_ALT, null).map((o) => o.value)].join(' ');
  return [...new Set([...(ctx.entityTypes.get(p) ?? [])].filter((t) => fieldsOf(ctx).has(t)).concat(fieldsInPhrase(ctx, names)))];
}

/**
 * The fields of the listed purposes when every field the claim's phrase names (`said`) is declared
 * disjoint with every one of them; undefined when a listed purpose is in no field or in the broad
 * economic one (it may hold the claim's), or shares a field with the phrase.
 *
 * @example
 * ```ts
 * disjointFields(ctx, fieldsInPhrase(ctx, 'build schools'), [`${NS.cgr}sylvanian-roads`]); // [cg:TransportAim]
 * ```
 */
export function disjointFields(ctx: CheckContext, said: readonly string[], purposes: readonly string[]): string[] | undefined {
  if (!said.length || !purposes.length) return undefined;
  const apart = (a: string, b: string): boolean => !!(ctx.axioms.disjoint.get(a)?.has(b) || ctx.axioms.disjoint.get(b)?.has(a));
  const fields = new Set<string>();
  for (const p of purposes) {
    const own = purposeFields(ctx, p);
    // a listed purpose in no field may be what the claim says in other words; one in the
    // economic field ("infrastructure development") is broad enough to hold any work
    if (!own.length || own.includes(`${NS.cg}EconomicAim`)) return undefined;
    for (const f of own) fields.add(f);
  }
  if (said.some((f) => fields.has(f))) return undefined;
  return said.every((f) => [...fields].every((g) => apart(f, g))) ? [...fields] : undefined;
}

/**
 * The supporting claim node whose listed purposes (cg:purpose) all lie in fields disjoint with
 * every field of the claimed purpose `phrase`; undefined when any listed purpose is in no field,
 * shares a field with the phrase, or is not declared disjoint with one of its fields.
 *
 * @example
 * ```ts
 * // the source: "Rufus pledged aid to Sylvania for repairing roads" (cg:purpose :sylvanian-roads)
 * rivalPurpose(ctx, 'build schools', deed); // { claim: '…', listed: ['roads of Sylvania'], claimField: 'cultural aim', … }
 * rivalPurpose(ctx, 'build schools near the roads', deed); // undefined (a listed field is named too)
 * ```
 */
export function rivalPurpose(ctx: CheckContext, phrase: string, deed: CheckResult): RivalPurpose | undefined {
  if (deed.verdict !== 'SUPPORTED') return undefined;
  const said = fieldsInPhrase(ctx, phrase);
  if (!said.length) return undefined;
  for (const claim of [...new Set(deed.evidence.filter((e) => e.stance === 'supports').map((e) => e.claim))]) {
    const purposes = ctx.store.getObjects(claim, `${NS.cg}purpose`, null).map((o) => o.value);
    if (!purposes.length) continue;
    // a sector the deed is said to serve (cg:sector: "to develop infrastructure, mainly in two
    // fields: ...") makes the listed purposes examples within it, not the whole list
    if (ctx.store.getObjects(claim, `${NS.cg}sector`, null).length) continue;
    const rival = disjointFields(ctx, said, purposes);
    if (rival) return { claim, listed: purposes.map((p) => ctx.entityLabel.get(p) ?? p), claimField: label(ctx, said[0]!), listedFields: rival.map((f) => label(ctx, f)) };
  }
  return undefined;
}

/** A purpose said as fields alone ("agricultural purposes", "medical and transport uses"), and the deed's listed purposes. */
export interface FieldPurpose {
  verdict: 'SUPPORTED' | 'REFUTED';
  /** The claim node whose cg:purpose values decide it. */
  claim: string;
  /** The source's purposes, by label. */
  listed: string[];
}

/**
 * (round 40) What a package is for, said as a phrase the graph names no entity for ("for
 * agricultural purposes", "for schools"), against the purposes the source lists for the deed:
 * SUPPORTED when the phrase names fields alone ("<field words> purposes") and each is a field of
 * a listed purpose; REFUTED when it is a rival ({@link rivalPurpose}); otherwise undefined.
 *
 * @example
 * ```ts
 * // the source: "Rufus pledged aid to Sylvania for repairing roads" (cg:purpose :sylvanian-roads)
 * fieldPurpose(ctx, 'transport purposes', deed)?.verdict; // 'SUPPORTED'
 * fieldPurpose(ctx, 'schools', deed)?.verdict; // 'REFUTED'
 * ```
 */
export function fieldPurpose(ctx: CheckContext, phrase: string, deed: CheckResult): FieldPurpose | undefined {
  if (deed.verdict !== 'SUPPORTED') return undefined;
  const only = /^([a-z-]+(?:(?:\s*,\s*|\s+and\s+|\s+)[a-z-]+)*)\s+(?:purposes|uses|ends|needs)$/i.exec(phrase.trim());
  const words = only ? only[1]!.split(/\s*,\s*|\s+and\s+|\s+/) : [];
  const said = only && words.every((w) => fieldsInPhrase(ctx, w).length) ? fieldsInPhrase(ctx, only[1]!) : [];
  if (said.length) {
    for (const claim of [...new Set(deed.evidence.filter((e) => e.stance === 'supports').map((e) => e.claim))]) {
      const purposes = ctx.store.getObjects(claim, `${NS.cg}purpose`, null).map((o) => o.value);
      const fields = new Set(purposes.flatMap((p) => purposeFields(ctx, p)));
      if (said.every((f) => fields.has(f))) return { verdict: 'SUPPORTED', claim, listed: purposes.map((p) => ctx.entityLabel.get(p) ?? p) };
    }
  }
  const rival = rivalPurpose(ctx, phrase, deed);
  return rival ? { verdict: 'REFUTED', claim: rival.claim, listed: rival.listed } : undefined;
}
