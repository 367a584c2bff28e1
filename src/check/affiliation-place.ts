/**
 * An author's affiliation and its city (round 19): "Gloria Teasdale works for a centre in Zenda",
 * "Teasdale is an associate fellow at a centre based in Gala City", "Teasdale works for the Zenda
 * Institute in Timbuktu", "Teasdale's institution, the Zenda Institute, is in Gala City". The
 * claim names the person's employer (by its name, or by a common noun such as "a centre") and the
 * place it is in. An author has one affiliation and an institution one seat (the single values of
 * article metadata: docs/check.md), so with exactly one `cg:affiliatedWith` claim of the person
 * and exactly one `cg:locatedIn` claim of that institution, the place decides: the same place
 * supports (when the named or described institution is that one), another place refutes, a place
 * the graph does not know included when its name is a city and nothing else (ontology/
 * lexicon.places.txt, src/check/place-names.ts). A name of another institution, or an institution
 * noun its name does not bear, decides nothing.
 */
import { articlesOf } from './articles.js';
import { readSource } from './attribution.js';
import { claimsByPredicate, isA, type ClaimInfo } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { cityName, oneNamedPlace } from './place-names.js';
import type { Evaluated } from './reader-kit.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

const cg = (s: string): string => `${NS.cg}${s}`;

/** Nouns that describe any research or policy institution ("an institution", "a think tank"). */
const ANY_INSTITUTION = new Set(['institution', 'institute', 'organisation', 'organization', 'think tank', 'think-tank', 'research centre', 'research center']);

const PLACE = String.raw`(?:based\s+|located\s+|headquartered\s+)?in\s+(?<place>[^,]+?)`;
const SHAPES: RegExp[] = [
  // "X works for / at <org> in <place>", "X is affiliated with <org> based in <place>", "X is an associate fellow at <org> in <place>",
  // "X is based at <org> in <place>" (round 34: a person based at an institution works there)
  cachedRegExp(String.raw`^(?<who>.+?)\s+(?:works?|worked|working)\s+(?:for|at|with)\s+(?<org>.+?),?\s+${PLACE}$`, 'i'),
  cachedRegExp(String.raw`^(?<who>.+?)\s+(?:is|was)\s+(?:affiliated\s+with|employed\s+(?:by|at)|based\s+(?:at|with)|(?:an?\s+)?(?:[a-z]+\s+){0,2}(?:fellow|researcher|analyst|scholar)\s+(?:at|of|with))\s+(?<org>.+?),?\s+${PLACE}$`, 'i'),
  // "X's institution, <org>, is in <place>", "X's employer is based in <place>"
  cachedRegExp(String.raw`^(?<who>.+?)['\u2019]s\s+(?<org>institution|institute|employer|centre|center|think[\s-]tank|organisation|organization)(?:,\s*(?<named>[^,]+),)?\s+is\s+${PLACE}$`, 'i'),
];

/** The one positive stated claim of a predicate with this subject, or undefined (none or several). */
function oneClaim(ctx: CheckContext, predicate: string, subject: string): ClaimInfo | undefined {
  const cs = (claimsByPredicate(ctx).get(cg(predicate)) ?? []).filter((c) => c.subject === subject && c.polarity === 'positive' && c.modality === 'stated' && c.object.termType === 'NamedNode');
  return new Set(cs.map((c) => c.object.value)).size === 1 ? cs[0] : undefined;
}

/** Whether an institution phrase names or describes the institution `org` (label words, or any institution). */
function fits(ctx: CheckContext, phrase: string, org: string): boolean {
  const p = phrase.trim().replace(/^(?:an?|the|one)\s+/i, '');
  const named = resolveMention(ctx, tokenize(p, ctx.morph));
  if (named.length) return named.length === 1 && named[0]!.iri === org;
  // a capitalised name the graph does not know: another institution, not decided here
  if (/^[A-Z]/.test(p) && /\s[A-Z]/.test(p)) return false;
  const noun = p.toLowerCase().replace(/^(?:[a-z-]+\s+)?(?=(?:think[\s-]tank|research\s+cent(?:re|er))$)/, '');
  const label = (ctx.entityLabel.get(org) ?? '').toLowerCase();
  return ANY_INSTITUTION.has(noun) || (/^[a-z-]+$/.test(noun) && label.split(/\s+/).includes(noun));
}

