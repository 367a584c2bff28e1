/**
 * A purpose said with an infinitive: "X visited Y to strengthen economic ties", "... in order to
 * ...", "... so as to ...", and "The (main) aim of X's visit [to Y] was to V O". The claim says two
 * things: that X did the deed, and why. The deed is checked on its own: refuted, the claim is
 * refuted (it says X did it); otherwise the purpose is read as a thing the graph names, the
 * verb made a gerund ("strengthen economic ties" -> "strengthening economic ties", a label of the
 * graph), and checked as the deed's purpose ("X visited Y for strengthening economic ties").
 * Only a supported deed with a supported purpose is SUPPORTED; a purpose the graph does not
 * name, or names otherwise, leaves NOT_ENOUGH_INFO with the deed's reading shown (held, so a
 * reader that decides the whole claim goes first). A "main" (chief, primary ...) purpose must be
 * the one the source calls main (`cg:mainPurpose`, functional: another main purpose refutes).
 * A deed that is how a deed of the source pursues its purposes ("financing canal projects", the
 * source's cg:purposeMeans) has that deed's purposes (round 41, src/check/purpose-means-deed.ts).
 */
import { actorsOf } from './actors.js';
import { NS, type CheckContext } from './context.js';
import { mainPurposeAdverbs, perLexicon } from './lexicon-words.js';
import { impliedDestinations } from './implied-object.js';
import { compareMeans, judgeMeans, type MeansJudgement } from './means.js';
import { meansDeed } from './purpose-means-deed.js';
import { rivalPurpose } from './purpose-rival.js';
import { shortIri } from './prose.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, normWord, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { cachedRegExp } from './regex-memo.js';
import { restate } from './result.js';

/** A determiner, pronoun or number after "to" is no verb ("to the region", "to its members"). */
const NOT_A_VERB = /^(?:the|a|an|its|their|his|her|this|that|these|those|each|every|all|some|any|no|one|two|three|four|five|\d[\d,.]*|[A-Z].*)$/;
// a deed ending so takes the infinitive as its complement, not as a purpose ("wants to help",
// "is set to become", "the first prime minister to visit")
const COMPLEMENT = [
  /\b(?:want|wants|wanted|plan|plans|planned|hope|hopes|hoped|aim|aims|aimed|seek|seeks|sought|try|tries|tried|expect|expects|expected|set|going|able|unable|likely|unlikely|agree|agrees|agreed|promise|promises|promised|pledge|pledges|pledged|decide|decides|decided|strive|strives|strove|intend|intends|intended|need|needs|needed|has|have|had|is|are|was|were|be|been|used|ought|begin|began|begun|start|started|continue|continues|continued|fail|fails|failed|refuse|refused|offer|offered|wish|wished|prepare|prepared|manage|managed|meant|due|about|keen|eager|ready|willing|determined|poised|bound|supposed|allowed|asked|urged|invited)$/i,
  // "expected Sylvania to", "wants Freedonia to": an object before the complement
  /\b(?:want|wants|wanted|expect|expects|expected|ask|asks|asked|urge|urges|urged|invite|invites|invited|allow|allows|allowed|help|helps|helped|enable|enables|enabled)\s+\S+(?:\s+\S+)?$/i,
  // "the first prime minister to visit", "the last country to join"
  /\b(?:first|last|only|next|second|third|latest|earliest)(?:\s+\S+){0,4}$/i,
];
const MARKER = /\s+(in order to|so as to|so that it could|with the aim of|aiming to|in a bid to|to)\s+(\S+)\s+(.+)$/i;
const SIGNAL_VERB = '(?:signall?ed|signals|signal|showed|shows|demonstrated|demonstrates|indicated|indicates|made clear)';
const SIGNALLED_BY = cachedRegExp(`^(?:by|in)\\s+(?<how>[a-z]+ing\\b[^,]*),\\s*(?<who>.+?)\\s+${SIGNAL_VERB}\\s+(?<what>that\\s+.+)$`, 'i');
const SIGNALLED_AFTER = cachedRegExp(`^(?<who>.+?)\\s+${SIGNAL_VERB}\\s+(?<what>that\\s+.+?)\\s+by\\s+(?<how>[a-z]+ing\\b.*)$`, 'i');
const STATE_OF: Record<string, string> = { keenness: 'keen', eagerness: 'eager', willingness: 'willing', readiness: 'ready' };
const SIGNAL = /^(?:signal|signall?ing|show|showing|demonstrate|demonstrating|indicate|indicating|make|making)$/i;

