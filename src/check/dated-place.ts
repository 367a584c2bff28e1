/**
 * The place of a dated, single event: "The Acme Bank was (formally) opened in Strelsau", "The bank opened
 * for business in Ruritania". The graph states an opening as a date-valued relation (`cg:openedOn`,
 * functional: one opening, one day) whose claim carries the place as a `cg:location` qualifier; a
 * claim that names the place and no day has no object to read. So the claim is read once per day
 * the graph gives a thing it names, with "in P" left out ("The Acme Bank was opened on January 16,
 * 2016"), and a reading the graph SUPPORTS by a claim with a location places the one event:
 *
 * - P is that location, or a place the graph says it lies in (Zenda `cg:locatedIn` Ruritania):
 *   SUPPORTED;
 * - P is another city (two cities are two places: the graph locates a city only in a country), or
 *   lies in another country than the location (a city lies in one country: the
 *   `owl:maxQualifiedCardinality` on `cg:City`): REFUTED, since the relation is functional and its
 *   one event happened elsewhere;
 * - anything else (a region, a place the graph does not locate): NOT_ENOUGH_INFO.
 *
 * A claim that says the day as well ("opened in Zenda on January 16, 2016", round 21) is read with
 * its own day; the reader is then also asked of such a claim the lexicon reads with the place as
 * a qualifier and leaves undecided.
 * A denial ("was not opened in Zenda") turns the verdict. A relation that may recur ("visited")
 * is no reading: another visit may have been to P.
 */
import { enclosingPlaces } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { bestReading } from './implied-object.js';
import { entityName } from './prose.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';
import { evaluateClaim } from './verdict.js';
import { datedRewrites } from './weekday.js';

const CITY = `${NS.cg}City`;
const COUNTRY = `${NS.cg}Country`;

/** A word that denies ("not", "never", "didn't"). */
const DENIAL = /\b(?:not|never|no)\b|n't\b/i;

const isA = (ctx: CheckContext, iri: string, cls: string): boolean => ctx.entityTypes.get(iri)?.has(cls) ?? false;

/** The one country a place is (or lies in), when the graph says. */
function countryOf(ctx: CheckContext, iri: string): string | undefined {
  const countries = enclosingPlaces(ctx, iri).filter((p) => isA(ctx, p, COUNTRY));
  return countries.length === 1 ? countries[0] : undefined;
}

/**
 * How a claimed place stands to the event's place: inside it, apart from it, or not known
 * (also used by src/check/dateline.ts for the place an article was filed from).
 */
export function placeVerdict(ctx: CheckContext, claimed: string, located: string): 'SUPPORTED' | 'REFUTED' | 'NOT_ENOUGH_INFO' {
  if (enclosingPlaces(ctx, located).includes(claimed)) return 'SUPPORTED';
  if (isA(ctx, claimed, CITY) && isA(ctx, located, CITY)) return 'REFUTED';
  const [a, b] = [countryOf(ctx, claimed), countryOf(ctx, located)];
  return a && b && a !== b ? 'REFUTED' : 'NOT_ENOUGH_INFO';
}

/** "in P" in the claim, P one place: the claim without it, and P. */
function placePhrase(ctx: CheckContext, text: string): { rest: string; at: number; place: { iri: string; label: string; mention: string } } | undefined {
  const toks = tokenize(text, ctx.morph);
  for (let i = 0; i < toks.length - 1; i++) {
    if (toks[i]!.raw.toLowerCase() !== 'in') continue;
    for (let j = Math.min(toks.length, i + 7); j > i + 1; j--) {
      const hit = resolveMention(ctx, dropIgnorable(toks.slice(i + 1, j), ctx.morph));
      if (hit.length !== 1 || !ctx.entityTypes.get(hit[0]!.iri)?.size) continue;
      const iri = hit[0]!.iri;
      if (!isA(ctx, iri, CITY) && !isA(ctx, iri, COUNTRY)) break;
      const from = toks[i]!.start;
      const to = toks[j - 1]!.end;
      const rest = `${text.slice(0, from)}${text.slice(to)}`.replace(/\s+/g, ' ').replace(/\s+([,.;!?])/g, '$1').trim();
      return { rest, at: from, place: { iri, label: hit[0]!.label, mention: text.slice(toks[i + 1]!.start, to) } };
    }
  }
  return undefined;
}