/**
 * The person a phrase names: by name, or as the one author of the article it describes ("the author
 * of the Freedonia analysis": src/check/attribution.ts `readSource`).
 */
function personNamed(ctx: CheckContext, who: string): { kind: 'entity'; iri: string; label: string } | undefined {
  const people = resolveMention(ctx, tokenize(who, ctx.morph)).filter((e) => isA(ctx, e.iri, cg('Person')));
  if (people.length === 1) return people[0]!;
  if (people.length) return undefined;
  const scope = readSource(ctx, dropIgnorable(tokenize(who, ctx.morph), ctx.morph));
  if (scope?.kind !== 'article' || scope.iris.length !== 1) return undefined;
  const authors = articlesOf(ctx).find((a) => a.iri === scope.iris[0])?.authors.filter((a) => isA(ctx, a, cg('Person'))) ?? [];
  return authors.length === 1 ? { kind: 'entity', iri: authors[0]!, label: ctx.entityLabel.get(authors[0]!) ?? authors[0]! } : undefined;
}

/**
 * Decides a claim about the city of a person's institution (see the module comment); undefined when
 * the claim has no such shape or the graph gives the person no one institution with one seat.
 *
 * @example
 * ```ts
 * readAffiliationPlace(ctx, 'Gloria Teasdale works for a centre in Timbuktu.')?.evaluation.verdict; // 'REFUTED' when her centre is in Zenda
 * ```
 */
export function readAffiliationPlace(ctx: CheckContext, text: string): Evaluated {
  const plain = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (/\b(?:not|never|no)\b|n't\b|\?/.test(plain)) return undefined;
  for (const rx of SHAPES) {
    const m = rx.exec(plain);
    if (!m?.groups) continue;
    const person = personNamed(ctx, m.groups.who!);
    if (!person) continue;
    const aff = oneClaim(ctx, 'affiliatedWith', person.iri);
    if (!aff) continue;
    const org = aff.object.value;
    const seat = oneClaim(ctx, 'locatedIn', org);
    if (!seat) continue;
    const phrase = m.groups.named ?? m.groups.org!;
    const orgFits = fits(ctx, phrase, org);
    const placeWords = m.groups.place!.trim().replace(/^the\s+(?=city\s+of\s+)/i, '').replace(/^city\s+of\s+/i, '');
    const places = resolveMention(ctx, tokenize(placeWords, ctx.morph));
    const seatName = ctx.entityLabel.get(seat.object.value) ?? seat.object.value;
    const orgName = ctx.entityLabel.get(org) ?? org;
    let same: boolean | undefined;
    if (places.length === 1 && places[0]!.iri === seat.object.value) same = true;
    else if (places.length === 1 && isA(ctx, places[0]!.iri, cg('City'))) same = false;
    else if (!places.length && cityName(ctx, placeWords) && !oneNamedPlace(ctx, placeWords, seatName)) same = false;
    if (same === undefined || (same && !orgFits)) continue;
    // another place: refuted whatever the institution is called, the person having one
    const stance = same ? 'supports' as const : 'refutes' as const;
    const note = `${person.label}'s one institution is the ${orgName}, and its one seat is ${seatName}`;
    const bearings: Bearing[] = [aff, seat].map((c) => ({ claim: c, stance, reason: same ? 'combined-claims' : 'functional-conflict', note }));
    const interpretation: Interpretation = {
      subject: person, predicate: cg('affiliatedWith'), predicateName: 'affiliatedWith', object: { kind: 'unknown-entity', mention: `${phrase.trim()} in ${placeWords}` },
      polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: '{s} works for {institution} in {place} (the institution\'s seat)',
    };
    const explanation = same
      ? `Supported: ${note} (claims ${aff.iri.split('/').pop()}, ${seat.iri.split('/').pop()}), as the claim says.`
      : `Refuted (functional-conflict): ${note} (claims ${aff.iri.split('/').pop()}, ${seat.iri.split('/').pop()}); an author has one affiliation and an institution one seat, so not ${placeWords}.`;
    return { interpretation, evaluation: { verdict: same ? 'SUPPORTED' : 'REFUTED', reason: same ? 'combined-claims' : 'functional-conflict', conflict: false, bearings, explanation } };
  }
  return undefined;
}
