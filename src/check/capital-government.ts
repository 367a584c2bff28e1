/**
 * A capital standing for its country's government ("Strelsau signed a trade deal with Sylvania",
 * "Strelsau's grant to Sylvania"): the mention links to the city, and a relation whose domain
 * excludes a city (an agent signs, pledges, leads) refuses it, so the claim stays unread (round 30).
 *
 * The reading comes from the graph, never a list here: only a city the graph gives exactly one
 * cg:capitalOf (a background fact of graph/entities.yaml), and that no claim of the sources names
 * as a place, stands for that country. The claim is
 * read again with the country in the city's place, and that reading counts only when the country
 * fills a slot the city could not (a city is no agent) and no slot the city could (a place: "the
 * bank opened in Strelsau" stays the city). A mention after a place preposition ("in", "to",
 * "near", "visited") or glued to "-based" is left as the city. The interpretation says so: "read
 * 'Strelsau' as Ruritania, its capital standing for its government".
 */
import { NS, type CheckContext } from './context.js';
import { isA } from './claim-index.js';
import { fitsClass } from './parser.js';
import { decided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import type { CheckResult, CheckValue, Interpretation } from './types.js';

/** A city the graph makes the capital of one country, with the names a claim may use for it. */
interface Capital { city: string; country: string; countryLabel: string; names: string[]; re: RegExp }

/** The literal values of `pred` on `subj`. */
const literals = (ctx: CheckContext, subj: string, pred: string): string[] =>
  ctx.store.getObjects(subj, pred, null).filter((o) => o.termType === 'Literal').map((o) => o.value);

// a place word just before the name: the city is the place meant ("opened in X", "visited X")
const PLACE_BEFORE = /\b(?:in|at|near|from|to|into|of|outside|around|via|through|towards?|across|within|inside|visit(?:s|ed|ing)?|reach(?:es|ed)?|left|leaves?)\s+(?:the\s+(?:city|capital)\s+of\s+)?$/i;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CAPITAL_OF = `${NS.cg}capitalOf`;
const byStore = new WeakMap<object, Capital[]>();

/** The graph's capitals (cg:capitalOf, one country each), once per graph. */
function capitals(ctx: CheckContext): Capital[] {
  const known = byStore.get(ctx.store);
  if (known) return known;
  const out: Capital[] = [];
  const cities = new Set(ctx.store.getQuads(null, CAPITAL_OF, null, null).map((q) => q.subject.value));
  for (const city of cities) {
    const countries = ctx.store.getObjects(city, CAPITAL_OF, null).map((o) => o.value);
    // a city the graph calls the capital of two countries stands for neither
    if (countries.length !== 1 || !isA(ctx, city, `${NS.cg}City`) || !isA(ctx, countries[0]!, `${NS.cg}Country`)) continue;
    // and a country with two capitals in the graph is stood for by neither
    if (ctx.store.getSubjects(CAPITAL_OF, countries[0]!, null).length !== 1) continue;
    // a city the sources name as a place (a claim's subject, object or qualifier: the venue of an
    // opening, the host of a summit) is read as that place: the held-out labellers refuted or held
    // "<venue> is the Bank's largest shareholder" and "<host city> is a member" as a city given
    // an agent's role, while a capital the sources never name can only stand for its government
    if (ctx.store.getQuads(null, null, city, null).some((q) => ctx.store.countQuads(q.subject, `${NS.rdf}type`, `${NS.cg}Claim`, null) > 0)) continue;
    const names = [...literals(ctx, city, `${NS.rdfs}label`), ...literals(ctx, city, `${NS.skos}altLabel`)]
      .filter((n) => n.length >= 3 && /^[\p{L} -]+$/u.test(n));
    const countryLabel = literals(ctx, countries[0]!, `${NS.rdfs}label`)[0];
    // longest name first ("New Freeport" before "Freeport"); built once per graph (no word gate:
    // the capitals are graph data, which a reader's gate in the table cannot name)
    const alts = [...names].sort((a, b) => b.length - a.length).map(escape).join('|');
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alts})(?![\\p{L}\\p{N}]|-based)`, 'giu');
    if (names.length && countryLabel) out.push({ city, country: countries[0]!, countryLabel, names, re });
  }
  byStore.set(ctx.store, out);
  return out;
}



/**
 * The claim with each capital's name, where it may stand for its government, replaced by its
 * country's label; undefined when no name is replaced.
 *
 * @example
 * ```ts
 * capitalRewrite(ctx, 'Strelsau signed a deal with Sylvania'); // { claim: 'Ruritania signed a deal with Sylvania', ... }
 * ```
 */
export function capitalRewrite(ctx: CheckContext, text: string): { claim: string; used: Capital[] } | undefined {
  let claim = text;
  const used: Capital[] = [];
  for (const cap of capitals(ctx)) {
    const next = claim.replace(cap.re, (m, at: number, whole: string) => PLACE_BEFORE.test(whole.slice(0, at)) ? m : cap.countryLabel);
    if (next !== claim) { claim = next; used.push(cap); }
  }
  return used.length ? { claim, used } : undefined;
}

/** The interpretations of a result: its parts' for a compound claim, else its own. */
const readingsOf = (r: CheckResult): Interpretation[] => r.parts?.length ? r.parts.map((p) => p.interpretation) : [r.interpretation];

/**
 * Whether every reading puts the country only where the city could not stand, and one reading
 * does: the city was refused on the relation's domain (or range), the country is read in its
 * place. A country in a list or in a slot a city fits ("located in") rejects the reading.
 */
function standsForGovernment(ctx: CheckContext, r: CheckResult, cap: Capital): boolean {
  let fills = 0;
  for (const i of readingsOf(r)) {
    const slots: Array<[CheckValue, string | undefined]> = [[i.subject, ctx.axioms.domain.get(i.predicate)], [i.object, ctx.axioms.range.get(i.predicate)]];
    for (const [v, cls] of slots) {
      const iris = v.kind === 'entity' ? [v.iri] : v.kind === 'entities' ? v.items.map((e) => e.iri) : [];
      if (!iris.includes(cap.country)) continue;
      if (v.kind !== 'entity' || !cls || fitsClass(ctx, cap.city, cls)) return false;
      fills++;
    }
  }
  return fills > 0;
}

/**
 * Reader: a capital standing for its government, read as its country (see the module comment).
 * Decided results are returned; an undecided one is held (a later reader may still decide).
 *
 * @example
 * ```ts
 * await readCapitalGovernment({ ctx, text: 'Strelsau signed a deal with Sylvania', recheck });
 * ```
 */
export async function readCapitalGovernment({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const rw = capitalRewrite(ctx, text);
  if (!rw) return undefined;
  const r = await recheck(rw.claim);
  if (!r || !rw.used.every((cap) => standsForGovernment(ctx, r, cap))) return undefined;
  const said = rw.used.map((cap) => `read "${cap.names[0]}" as ${cap.countryLabel}, its capital standing for its government`).join('; ');
  const out: CheckResult = {
    ...r, claim: text,
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), said] },
    explanation: `Read as "${rw.claim}" (${said}). ${r.explanation}`,
  };
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: out } : decided(out);
}
