/**
 * "The last N to V O before Y" and "O had last hosted a N in T": the source's "last" (lexicon
 * `{lastInOffice}`: "The last Freedonian Prime Minister to visit ... was Firefly in 2001", said in
 * an article about Teasdale's later visit) is the last before the visit the source is about.
 *
 * - "S was the last N to visit O before Y['s trip]": "S was the last N to visit O", decided as it
 *   is, with Y's own visit to O checked too: a support counts only when the graph has Y visiting O
 *   later than S's visit (by the years the claims give), a refutation only when it has Y visiting O
 *   at all (so Y is the later visit the source's "last" looks back from).
 * - "[Before Y's trip,] O had last hosted a N in T", "a N had last visited O in T", "O had last
 *   been visited by a N in T": the person the graph calls the last N to visit O, said as "P was
 *   the last N to visit O in T" (its year then decides), with Y's visit checked the same way.
 */
import { NS, type CheckContext } from './context.js';
import { claimsByPredicate, isA } from './claim-index.js';
import { resolveMention } from './resolver.js';
import { typoDistance, wordListAt } from './fuzzy.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { restate } from './result.js';

const cg = (l: string): string => NS.cg + l;
const TIMES = ['year', 'date', 'earliestDate', 'latestDate', 'startDate', 'endDate', 'pointInTime'].map(cg);

/** The years a claim node gives (its year, day, or bounds). */
function yearsOf(ctx: CheckContext, claim: string): number[] {
  return TIMES.flatMap((p) => ctx.store.getObjects(claim, p, null)).map((o) => /^(\d{4})/.exec(o.value)?.[1]).filter((y): y is string => !!y).map(Number);
}

/** The one entity a phrase names (of the class asked for, when given), or undefined. */
function entityOf(ctx: CheckContext, phrase: string, cls?: string): string | undefined {
  const hits = resolveMention(ctx, dropIgnorable(tokenize(phrase, ctx.morph), ctx.morph)).filter((e) => !cls || isA(ctx, e.iri, cls));
  return hits.length === 1 ? hits[0]!.iri : undefined;
}

