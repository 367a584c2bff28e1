/**
 * An event said as a noun, and when or where it happened: "The entry into force of the charter
 * took place on May 3, 2011", "The canal's commissioning was in 1999", "The League's recognition
 * of Freedonia came in 1990", "The start of construction of the canal was in 2014". The noun is
 * read back into the verb the lexicon's patterns use, and the claim said as a clause: "the charter
 * entered into force on May 3, 2011", "the canal was commissioned in 1999", "the League recognized
 * Freedonia in 1990", "construction of the canal was started in 2014".
 *
 * Which nouns name the event of which verb is data, never a list in code: the WordNet
 * derivations of the derived lexicon (ontology/lexicon.derived.json: `entry` of `enter`,
 * `opening` of `open`, `recognition` of `recognize`, `beginning` of `begin`), the gerund of a
 * pattern's verb (`commissioning`: the patterns say "commissioned"), and a pattern word that is a
 * noun and a verb alike (`launch`, `start`, `visit`). Nouns of the doer (`signer`, `visitor`,
 * `founder`) are no event.
 *
 * The happening verb ("took place", "happened", "occurred", "came", "was held", "was") says
 * nothing but that the event was at that time or place, so the clause is the claim in other words.
 * The noun's owner may be the doer ("the bank's opening") or what the deed is done to ("the
 * canal's commissioning"): the clause is said both ways (active, passive), and decides only when
 * the readings the graph decides agree.
 */
import type { CheckContext } from './context.js';
import { literalWords } from './context-lexicon.js';
import { normalizeTypography, normWord } from './text.js';
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';
import { DENIAL_OR_CONDITION as DENIAL } from './denials.js';
import { cachedRegExp } from './regex-memo.js';

/** Verbs that say only that an event was at a time or place. */
const HAPPEN = String.raw`(?:took\s+place|take\s+place|takes\s+place|happened|happen|happens|occurred|occur|occurs|came|comes|was\s+held|were\s+held|is\s+held|was|were|is|fell)`;
/** What follows the happening verb: a time or a place, or a span from another thing ("three weeks after B"). */
const TAIL = String.raw`((?:on|in|at|near|during)\s+.+?|(?:(?:about|some|roughly|nearly|almost|exactly|just|only|over|under|more\s+than|less\s+than)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before)\s+.+?|(?:shortly\s+|soon\s+|just\s+)?(?:after|before)\s+.+?)`;
/** "the N [into force] of|for Y HAPPEN TAIL" */
const OF_FRAME = cachedRegExp(String.raw`^(?:the\s+)?([a-z]+(?:-[a-z]+)?)\s+((?:(?:into|in|on)\s+[a-z]+\s+)?)(?:of|for)\s+(.+?)\s+${HAPPEN}\s+${TAIL}\s*[.!]?$`, 'i');
/** "X's N [REST] HAPPEN TAIL" */
const POSSESSIVE_FRAME = cachedRegExp(String.raw`^(.+?)'s\s+([a-z]+(?:-[a-z]+)?)((?:\s+.+?)?)\s+${HAPPEN}\s+${TAIL}\s*[.!]?$`, 'i');
/**
 * "the N of Y was [carried out] by X [TAIL]": the doer said after the copula (round 19, "the launch
 * of the canal's construction was by the leaders of two states") is the clause "X N-ed Y".
 */
const BY_FRAME = cachedRegExp(String.raw`^(?:the\s+)?([a-z]+(?:-[a-z]+)?)\s+(?:of|for)\s+(.+?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:carried\s+out|done|made|performed|undertaken|conducted)\s+)?by\s+(.+?)((?:\s+(?:on|in|at|near|during)\s+.+?)?)\s*[.!]?$`, 'i');
/** A noun of the doer or the one done to, not of the deed. */
const AGENT_NOUN = /(?:er|or|ee|ant|ent|ist)$/;

// keyed by the lexicon's patterns, which every context derived from one shares
const nounsOfCtx = new WeakMap<object, { verbOf: Map<string, string>; patternStems: Set<string>; pastOf: Map<string, string> }>();

