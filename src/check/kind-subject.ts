/**
 * A claim whose subject is a kind named by a demonym and a class noun in the plural: "Freedonian
 * firms are set to take part in building the plant", "Freedonian companies will play no part in
 * building the plant". The kind's members are the graph's entities of that class (a class label
 * of the ontology or a lexicon `cg:classNoun`) that its stated claims, or background facts, locate
 * in the demonym's country (`cg:locatedIn`). A bare plural is existential: the claim is SUPPORTED
 * when one member's reading is; a denial ("no part") covers every member, so it is REFUTED when
 * one member's reading is. Nothing else decides: the graph is not taken to know every member.
 */
import { NS, type CheckContext } from './context.js';
import { claimsByPredicate, isA } from './claim-index.js';
import { classNouns } from './kinds.js';
import { resolveMention } from './resolver.js';
import { normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';

/** A kind read at the start of a claim, and the claim once per member. */
export interface KindSubject {
  /** The words naming the kind ("Freedonian firms"). */
  kind: string;
  members: Array<{ iri: string; label: string; claim: string }>;
}

/**
 * The members of a kind that opens a claim, with the claim rewritten for each; undefined when the
 * claim opens with no such kind or the graph has no member of it.
 *
 * @example
 * ```ts
 * readKindSubject(ctx, 'Freedonian firms will build the canal.');
 * // { kind: 'Freedonian firms', members: [{ label: 'Acme Works', claim: 'Acme Works will build the canal.', ... }] }
 * ```
 */
export function readKindSubject(ctx: CheckContext, text: string): KindSubject | undefined {
  const plain = normalizeTypography(text).trim();
  const tokens = tokenize(plain, ctx.morph);
  if (tokens.length < 4) return undefined;
  const [demonym, noun] = tokens as [typeof tokens[0], typeof tokens[0]];
  // a plural noun of a class: "firms", "companies" (not the singular: "the Freedonian firm" is one)
  if (!/s$/i.test(noun.raw) || noun.raw.toLowerCase() === noun.norm) return undefined;
  const cls = classNouns(ctx).get(noun.norm);
  if (!cls) return undefined;
  const countries = resolveMention(ctx, [demonym]).filter((e) => isA(ctx, e.iri, `${NS.cg}Country`));
  if (countries.length !== 1) return undefined;
  const country = countries[0]!.iri;
  const locatedIn = ctx.axioms.properties.get('locatedIn');
  const located = new Set<string>(ctx.store.getSubjects(`${NS.cg}locatedIn`, country, null).map((s) => s.value));
  for (const c of (locatedIn && claimsByPredicate(ctx).get(locatedIn)) || []) {
    if (c.polarity === 'positive' && c.modality === 'stated' && c.object.value === country) located.add(c.subject);
  }
  const rest = plain.slice(noun.end);
  const members = [...located].filter((m) => isA(ctx, m, cls)).sort().map((iri) => {
    const label = ctx.entityLabel.get(iri) ?? iri;
    return { iri, label, claim: `${label}${rest}` };
  });
  return members.length ? { kind: plain.slice(demonym.start, noun.end), members } : undefined;
}

/**
 * The verdict of a claim on a kind from its members' verdicts: SUPPORTED when one member's
 * positive reading is, REFUTED when one member's denial is refuted; undefined otherwise.
 */
export function decideKindSubject(text: string, k: KindSubject, results: Array<CheckResult | undefined>): CheckResult | undefined {
  for (const [i, r] of results.entries()) {
    if (!r) continue;
    const negative = r.interpretation.polarity === 'negative';
    if ((!negative && r.verdict === 'SUPPORTED') || (negative && r.verdict === 'REFUTED')) {
      const member = k.members[i]!.label;
      const how = negative
        ? `"${k.kind}" read as every such entity the graph knows, so the denial fails for ${member}`
        : `"${k.kind}" read as some such entity, here ${member}`;
      return {
        ...r, claim: text.trim(),
        interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), how] },
        explanation: `Read as "${k.members[i]!.claim.trim()}" (${how}; the graph's ${k.members.length === 1 ? 'only member of the kind' : 'members of the kind'}: ${k.members.map((m) => m.label).join(', ')}). ${r.explanation}`,
      };
    }
  }
  return undefined;
}