/** "Y's 2015 trip", "Y came", "Gloria Teasdale's tour": the traveller named. */
function travellerOf(phrase: string): string {
  return phrase.trim().replace(/[.!?]+$/, '').replace(/\s+(?:came|arrived|visited|went)$/i, '')
    .replace(/['\u2019]s(?:\s+\d{4})?(?:\s+[\w-]+)?\s+(?:trip|tour|visit|journey|arrival)$/i, '').trim();
}

/** One reading: the claim in other words, and the later traveller and place to check. */
export interface LastBefore {
  claim: string;
  /** The traveller "before Y" names, with the place, when the claim names one. */
  later?: { who: string; place: string };
  /** The office said ("Freedonian prime minister"), when the claim says "S was the last N ...". */
  role?: string;
}

/**
 * The claim said as the source's "last" statement; undefined when it is not of these shapes or
 * the graph names no last holder for the office and place.
 *
 * @example
 * ```ts
 * lastBeforeRewrite(ctx, 'Before the gala, Sylvania had last hosted a Freedonian president in 2006.');
 * // { claim: 'Rufus Firefly was the last Freedonian president to visit Sylvania in 2006', later: ... }
 * ```
 */
/**
 * "the previous / most recent N to V O was S[, back in T]" said with the source's word "last" (the
 * last one before now, round 12); undefined when the claim has no such phrase.
 *
 * @example
 * ```ts
 * previousAsLast('The previous Freedonian prime minister to visit Sylvania was Firefly, back in 2001.');
 * // 'The last Freedonian prime minister to visit Sylvania was Firefly in 2001'
 * ```
 */
export function previousAsLast(text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (!/\bthe\s+(?:previous|most\s+recent)\s+.+?\s+to\s+[a-z]/i.test(t)) return undefined;
  return t.replace(/\bthe\s+(?:previous|most\s+recent)\b/gi, (w) => (w[0] === 'T' ? 'The last' : 'the last')).replace(/,?\s+back\s+in\s+(\d{4})$/i, ' in $1');
}

export function lastBeforeRewrite(ctx: CheckContext, text: string): LastBefore | undefined {
  let t = previousAsLast(text) ?? normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (!/\blast\b/i.test(t) || /\b(?:not|never|no)\b|n't\b/i.test(t)) return undefined;
  // "Before Y's trip, ..." or "... before Y"
  let y: string | undefined;
  const front = /^before\s+(.+?),\s*(.+)$/i.exec(t);
  if (front) [y, t] = [front[1]!, front[2]!];
  const back = /^(.+?)\s+before\s+(.+)$/i.exec(t);
  // round 37: "before Y" said inside the office's phrase ("S was the last N before Y to visit O",
  // "The last N before Y to visit O was S") or before the holder ("The last N to visit O before Y
  // was S"): the same claim with "before Y" at its end; "The last N to visit O before Y went there
  // in T" is "a N had last visited O in T" before Y
  const went = !y ? /^the\s+last\s+(.+?)\s+to\s+(?:visit|travel\s+to|go\s+to|set\s+foot\s+in)\s+(.+?)\s+before\s+(\S+(?:\s+\S+)?)\s+(?:went|came|travelled|traveled|was)\s+there\s+in\s+(\d{4})$/i.exec(t) : null;
  const inside = !y && !went ? /^((?:.+?\s+)?the\s+last\s+.+?)\s+before\s+(.+?)\s+(to\s+(?:visit|travel\s+to|go\s+to|set\s+foot\s+in)\s+.+)$/i.exec(t) : null;
  const mid = !y && !went ? ((inside && !/\bto\s+(?:visit|travel|go|set)\b/i.test(inside[1]!) ? inside : null)
    ?? /^(the\s+last\s+.+?\s+to\s+(?:visit|travel\s+to|go\s+to|set\s+foot\s+in)\s+.+?)\s+before\s+(\S+(?:\s+\S+)?)\s+((?:was|is)\s+.+)$/i.exec(t)) : null;
  if (went) [t, y] = [`a ${went[1]} last visited ${went[2]} in ${went[4]}`, went[3]!];
  else if (mid) [t, y] = [`${mid[1]} ${mid[3]}`, mid[2]!];
  else if (back && !front) [t, y] = [back[1]!, back[2]!];
  t = t.replace(/\bto\s+set\s+foot\s+in\b/i, 'to visit');
  const later = (place: string): LastBefore['later'] => (y ? { who: travellerOf(y), place } : undefined);
  // "the last N to visit O was S": said as "S was the last N to visit O"
  const inverted = /^the\s+last\s+(.+?)\s+to\s+(visit|travel\s+to|go\s+to)\s+(.+?)\s+(?:was|is)\s+(.+)$/i.exec(t);
  if (inverted) t = `${inverted[4]} was the last ${inverted[1]} to ${inverted[2]} ${inverted[3]}`;
  const said = /^(.+?)\s+(?:was|is)\s+the\s+last\s+(.+?)\s+to\s+(?:visit|travel\s+to|go\s+to)\s+(.+)$/i.exec(t);
  if (said) return y ? { claim: t, later: later(said[3]!), role: said[2]! } : undefined;
  // "had" may be left out ("O last hosted a N in T", round 11)
  const hosted = /^(.+?)\s+(?:(?:had|has)\s+)?last\s+(?:hosted|received|welcomed)\s+(?:a|an|the)\s+(.+?)\s+in\s+(\d{4})$/i.exec(t);
  const visited = /^(?:a|an|the)\s+(.+?)\s+(?:(?:had|has)\s+)?last\s+(?:visited|been\s+to|travelled\s+to|gone\s+to)\s+(.+?)\s+in\s+(\d{4})$/i.exec(t);
  const passive = /^(.+?)\s+(?:(?:had|has)\s+last\s+been|was\s+last)\s+visited\s+by\s+(?:a|an|the)\s+(.+?)\s+in\s+(\d{4})$/i.exec(t);
  const [place, role, year] = hosted ? [hosted[1]!, hosted[2]!, hosted[3]!] : visited ? [visited[2]!, visited[1]!, visited[3]!] : passive ? [passive[1]!, passive[2]!, passive[3]!] : [];
  if (!place || !role || !year) return undefined;
  const o = entityOf(ctx, place);
  const office = entityOf(ctx, role, cg('Office'));
  if (!o || !office) return undefined;
  // the person the graph calls the last holder of the office to visit the place
  const who = new Set([...(claimsByPredicate(ctx).get(cg('visited')) ?? [])]
    .filter((c) => c.polarity === 'positive' && c.object.value === o && (c.qualifiers.get('lastInOffice') ?? []).includes(office))
    .map((c) => c.subject));
  if (who.size !== 1) return undefined;
  const p = [...who][0]!;
  return { claim: `${ctx.entityLabel.get(p) ?? p} was the last ${role} to visit ${place} in ${year}`, later: later(place) };
}

/**
 * The verdict of a "last ... before Y" reading: the rewritten claim's, kept only when the later
 * visit it looks back from is in the graph (and later, for a support); undefined otherwise.
 */
export async function decideLastBefore(ctx: CheckContext, text: string, lb: LastBefore, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<CheckResult | undefined> {
  const r = await recheck(lb.claim);
  if (r?.verdict === 'NOT_ENOUGH_INFO' && lb.later && lb.role) return await firstLater(text, lb as Required<LastBefore>, r, recheck) ?? otherHolder(ctx, text, lb as Required<LastBefore>, r, recheck);
  if (!r || r.verdict === 'NOT_ENOUGH_INFO' || !r.interpretation.qualifiers.lastInOffice) return undefined;
  let why = 'the source\'s "last" looks back from the visit it reports';
  if (lb.later) {
    const v = await recheck(`${lb.later.who} visited ${lb.later.place}`);
    if (!v || v.verdict !== 'SUPPORTED') return undefined;
    if (r.verdict === 'SUPPORTED') {
      const before = Math.max(...r.evidence.filter((e) => e.stance === 'supports').flatMap((e) => yearsOf(ctx, e.claim)));
      const after = Math.min(...v.evidence.filter((e) => e.stance === 'supports').flatMap((e) => yearsOf(ctx, e.claim)));
      if (!Number.isFinite(before) || !Number.isFinite(after) || !(after > before)) return undefined;
      why = `${why}; the graph has ${lb.later.who} visiting ${lb.later.place} in ${after}, after ${before}`;
    }
    // a new list: a recheck's result may be a kept one (src/check/unread-memo.ts), never changed
    const evidence = [...r.evidence, ...v.evidence.filter((e) => e.stance === 'supports').map((e) => ({ ...e, stance: r.verdict === 'SUPPORTED' ? 'supports' as const : 'related' as const }))];
    return { ...r, evidence, claim: text.trim(), explanation: `Read as "${lb.claim}" (${why}). ${r.explanation}` };
  }
  return restate(r, text, { explanation: `Read as "${lb.claim}" (${why}). ${r.explanation}` });
}

/**
 * A "last ... before Y" reading the graph does not decide, held with the reading shown: the
 * rewritten claim reads with its office ("S was the last N to visit O", lexicon
 * `{lastInOffice}`), but no source names S so, and none calls Y the first to visit (undefined
 * when the rewrite does not read with the office).
 *
 * @example
 * ```ts
 * await undecidedLastBefore('Teasdale was the last Freedonian prime minister to visit Sylvania before Firefly.', lb, recheck);
 * // { verdict: 'NOT_ENOUGH_INFO', explanation: 'Read as "Teasdale was the last ... to visit Sylvania" before Firefly\'s visit: ...' }
 * ```
 */
export async function undecidedLastBefore(text: string, lb: LastBefore, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<CheckResult | undefined> {
  const r = await recheck(lb.claim);
  if (r?.verdict !== 'NOT_ENOUGH_INFO' || !r.interpretation.qualifiers.lastInOffice) return undefined;
  const before = lb.later ? ` before ${lb.later.who}'s visit to ${lb.later.place}` : '';
  return restate(r, text, { explanation: `Read as "${lb.claim}"${before} (the last holder of the office to visit, looking back from that visit); the graph does not decide it. ${r.explanation}` });
}

/**
 * "S was the last N to visit O before Y" where the source calls Y the first N to visit O: no N
 * visited O before Y, so none was the last to before Y (REFUTED, whoever S is). Undefined when
 * the graph does not say Y was the first.
 */
async function firstLater(text: string, lb: Required<LastBefore>, undecided: CheckResult, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<CheckResult | undefined> {
  const said = `${lb.later.who} was the first ${lb.role} to visit ${lb.later.place}`;
  const first = await recheck(said);
  if (first?.verdict !== 'SUPPORTED' || !first.interpretation.qualifiers.firstInOffice) return undefined;
  return {
    ...undecided, claim: text.trim(), verdict: 'REFUTED', reason: 'earlier-office-holder', conflict: false,
    evidence: first.evidence.map((e) => ({ ...e, stance: e.stance === 'supports' ? 'refutes' as const : e.stance })),
    explanation: `Read as "${lb.claim}" before ${lb.later.who}'s visit: the graph says "${said}" (${first.explanation}), so no ${lb.role} visited ${lb.later.place} before, and none was the last to.`,
  };
}

/** The lower-case words of a name, accents dropped (an accented "Zenda Q." -> zenda, q). */
function nameWords(name: string): string[] {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 1);
}

/**
 * "S was the last N to visit O before Y" where the source names another person P the last N to
 * visit O, and the graph has Y visiting O after P's visit (so the source's "last" looks back from
 * Y's visit): there is one last N before Y, and it is P, not S (REFUTED, round 37). S is a person
 * of the graph other than P, or a name the graph does not know that shares no word with P's names
 * and is no misspelling of one (an unknown "Firefly" or "Rufus F." may be P himself); a
 * description ("his predecessor", "a former premier") decides nothing.
 */
async function otherHolder(ctx: CheckContext, text: string, lb: Required<LastBefore>, undecided: CheckResult, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<CheckResult | undefined> {
  const q = undecided.interpretation;
  const office = q.qualifiers.lastInOffice;
  if (!office || office.kind !== 'entity' || q.object.kind !== 'entity' || q.polarity !== 'positive' || q.modality !== 'stated') return undefined;
  const o = q.object.iri;
  const holders = new Set([...(claimsByPredicate(ctx).get(cg('visited')) ?? [])]
    .filter((c) => c.polarity === 'positive' && c.modality === 'stated' && c.object.value === o && (c.qualifiers.get('lastInOffice') ?? []).includes(office.iri))
    .map((c) => c.subject));
  if (holders.size !== 1) return undefined;
  const p = [...holders][0]!;
  const s = q.subject;
  if (s.kind === 'entity') {
    if (s.iri === p || !isA(ctx, s.iri, cg('Person'))) return undefined;
  } else if (s.kind === 'unknown-entity') {
    // a proper name of one to three capitalised words, nothing else
    // as said before "was the last" (the mention drops "the"): "The Premier", "His Successor" and
    // "Former Premier" (every word a dictionary noun) are descriptions, not names
    const phrase = /^(.+?)\s+(?:was|is)\s+the\s+last\b/i.exec(lb.claim)?.[1]?.trim() ?? '';
    if (!/^[A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019.-]*){0,2}$/u.test(phrase) || /^(?:the|a|an|his|her|its|their|this|that|our|my|your)\b/i.test(phrase)) return undefined;
    const words = wordListAt(ctx.wordsFile);
    if (!words || nameWords(phrase).every((w) => words.get(w))) return undefined;
    const pNames = [...ctx.labelIndex].filter(([, iris]) => iris.has(p)).flatMap(([k]) => nameWords(k));
    const said = nameWords(s.mention);
    if (!said.length || said.some((w) => pNames.some((n) => n === w || n.startsWith(w) || typoDistance(n, w) <= 2))) return undefined;
  } else return undefined;
  const pName = ctx.entityLabel.get(p) ?? p;
  const named = await recheck(`${pName} was the last ${lb.role} to visit ${lb.later.place}`);
  const later = await recheck(`${lb.later.who} visited ${lb.later.place}`);
  if (named?.verdict !== 'SUPPORTED' || !named.interpretation.qualifiers.lastInOffice || later?.verdict !== 'SUPPORTED') return undefined;
  const before = Math.max(...named.evidence.filter((e) => e.stance === 'supports').flatMap((e) => yearsOf(ctx, e.claim)));
  const after = Math.min(...later.evidence.filter((e) => e.stance === 'supports').flatMap((e) => yearsOf(ctx, e.claim)));
  if (!Number.isFinite(before) || !Number.isFinite(after) || !(after > before)) return undefined;
  return {
    ...undecided, claim: text.trim(), verdict: 'REFUTED', reason: 'earlier-office-holder', conflict: false,
    evidence: [...named.evidence.filter((e) => e.stance === 'supports').map((e) => ({ ...e, stance: 'refutes' as const })),
      ...later.evidence.filter((e) => e.stance === 'supports').map((e) => ({ ...e, stance: 'related' as const }))],
    explanation: `Read as "${lb.claim}" before ${lb.later.who}'s visit: the source names ${pName} the last ${lb.role} to visit ${lb.later.place} (in ${before}; ${named.explanation}), and the graph has ${lb.later.who} visiting ${lb.later.place} in ${after}; there is one last ${lb.role} before that visit, and ${s.kind === 'entity' ? s.label : `"${s.mention}"`} is not ${pName}.`,
  };
}