/** The lexicon's event nouns, each with its verb; the stems of every pattern word; irregular pasts. */
function lexiconNouns(ctx: CheckContext) {
  let got = nounsOfCtx.get(ctx.relations);
  if (got) return got;
  const patternWords = new Set<string>();
  for (const r of ctx.relations) literalWords(r.pattern.nodes, patternWords);
  const patternStems = new Set([...patternWords].map((w) => normWord(w, ctx.morph)));
  const verbOf = new Map<string, string>();
  const isVerb = (w: string): boolean => (ctx.derived.relations.get(w) ?? []).some((e) => e.pos === 'v');
  for (const [word, list] of ctx.derived.relations) {
    if (!patternStems.has(normWord(word, ctx.morph))) continue;
    for (const e of list) {
      if (e.relation !== 'der' || e.sense > 2) continue;
      // a pattern noun derived from a verb ("recognition" -> "recognize")
      if (e.pos === 'v' && !AGENT_NOUN.test(word) && !verbOf.has(word)) verbOf.set(word, e.word);
      // a pattern verb's event noun ("enter" -> "entry"); the pattern word must be a verb
      if (e.pos === 'n' && e.sense === 1 && !AGENT_NOUN.test(e.word) && isVerb(word) && !verbOf.has(e.word)) verbOf.set(e.word, word);
    }
  }
  // irregular pasts from the lexicon's forms ("began" -> "begin"): base -> a past form
  const pastOf = new Map<string, string>();
  for (const [form, base] of [...ctx.morph.lemmas, ...ctx.derived.forms]) {
    if (/(?:ed|en|n|t)$/.test(form) && !/s$/.test(form) && !/ing$/.test(form) && form !== base && !pastOf.has(base)) pastOf.set(base, form);
  }
  got = { verbOf, patternStems, pastOf };
  nounsOfCtx.set(ctx.relations, got);
  return got;
}

/** The verb a noun names the deed of, when the lexicon says so; undefined for any other word. */
export function eventVerb(ctx: CheckContext, noun: string): string | undefined {
  const n = noun.toLowerCase();
  if (AGENT_NOUN.test(n) && !n.endsWith('ment')) return undefined;
  const { verbOf, patternStems } = lexiconNouns(ctx);
  const v = verbOf.get(n);
  if (v) return v;
  // a gerund of a pattern's verb ("commissioning": "commissioned in {o}")
  if (/[a-z]{3}ing$/.test(n) && patternStems.has(normWord(n, ctx.morph))) return n.replace(/ing$/, '').replace(/([bdgmnprt])\1$/, '$1');
  // a pattern word that is also a verb ("launch", "visit", "start")
  if (patternStems.has(normWord(n, ctx.morph)) && (ctx.derived.relations.get(n) ?? []).some((e) => e.pos === 'v' && e.relation === 'syn')) return n;
  return undefined;
}

/**
 * The past (participle) of a verb: the lexicon's irregular form, else the regular one.
 *
 * @example
 * ```ts
 * pastOf(ctx, 'open'); // 'opened'
 * ```
 */
