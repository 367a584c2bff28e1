/**
 * A named person representing a state at an event (round 30): "Rufus Firefly represented
 * Freedonia at the gala", "Freedonia was represented by Rufus Firefly at the gala", "Freedonia
 * was represented at the gala by Rufus Firefly", "Freedonia sent Rufus Firefly to the gala". A
 * state is represented at an event by one of its officials who is there, so the claim says two
 * things, each checked as any claim: the person was at the event ("attended", or "hosted" for the
 * host), and the person holds an office of that state (the office the graph gives the person,
 * said with its label). Both supported support it; either refuted refutes it: an office of
 * another state refutes through the rule that a person holds the offices of one state at a time
 * (src/check/state-office.ts, src/check/holder-refuters.ts), never through absence.
 *
 * Read only for one person and one country the graph knows, without a negation or a list, and
 * only when the graph gives the person a stated, current office of some state: a person of no
 * state office (a bank's president) is read and held undecided. "Freedonia sent its prime
 * minister", "represented by its Vice President" are src/check/sent-office.ts's.
 */
import { claimsByPredicate, isA } from './claim-index.js';
import { asPart } from './compound-readers.js';
import { NS, type CheckContext } from './context.js';
import { undecidedResult, withParts, restate } from './result.js';
import { resolveMention } from './resolver.js';
import type { CheckResult } from './types.js';
import type { ReaderInput, ReaderOutcome, UnreadReader } from './reader-kit.js';
import { normalizeTypography, tokenize } from './text.js';

const cg = (s: string): string => `${NS.cg}${s}`;

/** The parts of a claim of representation, as written; `negated` for "was not represented by" (round 33). */
interface Represented { who: string; state: string; event: string; negated?: boolean }

