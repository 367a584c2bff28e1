/**
 * A deed done "as" an office: "Rufus Firefly visited Sylvania as Freedonia's prime minister", "As
 * Freedonian prime minister, Rufus Firefly visited Sylvania". The claim says two things: the deed,
 * and that its doer held the office when doing it. The deed is checked on its own (refuted: the
 * claim is refuted); then the office at the deed's time: "<doer> was <office> in <year>", the
 * year the claims supporting the deed give it; a deed the graph does not date is the time of the
 * source that states it, so the office must be supported by a claim of that same source ("<doer>
 * is <office>", its present). Both supported: SUPPORTED, citing both; the office refuted then:
 * REFUTED; otherwise NOT_ENOUGH_INFO with the deed's reading shown (held).
 */
import { DATING_QUALIFIERS } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import { DENIAL_OR_CONDITION as DENIAL } from './denials.js';
import { patientVerbs } from './noun-frames.js';
import { cachedRegExp } from './regex-memo.js';
import { undecidedResult } from './result.js';

/** Words of an office phrase: a role noun at its end ("prime minister", "president", "PM"). */
const AS_END = /^(?<deed>.+?),?\s+as\s+(?<office>(?:the\s+)?(?:[A-Z][\w'-]*\s+|[a-z]+'s\s+|then\s+|sitting\s+)*(?:[a-z]+\s+){0,2}(?:[A-Za-z]+))\s*[.!]?$/;
const AS_START = /^as\s+(?<office>[^,]+),\s*(?<deed>.+?)\s*[.!]?$/i;

/**
 * The deed and the office of an "as <office>" claim; undefined for any other claim.
 *
 * @example
 * ```ts
 * asOfficeParts("Rufus Firefly visited Sylvania as Freedonia's prime minister.");
 * // { deed: 'Rufus Firefly visited Sylvania', office: "Freedonia's prime minister" }
 * ```
 */
export function asOfficeParts(text: string): { deed: string; office: string } | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  if (DENIAL.test(t)) return undefined;
  const m = AS_START.exec(t) ?? AS_END.exec(t);
  if (!m) return undefined;
  const { deed, office } = m.groups as { deed: string; office: string };
  // "as of <day>", "as well", "as soon as", "as a founding member": no office
  // "as did Y", "as is Y" (round 12): an elided verb phrase, no office
  if (/^(?:of|to|for|if|though|long|far|well|soon|much|many|such|part|a|an|one|member|members|usual|expected|planned|agreed|do|does|did|is|are|was|were|has|have|had|will|would|can|could)\b/i.test(office)
    || /^\P{L}/u.test(deed) || deed.split(/\s+/).length < 2) return undefined;
  // "X was hosted by Y as O": the deed's reading names Y as its subject, not the X the office is
  // said of (round 12: "Teasdale was hosted by Firefly as Freedonia's PM" was refuted by the agent's office)
  if (/\bby\b/i.test(deed)) return undefined;
  return { deed: deed.replace(/,$/, ''), office };
}

/**
 * "as reported by S", "as noted in S", "as described by S": a verb of saying (lexicon
 * cg:reportingVerb, cg:depictionVerb) in the passive is an attribution of the deed to S, no office
 * (round 31: "As reported by S, P" was checked as "P's subject is reported by S", and refuted by the
 * byline of the article P came from when S wrote another one). The attribution reader reads the
 * frames whose S is a source of the graph; another S is left unread, never checked as an office.
 */
function sayingFrame(ctx: CheckContext, office: string): boolean {
  const [verb, by] = office.toLowerCase().split(/\s+/);
  return !!verb && (by === 'by' || by === 'in') && (ctx.attribution.verbs.has(verb) || ctx.attribution.depictionVerbs.has(verb));
}

/** The year the claims supporting a deed give it, when one does. */
function deedYear(ctx: CheckContext, deed: CheckResult): string | undefined {
  for (const e of deed.evidence) {
    if (e.stance !== 'supports') continue;
    for (const q of DATING_QUALIFIERS) {
      const v = ctx.store.getObjects(e.claim, `${NS.cg}${q}`, null)[0]?.value;
      const y = v && /^(\d{4})/.exec(v)?.[1];
      if (y) return y;
    }
  }
  return undefined;
}

/**
 * Reads a deed done "as" an office (see the module comment).
 *
 * @example
 * ```ts
 * await readAsOffice(ctx, "Rufus Firefly visited Sylvania as Freedonia's prime minister.", recheck); // { decided: … }
 * ```
 */
