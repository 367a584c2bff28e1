/**
 * The focus of a deed (`cg:focus`): "The visit focused on developing the region's infrastructure so
 * as to secure Freedonia's future energy supplies", "The key focus of Firefly's visit was
 * infrastructure development", "Freedonia focused on the region's infrastructure in order to secure
 * its future energy supplies". The source states it as a qualifier of the deed's claim ("The key focus of the visit
 * has been on the infrastructure development of the region for securing its future energy
 * supplies"); the claim is decided from the claim nodes that carry a focus:
 *
 * - whose subject is the one the claim names, or acts for it (Rufus Firefly for Freedonia: src/check/actors.ts);
 *   "the visit" with no owner must mean exactly one such node;
 * - whose focus the claim's phrase names (less an owner that is the doer, its state or the place:
 *   "the region's infrastructure");
 * - and, when the claim gives the focus a purpose ("so as to ..."), whose purposes include it.
 *
 * Only SUPPORTED decides: a deed may have more than one focus, so another focus or purpose the
 * source does not give leaves the claim undecided (held, with what the graph says).
 */
import { actorsOf } from './actors.js';
import { NS, type CheckContext } from './context.js';
import { claimNamed, type ClaimInfo } from './claim-index.js';
import { fieldsOf, furtheringVariants, purposeName } from './purpose.js';
import { focusSaidOtherwise } from './focus-words.js';
import { resolveMention } from './resolver.js';
import { finish } from './result.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult, Interpretation } from './types.js';
import { cachedRegExp } from './regex-memo.js';

// (round 34) "zeroed in on", "homed in on": the phrasal verbs of focusing (WordNet zero_in, home_in)
const FOCUSED = '(?:focused|focussed|focuses|focusses|focus|concentrated|concentrates|centred|centered|(?:zeroed|zeroes|zero|homed|homes|home)\\s+in)';
const PURPOSE = '(?:\\s+(?:so as to|in order to|to)\\s+(?<verb>[a-z]+)\\s+(?<obj>.+)|\\s+for\\s+(?<gerund>[a-z]+ing)\\s+(?<gobj>.+))?';
// "(X's|the) visit (has) focused on F ...", "X focused on F ..."
const VERBAL = cachedRegExp(`^(?:(?:the\\s+)?(?<owner>.+?)(?:'s|\\u2019s)\\s+|the\\s+)?(?<noun>(?:[a-z-]+\\s+)?(?:visit|trip|tour))?\\s*(?:has\\s+|had\\s+|was\\s+)?(?<who>.*?)\\s*${FOCUSED}\\s+on\\s+(?<focus>.+?)${PURPOSE}$`, 'i');
// "The (key|main) focus of (X's|the) visit was (on) F ..."
const NOMINAL = cachedRegExp(`^(?:the\\s+(?:(?:key|main|chief|primary|central|principal)\\s+)?focus\\s+of\\s+(?:(?<owner>.+?)(?:'s|\\u2019s)\\s+|the\\s+)(?<noun>(?:[a-z-]+\\s+)?(?:visit|trip|tour))|(?:(?<owner2>.+?)(?:'s|\\u2019s)\\s+|the\\s+)(?<noun2>(?:[a-z-]+\\s+)?(?:visit|trip|tour))(?:'s|\\u2019s)\\s+(?:(?:key|main|chief|primary|central|principal)\\s+)?focus)\\s+(?:was|is|has been|had been)\\s+(?:on\\s+)?(?<focus>.+?)${PURPOSE}$`, 'i');

/** The parts of a focus claim: who (a mention, or none for "the visit"), the focus, a purpose. */
export interface FocusParts {
  who?: string;
  focus: string;
  /** Said to be the key (main, chief...) focus: the source's key focus decides it (cg:keyFocus). */
  key?: boolean;
  verb?: string;
  object?: string;
}

