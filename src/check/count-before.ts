/**
 * "Only one Ruritanian state had hosted a Freedonian prime minister before Teasdale's 2010 trip":
 * a count of a group's members that a holder of an office had visited before a traveller's trip.
 * For each member: hosted before the trip when the graph has a visit it marks as made in that
 * office (first or last of its holders to visit: `cg:firstInOffice`, `cg:lastInOffice`; a person
 * who held the office at some time may have visited before or after holding it) on a day or in a
 * year before the trip's first day; not hosted when the graph names the first holder of the office to
 * visit it, no earlier than the trip's first day; otherwise unknown. "Only N" (or "exactly N") is
 * supported when N members are hosted and every other is not, refuted when more than N are hosted,
 * or when every member is decided and the count is not N.
 */
import { NS, type CheckContext } from './context.js';
import { claimsByPredicate, groupMembers, isA, type ClaimInfo } from './claim-index.js';
import { resolveMention } from './resolver.js';
import { shortIri } from './prose.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import { CARDINALS } from './values.js';
import type { Bearing, Evaluation } from './verdict.js';

const cg = (l: string): string => NS.cg + l;

const entities = (ctx: CheckContext, phrase: string): string[] =>
  resolveMention(ctx, dropIgnorable(tokenize(phrase, ctx.morph), ctx.morph)).map((e) => e.iri);

/** The earliest day a visit claim gives (a day, a start, a lower bound, or a year's first day). */
function firstDay(c: ClaimInfo): string | undefined {
  return ['date', 'startDate', 'earliestDate'].flatMap((n) => c.qualifiers.get(n) ?? [])
    .concat((c.qualifiers.get('year') ?? []).map((y) => `${y}-01-01`)).sort()[0];
}
/** The latest day a visit claim gives (a day, an end, an upper bound, or a year's last day). */
function lastDay(c: ClaimInfo): string | undefined {
  return ['date', 'endDate', 'latestDate'].flatMap((n) => c.qualifiers.get(n) ?? [])
    .concat((c.qualifiers.get('year') ?? []).map((y) => `${y}-12-31`)).sort().at(-1);
}

/**
 * Reads and decides the count; undefined when the claim is not of this shape or a name is unknown.
 *
 * @example
 * ```ts
 * readCountBefore(ctx, "Only one Ruritanian state had hosted a Freedonian prime minister before Teasdale's trip.");
 * ```
 */
export function readCountBefore(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  const m = /^(?:only|exactly|just)\s+(\w+)\s+(?:of\s+)?(.+?)\s+(?:had|have)\s+(?:hosted|received|welcomed|been\s+visited\s+by)\s+(?:a|an)\s+(.+?)\s+before\s+(.+)$/i.exec(t);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : CARDINALS[m[1]!.toLowerCase()];
  if (n === undefined) return undefined;
  const groups = entities(ctx, m[2]!).filter((g) => groupMembers(ctx, g).length >= 2);
  const offices = entities(ctx, m[3]!).filter((o) => isA(ctx, o, cg('Office')));
  const who = entities(ctx, m[4]!.replace(/['\u2019]s(?:\s+\d{4})?(?:\s+[\w-]+)?\s+(?:trip|tour|visit|journey)$/i, '')).filter((p) => isA(ctx, p, cg('Person')));
  if (groups.length !== 1 || offices.length !== 1 || who.length !== 1) return undefined;
  const [group, office, traveller] = [groups[0]!, offices[0]!, who[0]!];
  const members = groupMembers(ctx, group);
  const visits = (claimsByPredicate(ctx).get(cg('visited')) ?? []).filter((c) => c.polarity === 'positive' && c.modality === 'stated');
  // the trip's first day: the earliest day the graph gives the traveller's visits to members
  const start = visits.filter((c) => c.subject === traveller && members.includes(c.object.value)).map(firstDay).filter((d): d is string => !!d).sort()[0];
  if (!start) return undefined;
  const bearings: Bearing[] = [];
  const hosted: string[] = [];
  const notHosted: string[] = [];
  for (const member of members) {
    const before = visits.find((c) => c.object.value === member && c.subject !== traveller
      && [...(c.qualifiers.get('lastInOffice') ?? []), ...(c.qualifiers.get('firstInOffice') ?? [])].includes(office)
      && (lastDay(c) ?? '9999') < start);
    // the first holder's visit, dated by any claim of that person visiting the member
    const earliest = (c: ClaimInfo): string | undefined => visits.filter((v) => v.subject === c.subject && v.object.value === member).map(firstDay).filter((d): d is string => !!d).sort()[0];
    const first = visits.find((c) => c.object.value === member && (c.qualifiers.get('firstInOffice') ?? []).includes(office) && (earliest(c) ?? '') >= start);
    if (before) {
      hosted.push(member);
      bearings.push({ claim: before, stance: 'related', reason: 'combined-claims', note: `${ctx.entityLabel.get(member)} hosted a holder of the office before ${start} (claim ${shortIri(before.iri)})` });
    } else if (first) {
      notHosted.push(member);
      bearings.push({ claim: first, stance: 'related', reason: 'earlier-office-holder', note: `the first holder of the office to visit ${ctx.entityLabel.get(member)} came no earlier than ${start} (claim ${shortIri(first.iri)})` });
    }
  }
  const label = (xs: string[]): string => xs.map((x) => ctx.entityLabel.get(x) ?? x).join(', ') || 'none';
  const tally = `hosted before ${start}: ${label(hosted)}; not: ${label(notHosted)}; unknown: ${label(members.filter((x) => !hosted.includes(x) && !notHosted.includes(x)))}`;
  const all = hosted.length + notHosted.length === members.length;
  const verdict = hosted.length === n && all ? 'SUPPORTED' : hosted.length > n || (all && hosted.length !== n) ? 'REFUTED' : 'NOT_ENOUGH_INFO';
  const stance = verdict === 'SUPPORTED' ? 'supports' as const : verdict === 'REFUTED' ? 'refutes' as const : 'related' as const;
  const interpretation: Interpretation = {
    subject: { kind: 'entity', iri: office, label: ctx.entityLabel.get(office) ?? office },
    predicate: cg('visited'), predicateName: 'visited',
    object: { kind: 'count', n, only: true, group: { kind: 'entity', iri: group, label: ctx.entityLabel.get(group) ?? group } },
    polarity: 'positive', modality: 'stated', qualifiers: {},
    pattern: 'only N <group> had hosted a <office> before <traveller>\'s trip (src/check/count-before.ts)',
    notes: [`read as a count of the members of ${ctx.entityLabel.get(group)} a holder of the office visited before ${ctx.entityLabel.get(traveller)}'s trip (first day ${start})`],
  };
  return {
    interpretation,
    evaluation: {
      verdict, conflict: false, reason: verdict === 'SUPPORTED' ? 'combined-claims' : verdict === 'REFUTED' ? 'member-refuted' : 'partial',
      bearings: bearings.map((b) => ({ ...b, stance })),
      explanation: `Counted the members of ${ctx.entityLabel.get(group)} (${tally}); the claim says ${m[1]}. ${verdict === 'SUPPORTED' ? 'The count holds.' : verdict === 'REFUTED' ? 'The count does not hold.' : 'Not every member is decided.'}`,
    },
  };
}