// "Firefly's visit aimed to V O", "X's trip was meant to V O": a purpose, not said to be the main one
// (round 40) also "served to" / "serves to", and the place said before the noun ("X's Ruritania trip"), as AIM reads it
const AIMED = perLexicon((ctx) => cachedRegExp(String.raw`^(?:the\s+)?(.+?)(?:'s|\u2019s)\s+(?:(?:state|official|high-profile|week-long)\s+)?((?:[\w-]+\s+){1,3}?)?(?:visit|trip|tour|journey)(?:\s+to\s+(.+?))?\s+(?:was\s+|is\s+)?(?:(${mainPurposeAdverbs(ctx).alternation})\s+)?(?:aimed|sought|meant|intended|designed|served|serves)\s+(?:to|at)\s+(\S+)\s+(.+)$`, 'i'));
const AIM = /^the\s+(?:(main|chief|primary|principal|key|central|overriding)\s+)?(?:aim|purpose|goal|objective|point)\s+of\s+(.+?)(?:'s|\u2019s)\s+(?:(?:state|official|high-profile|week-long)\s+)?((?:[\w-]+\s+){1,3}?)?(?:visit|trip|tour|journey)(?:\s+to\s+(.+?))?\s+(?:was|is)\s+(?:to\s+(\S+)\s+(.+)|(?!to\b)(.+))$/i;
// (round 22) "NP was the main aim of X's visit": the purpose said first, as "The main aim of X's visit was NP"
const AIM_LAST = /^(.+?)\s+(was|is)\s+the\s+((?:(?:main|chief|primary|principal|key|central|overriding)\s+)?(?:aim|purpose|goal|objective|point)\s+of\s+.+)$/i;
// (round 22) "X went to Y chiefly for NP", "X visited Y mainly to V O": the main purpose of the visit
const MAINLY_FOR = perLexicon((ctx) => cachedRegExp(String.raw`^(.+?)\s+(?:visited|went\s+to|travell?ed\s+to|toured|came\s+to|made\s+(?:a|his|her|its)\s+(?:trip|visit|journey)\s+to)\s+(.+?)\s+(?:${mainPurposeAdverbs(ctx).alternation})\s+(?:(?:in order\s+|so as\s+)?to\s+(\S+)\s+(.+)|for\s+(.+))$`, 'i'));
// "X's visit was (mainly) about NP": a purpose said as a noun phrase (main with "mainly")
const ABOUT = perLexicon((ctx) => cachedRegExp(String.raw`^(?:the\s+)?(.+?)(?:'s|\u2019s)\s+(?:(?:state|official|high-profile|week-long)\s+)?((?:[\w-]+\s+){1,3}?)?(?:visit|trip|tour|journey)(?:\s+to\s+(.+?))?\s+(?:was|is)\s+(?:(${mainPurposeAdverbs(ctx).alternation})\s+)?about\s+(.+)$`, 'i'));

/** "strengthen" -> "strengthening", "secure" -> "securing", "upgrade" -> "upgrading". */
function gerunds(verb: string): string[] {
  // a phrasal verb ("build up"): its verb as the gerund, the particle after it ("building up")
  const [head = '', ...particle] = verb.toLowerCase().split(/\s+/);
  if (particle.length) return gerunds(head).map((g) => `${g} ${particle.join(' ')}`);
  const v = head;
  if (v.endsWith('ing')) return [v];
  const out = [`${v}ing`];
  if (/[^aeiou]e$/.test(v)) out.unshift(`${v.slice(0, -1)}ing`);
  return out;
}

/**
 * The purpose phrase as a name the graph knows: the gerund with the object, less a possessive
 * owner ("Freedonia's", "the region's") and a closing "with/from/in ..." ("economic ties with the
 * region"). Undefined unless exactly one entity is named. Only the deed's subject and object are
 * read (src/check/focus.ts passes a claim node's).
 *
 * @example
 * ```ts
 * purposeName(ctx, 'strengthen', "Freedonia's trade ties with Sylvania", deed); // 'strengthening trade ties'
 * ```
 */
export function purposeName(ctx: CheckContext, said: string, object: string, deed: CheckResult): string | undefined {
  let obj = object.replace(/[.!?]+$/, '').trim();
  let verb = said;
  // (round 34) a particle after the verb ("to build up its infrastructure", "to shore up ties"):
  // the phrasal verb, when the lexicon lists it as a verb of furthering
  const particle = /^(up|down|out|over)\s+(.+)$/i.exec(obj);
  if (verb && particle && lexiconVerbs(ctx, 'furtheringVerb').has(`${verb.toLowerCase()} ${particle[1]!.toLowerCase()}`)) {
    verb = `${verb} ${particle[1]!}`;
    obj = particle[2]!;
  }
  const iri = (v: unknown): string | undefined => (v as { iri?: string } | undefined)?.iri;
  const subject = iri(deed.interpretation.subject);
  const place = iri(deed.interpretation.object);
  // the owner may only be the doer, the state it acts for, or the deed's object ("the region"):
  // "to strengthen Marsovia's ties" is another purpose than "to strengthen Freedonia's ties"
  const ours = (said: string): boolean => {
    // a describing compound before the name ("resource-rich Sylvania", "the landlocked region")
    // names the same place (round 22)
    const mention = said.replace(/^(the\s+)?(?:(?:[a-z]+-[a-z]+|landlocked|resource-rich)\s+)+(?=\S)/, '$1');
    if (/^(?:its|their|his|her|the region|the country|there)$/i.test(mention)) return true;
    const hit = resolveMention(ctx, dropIgnorable(tokenize(mention, ctx.morph), ctx.morph));
    if (hit.length !== 1) return false;
    const e = hit[0]!.iri;
    return e === subject || e === place || (!!subject && actorsOf(ctx, e).some((a) => a.actor === subject));
  };
  const owner = /^((?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)(?:'s|\u2019s)\s+(.+)$/i.exec(obj) ?? /^(its|their|his|her)\s+(.+)$/i.exec(obj);
  const objects: string[] = [];
  if (owner) {
    if (!ours(owner[1]!)) return undefined;
    objects.push(owner[2]!);
  } else objects.push(obj);
  // "economic ties with the region", "energy supplies from Ruritania": the deed's own object only
  const tail = /^(.+?)\s+(?:with|from|in|for)\s+(.+)$/i.exec(objects[0]!);
  if (tail) {
    if (!ours(tail[2]!)) return undefined;
    objects[0] = tail[1]!;
  } else if (/^(.+?)\s+there$/i.test(objects[0]!)) objects[0] = objects[0]!.replace(/\s+there$/i, '');
  // (round 12) a verb of furthering (lexicon cg:furtheringVerb) says what the others say: "to
  // tighten / deepen economic ties" names the purpose "strengthening economic ties"
  const further = lexiconVerbs(ctx, 'furtheringVerb');
  // (round 41) the verb in any form ("aimed at tightening ties"), as isWeakening compares it
  const stem = verb && !further.has(verb.toLowerCase()) ? normWord(verb, ctx.morph) : '';
  const base = verb && (further.has(verb.toLowerCase()) ? verb.toLowerCase() : [...further].find((f) => !f.includes(' ') && normWord(f, ctx.morph) === stem));
  const verbs = verb ? [verb, ...(base ? [...further].filter((v) => v !== base && v !== verb.toLowerCase()) : [])] : [''];
  for (const g of verbs.flatMap((v) => (v ? gerunds(v) : ['']))) {
    const phrase = `${g} ${objects[0]}`.trim();
    const hit = resolveMention(ctx, dropIgnorable(tokenize(phrase, ctx.morph), ctx.morph));
    if (hit.length === 1) return phrase;
  }
  return undefined;
}

/**
 * A gerund phrase of furthering said with each other verb of furthering (round 34): "building up
 * the ports" is also "developing the ports", "strengthening the ports" (lexicon
 * cg:furtheringVerb), as a purpose "to build up the ports" names the same purpose; the phrase
 * itself first, and only it when it opens with no such gerund.
 *
 * @example
 * ```ts
 * furtheringVariants(ctx, 'building up canals'); // ['building up canals', 'strengthening canals', 'developing canals', ...]
 * ```
 */
export function furtheringVariants(ctx: CheckContext, phrase: string): string[] {
  const further = [...lexiconVerbs(ctx, 'furtheringVerb')];
  const gerundsOf = further.flatMap((v) => gerunds(v)).sort((a, b) => b.length - a.length);
  const lower = phrase.toLowerCase();
  const head = gerundsOf.find((g) => lower.startsWith(`${g} `));
  if (!head) return [phrase];
  const rest = phrase.slice(head.length + 1);
  return [...new Set([phrase, ...further.map((v) => `${gerunds(v).at(-1)!} ${rest}`), ...further.map((v) => `${gerunds(v)[0]!} ${rest}`)])];
}

const verbSets = new WeakMap<object, Map<string, Set<string>>>();
/** The lexicon's verbs of one kind, lower case: `cg:furtheringVerb` (strengthen, deepen, boost ...) or `cg:weakeningVerb` (weaken, loosen, end ..., round 24). */
function lexiconVerbs(ctx: CheckContext, kind: 'furtheringVerb' | 'weakeningVerb'): Set<string> {
  let byKind = verbSets.get(ctx.lexicon);
  if (!byKind) verbSets.set(ctx.lexicon, (byKind = new Map()));
  let s = byKind.get(kind);
  if (!s) byKind.set(kind, (s = new Set(ctx.lexicon.getQuads(null, `${NS.cg}${kind}`, null, null).map((q) => q.object.value.toLowerCase()).sort())));
  return s;
}

/** Whether a verb, in any form ("cutting" after "aimed at", round 40), is one of the lexicon's `cg:weakeningVerb`. */
function isWeakening(ctx: CheckContext, verb: string): boolean {
  const said = normWord(verb, ctx.morph);
  return [...lexiconVerbs(ctx, 'weakeningVerb')].some((w) => w === verb.toLowerCase() || (!w.includes(' ') && normWord(w, ctx.morph) === said));
}

/** What the deed's supporting claim nodes say it signalled (cg:signals), compared with P as a means is. */
function signalled(ctx: CheckContext, deed: CheckResult, what: string): { verdict: string; iri: string; explanation: string } | undefined {
  const iri = (v: unknown): string | undefined => (v as { iri?: string } | undefined)?.iri;
  for (const c of [...new Set(deed.evidence.filter((e) => e.stance === 'supports').map((e) => e.claim))]) {
    for (const m of ctx.store.getObjects(c, `${NS.cg}signals`, null)) {
      const labels = [m.value, ...ctx.store.getObjects(m.value, 'http://www.w3.org/2000/01/rdf-schema#label', null).map((o) => o.value),
        ...ctx.store.getObjects(m.value, 'http://www.w3.org/2004/02/skos/core#altLabel', null).map((o) => o.value)].slice(1);
      if (compareMeans(ctx, what, labels, iri(deed.interpretation.subject), iri(deed.interpretation.object)) === 'same') {
        return { verdict: 'SUPPORTED', iri: c, explanation: `"${ctx.entityLabel.get(m.value) ?? m.value}"` };
      }
    }
  }
  return undefined;
}

/** The claim's "by ..." judged against cg:purposeMeans of the claim nodes that support the purpose. */
function purposeMeans(ctx: CheckContext, r: CheckResult, how: string): MeansJudgement | undefined {
  const iri = (v: unknown): string | undefined => (v as { iri?: string } | undefined)?.iri;
  const nodes = [...new Set(r.evidence.filter((e) => e.stance === 'supports').map((e) => e.claim))]
    .map((c) => ({ iri: c, means: ctx.store.getObjects(c, `${NS.cg}purposeMeans`, null).map((o) => o.value), supporting: true }));
  return judgeMeans(ctx, nodes, how, iri(r.interpretation.subject), iri(r.interpretation.object));
}

const fieldWords = new WeakMap<object, Map<string, Set<string>>>();

/** Field class -> its words (lexicon `cg:fieldWord`: "military" for cg:MilitaryAim). */
export function fieldsOf(ctx: CheckContext): Map<string, Set<string>> {
  let m = fieldWords.get(ctx.lexicon);
  if (m) return m;
  m = new Map();
  for (const q of ctx.lexicon.getQuads(null, `${NS.cg}fieldWord`, null, null)) {
    (m.get(q.subject.value) ?? m.set(q.subject.value, new Set()).get(q.subject.value)!).add(q.object.value.toLowerCase());
  }
  fieldWords.set(ctx.lexicon, m);
  return m;
}

/**
 * The deed's main purpose (cg:mainPurpose of a claim supporting it) when the claim's purpose lies
 * in a field the ontology declares disjoint with every field of that purpose, and in none of
 * them ("both economic and military ties" is not decided).
 */
function otherField(ctx: CheckContext, purpose: string, deed: CheckResult): { claim: string; main: string; mainField: string; claimField: string } | undefined {
  const words = new Set(purpose.toLowerCase().split(/[^a-z-]+/).filter(Boolean));
  const said = [...fieldsOf(ctx)].filter(([, ws]) => [...ws].some((w) => words.has(w))).map(([cls]) => cls);
  if (!said.length) return undefined;
  const label = (c: string): string => ctx.axioms.classLabels.get(c) ?? c;
  for (const e of deed.evidence) {
    if (e.stance !== 'supports') continue;
    for (const main of ctx.store.getObjects(e.claim, `${NS.cg}mainPurpose`, null)) {
      const fields = [...(ctx.entityTypes.get(main.value) ?? [])].filter((c) => fieldsOf(ctx).has(c));
      if (!fields.length || said.some((c) => fields.includes(c))) continue;
      const clash = said.find((c) => fields.every((f) => ctx.axioms.disjoint.get(c)?.has(f) || ctx.axioms.disjoint.get(f)?.has(c)));
      if (clash) return { claim: e.claim, main: ctx.entityLabel.get(main.value) ?? main.value, mainField: `an ${label(fields[0]!)}`.replace(/^an ([^aeiou])/, 'a $1'), claimField: label(clash) };
    }
  }
  return undefined;
}

// the verb phrase a package noun is given with ("X's pledge to Y" -> "X pledged aid to Y")
const PACKAGE_VERB: Record<string, string> = {
  pledge: 'pledged aid to', promise: 'pledged aid to', grant: 'gave grants to', grants: 'gave grants to', aid: 'gave aid to',
  assistance: 'extended assistance to', 'financial assistance': 'extended financial assistance to', loan: 'gave a loan to', loans: 'gave loans to',
};
const NOMINAL = /^(.+?)(?:'s|\u2019s)\s+(pledge|promise|grants?|aid|financial assistance|assistance|loans?)\s+to\s+(.+?)\s+(?:was|is|were|are)\s+(?:meant|intended|designed|supposed|aimed|earmarked)\s+to\s+([a-z]+\s+.+)$/i;

/**
 * "X's pledge to Y was meant to V O" said as the deed with its purpose, "X pledged aid to Y to V O";
 * undefined for any other claim.
 *
 * @example
 * ```ts
 * nominalPurpose("Rufus's pledge to Sylvania was meant to repair roads."); // 'Rufus pledged aid to Sylvania to repair roads'
 * ```
 */
export function nominalPurpose(text: string): string | undefined {
  const m = NOMINAL.exec(normalizeTypography(text).trim().replace(/[.!?]+$/, ''));
  if (!m || /\b(?:not|never|no)\b|n't\b/i.test(text)) return undefined;
  return `${m[1]} ${PACKAGE_VERB[m[2]!.toLowerCase()]!} ${m[3]} to ${m[4]}`;
}

/**
 * The visits a "X's [P] visit [to Q]" phrase says: to the place named ("Firefly's Ruritania tour":
 * the words before the noun name the place, or the claim names none, and no visit is read), else to
 * each destination the graph gives X's visit.
 */
function visitDeeds(ctx: CheckContext, who: string, before: string | undefined, after: string | undefined): string[] {
  const named = before && resolveMention(ctx, dropIgnorable(tokenize(before, ctx.morph), ctx.morph)).length === 1 ? before.trim() : undefined;
  if (before && !named) return [];
  const place = after ?? named;
  return place ? [`${who} visited ${place}`] : impliedDestinations(ctx, `${who}'s visit`).map((d) => `${who} visited ${d.place}`);
}

/** The deed and the purpose of a claim, or undefined when it has no purpose infinitive. */
export function purposeParts(ctx: CheckContext, text: string): Array<{ deed: string; verb: string; object: string; main: boolean }> {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  // a denial may deny the purpose, not the deed ("X did not go to Y to attend Z": X went, for
  // something else), and a condition asserts neither: no reading (a question reads as its claim)
  if (/\b(?:not|never|no|neither|nor|if|whether|unless)\b|n't\b/i.test(text)) return [];
  // "By bringing a delegation, X signalled that P" / "X signalled that P by bringing ...": the deed
  // with what it signalled (cg:signals)
  const sig = SIGNALLED_BY.exec(t) ?? SIGNALLED_AFTER.exec(t);
  if (sig) {
    const g = sig.groups!;
    return [{ deed: `${g.who} ${g.how}`, verb: 'signal', object: g.what!, main: false }];
  }
  const last = AIM_LAST.exec(t);
  if (last && !/^(?:the|it|this|that)$/i.test(last[1]!)) {
    const said = last[1]!.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
    return purposeParts(ctx, `The ${last[3]} ${last[2]} ${said}`);
  }
  const mainly = MAINLY_FOR(ctx).exec(t);
  if (mainly) {
    const [, who, place, verb, object, phrase] = mainly as unknown as [string, string, string, string | undefined, string | undefined, string | undefined];
    return [{ deed: `${who} visited ${place}`, verb: verb ?? '', object: object ?? phrase!, main: true }];
  }
  const aimed = AIMED(ctx).exec(t);
  if (aimed) {
    const [, who, before, after, rank, verb, object] = aimed as unknown as [string, string, string | undefined, string | undefined, string | undefined, string, string];
    const deeds = visitDeeds(ctx, who, before, after);
    return deeds.map((deed) => ({ deed, verb, object, main: !!rank }));
  }
  const aim = AIM.exec(t);
  if (aim) {
    // a noun phrase after "was" ("the main aim of X's visit was military cooperation") is the purpose itself (verb '')
    const [, rank, who, before, after, verbSaid, objectSaid, phrase] = aim as unknown as [string, string | undefined, string, string | undefined, string | undefined, string | undefined, string | undefined, string | undefined];
    const verb = verbSaid ?? '';
    const object = objectSaid ?? phrase!;
    const deeds = visitDeeds(ctx, who, before, after);
    return deeds.map((deed) => ({ deed, verb, object, main: !!rank }));
  }
  const about = ABOUT(ctx).exec(t);
  if (about) {
    const [, who, before, after, rank, object] = about as unknown as [string, string, string | undefined, string | undefined, string | undefined, string];
    const deeds = visitDeeds(ctx, who, before, after);
    return deeds.map((deed) => ({ deed, verb: '', object, main: !!rank }));
  }
  const out: Array<{ deed: string; verb: string; object: string; main: boolean }> = [];
  // each "to" before a verb, the last first ("pledged aid to Sylvania to build ...")
  const hits: Array<{ at: number; marker: string; verb: string; object: string }> = [];
  for (let i = 0; i < t.length;) {
    const m = MARKER.exec(t.slice(i));
    if (!m) break;
    const at = i + m.index;
    if (!NOT_A_VERB.test(m[2]!) && m[1]!.toLowerCase() !== 'with the aim of') hits.push({ at, marker: m[1]!.toLowerCase(), verb: m[2]!, object: m[3]! });
    else if (m[1]!.toLowerCase() === 'with the aim of' && /ing$/i.test(m[2]!)) hits.push({ at, marker: 'with the aim of', verb: m[2]!, object: m[3]! });
    i = at + 1;
  }
  for (const h of hits.reverse()) {
    const deed = t.slice(0, h.at).trim();
    // " to" inside "in order to" / "so as to" is the same marker, found at its start
    if (deed.split(/\s+/).length >= 2 && !/\b(?:in order|so as)$/i.test(deed) && !(h.marker === 'to' && COMPLEMENT.some((re) => re.test(deed)))) out.push({ deed, verb: h.verb, object: h.object, main: false });
  }
  return out;
}

/**
 * Reads a claim with a purpose infinitive (see the module comment): `decided` when the deed is
 * refuted or deed and purpose are supported, `held` with the deed's reading otherwise.
 *
 * @example
 * ```ts
 * await readPurposeClause(ctx, 'Rufus visited Sylvania to strengthen trade ties.', recheck);
 * // { decided: { verdict: 'SUPPORTED', … } } when the graph gives the visit that purpose
 * ```
 */
export async function readPurposeClause(ctx: CheckContext, text: string, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<{ decided: CheckResult } | { held: CheckResult } | undefined> {
  // "X's pledge to Y was meant to V O": "X pledged aid to Y to V O"
  const deedSaid = nominalPurpose(text);
  if (deedSaid) {
    const r = await recheck(deedSaid);
    if (r) {
      const told = restate(r, text, { explanation: `Read as "${deedSaid}". ${r.explanation}` });
      return r.verdict === 'NOT_ENOUGH_INFO' ? { held: told } : { decided: told };
    }
  }
  let held: CheckResult | undefined;
  for (const p of purposeParts(ctx, text).slice(0, 6)) {
    const deed = await recheck(p.deed);
    const purposeSaid = p.verb ? `to ${p.verb} ${p.object}` : p.object;
    if (deed?.verdict === 'REFUTED') {
      return { decided: restate(deed, text, { explanation: `Read as "${p.deed}" with the purpose "${purposeSaid}": the claim says "${p.deed}", which is refuted. ${deed.explanation}` }) };
    }
    // (round 41) the deed names how a deed of the source pursues its purposes (cg:purposeMeans):
    // done for the purposes of that deed, so the purpose is checked as that deed's (also when the
    // deed alone is not read: "finances Ruritanian canals")
    const via = deed?.verdict !== 'SUPPORTED' && p.verb && !p.main ? meansDeed(ctx, p.deed) : undefined;
    const viaRead = via ? await recheck(`${via} in order to ${p.verb} ${p.object}`) : undefined;
    if (viaRead && viaRead.verdict !== 'NOT_ENOUGH_INFO') {
      return { decided: restate(viaRead, text, { explanation: `Read as "${via}" with the purpose "${purposeSaid}": the source says that deed pursues its purposes by what "${p.deed}" names (cg:purposeMeans). ${viaRead.explanation}` }) };
    }
    if (!deed) continue;
    const said = `"${p.deed}" with the purpose "${purposeSaid}"`;
    // "to signal that P": P against what the source says the deed signalled (cg:signals)
    // ("to signal Freedonia's keenness to do business": the noun said as its adjective, "Freedonia is keen to ...")
    const noun = /^(.+?)(?:'s|\u2019s)\s+(keenness|eagerness|willingness|readiness)\s+(to\s+.+)$/i.exec(p.object);
    if (SIGNAL.test(p.verb) && (noun || /^(?:clear\s+)?that\s/i.test(p.object)) && deed.verdict === 'SUPPORTED') {
      const what = noun ? `${noun[1]} is ${STATE_OF[noun[2]!.toLowerCase()]!} ${noun[3]}` : p.object.replace(/^(?:clear\s+)?that\s+/i, '');
      const j = signalled(ctx, deed, what);
      if (j?.verdict === 'SUPPORTED') {
        return { decided: restate(deed, text, { evidence: deed.evidence.filter((e) => e.claim === j.iri),
          explanation: `Read as ${said}. The source says the deed signalled ${j.explanation}, which "${what}" says in fewer words. ${deed.explanation}` }) };
      }
    }
    // "to strengthen ties by financing projects": the purpose, then how it is pursued (cg:purposeMeans)
    const by = /^(.+?),?\s+(?:by|through)\s+([a-z]+ing\b.*)$/i.exec(p.object);
    const object = by ? by[1]! : p.object;
    const name = deed.verdict === 'SUPPORTED' ? purposeName(ctx, p.verb, object, deed) : undefined;
    // a main purpose is the one the source calls main (cg:mainPurpose), not any of its purposes
    const withPurpose = name ? await recheck(`${p.deed} ${p.main ? 'mainly ' : ''}for ${name}`) : undefined;
    // another main purpose than the source's refutes it (cg:mainPurpose is functional)
    const how = by && withPurpose?.verdict === 'SUPPORTED' ? purposeMeans(ctx, withPurpose, by[2]!) : undefined;
    if (how && how.verdict !== 'NOT_ENOUGH_INFO') {
      const cited = withPurpose!.evidence.filter((e) => e.claim === how.iri).map((e) => ({ ...e, stance: how.verdict === 'SUPPORTED' ? 'supports' as const : 'refutes' as const }));
      return { decided: { ...withPurpose!, verdict: how.verdict, claim: text.trim(), evidence: cited,
        ...(how.verdict === 'REFUTED' ? { reason: 'qualifier-conflict' as const } : {}),
        explanation: `Read as ${said}, the purpose as "${name}", pursued "by ${by![2]}". ${how.explanation} ${withPurpose!.explanation}` } };
    }
    if (!by && (withPurpose?.verdict === 'SUPPORTED' || (p.main && withPurpose?.verdict === 'REFUTED'))) {
      return { decided: restate(withPurpose, text, { explanation: `Read as ${said}, the purpose as "${name}". ${withPurpose.explanation}` }) };
    }
    // (round 24) a purpose of weakening (lexicon cg:weakeningVerb) what the source says the deed
    // furthers: "to loosen the trade ties" against "to strengthen the trade ties", contrary purposes
    const furthered = !by && deed.verdict === 'SUPPORTED' && p.verb && isWeakening(ctx, p.verb)
      ? purposeName(ctx, [...lexiconVerbs(ctx, 'furtheringVerb')][0] ?? '', object, deed) : undefined;
    const contrary = furthered ? await recheck(`${p.deed} for ${furthered}`) : undefined;
    if (contrary?.verdict === 'SUPPORTED') {
      return { decided: restate(contrary, text, { verdict: 'REFUTED', reason: 'qualifier-conflict', conflict: false,
        evidence: contrary.evidence.map((e) => ({ ...e, stance: 'refutes' as const })),
        explanation: `Read as ${said}. The source gives the deed the purpose "${furthered}", and "${p.verb}" (cg:weakeningVerb) is contrary to furthering it: the deed is not said to serve "${purposeSaid}". ${contrary.explanation}` }) };
    }
    // a main purpose in a field disjoint with the source's main purpose's ("military" against
    // economic ties): the source's main purpose is not it, so the claim's is not the main one
    const field = p.main && deed.verdict === 'SUPPORTED' ? otherField(ctx, `${p.verb} ${p.object}`, deed) : undefined;
    if (field) {
      return { decided: restate(deed, text, { verdict: 'REFUTED', reason: 'qualifier-conflict', conflict: false,
        evidence: deed.evidence.filter((e) => e.claim === field.claim).map((e) => ({ ...e, stance: 'refutes' as const })),
        explanation: `Read as ${said}, said to be the main purpose. The source gives the main purpose as "${field.main}" (${field.mainField}; claim ${shortIri(field.claim)}), and "${purposeSaid}" is a ${field.claimField}, which the ontology declares disjoint with it: a deed has one main purpose (cg:mainPurpose is functional).` }) };
    }
    // (round 20) a purpose in a field disjoint with every purpose the source lists for the deed
    // (cg:purpose of the supporting claim node): "to build schools" against roads and an airport
    const rival = !by && withPurpose?.verdict !== 'SUPPORTED' ? rivalPurpose(ctx, `${p.verb} ${object}`, deed) : undefined;
    if (rival) {
      return { decided: restate(deed, text, { verdict: 'REFUTED', reason: 'qualifier-conflict', conflict: false,
        evidence: deed.evidence.filter((e) => e.claim === rival.claim).map((e) => ({ ...e, stance: 'refutes' as const })),
        explanation: `Read as ${said}. The source gives the purposes of the deed as ${rival.listed.map((l) => `"${l}"`).join(' and ')} (${rival.listedFields.join(', ')}; claim ${shortIri(rival.claim)}), and "${purposeSaid}" is a ${rival.claimField}, which the ontology declares disjoint with each of them: the deed is not said to serve it.` }) };
    }
    const why = by && withPurpose?.verdict === 'SUPPORTED'
      ? `the graph gives "${name}" as its purpose, but not "by ${by[2]}" as how it is pursued${how ? ` (${how.explanation})` : ''}`
      : name ? `the graph does not give "${name}" as its purpose` : 'the graph names no such purpose';
    held ??= {
      ...deed, claim: text.trim(), verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false,
      evidence: deed.evidence.map((e) => ({ ...e, stance: 'related' as const })),
      interpretation: { ...deed.interpretation, notes: [...(deed.interpretation.notes ?? []), `read the deed without its purpose ("${purposeSaid}")`] },
      explanation: `Read as ${said}: ${deed.verdict === 'SUPPORTED' ? `the deed is supported, but ${why}` : 'the deed is not decided'}. ${deed.explanation}`,
    };
  }
  return held ? { held } : undefined;
}