/**
 * Reads a claim as a focus, or undefined.
 *
 * @example
 * ```ts
 * focusParts("Rufus's visit focused on port projects so as to secure energy supplies");
 * // { who: 'Rufus', focus: 'port projects', verb: 'secure', object: 'energy supplies' }
 * ```
 */
export function focusParts(text: string): FocusParts | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (/\b(?:not|never|no|if|whether)\b|n't\b/i.test(t)) return undefined;
  const m = NOMINAL.exec(t) ?? VERBAL.exec(t);
  if (!m?.groups) return undefined;
  const g = m.groups;
  // "X focused on": X is the doer; "X's visit focused on": X owns the visit; never both
  if (g.who && (g.owner || g.noun)) return undefined;
  const who = g.owner ?? g.owner2 ?? (g.who || undefined);
  if (!who && !g.noun && !g.noun2) return undefined;
  const verb = g.verb ?? g.gerund;
  const object = g.obj ?? g.gobj;
  const key = /\b(?:key|main|chief|primary|central|principal)\s+focus\b/i.test(t);
  return { who, focus: g.focus!, ...(key ? { key } : {}), ...(verb && object ? { verb, object } : {}) };
}

const iriOf = (v: unknown): string | undefined => (v as { iri?: string } | undefined)?.iri;

/** The one entity a phrase names, or undefined. */
function one(ctx: CheckContext, phrase: string): string | undefined {
  const hit = resolveMention(ctx, dropIgnorable(tokenize(phrase, ctx.morph), ctx.morph));
  return hit.length === 1 ? hit[0]!.iri : undefined;
}