/**
 * Reads a claim placing a dated single event (see the module comment); undefined when it names no
 * place after "in", or no reading of it without the place is a functional relation the graph
 * supports with a located claim.
 *
 * @example
 * ```ts
 * readDatedPlace(ctx, 'The Acme Bank was opened in Gala City.')?.evaluation.verdict; // 'SUPPORTED' when it opened there
 * ```
 */
export function readDatedPlace(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const claim = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  // (round 24) "opened in Zenda, not in Metro": a contrast set against another place is two
  // statements (src/check/said-otherwise.ts); cut here, its "not" turned the place's verdict
  // ("opened in Zenda, not in Metro" was SUPPORTED when the event was in Metro)
  if (/,\s*(?:not|rather than|instead of|but not|and not)\s/i.test(claim)) return undefined;
  const found = placePhrase(ctx, claim);
  if (!found) return undefined;
  // the claim without the place, when it says the day itself ("The Acme Bank opened in Strelsau on
  // January 16, 2016": the location the graph gives that day's one event), then on each day the
  // graph gives a thing it names
  const said = /\b\d{4}\b/.test(found.rest) ? [{ claim: found.rest }] : [];
  for (const { claim: dated } of [...said, ...datedRewrites(ctx, found.rest)]) {
    const read = bestReading(ctx, dated);
    if (!read) continue;
    const interp = read.interpretation;
    if (interp.modality !== 'stated' || !ctx.axioms.functional.has(interp.predicate)) continue;
    // round 40 (precision40's traps): a denial only after the place ("opened in Zenda; not in
    // Strelsau") denies another clause, not the place: turned, it supported the claim when the
    // event was in Strelsau
    if (interp.polarity === 'negative' && !DENIAL.test(claim.slice(0, found.at))) continue;
    const positive = interp.polarity === 'negative' ? evaluateClaim(ctx, { ...interp, polarity: 'positive' }) : read.evaluation;
    if (positive.verdict !== 'SUPPORTED') continue;
    const located = positive.bearings.filter((b) => b.stance === 'supports' && b.claim.qualifiers.get('location')?.length);
    if (!located.length) continue;
    const verdicts = new Set(located.flatMap((b) => b.claim.qualifiers.get('location')!.map((l) => placeVerdict(ctx, found.place.iri, l))));
    let verdict = verdicts.size === 1 ? [...verdicts][0]! : 'NOT_ENOUGH_INFO';
    const where = [...new Set(located.flatMap((b) => b.claim.qualifiers.get('location')!))].map((l) => entityName(ctx, l)).join(', ');
    if (interp.polarity === 'negative' && verdict !== 'NOT_ENOUGH_INFO') verdict = verdict === 'SUPPORTED' ? 'REFUTED' : 'SUPPORTED';
    const stance: Bearing['stance'] = verdict === 'SUPPORTED' ? 'supports' : verdict === 'REFUTED' ? 'refutes' : 'related';
    const said = `Read as "${dated.replace(/[.!?]+$/, "")}" in ${found.place.label} (the graph states one such event, a functional relation, and gives its place: ${where})`;
    const why = verdict === 'NOT_ENOUGH_INFO'
      ? `the graph does not say whether ${where} lies in ${found.place.label}`
      : verdict === (interp.polarity === 'negative' ? 'REFUTED' : 'SUPPORTED') ? `${where} is, or lies in, ${found.place.label}` : `${where} is not in ${found.place.label}`;
    return {
      interpretation: { ...interp, notes: [...(interp.notes ?? []), `the place read from the location of the one ${interp.predicateName} the graph states`] },
      evaluation: {
        verdict, reason: verdict === 'REFUTED' ? 'qualifier-conflict' : verdict === 'SUPPORTED' ? 'direct' : 'qualifier', conflict: false,
        bearings: located.map((b) => ({ ...b, stance })), explanation: `${said}: ${why}.`,
      },
    };
  }
  return undefined;
}