export async function readAsOffice(ctx: CheckContext, text: string, recheck: (claim: string, context?: CheckContext) => Promise<CheckResult | undefined>):
  Promise<{ decided: CheckResult } | { held: CheckResult } | undefined> {
  const parts = asOfficeParts(text);
  if (!parts || sayingFrame(ctx, parts.office)) return undefined;
  const deed = await recheck(parts.deed);
  if (!deed) return undefined;
  const claim = text.trim();
  const said = `"${parts.deed}", done as ${parts.office}`;
  if (deed.verdict === 'REFUTED') return { decided: { ...deed, claim, explanation: `Read as ${said}: the claim says "${parts.deed}", which is refuted. ${deed.explanation}` } };
  // "welcomed X and Y as his guests" (round 36): a noun of the one the act is done to (lexicon
  // cg:patientNoun "guest|host") is the objects' part in the act, no office of the doer; what it
  // says is the deed read with the noun's verb ("hosted"), else not decided
  const verbs = patientVerbs(ctx, parts.office.replace(/^(?:his|her|their|its|our|my|your)\s+/i, ''));
  if (verbs.length) {
    const pattern = deed.interpretation.pattern ?? '';
    const read = `Read as "${parts.deed}", the objects as ${parts.office}`;
    if (deed.verdict === 'SUPPORTED' && verbs.some((v) => cachedRegExp(`\\b${v}`, 'i').test(pattern))) return { decided: { ...deed, claim, explanation: `${read} (the deed read as "${verbs[0]}"). ${deed.explanation}` } };
    return { held: undecidedResult({ ...deed, claim }, `${read}: the graph does not say the deed made them that. ${deed.explanation}`) };
  }
  const subject = deed.interpretation.subject as { kind?: string; iri?: string; label?: string; mention?: string } | undefined;
  // the office is said of the deed's first noun phrase: a reading whose subject is another one
  // ("X was among Y's guests" read as "Y hosted X", round 14) names Y as its doer, not X
  const doer = subject?.mention && !parts.deed.toLowerCase().startsWith(subject.mention.toLowerCase()) ? undefined : subject?.label;
  const doerIri = doer && subject?.kind === 'entity' ? subject.iri : undefined;
  // "as prime minister" with no state: the one office of that name the graph says the doer held (round 19)
  const held = doerIri ? heldOffices(ctx, doerIri) : [];
  const phrase = bareOffice(parts.office, held) ?? parts.office;
  let office: { said: string; r: CheckResult } | undefined;
  if (deed.verdict === 'SUPPORTED' && doer) {
    const year = deedYear(ctx, deed);
    const dated = year ? `${doer} was ${phrase} in ${year}` : undefined;
    const r = dated ? await recheck(dated) : undefined;
    if (r && r.verdict !== 'NOT_ENOUGH_INFO') office = { said: dated!, r };
    else {
      // the source's present: an office that source states, at the time it states the deed
      const now = `${doer} is ${phrase}`;
      const p = await recheck(now, { ...ctx, present: true });
      const sources = new Set(deed.evidence.filter((e) => e.stance === 'supports').map((e) => e.article));
      if (p && p.verdict !== 'NOT_ENOUGH_INFO' && p.evidence.some((e) => e.stance !== 'related' && sources.has(e.article))) office = { said: now, r: p };
    }
  }
  if (office && office.r.verdict !== 'NOT_ENOUGH_INFO') {
    const both = office.r.verdict === 'SUPPORTED';
    return { decided: { ...office.r, claim, interpretation: deed.interpretation,
      evidence: both ? [...deed.evidence, ...office.r.evidence] : office.r.evidence,
      explanation: `Read as ${said}: the deed is supported, and "${office.said}" is ${both ? 'supported' : 'refuted'}. ${deed.explanation} ${office.r.explanation}` } };
  }
  // the deed not dated by the graph: done in the years the graph says the doer held the office,
  // it is refuted when the office's holders are refuted doing it then ("the first Freedonian prime
  // minister to visit Sylvania" came later) (round 19)
  if (!office && doer && subject?.mention && !/\b\d{4}\b/.test(parts.deed)) {
    const refuted = await byTheOffice(ctx, parts.deed.slice(subject.mention.length), doer, phrase, held, recheck);
    if (refuted) return { decided: { ...refuted.r, claim, interpretation: deed.interpretation,
      evidence: [...refuted.held.evidence, ...refuted.r.evidence],
      explanation: `Read as ${said}: the graph says ${doer} held the ${refuted.office} in ${refuted.years.join(', ')}, and "${refuted.said}" is refuted. ${refuted.held.explanation} ${refuted.r.explanation}` } };
  }
  return { held: { ...deed, claim, verdict: 'NOT_ENOUGH_INFO', reason: deed.verdict === 'NOT_ENOUGH_INFO' ? deed.reason : 'partial-match', conflict: false,
    evidence: deed.evidence.map((e) => ({ ...e, stance: 'related' as const })),
    interpretation: { ...deed.interpretation, notes: [...(deed.interpretation.notes ?? []), `read the deed without "as ${parts.office}"`] },
    explanation: `Read as ${said}: ${deed.verdict === 'SUPPORTED' ? 'the deed is supported, but the graph does not say the doer held that office then' : 'the deed is not decided'}. ${deed.explanation}` } };
}

