/**
 * Which thing a definite noun phrase names: "the bank", "the ceremony", "the region", "the
 * summit", "the bank's president". One mechanism for the three readers that ask it
 * (src/check/class-anaphora.ts, src/check/definite-choice.ts, src/check/owner-office.ts): they
 * differ only in where the candidates come from (a thing of the noun's class named before it, the
 * things of the class the graph relates to the claim's names, the things a label of the graph may
 * name, the owners of the class with the office); the rule that picks among them is this module's.
 *
 * **The rule for several candidates.** A candidate the claim selects is read alone: the one thing
 * of the class named before the noun, the one a place said right after the phrase is the graph's
 * place of, the one the claim's other names relate to in the graph. Otherwise every candidate is
 * read (the phrase replaced by a name of it) and each reading shown; only a unanimous verdict of
 * every candidate decides, and only when the candidates are every thing the phrase may name in the
 * graph's own words (a label of the graph): for a bare class noun ("the bank") the graph's banks
 * are not every bank, so the readings are held undecided. Never inside reported speech: a
 * speaker's "the bank" is the speaker's word, whose referent the speaker's statements give.
 *
 * @example
 * ```ts
 * namedBefore(ctx, tokenize('Freedonia joined the bank', ctx.morph)); // [{ iri: cgr + 'freedonia', from: 0, to: 1 }]
 * relatedTo(ctx, cgr + 'rufus-firefly', cgr + 'founders-gala');     // true: a claim says Rufus hosted the gala
 * ```
 */
import type { Term } from '@rdfjs/types';
import { readAttribution } from './attribution.js';
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { classNouns, classOfTokens } from './kinds.js';
import { commonNounInName, resolveMention } from './resolver.js';
import { dropIgnorable, tokenize, type Token } from './text.js';
import type { CheckResult } from './types.js';

// the longest name looked for in a span of the claim, in tokens (bounds the work)
const MAX_NAME = 6;

/**
 * The entities named in a run of tokens, each span that names one (names inside names too: "the
 * League Bank's Articles"), in reading order; offsets are token indices into the run.
 *
 * @example
 * ```ts
 * namedBefore(ctx, tokenize('Freedonia joined the bank', ctx.morph)); // [{ iri: cgr + 'freedonia', from: 0, to: 1 }]
 * ```
 */
export function namedBefore(ctx: CheckContext, toks: readonly Token[]): Array<{ iri: string; from: number; to: number }> {
  const out: Array<{ iri: string; from: number; to: number }> = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.kind !== 'word' && toks[i]!.kind !== 'number') continue;
    for (let n = Math.min(MAX_NAME, toks.length - i); n >= 1; n--) {
      const r = resolveMention(ctx, toks.slice(i, i + n));
      if (r.length === 1 && !commonNounInName(ctx, toks, i, i + n)) out.push({ iri: r[0]!.iri, from: i, to: i + n });
    }
  }
  return out;
}

/**
 * Words after a definite phrase that open a description of one thing ("the bank of X", "the bank
 * that ...", "the bank led by X"), so the phrase is no bare definite noun; compared as written
 * (the comparison form of a token is stemmed: "whose" -> "whos", "based" -> "base").
 */
const DESCRIBING = /^(?:of|that|which|who|whose|where|led|based)$/;
/** Prepositions after a class noun that describe it when no place selects ("the bank in Zenda", "the bank for X"). */
const DESCRIBING_PREP = /^(?:in|at|from|for|with)$/;
/** Participles that describe a phrase the graph has several things of ("the ceremony held near Zenda"). */
const DESCRIBING_PARTICIPLE = /^(?:held|launched|hosted|opened|called|named)$/;

/**
 * Whether the token after a definite phrase opens a description of it; `prepositions` also counts
 * "in", "at", "from", "for", "with" (a reader that does not take a place after the phrase as its
 * selector), `participles` "held", "hosted", "opened", ... (a reader of labels the graph has several things of).
 *
 * @example
 * ```ts
 * describes(tokenize('whose', ctx.morph)[0]); // true
 * ```
 */
export function describes(next: Token | undefined, prepositions = false, participles = false): boolean {
  if (!next || next.kind !== 'word') return false;
  const w = next.raw.toLowerCase();
  return DESCRIBING.test(w) || (prepositions && DESCRIBING_PREP.test(w)) || (participles && DESCRIBING_PARTICIPLE.test(w));
}

// a subject pronoun after a noun opens a clause about it ("the bank she leads")
const SUBJECT_PRONOUN = /^(?:i|we|you|he|she|they|it)$/;

