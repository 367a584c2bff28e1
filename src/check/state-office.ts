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
import { cachedRegExp } from './regex-memo.js';

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

/**
 * The copula of a former office (round 20, branch attrib20): "X is a former <office>", "X was
 * formerly / once / previously <office>", "X had (previously) been <office>", "X used to be
 * <office>", "X previously served as <office>": the office held before, not now.
 */
const FORMER = String.raw`(?:is\s+(?:a|the)\s+former|was\s+(?:formerly|once|previously|earlier)|had\s+(?:formerly\s+|once\s+|previously\s+|earlier\s+)?been|had\s+(?:formerly\s+|once\s+|previously\s+)?served\s+as|(?:formerly|once|previously)\s+served\s+as|used\s+to\s+be|was\s+a\s+former)`;
/** A state's name, up to three words. */
const STATE = String.raw`(?<state>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2})`;
/** An office's role words ("prime minister", "vice-minister of finance"). */
const ROLE = String.raw`(?<role>[A-Za-z][A-Za-z -]*?)`;

/**
 * "<who> is [the] <state>'s <role>", "<who> is [the] <role> of <state>", "<who> is [the|a] <demonym> <role>";
 * the same after a former office's copula (`former`).
 */
const SHAPES: Array<{ rx: RegExp; former?: true }> = [
  { rx: /^(?<who>.+?)\s+is\s+(?:the\s+)?(?<state>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2})'s\s+(?<role>[A-Za-z][A-Za-z -]*)$/ },
  { rx: /^(?<who>.+?)\s+is\s+(?:the\s+)?(?<role>[A-Za-z][A-Za-z -]*?)\s+of\s+(?<state>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2})$/ },
  { rx: /^(?<who>.+?)\s+is\s+(?:the\s+|an?\s+)?(?<state>[A-Za-z][\w.-]*)\s+(?<role>[A-Za-z][A-Za-z -]*)$/ },
  { rx: cachedRegExp(String.raw`^(?<who>.+?)\s+${FORMER}\s+(?:the\s+)?${STATE}'s\s+(?<role>[A-Za-z][A-Za-z -]*)$`), former: true },
  { rx: cachedRegExp(String.raw`^(?<who>.+?)\s+${FORMER}\s+(?:the\s+|an?\s+)?${ROLE}\s+of\s+${STATE}$`), former: true },
  { rx: cachedRegExp(String.raw`^(?<who>.+?)\s+${FORMER}\s+(?:the\s+|an?\s+)?(?<state>[A-Za-z][\w.-]*)\s+(?<role>[A-Za-z][A-Za-z -]*)$`), former: true },
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
  for (const { rx, former } of SHAPES) {
    const m = rx.exec(plain);
    if (!m?.groups) continue;
    // "vice-minister": the offices' role keys join a hyphenated role's words with a space
    const roleKey = nameKey(m.groups.role!.trim().replace(/-+/g, ' '), ctx.morph);
    const byHolder = ctx.offices.get(roleKey);
    if (!byHolder) continue;
    if (former) {
      const done = formerOffice(ctx, m.groups.who!, m.groups.state!, m.groups.role!.trim(), byHolder);
      if (done) return done;
      continue;
    }
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

/**
 * "Gloria Teasdale was formerly Marsovia's finance minister" (round 20, branch attrib20): a former
 * office of one role, against the office of that role the source gives the person (current or
 * former) with another state. The source names which state's <role> the person was, so the claim
 * misstates the office's state; it refutes only when the graph names no <role> of the claimed
 * state at all (else the parser reads that office) and no one else is stated in the person's
 * office. A role of the same state, or no stated office of that role, is left to other readers.
 */
function formerOffice(ctx: CheckContext, who: string, stateText: string, role: string, byHolder: ReadonlyMap<string, string>): Evaluated {
  const states = resolveMention(ctx, tokenize(stateText, ctx.morph)).filter((e) => isA(ctx, e.iri, cg('Country')));
  const people = resolveMention(ctx, tokenize(who, ctx.morph)).filter((e) => isA(ctx, e.iri, cg('Person')));
  if (states.length !== 1 || people.length !== 1) return undefined;
  const state = states[0]!.iri;
  const person = people[0]!.iri;
  if (byHolder.has(state)) return undefined;
  const ofRole = new Set(byHolder.values());
  const index = claimsByPredicate(ctx);
  // the person's positive, stated office of this role; "former" is the only qualifier allowed
  const held = [...(index.get(cg('holdsOffice')) ?? [])].filter((c) => c.subject === person && c.polarity === 'positive' && c.modality === 'stated'
    && c.object.termType === 'NamedNode' && ofRole.has(c.object.value) && [...c.qualifiers.keys()].every((k) => k === 'former'));
  const bearings: Bearing[] = [];
  const whys: string[] = [];
  for (const c of held) {
    const office = c.object.value;
    if ((index.get(cg('holdsOffice')) ?? []).some((o) => o.object.value === office && o.subject !== person && o.polarity === 'positive')) continue;
    const other = ctx.store.getObjects(office, cg('officeOf'), null)[0]?.value;
    if (!other || other === state || !isA(ctx, other, cg('Country'))) continue;
    const why = `the source gives ${people[0]!.label}'s ${role} office as the ${ctx.entityLabel.get(office) ?? office}, an office of ${ctx.entityLabel.get(other) ?? other}, and the graph names no ${role} of ${states[0]!.label}`;
    whys.push(why);
    bearings.push({ claim: c, stance: 'refutes', reason: 'other-state-office', note: why });
  }
  if (!bearings.length) return undefined;
  const office = `${role} of ${states[0]!.label}`;
  const interpretation: Interpretation = {
    subject: people[0]!, predicate: cg('holdsOffice'), predicateName: 'holdsOffice', object: { kind: 'unknown-entity', mention: office },
    polarity: 'positive', modality: 'stated', qualifiers: { former: { kind: 'string', value: 'true' } }, pattern: '{s} formerly {state} \'s {role} (an office the graph names no entity of)',
  };
  return {
    interpretation,
    evaluation: { verdict: 'REFUTED', reason: 'other-state-office', conflict: false, bearings, explanation: `Refuted (other-state-office): read as ${people[0]!.label} having held the ${office} (a former office), an office the graph names no entity of; ${whys[0]}.` },
  };
}