// the passives first: "X was represented by Y" is no active "X was" representing "by Y"
const SHAPES: RegExp[] = [
  /^(?<state>.+?)\s+(?:was|is|were)\s+represented\s+by\s+(?<who>.+?)\s+at\s+(?<event>.+)$/i,
  /^(?<state>.+?)\s+(?:was|is|were)\s+represented\s+at\s+(?<event>.+?)\s+by\s+(?<who>.+)$/i,
  /^(?<state>.+?)\s+(?:sent|sends|dispatched)\s+(?<who>.+?)\s+to\s+(?<event>.+)$/i,
  /^(?<who>.+?)\s+(?:represented|represents|(?:was|is|were)\s+representing)\s+(?<state>.+?)\s+at\s+(?<event>.+)$/i,
];
// one denial of the verb itself (round 33, desc33): "X was not represented by P at E", "X did not
// send P to E", "P did not represent X at E"; rewritten to the affirmative, whose support refutes it
const DENIED_VERB = /\b(was|is|were)(?:\s+not|n't)\s+(represented|representing)\b|\b(?:did|does)(?:\s+not|n't)\s+(send|represent)\b/i;
const AFFIRMED: Readonly<Record<string, string>> = { send: 'sent', represent: 'represented' };
// a denial, a hedge, a list or a clause is read by other readers (or not at all), never here
const NOT_HERE = /\b(?:not|never|no|n't|may|might|could|would|perhaps|probably|and|or|nor|who|which|that|its|their|his|her|also|only)\b|[,;:]/i;

/**
 * The person, state and event of a claim of representation, as written; undefined for any other
 * claim.
 *
 * @example
 * ```ts
 * representedParts('Freedonia was represented by Rufus Firefly at the gala.');
 * // { who: 'Rufus Firefly', state: 'Freedonia', event: 'the gala' }
 * ```
 */
export function representedParts(text: string): Represented | undefined {
  let plain = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  let negated = false;
  const denied = DENIED_VERB.exec(plain);
  if (denied) {
    const affirmed = denied[1] ? `${denied[1]} ${denied[2]}` : AFFIRMED[denied[3]!.toLowerCase()]!;
    plain = `${plain.slice(0, denied.index)}${affirmed}${plain.slice(denied.index + denied[0].length)}`;
    negated = true;
  }
  if (NOT_HERE.test(plain.replace(/'s\b/g, ''))) return undefined;
  for (const rx of SHAPES) {
    const g = rx.exec(plain)?.groups;
    if (g) return { who: g.who!.trim(), state: g.state!.trim(), event: g.event!.trim(), ...(negated ? { negated } : {}) };
  }
  return undefined;
}

/** The stated, current offices the graph gives a person (no date, no "former"), with their states. */
function officesOf(ctx: CheckContext, person: string): Array<{ office: string; state: string | undefined }> {
  const out: Array<{ office: string; state: string | undefined }> = [];
  for (const c of claimsByPredicate(ctx).get(cg('holdsOffice')) ?? []) {
    if (c.subject !== person || c.polarity !== 'positive' || c.modality !== 'stated' || c.qualifiers.size || c.object.termType !== 'NamedNode') continue;
    const state = ctx.store.getObjects(c.object.value, cg('officeOf'), null)[0]?.value;
    out.push({ office: c.object.value, state: state && isA(ctx, state, cg('Country')) ? state : undefined });
  }
  return out;
}

/**
 * The reader: the person at the event, and the person's office of the state (or of another
 * state, which refutes), each checked; combined as the parts of one claim.
 *
 * @example
 * await readRepresentedBy(input); // "Rufus Firefly represented Freedonia at the gala" -> attended + holds an office of Freedonia
 */
export async function readRepresentedBy({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const parts = representedParts(text);
  if (!parts) return undefined;
  const people = resolveMention(ctx, tokenize(parts.who, ctx.morph)).filter((e) => isA(ctx, e.iri, cg('Person')));
  const states = resolveMention(ctx, tokenize(parts.state, ctx.morph)).filter((e) => isA(ctx, e.iri, cg('Country')));
  if (people.length !== 1 || states.length !== 1) return undefined;
  const [person, state] = [people[0]!, states[0]!];
  const offices = officesOf(ctx, person.iri);
  const own = offices.find((o) => o.state === state.iri);
  const others = offices.filter((o) => o.state && o.state !== state.iri);
  const roles = new Set(others.map((o) => ctx.store.getObjects(o.office, cg('roleType'), null)[0]?.value));
  // the office said so that the office readers check it: the graph's own office by its label,
  // another state's by its role word with the claimed state ("X is Freedonia's vice president")
  let officeText: string | undefined;
  if (own) officeText = `${parts.who} is the ${ctx.entityLabel.get(own.office) ?? ''}`;
  else if (others.length && roles.size === 1 && [...roles][0]) officeText = `${parts.who} is ${parts.state}'s ${[...roles][0]!.replace(/[-_]+/g, ' ')}`;
  const attendText = `${parts.who} attended ${parts.event}`;
  let there = await recheck(attendText);
  let thereText = attendText;
  if (there?.verdict === 'NOT_ENOUGH_INFO') {
    // the host is at the event too, and represents the state that hosts it
    const hostText = `${parts.who} hosted ${parts.event}`;
    const host = await recheck(hostText);
    if (host?.verdict === 'SUPPORTED') [there, thereText] = [host, hostText];
  }
  if (!there) return undefined;
  const why = `a person representing a state at an event: the person there, holding an office of the state`;
  if (!officeText) {
    const r = undecidedResult(there, `Read as "${thereText}" and "${parts.who} holds an office of ${state.label}" (${why}); the graph gives ${person.label} no office of a state, so it does not decide whom ${person.label} represents. ${there.explanation}`);
    return { held: restate(r, text) };
  }
  // the office at the event's time, as the source states it there (as src/check/apposition-office.ts
  // reads "X, Freedonia's president, attended E"): a current office, in the present
  const office = await recheck(officeText, { ...ctx, present: true });
  if (!office) return undefined;
  const r = withParts(ctx, text.trim(), [asPart(thereText, there), asPart(officeText, office)]);
  const out = { ...r, explanation: `Read as "${thereText}" and "${officeText}" (${why}). ${r.explanation}` };
  if (parts.negated) return deniedOutcome(text, out);
  return out.verdict === 'NOT_ENOUGH_INFO' ? { held: out } : { decided: out };
}

/**
 * A denied representation: refuted when the affirmative is supported (the person was there,
 * holding an office of the state); otherwise held, since a person not there, or of another
 * state, leaves open whom the claim meant and the article's own words never deny it.
 */
function deniedOutcome(text: string, affirmed: CheckResult): ReaderOutcome {
  if (affirmed.verdict === 'SUPPORTED') {
    return {
      decided: {
        ...affirmed, claim: text.trim(), verdict: 'REFUTED', reason: 'contrary-word', conflict: false,
        interpretation: { ...affirmed.interpretation, polarity: 'negative' },
        evidence: affirmed.evidence.map((e) => ({ ...e, stance: e.stance === 'related' ? e.stance : 'refutes' as const })),
        explanation: `A denial of a representation the graph supports. ${affirmed.explanation}`,
      },
    };
  }
  return { held: { ...undecidedResult(affirmed, `A denial of a representation; the affirmative is not supported, and only its support decides the denial. ${affirmed.explanation}`), claim: text.trim() } };
}

/** The reader's entry in the table of src/check/readers.ts. */
export const REPRESENTED_BY_READERS: readonly UnreadReader[] = [
  { name: 'represented-by', module: 'represented-by.ts', whenUndecided: true, needs: /\b(?:represent\w*|send|sent|sends|dispatched)\b/i, read: readRepresentedBy,
    reads: '"Rufus Firefly represented Freedonia at the gala", "Freedonia was represented by Rufus Firefly at the gala", "Freedonia sent Rufus Firefly to the gala": the person at the event and holding an office of the state; another state\'s office refutes (round 30)' },
];