/**
 * Whether the tokens from `j` open a contact clause (a relative clause with no "that"): a
 * capitalised word (a name as its subject), "the" or a possessive before one, or a subject
 * pronoun. "the bank Freedonia joined", "the bank the League founded", "the bank it leads".
 */
function opensContactClause(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (!t || t.kind !== 'word') return false;
  if (SUBJECT_PRONOUN.test(t.raw.toLowerCase()) && toks[j + 1]?.kind === 'word') return true;
  const head = /^(?:the|its|their|his|her)$/i.test(t.raw) ? toks[j + 1] : t;
  return !!head && head.kind === 'word' && /^[A-Z]/.test(head.raw) && toks[j + (head === t ? 1 : 2)]?.kind === 'word';
}

/**
 * The class of a one- or two-word class noun as written ("bank", "development bank"), or undefined.
 *
 * @example
 * ```ts
 * classOfNoun(ctx, 'bank'); // NS.cg + 'Bank'
 * ```
 */
export function classOfNoun(ctx: CheckContext, noun: string): string | undefined {
  return classOfTokens(ctx, dropIgnorable(tokenize(noun, ctx.morph), ctx.morph));
}

/**
 * The class noun after "the" at token `i` ("the bank", "the gas field": one or two words, the
 * longer first): its length and class; 'no anaphor' when the noun opens a description or the
 * phrase is itself a name; undefined when no class noun follows "the" there.
 *
 * @example
 * ```ts
 * classNounAt(ctx, tokenize('Freedonia joined the bank', ctx.morph), 3); // { n: 1, cls: NS.cg + 'Bank' }
 * ```
 */
export function classNounAt(ctx: CheckContext, toks: readonly Token[], i: number): { n: number; cls: string } | 'no anaphor' | undefined {
  if (toks[i - 1]!.norm !== 'the' || toks[i]!.kind !== 'word') return undefined;
  const nouns = classNouns(ctx);
  for (const n of [2, 1]) {
    const span = toks.slice(i, i + n);
    if (span.length < n || span.some((x) => x.kind !== 'word')) continue;
    const cls = nouns.get(span.map((x) => x.norm).join(' '));
    if (!cls) continue;
    // "the bank of X", "the bank led by X": a description, not an anaphor
    if (describes(toks[i + n], true)) return 'no anaphor';
    // "the bank Freedonia joined", "the bank the League founded", "the bank he leads": a contact
    // clause describes the noun, which is then no anaphor; read as one, the clause was dropped
    // unchecked (round 29: "the bank <someone> heads" taken as the bank of the claim's other names)
    if (opensContactClause(toks, i + n)) return 'no anaphor';
    // a name by itself ("the opening ceremony") is no anaphor; a label that starts with it (one
    // curated from an article about one bank, such as "the bank's opening") gives way to the bank named
    if (resolveMention(ctx, toks.slice(i - 1, i + n)).length) return 'no anaphor';
    return { n, cls };
  }
  return undefined;
}

/**
 * Whether the claim is (or is checked as) reported speech: "X said that P" read against X's
 * statements (ctx.scope), or a claim attribution reads. A definite noun there is the speaker's.
 *
 * @example
 * ```ts
 * inReportedSpeech(ctx, 'According to the author, the bank lends to the region.'); // true
 * ```
 */
export function inReportedSpeech(ctx: CheckContext, text: string): boolean {
  if (ctx.scope) return true;
  const a = readAttribution(ctx, text);
  if (!a) return false;
  // "Rufus concluded his visit to the region": a verb that can report ("concluded") with a
  // possessive object after it is a deed, not speech (the frame dropped the possessive)
  const at = text.indexOf(a.inner);
  return !(at > 0 && /\b(?:his|her|its|their)\s+$/i.test(text.slice(0, at)));
}

/** The entities of a class that the graph's claims about any of `named` relate (as subject, object or qualifier). */
export function relatedOfClass(ctx: CheckContext, named: readonly string[], cls: string): Set<string> {
  const out = new Set<string>();
  const claims = new Set(named.flatMap((iri) => [
    ...ctx.store.getSubjects(`${NS.rdf}subject`, iri, null),
    ...ctx.store.getSubjects(`${NS.rdf}object`, iri, null),
  ].map((c) => c.value)));
  for (const c of [...claims].sort()) {
    for (const q of ctx.store.getQuads(c, null, null, null)) {
      if (q.object.termType === 'NamedNode' && !named.includes(q.object.value) && isA(ctx, q.object.value, cls)) out.add(q.object.value);
    }
  }
  return out;
}

/** IRIs a term names, when it is a named node. */
function named(t: Term): string | undefined {
  return t.termType === 'NamedNode' ? t.value : undefined;
}

const neighbourMemo = new WeakMap<object, Map<string, Set<string>>>();