/** The focus phrase less an owner or place that is the claim node's doer, state or object. */
function focusEntities(ctx: CheckContext, phrase: string, c: ClaimInfo): string[] {
  const ours = (m: string): boolean => {
    if (/^(?:its|their|his|her|the region|the country|there)$/i.test(m)) return true;
    const e = one(ctx, m);
    return !!e && (e === c.subject || (c.object.termType === 'NamedNode' && e === c.object.value) || actorsOf(ctx, e).some((a) => a.actor === c.subject));
  };
  const p = phrase.replace(/[.!?]+$/, '').trim();
  const variants = [p];
  const owner = /^((?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)(?:'s|\u2019s)\s+(.+)$/i.exec(p) ?? /^(its|their|his|her)\s+(.+)$/i.exec(p);
  if (owner && ours(owner[1]!)) variants.push(owner[2]!);
  // "developing the region's infrastructure": an owner inside the phrase
  const inner = /^(.+?\s)((?:the\s+)?[\w-]+(?:\s+[\w-]+)?)(?:'s|\u2019s)\s+(.+)$/i.exec(p);
  if (inner && ours(inner[2]!)) variants.push(`${inner[1]}${inner[3]}`);
  for (const v of [...variants]) {
    const tail = /^(.+?)\s+(?:in|of|across|throughout)\s+(.+)$/i.exec(v);
    if (tail && ours(tail[2]!)) variants.push(tail[1]!);
  }
  // (round 34) a gerund of furthering said with another ("building up the region's infrastructure"
  // is the source's "developing infrastructure", lexicon cg:furtheringVerb)
  return [...new Set(variants.flatMap((v) => furtheringVariants(ctx, v)).map((v) => one(ctx, v)).filter((e): e is string => !!e))];
}

/**
 * Decides a focus claim (see the module comment): `decided` when a claim node gives that focus
 * (and purpose), `held` when the claim reads as a focus the graph does not give.
 *
 * @example
 * ```ts
 * readFocus(ctx, "Rufus's visit focused on port projects.");
 * // { decided: { verdict: 'SUPPORTED', … } } when the visit's claim has cg:focus port projects
 * ```
 */
export function readFocus(ctx: CheckContext, text: string): { decided: CheckResult } | { held: CheckResult } | undefined {
  // round 25: other words for a focus ("F was the centrepiece of X's visit", "P drove X's focus on F")
  const parts = focusParts(focusSaidOtherwise(ctx, text) ?? text);
  if (!parts) return undefined;
  const who = parts.who ? one(ctx, parts.who) : undefined;
  if (parts.who && !who) return undefined;
  const nodes = ctx.store.getSubjects(`${NS.cg}focus`, null, null).map((s) => s.value).sort();
  const claims: ClaimInfo[] = [];
  for (const iri of nodes) {
    const c = claimNamed(ctx, iri);
    if (!c || c.polarity !== 'positive') continue;
    if (who && c.subject !== who && !actorsOf(ctx, who).some((a) => a.actor === c.subject)) continue;
    claims.push(c);
  }
  // "the visit": one deed with a focus, or no reading
  if (!who && claims.length !== 1) return undefined;
  for (const c of claims) {
    const focus = c.qualifiers.get('focus') ?? [];
    const named = focusEntities(ctx, parts.focus, c);
    if (!named.some((e) => focus.includes(e))) continue;
    const deed = { interpretation: { subject: { iri: c.subject }, object: { iri: c.object.value } } } as unknown as CheckResult;
    const purposePhrase = parts.verb ? purposeName(ctx, parts.verb, parts.object!, deed) : undefined;
    const purpose = purposePhrase ? one(ctx, purposePhrase) : undefined;
    if (parts.verb && !(purpose && (c.qualifiers.get('purpose') ?? []).includes(purpose))) continue;
    const entity = (iri: string): { kind: 'entity'; iri: string; label: string } => ({ kind: 'entity', iri, label: ctx.entityLabel.get(iri) ?? iri });
    const f = named.find((e) => focus.includes(e))!;
    const interp: Interpretation = {
      subject: entity(c.subject), predicate: c.predicate, predicateName: c.predicate.slice(NS.cg.length), object: entity(c.object.value),
      polarity: 'positive', modality: c.modality, qualifiers: { focus: entity(f), ...(purpose ? { purpose: entity(purpose) } : {}) },
      notes: [`read "${parts.focus}" as the focus of the deed the graph gives one${parts.who ? ` (${parts.who})` : ''}`],
    };
    const said = `${ctx.entityLabel.get(f) ?? f}${purpose ? `, for ${ctx.entityLabel.get(purpose) ?? purpose}` : ''}`;
    return { decided: finish(ctx, text.trim(), interp, {
      verdict: 'SUPPORTED', reason: 'direct', conflict: false,
      bearings: [{ claim: c, stance: 'supports', reason: 'direct', note: `states the focus ${said}` }],
      explanation: `Read as a focus: the source gives the focus of (${ctx.entityLabel.get(c.subject) ?? c.subject}, ${c.predicate.slice(NS.cg.length)}, ${ctx.entityLabel.get(c.object.value) ?? c.object.value}) as ${said} (claim ${c.iri.replace(/^.*\/claim\//, 'cgc:')}).`,
    }) };
  }
  // read as a focus, but not one the graph gives: undecided, with the deeds' focuses shown
  if (!claims.length) return undefined;
  const c = claims[0]!;
  const entity = (iri: string): { kind: 'entity'; iri: string; label: string } => ({ kind: 'entity', iri, label: ctx.entityLabel.get(iri) ?? iri });
  // "the key focus was F": the deed has one key focus (cg:keyFocus is functional); F in a field
  // the ontology declares disjoint with the source's key focus's is not it (round 11)
  const other = parts.key && !parts.verb ? otherKeyFocus(ctx, parts.focus, claims) : undefined;
  if (other) {
    const k = other.claim;
    return { decided: finish(ctx, text.trim(), {
      subject: entity(k.subject), predicate: k.predicate, predicateName: k.predicate.slice(NS.cg.length), object: entity(k.object.value),
      polarity: 'positive', modality: k.modality, qualifiers: {}, notes: [`read "${parts.focus}" as the key focus of the deed`],
    }, {
      verdict: 'REFUTED', reason: 'qualifier-conflict', conflict: false,
      bearings: [{ claim: k, stance: 'refutes', reason: 'qualifier-conflict', note: `states the key focus ${other.label}` }],
      explanation: `Read as the key focus: the source gives the key focus of (${ctx.entityLabel.get(k.subject) ?? k.subject}, ${k.predicate.slice(NS.cg.length)}, ${ctx.entityLabel.get(k.object.value) ?? k.object.value}) as ${other.label} (${other.sourceField}; claim ${k.iri.replace(/^.*\/claim\//, 'cgc:')}), and "${parts.focus}" is a ${other.claimField}, which the ontology declares disjoint with it: a deed has one key focus (cg:keyFocus is functional).`,
    }) };
  }
  const given = (c.qualifiers.get('focus') ?? []).map((f) => ctx.entityLabel.get(f) ?? f).join(', ');
  return { held: finish(ctx, text.trim(), {
    subject: entity(c.subject), predicate: c.predicate, predicateName: c.predicate.slice(NS.cg.length), object: entity(c.object.value),
    polarity: 'positive', modality: c.modality, qualifiers: {}, notes: [`read "${parts.focus}" as a focus of the deed`],
  }, {
    verdict: 'NOT_ENOUGH_INFO', reason: 'qualifier', conflict: false,
    bearings: [{ claim: c, stance: 'related', reason: 'qualifier', note: `states the focus ${given}` }],
    explanation: `Read as a focus: the source gives the focus of (${ctx.entityLabel.get(c.subject) ?? c.subject}, ${c.predicate.slice(NS.cg.length)}, ${ctx.entityLabel.get(c.object.value) ?? c.object.value}) as ${given}, not "${parts.focus}"${parts.verb ? ` for "${parts.verb} ${parts.object}"` : ''}; a deed may have several, so this is not refuted.`,
  }) };
}

const SKOS_ALT = 'http://www.w3.org/2004/02/skos/core#altLabel';

/** The field classes (lexicon `cg:fieldWord`) whose words a phrase uses. */
function fieldsIn(ctx: CheckContext, phrase: string): string[] {
  const words = new Set(phrase.toLowerCase().split(/[^a-z-]+/).filter(Boolean));
  return [...fieldsOf(ctx)].filter(([, ws]) => [...ws].some((w) => words.has(w))).map(([cls]) => cls);
}

/**
 * The claim node whose key focus (cg:keyFocus) lies in fields the ontology declares disjoint with
 * every field of the claim's focus phrase, which shares none of them; undefined otherwise (a
 * phrase in no field, or in one of the source's, may be the key focus said otherwise).
 */
function otherKeyFocus(ctx: CheckContext, phrase: string, claims: ClaimInfo[]): { claim: ClaimInfo; label: string; sourceField: string; claimField: string } | undefined {
  const said = fieldsIn(ctx, phrase);
  if (!said.length) return undefined;
  const label = (c: string): string => ctx.axioms.classLabels.get(c) ?? c;
  const apart = (a: string, b: string): boolean => !!(ctx.axioms.disjoint.get(a)?.has(b) || ctx.axioms.disjoint.get(b)?.has(a));
  for (const c of claims) {
    for (const key of c.qualifiers.get('keyFocus') ?? []) {
      const names = [ctx.entityLabel.get(key) ?? '', ...ctx.store.getObjects(key, SKOS_ALT, null).map((o) => o.value)].join(' ');
      const fields = [...new Set([...(ctx.entityTypes.get(key) ?? [])].filter((t) => fieldsOf(ctx).has(t)).concat(fieldsIn(ctx, names)))];
      if (!fields.length || said.some((f) => fields.includes(f))) continue;
      const clash = said.find((f) => fields.every((g) => apart(f, g)));
      if (clash && said.every((f) => fields.every((g) => apart(f, g)))) {
        return { claim: c, label: ctx.entityLabel.get(key) ?? key, sourceField: `${/^[aeiou]/.test(label(fields[0]!)) ? 'an' : 'a'} ${label(fields[0]!)}`, claimField: label(clash) };
      }
    }
  }
  return undefined;
}
