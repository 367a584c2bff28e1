/**
 * An agentless passive ("Energy deals worth US$ 5 million were signed with Sylvania",
 * "Construction of the pipeline was launched"): someone did it. The candidates are the parties the
 * graph gives for an entity the claim names (the subjects of its claims about it); the claim is
 * read once per candidate with "by <candidate>" after the participle. SUPPORTED when some
 * candidate's reading is supported (the claim says only that someone did it); never REFUTED,
 * since that would need the graph to be complete about everyone who could have done it: a
 * reading that is refuted, or none decided, leaves NOT_ENOUGH_INFO with the reading shown. A
 * denial ("was not signed") is no reading: it says that no one did.
 */
import type { CheckContext } from './context.js';
import { NS, localName } from './context.js';
import { labelOf } from './prose.js';
import { namedEntities } from './implied-party.js';
import { parseClaim } from './parser.js';
import { recipientLast } from './ditransitive.js';
import { normalizeTypography } from './text.js';
import { workBegunRewrite } from './work-begun.js';
import type { Interpretation } from './types.js';
import { evaluateClaim, type Evaluation } from './verdict.js';
import { asRelated } from './related-bearings.js';

const labelOfProperty = (ctx: CheckContext, p: string): string => labelOf(ctx, localName(p));

// more candidates than this is no party the claim can mean (and bounds the work)
const MAX_CANDIDATES = 8;
const PASSIVE = /^(.+?)\s+(was|were|has been|have been|had been|is being|are being)\s+((?:[a-z]+ly\s+)?)([a-z]+(?:ed|en)|made|held|struck|sealed|won|sold|built|paid|sent|brought|begun|led|set up)\b(.*)$/i;

/** An amount right after the participle ("was promised ¥9 bn in aid"). */
const AMOUNT_FIRST = /^\s+(?:(?:about|around|some|roughly|nearly|almost|over|under|more than|less than|at least|up to)\s+)?(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD\b|JPY\b|\d)/i;

/**
 * The claim with "by <candidate>" after its participle, one per candidate; empty when it is no
 * agentless passive.
 *
 * @example
 * ```ts
 * agentlessRewrites(ctx, 'Energy deals were signed with Sylvania.');
 * // [{ agent: 'Freedonia', claim: 'Energy deals were signed by Freedonia with Sylvania.' }]
 * ```
 */