/**
 * What the graph relates an entity to: everything a claim node about it names (subject, object,
 * qualifiers), its background facts, and what states a background fact about it.
 *
 * @example
 * ```ts
 * neighbours(ctx, cgr + 'zenda-summit').has(cgr + 'zenda'); // true: Zenda hosted it
 * ```
 */
export function neighbours(ctx: CheckContext, iri: string): Set<string> {
  let memo = neighbourMemo.get(ctx.store);
  if (!memo) neighbourMemo.set(ctx.store, (memo = new Map()));
  const hit = memo.get(iri);
  if (hit) return hit;
  const out = new Set<string>();
  const { store } = ctx;
  for (const q of store.getQuads(iri, null, null, null)) {
    const o = named(q.object as Term);
    if (o) out.add(o);
  }
  for (const q of store.getQuads(null, null, iri, null)) {
    const s = q.subject.value;
    if (store.countQuads(s, `${NS.rdf}predicate`, null, null) > 0) {
      // a claim node: every entity it names
      for (const p of store.getQuads(s, null, null, null)) {
        const o = named(p.object as Term);
        if (o && p.predicate.value !== `${NS.rdf}predicate` && p.predicate.value !== `${NS.rdf}type`) out.add(o);
      }
    } else if (q.subject.termType === 'NamedNode') out.add(s);
  }
  out.delete(iri);
  memo.set(iri, out);
  return out;
}

/** An entity with the offices it holds and, for an office, its holder state: the names it is known by in claims. */
function widened(ctx: CheckContext, iri: string): Set<string> {
  const out = new Set([iri]);
  const holds = ctx.axioms.properties.get('holdsOffice');
  if (holds) {
    for (const c of ctx.store.getSubjects(`${NS.rdf}subject`, iri, null)) {
      if (ctx.store.countQuads(c, `${NS.rdf}predicate`, holds, null) === 0) continue;
      for (const o of ctx.store.getObjects(c, `${NS.rdf}object`, null)) out.add(o.value);
    }
  }
  for (const o of [...out]) for (const s of ctx.store.getObjects(o, `${NS.cg}officeOf`, null)) out.add(s.value);
  return out;
}

/**
 * Whether the graph relates a name of a claim to a thing: the name (or an office it holds, or the
 * state an office is of) is the thing, or a claim node or background fact names both.
 *
 * @example
 * ```ts
 * relatedTo(ctx, cgr + 'rufus-firefly', cgr + 'founders-gala'); // true: a claim says Rufus hosted the gala
 * ```
 */
export function relatedTo(ctx: CheckContext, name: string, thing: string): boolean {
  const near = neighbours(ctx, thing);
  for (const w of widened(ctx, name)) if (w === thing || near.has(w)) return true;
  return false;
}

/** One candidate of a definite phrase, read: the claim said of it, and its result. */
export interface CandidateReading {
  iri: string;
  /** The claim with the phrase replaced by a name of the candidate. */
  said: string;
  r: CheckResult;
}

/**
 * Every candidate read, in order (the phrase replaced by a name of each, `say`; a candidate with
 * no name that names it alone, or whose claim does not read, is left out).
 *
 * @example
 * ```ts
 * await readEveryCandidate([zendaSummit, ludoviaSummit], (iri) => rewriteWith(ctx, text, choice, iri), recheck);
 * // [{ iri: zendaSummit, said: 'The Zenda summit was held in 2015.', r: { verdict: 'SUPPORTED', ... } }, ...]
 * ```
 */
export async function readEveryCandidate(candidates: readonly string[], say: (iri: string) => string | undefined,
  recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<CandidateReading[]> {
  const out: CandidateReading[] = [];
  for (const iri of candidates) {
    const said = say(iri);
    const r = said ? await recheck(said) : undefined;
    if (r && said) out.push({ iri, said, r });
  }
  return out;
}

/**
 * The rule's verdict over every candidate's reading: the first reading when every candidate was
 * read and all decide alike (the same verdict, none SUPPORTED and REFUTED at once), else undefined.
 * A caller whose candidates are not every thing the phrase may name (a bare class noun) holds it.
 *
 * @example
 * ```ts
 * unanimous(readings, 2)?.r.verdict; // 'REFUTED' when both summits' readings are REFUTED
 * ```
 */
export function unanimous(readings: readonly CandidateReading[], candidates: number): CandidateReading | undefined {
  const first = readings[0];
  if (!first || readings.length !== candidates || first.r.verdict === 'NOT_ENOUGH_INFO') return undefined;
  return readings.every((x) => x.r.verdict === first.r.verdict && !x.r.conflict) ? first : undefined;
}