/** An office the graph says a person held, with the years its claims date the holding. */
interface HeldOffice { iri: string; label: string; years: string[] }

/** The offices a person holds or held (positive stated cg:holdsOffice claims), with their years. */
function heldOffices(ctx: CheckContext, person: string): HeldOffice[] {
  const out = new Map<string, HeldOffice>();
  for (const c of ctx.store.getSubjects(`${NS.rdf}subject`, person, null)) {
    if (!ctx.store.countQuads(c, `${NS.rdf}predicate`, `${NS.cg}holdsOffice`, null)) continue;
    if (!ctx.store.countQuads(c, `${NS.cg}polarity`, `${NS.cg}Positive`, null) || !ctx.store.countQuads(c, `${NS.cg}modality`, `${NS.cg}Stated`, null)) continue;
    const iri = ctx.store.getObjects(c, `${NS.rdf}object`, null)[0]?.value;
    if (!iri) continue;
    const label = ctx.store.getObjects(iri, `${NS.rdfs}label`, null)[0]?.value ?? ctx.store.getObjects(iri, `${NS.schema}name`, null)[0]?.value;
    if (!label) continue;
    const o = out.get(iri) ?? { iri, label, years: [] };
    for (const q of DATING_QUALIFIERS) {
      const y = /^(\d{4})/.exec(ctx.store.getObjects(c, `${NS.cg}${q}`, null)[0]?.value ?? '')?.[1];
      if (y && !o.years.includes(y)) o.years.push(y);
    }
    out.set(iri, o);
  }
  return [...out.values()];
}

/**
 * "prime minister" (no state, no owner) as the label of the one office of that name the person
 * held ("Prime Minister of Freedonia"); undefined when the phrase names its owner or fits none or
 * several of them.
 */
function bareOffice(phrase: string, held: readonly HeldOffice[]): string | undefined {
  const p = phrase.replace(/^(?:the|then|sitting)\s+/i, '').trim().toLowerCase();
  if (!/^[a-z][a-z -]*$/.test(p)) return undefined;
  const fits = held.filter((o) => o.label.toLowerCase().startsWith(`${p} of `));
  return fits.length === 1 ? `the ${fits[0]!.label}` : undefined;
}

/**
 * "<office> <rest of the deed> in <year>" for every year the graph dates the doer's holding of the
 * office: refuted for every one of them, the deed as that office holder is refuted. Undefined
 * otherwise (the office not held by the doer per the graph, undated, or one year not refuted).
 */
async function byTheOffice(ctx: CheckContext, rest: string, doer: string, phrase: string, held: readonly HeldOffice[],
  recheck: (claim: string, context?: CheckContext) => Promise<CheckResult | undefined>):
  Promise<{ r: CheckResult; held: CheckResult; office: string; years: string[]; said: string } | undefined> {
  if (!/^\s+[a-z]/.test(rest)) return undefined;
  for (const o of held) {
    if (!o.years.length) continue;
    // the doer held the office named in the claim in those years, by the graph's own claim
    const holding = await recheck(`${doer} was ${phrase} in ${o.years[0]}`);
    const obj = holding?.interpretation.object as { kind?: string; iri?: string } | undefined;
    if (holding?.verdict !== 'SUPPORTED' || obj?.kind !== 'entity' || obj.iri !== o.iri) continue;
    let last: { r: CheckResult; said: string } | undefined;
    for (const y of o.years) {
      const said = `The ${o.label}${rest.replace(/[.!]\s*$/, '')} in ${y}`;
      const r = await recheck(said);
      if (r?.verdict !== 'REFUTED') return undefined;
      last = { r, said };
    }
    if (last) return { ...last, held: holding, office: o.label, years: o.years };
  }
  return undefined;
}