export function agentlessRewrites(ctx: CheckContext, text: string): Array<{ agent: string; claim: string; amountFirst?: boolean }> {
  // "X broke ground on ...", "Work on X began ...": a work begun (round 18)
  const said = normalizeTypography(workBegunRewrite(ctx, text) ?? text).trim();
  if (/\b(?:not|never|no|nor|neither|nobody|none)\b|n't\b/i.test(said)) return [];
  // "Construction of X began/started ...": a work begun is a work someone began ("was begun")
  // ("the X construction began" is "construction of X began")
  const t = said.replace(/^(?:[Tt]he\s+)?((?:[\w-]+\s+){1,5})(construction|building)\s+(began|started)\b/, (_all, np: string, n: string, v: string) => `${n} of ${np.trim()} ${v}`)
    .replace(/^((?:the\s+)?(?:construction|building|work)\s+(?:of|on)\s+.+?)\s+(began|started)\b/i, (_all, np: string, v: string) => `${np} was ${v.toLowerCase() === 'began' ? 'begun' : 'started'}`);
  const m = PASSIVE.exec(t);
  if (!m || /\bby\b/i.test(m[5]!)) return [];
  const named = namedEntities(ctx, t);
  const partiesOf = (entities: string[]): Set<string> => {
    const out = new Set<string>();
    for (const e of entities) {
      for (const node of ctx.store.getSubjects(NS.rdf + 'object', e, null)) {
        for (const s of ctx.store.getObjects(node, NS.rdf + 'subject', null)) if (!named.includes(s.value)) out.add(s.value);
      }
    }
    return out;
  };
  // the parties of what the passive's subject names first ("Construction of the pipeline was
  // launched at a ceremony near M": the pipeline's, not everyone at the ceremony), else of all
  const own = namedEntities(ctx, m[1]!);
  let candidates = partiesOf(own);
  if (!candidates.size || candidates.size > MAX_CANDIDATES) candidates = partiesOf(named);
  // round 29: the recipient's frame with the amount first ("R was pledged V"): a party that gave R
  // an amount (a claim about R with cg:amount), when R has more parties than the bound allows
  if (candidates.size > MAX_CANDIDATES && AMOUNT_FIRST.test(m[5]!)) {
    candidates = new Set();
    for (const e of own) {
      for (const node of ctx.store.getSubjects(NS.rdf + 'object', e, null)) {
        if (!ctx.store.getObjects(node, NS.cg + 'amount', null).length) continue;
        for (const s of ctx.store.getObjects(node, NS.rdf + 'subject', null)) if (!named.includes(s.value)) candidates.add(s.value);
      }
    }
  }
  if (candidates.size > MAX_CANDIDATES) return [];
  // and, while the set stays small, the entities the subject's own claims relate it to: a
  // passive's agent may be their object ("X's neutrality was recognised": Y of `X's neutrality
  // recognisedBy Y`); only a supported reading decides, and it entails the agentless claim. Only
  // when nothing but a time follows the participle: a place ("was held in P") could be read as
  // describing such an agent and lost
  const related = new Set<string>();
  const timeOnly = /^\s*(?:(?:on|in)\s+(?:[A-Za-z]+\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+(?:[A-Za-z]+\s+)?\d{4}|(?:on|in)\s+\d{4}|(?:on|in)\s+[A-Za-z]+\s+\d{4})?\s*[.!?]?\s*$/.test(m[5]!);
  for (const e of timeOnly ? own : []) {
    for (const node of ctx.store.getSubjects(NS.rdf + 'subject', e, null)) {
      for (const o of ctx.store.getObjects(node, NS.rdf + 'object', null)) {
        if (o.termType === 'NamedNode' && ctx.entityLabel.has(o.value) && !named.includes(o.value) && !candidates.has(o.value)) related.add(o.value);
      }
    }
  }
  if (candidates.size + related.size <= MAX_CANDIDATES) for (const r of related) candidates.add(r);
  if (!candidates.size) return [];
  return [...candidates].sort().map((iri) => {
    const agent = ctx.entityLabel.get(iri) ?? iri;
    // the recipient's frame ("R was promised V in aid"): the agent after the package, where the
    // patterns read it (round 24)
    if (AMOUNT_FIRST.test(m[5]!)) return { agent, claim: `${m[1]} ${m[2]} ${m[3]}${m[4]}${m[5]!.replace(/\s*[.!?]?\s*$/, '')} by ${agent}`, amountFirst: true };
    return { agent, claim: `${m[1]} ${m[2]} ${m[3]}${m[4]} by ${agent}${m[5]}` };
  });
}

/**
 * Reads an agentless passive (see the module comment); undefined when no candidate's rewrite
 * reads as a positive statement.
 *
 * @example
 * ```ts
 * readAgentless(ctx, 'Energy deals worth US$ 5 million were signed with Sylvania.')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function readAgentless(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const read: Array<{ agent: string; interpretation: Interpretation; evaluation: Evaluation }> = [];
  for (const { agent, claim, amountFirst } of agentlessRewrites(ctx, text)) {
    let readings: ReturnType<typeof parseClaim>['readings'] | undefined;
    // round 29: "R was pledged V by <candidate>" in the order the patterns read ("<candidate>
    // pledged V to R", src/check/ditransitive.ts), the recipient-subject passive of a giving verb;
    // only with the amount first (each failing parse of a long claim costs: "X used to be regarded as Y"
    // took four times as long with the second order tried for every candidate)
    for (const said of amountFirst ? [claim, recipientLast(ctx, claim)] : [claim]) {
      if (readings || !said) continue;
      try {
        ({ readings } = parseClaim(ctx, said));
      } catch {
        readings = undefined;
      }
    }
    if (!readings) continue;
    const i = readings[0]?.interpretation;
    if (!i || i.polarity !== 'positive') continue;
    read.push({ agent, interpretation: i, evaluation: evaluateClaim(ctx, i) });
  }
  if (!read.length) return undefined;
  const note = (who: string): string => `read the passive without its agent as done by ${who} (someone did it: a party the graph gives)`;
  const hit = read.find((r) => r.evaluation.verdict === 'SUPPORTED');
  if (hit) {
    return {
      interpretation: { ...hit.interpretation, notes: [...(hit.interpretation.notes ?? []), note(hit.agent)] },
      evaluation: { ...hit.evaluation, explanation: `Read as done by ${hit.agent} (the claim names no agent; it says only that someone did it). ${hit.evaluation.explanation}` },
    };
  }
  const first = read[0]!;
  // a relation that happens to its object once (cg:oncePerObject: a construction launched): a time
  // every party's reading contradicts is not its time, whoever did it
  const timed = first.interpretation.qualifiers.date ?? first.interpretation.qualifiers.year;
  if (timed && ctx.axioms.oncePerObject.has(first.interpretation.predicate)
    && read.every((r) => r.evaluation.verdict === 'REFUTED' && r.evaluation.reason === 'qualifier-conflict' && r.interpretation.predicate === first.interpretation.predicate)) {
    return {
      interpretation: { ...first.interpretation, notes: [...(first.interpretation.notes ?? []), note(read.map((r) => r.agent).join(' / '))] },
      evaluation: {
        ...first.evaluation,
        explanation: `The claim names no agent; ${labelOfProperty(ctx, first.interpretation.predicate)} happens to its object once (cg:oncePerObject), and read as done by each party the graph gives (${read.map((r) => r.agent).join(', ')}) its time is refuted. ${first.evaluation.explanation}`,
      },
    };
  }
  return {
    interpretation: { ...first.interpretation, notes: [...(first.interpretation.notes ?? []), note(read.map((r) => r.agent).join(' / '))] },
    evaluation: {
      ...first.evaluation, verdict: 'NOT_ENOUGH_INFO', reason: 'no-claim', conflict: false,
      bearings: asRelated(read.flatMap((r) => r.evaluation.bearings)),
      explanation: `The claim names no agent: read as done by ${read.map((r) => `${r.agent} (${r.evaluation.verdict})`).join(', ')}, none supported; the graph is not taken to know everyone who could have done it, so it is not refuted.`,
    },
  };
}