export function pastOf(ctx: CheckContext, verb: string): string {
  const irregular = lexiconNouns(ctx).pastOf.get(verb);
  if (irregular) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** One clause that says what the nominal claim says. */
export interface NominalRewrite {
  claim: string;
  /** The event noun and the verb it was read as. */
  noun: string;
  verb: string;
}

/**
 * The claim said as a clause, once with the noun's owner as the doer and once as what is done
 * to; empty when it is no event noun with a happening verb.
 *
 * @example
 * ```ts
 * nominalEventRewrites(ctx, "The canal's commissioning was in 1999.").map((r) => r.claim);
 * // ['the canal commissioned in 1999', 'the canal was commissioned in 1999']
 * ```
 */
export function nominalEventRewrites(ctx: CheckContext, text: string): NominalRewrite[] {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  if (DENIAL.test(t)) return [];
  const out: NominalRewrite[] = [];
  const add = (claim: string, noun: string, verb: string): void => {
    const c = claim.replace(/\s+/g, ' ').trim();
    if (!out.some((o) => o.claim === c)) out.push({ claim: c, noun, verb });
  };
  const of = OF_FRAME.exec(t);
  if (of) {
    const [, noun, mid, rest, tail] = of as unknown as [string, string, string, string, string];
    const verb = eventVerb(ctx, noun);
    if (verb && !/'s$/.test(rest)) {
      const v = pastOf(ctx, verb);
      // "the recognition of X by Y": Y did it
      const by = /^(.+?)\s+by\s+(.+)$/.exec(rest);
      if (by) {
        add(`${by[2]} ${v} ${mid} ${by[1]} ${tail}`, noun, verb);
        add(`${by[1]} was ${v} ${mid} by ${by[2]} ${tail}`, noun, verb);
      } else {
        add(`${rest} ${v} ${mid} ${tail}`, noun, verb);
        add(`${rest} was ${v} ${mid} ${tail}`, noun, verb);
        // "the approval of the bank's first loan to Y": the owner of the thing done did it ("the
        // bank approved its first loan to Y"); said beside the passive, and the two must agree
        const owned = /^(.+?)'s\s+(.+)$/.exec(rest);
        if (owned && !/\b(?:by|and|or)\b/.test(owned[1]!)) add(`${owned[1]} ${v} its ${owned[2]} ${mid} ${tail}`, noun, verb);
      }
    }
  }
  const by = out.length ? null : BY_FRAME.exec(t);
  if (by) {
    const [, noun, object, doer, tail] = by as unknown as [string, string, string, string, string];
    const verb = eventVerb(ctx, noun);
    // the doer is a noun phrase: "by then", "by 2016" say a time, not who did it
    if (verb && !/^(?:then|now|\d|(?:the\s+)?(?:end|start|beginning|middle|time)\b)/i.test(doer)) add(`${doer} ${pastOf(ctx, verb)} ${object}${tail}`, noun, verb);
  }
  const pos = out.length ? null : POSSESSIVE_FRAME.exec(t);
  if (pos) {
    const [, owner, noun, restRaw, tail] = pos as unknown as [string, string, string, string, string];
    const verb = eventVerb(ctx, noun);
    const rest = restRaw.trim();
    if (verb && !/'s\b/.test(owner.replace(/^.*\b(?:of|for)\b/, ''))) {
      const v = pastOf(ctx, verb);
      // "X's visit to Y", "X's recognition of Y": X did it to Y
      const object = /^(?:to|of)\s+(.+)$/.exec(rest);
      if (object) {
        add(`${owner} ${v} ${object[1]} ${tail}`, noun, verb);
        add(`${object[1]} was ${v} by ${owner} ${tail}`, noun, verb);
      } else {
        add(`${owner} ${v} ${rest} ${tail}`, noun, verb);
        add(`${owner} was ${v} ${rest} ${tail}`, noun, verb);
      }
    }
  }
  return out;
}

/**
 * Reads a nominal event (see the module comment) by checking its clauses: the readings the graph
 * decides must agree (one decides; two that disagree decide nothing); a clause the graph does not
 * decide is held with its reading shown. A clause that is itself such a frame is not read again.
 *
 * @example
 * ```ts
 * await readNominalEvent(ctx, "The charter's entry into force was in 2011.", recheck); // { decided: ... }
 * ```
 */
export async function readNominalEvent(ctx: CheckContext, text: string, recheck: (claim: string) => Promise<CheckResult | undefined>):
  Promise<{ decided: CheckResult } | { held: CheckResult } | undefined> {
  const found: Array<{ rw: NominalRewrite; r: CheckResult }> = [];
  for (const rw of nominalEventRewrites(ctx, text)) {
    if (nominalEventRewrites(ctx, rw.claim).length) continue;
    const r = await recheck(rw.claim);
    if (r) found.push({ rw, r });
  }
  if (!found.length) return undefined;
  const tell = ({ rw, r }: { rw: NominalRewrite; r: CheckResult }, why = ''): CheckResult => ({
    ...r, claim: text.trim(),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read the event noun "${rw.noun}" as the verb "${rw.verb}": "${rw.claim}"`] },
    explanation: `Read as "${rw.claim}" (the event said as a noun, "${rw.noun}", is the deed of "${rw.verb}"; the verb after it says only when or where it was)${why}. ${r.explanation}`,
  });
  const decidedOnes = found.filter((f) => f.r.verdict !== 'NOT_ENOUGH_INFO');
  if (decidedOnes.length && decidedOnes.every((f) => f.r.verdict === decidedOnes[0]!.r.verdict)) return { decided: tell(decidedOnes[0]!) };
  if (decidedOnes.length) {
    const first = tell(decidedOnes[0]!, `, but read the other way round ("${decidedOnes.find((f) => f.r.verdict !== decidedOnes[0]!.r.verdict)!.rw.claim}") the graph decides otherwise`);
    return { held: undecidedResult(first) };
  }
  return { held: tell(found[0]!) };
}
