/**
 * An office of a state the graph names no office of (round 18, branch attrib18): "Rufus Firefly
 * is Marsovia's prime minister", "Firefly is the Marsovian prime minister", "Firefly is the
 * prime minister of Marsovia", when the graph holds a Prime Minister of Freedonia and of Sylvania
 * but none of Marsovia. The parser reads an office only as a graph entity, so the claim was
 * unread; the office is still known by its parts, a role word of the lexicon's offices and a
 * country. A person holds the offices of one state at a time (`cg:oneStateAtATime` on
 * cg:holdsOffice), so the person's stated, current office of another state refutes it, as
 * src/check/holder-refuters.ts does for an office the graph names. Only in the present tense
 * ("is": the latest source), only for the person's positive office claim without a date or
 * "former", and only when no one else is stated in that office (the person may have left it).
 * An office of the same state is decided only for two roles the lexicon holds apart
 * (`cg:heldApartRole "president|vice president"`: "Firefly is Freedonia's president" against his
 * Vice Presidency of Freedonia); any other ("prime minister" and "vice president") is not decided.
 */
import { claimsByPredicate, isA, type ClaimInfo } from './claim-index.js';
import { statedWithin } from './stated-within.js';
import { NS, type CheckContext } from './context.js';
import type { Evaluated } from './reader-kit.js';
import { resolveMention } from './resolver.js';
import { nameKey, normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';

const cg = (s: string): string => `${NS.cg}${s}`;

const apartCache = new WeakMap<object, Set<string>>();

/** Role pairs the lexicon holds apart (`cg:heldApartRole "president|vice president"`), both orders, as "a|b" role keys. */
function apartRoles(ctx: CheckContext): Set<string> {
  const hit = apartCache.get(ctx.lexicon);
  if (hit) return hit;
  const out = new Set<string>();
  for (const q of ctx.lexicon.getQuads(null, cg('heldApartRole'), null, null)) {
    const [a, b] = q.object.value.split('|').map((x) => nameKey(x.trim().replace(/[-_]+/g, ' '), ctx.morph)) as [string, string | undefined];
    if (!a || !b) continue;
    out.add(`${a}|${b}`).add(`${b}|${a}`);
  }
  apartCache.set(ctx.lexicon, out);
  return out;
}

/** "<who> is [the] <state>'s <role>", "<who> is [the] <role> of <state>", "<who> is [the|a] <demonym> <role>". */
const SHAPES: Array<{ rx: RegExp }> = [
  { rx: /^(?<who>.+?)\s+is\s+(?:the\s+)?(?<state>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2})'s\s+(?<role>[A-Za-z][A-Za-z -]*)$/ },
  { rx: /^(?<who>.+?)\s+is\s+(?:the\s+)?(?<role>[A-Za-z][A-Za-z -]*?)\s+of\s+(?<state>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2})$/ },
  { rx: /^(?<who>.+?)\s+is\s+(?:the\s+|an?\s+)?(?<state>[A-Za-z][\w.-]*)\s+(?<role>[A-Za-z][A-Za-z -]*)$/ },
];

/**
 * Decides "X is <state>'s <role>" for an office the graph names no entity of; undefined when the
 * claim has no such shape, a part does not resolve, or no office of another state decides it.
 *
 * @example
 * ```ts
 * // graph: Rufus Firefly holds Prime Minister of Freedonia; no office of Marsovia
 * readStateOffice(ctx, "Rufus Firefly is Marsovia's prime minister.")?.evaluation.verdict; // 'REFUTED'
 * ```
 */
export function readStateOffice(ctx: CheckContext, text: string): Evaluated {
  if (!ctx.axioms.oneStateAtATime.has(cg('holdsOffice'))) return undefined;
  // "as of December 2015, X was <office>" (round 19): only sources of that period decide it
  const period = ctx.asOf?.period;
  let plain = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (period) plain = plain.replace(/^as\s+of\s+[^,]+,\s*/i, '').replace(/\s+was\s+/, ' is ');
  for (const { rx } of SHAPES) {
    const m = rx.exec(plain);
    if (!m?.groups) continue;
    const roleKey = nameKey(m.groups.role!.trim(), ctx.morph);
    const byHolder = ctx.offices.get(roleKey);
    if (!byHolder) continue;
    const states = resolveMention(ctx, tokenize(m.groups.state!, ctx.morph)).filter((e) => isA(ctx, e.iri, cg('Country')));
    const people = resolveMention(ctx, tokenize(m.groups.who!, ctx.morph)).filter((e) => isA(ctx, e.iri, cg('Person')));
    if (states.length !== 1 || people.length !== 1) continue;
    const state = states[0]!.iri;
    const person = people[0]!.iri;
    // an office the graph names: the parser and src/check/holder-refuters.ts read it
    if (byHolder.has(state)) return undefined;
    const index = claimsByPredicate(ctx);
    const plainClaim = (c: ClaimInfo): boolean => c.polarity === 'positive' && c.modality === 'stated' && c.qualifiers.size === 0 && (!period || statedWithin(ctx, c, period));
    const held = [...(index.get(cg('holdsOffice')) ?? [])].filter((c) => plainClaim(c) && c.object.termType === 'NamedNode')
      .map((c) => ({ c, who: c.subject, office: c.object.value }))
      .concat([...(index.get(cg('officeHolder')) ?? [])].filter((c) => plainClaim(c) && c.object.termType === 'NamedNode')
        .map((c) => ({ c, who: c.object.value, office: c.subject })));
    const bearings: Bearing[] = [];
    const whys: string[] = [];
    for (const h of held) {
      if (h.who !== person) continue;
      if (held.some((o) => o.office === h.office && o.who !== person)) continue;
      const other = ctx.store.getObjects(h.office, cg('officeOf'), null)[0]?.value;
      if (!other || !isA(ctx, other, cg('Country'))) continue;
      const heldName = ctx.entityLabel.get(h.office) ?? h.office;
      let why: string;
      if (other !== state) {
        why = `a person holds the offices of one state at a time (cg:oneStateAtATime), and the source states ${people[0]!.label} holds the ${heldName}, an office of ${ctx.entityLabel.get(other) ?? other}`;
      } else {
        // the same state: only two roles the lexicon holds apart ("president" and "vice president")
        const heldRoles = [...ctx.offices].filter(([, m]) => m.get(state) === h.office).map(([r]) => r);
        const pair = heldRoles.find((r) => apartRoles(ctx).has(`${roleKey}|${r}`));
        if (!pair) continue;
        why = `one person never holds both the ${m.groups.role!.trim()} office and the ${heldName} of one state (lexicon cg:heldApartRole), and the source states ${people[0]!.label} holds the latter`;
      }
      whys.push(why);
      bearings.push({ claim: h.c, stance: 'refutes', reason: 'other-state-office', note: why });
    }
    if (!bearings.length) return undefined;
    const office = `${m.groups.role!.trim()} of ${states[0]!.label}`;
    const interpretation: Interpretation = {
      subject: people[0]!, predicate: cg('holdsOffice'), predicateName: 'holdsOffice', object: { kind: 'unknown-entity', mention: office },
      polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: '{s} is {state} \'s {role} (an office the graph names no entity of)',
    };
    return {
      interpretation,
      evaluation: { verdict: 'REFUTED', reason: 'other-state-office', conflict: false, bearings, explanation: `Refuted (other-state-office): read as ${people[0]!.label} holding the ${office}, an office the graph names no entity of; ${whys[0]}.` },
    };
  }
  return undefined;
}
