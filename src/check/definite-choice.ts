/**
 * A definite noun phrase the graph has several things of: "the ceremony" when the graph holds two
 * ceremonies, "the League summit" when it holds two of the League's. A label curated from one
 * article ("the ceremony" of the one ceremony that article reports) names that thing only in its
 * article; in a claim it may mean any thing of the kind.
 *
 * The phrase is one a label of the graph is ("the ceremony"), or any "the <noun>" with a place
 * after it that selects one thing ("the summit in Zenda"). Its candidates are the entities with a
 * name that contains its words and ends its noun phrase in the same head noun ("the summit":
 * "League summit in Ludovia", "Zenda summit"), and the entity the phrase is itself a label of.
 * When there are two or more (of one kind), the claim's other names say which: a place right after
 * the phrase that the graph relates to one candidate alone (a claim about the candidate naming it)
 * selects that one, the place taken as its own; otherwise the candidate the most of the claim's
 * other names relate to in the graph (a claim node naming both, a background fact, an office its
 * holder holds). The claim is read with the phrase replaced by a name of that candidate alone.
 *
 * When the names do not say which ("The ceremony took place in 2015"), the claim is read once per
 * candidate: readings that all decide alike decide, anything else is NOT_ENOUGH_INFO with each
 * reading shown (never the verdict of one candidate the claim may not mean).
 *
 * Not read here: a phrase followed by "of" or a clause that describes it (src/check/described-thing.ts),
 * a class noun after the one thing of its class named before it (src/check/class-anaphora.ts, tried
 * first), a phrase that is part of a longer name ("the ceremony near Zenda" when that is a label).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { describes, inReportedSpeech, namedBefore, neighbours, readEveryCandidate, relatedTo, unanimous } from './definite-noun.js';
import type { ReaderOutcome } from './reader-kit.js';
import { undecidedResult } from './result.js';
import { resolveMention } from './resolver.js';
import { keyOf, nameKey, normalizeTypography, tokenize, type Token } from './text.js';
import type { CheckResult, Interpretation } from './types.js';

/** Words that close a noun phrase's head in a label ("opening ceremony of X", "summit in Y (2015)"). */
const HEAD_END = new Set(['of', 'in', 'at', 'near', 'for', 'on', 'between', 'from', 'to', 'with', 'by']);

/** Prepositions that put a place right after the phrase ("the summit in Zenda"). */
const PLACE_PREPS = new Set(['in', 'at', 'near']);

// the longest phrase looked at after "the", in tokens (the head and up to two modifiers)
const MAX_PHRASE = 3;

interface LabelIndex {
  /** head noun (a token norm) -> the label keys (each as its words) of every entity, with the entity. */
  byHead: Map<string, Array<{ words: string[]; iri: string }>>;
}

const labelHeads = new WeakMap<object, { size: number; index: LabelIndex }>();

/** The head noun of a label key: the word before the first word that closes it, else its last word. */
function headOf(words: readonly string[]): string | undefined {
  const end = words.findIndex((w, i) => i > 0 && HEAD_END.has(w));
  return end > 0 ? words[end - 1] : words[words.length - 1];
}

function headIndex(ctx: CheckContext): LabelIndex {
  const hit = labelHeads.get(ctx.labelIndex);
  if (hit && hit.size === ctx.labelIndex.size) return hit.index;
  const byHead = new Map<string, Array<{ words: string[]; iri: string }>>();
  for (const [key, iris] of ctx.labelIndex) {
    const words = key.split(' ').filter((w) => /^[a-z]/.test(w));
    const head = headOf(words);
    if (!head) continue;
    for (const iri of iris) (byHead.get(head) ?? byHead.set(head, []).get(head)!).push({ words, iri });
  }
  const index = { byHead };
  labelHeads.set(ctx.labelIndex, { size: ctx.labelIndex.size, index });
  return index;
}

/**
 * The entities a definite phrase may name: every entity with a label containing its words and
 * ending its noun phrase in its head, and any the phrase is a label of (sorted).
 *
 * @example
 * ```ts
 * definiteCandidates(ctx, tokenize('summit', ctx.morph)); // ['…/ludovia-summit', '…/zenda-summit']
 * ```
 */
export function definiteCandidates(ctx: CheckContext, phrase: readonly Token[]): string[] {
  const words = phrase.map((t) => t.norm);
  const head = words[words.length - 1]!;
  const out = new Set<string>(ctx.labelIndex.get(keyOf(phrase)) ?? []);
  for (const l of headIndex(ctx).byHead.get(head) ?? []) {
    if (headOf(l.words) !== head) continue;
    if (words.every((w) => l.words.includes(w))) out.add(l.iri);
  }
  return [...out].sort();
}

/** One definite phrase of the claim the graph has several things of. */
export interface DefiniteChoice {
  /** Token offsets of the phrase (after "the") and of a place adjunct it owns ("in Zenda"), in the normalised text. */
  start: number;
  end: number;
  /** The phrase as written ("the ceremony"). */
  said: string;
  candidates: string[];
  /** The candidate the claim's names select, if any. */
  chosen?: string;
  /** Why it was chosen. */
  why?: string;
  /** The place adjunct taken as the chosen candidate's own place ("in Zenda"): dropped with the phrase. */
  ownPlace?: { start: number; end: number };
}

/**
 * The first definite phrase of a claim that may name several things of the graph, with the
 * candidate its other names select; undefined when there is none.
 *
 * @example
 * ```ts
 * findDefiniteChoice(ctx, 'Rufus addressed the ceremony.');
 * // { said: 'the ceremony', candidates: [gala-ceremony, canal-ceremony], chosen: gala-ceremony, ... }
 * ```
 */
export function findDefiniteChoice(ctx: CheckContext, text: string, bare = false): DefiniteChoice | undefined {
  const t = normalizeTypography(text);
  if (!/\bthe\s/i.test(t)) return undefined;
  const toks = tokenize(t, ctx.morph);
  for (let i = 1; i < toks.length; i++) {
    if (toks[i - 1]!.norm !== 'the' || toks[i]!.kind !== 'word') continue;
    for (let n = Math.min(MAX_PHRASE, toks.length - i); n >= 1; n--) {
      const span = toks.slice(i, i + n);
      const head = span[n - 1]!;
      // a common noun as the head ("the League summit", not "the Zenda" nor "the LNS")
      if (span.some((x) => x.kind !== 'word') || head.cap) continue;
      // (the cheap test first: most words are the head of no name)
      if (!headIndex(ctx).byHead.has(head.norm)) continue;
      const next = toks[i + n];
      if (describes(next, false, true)) continue;
      const candidates = definiteCandidates(ctx, span);
      if (candidates.length < 2) continue;
      // the things must be of one kind: a noun shared by a person's title and an event is no choice
      if (!sharedKind(ctx, candidates)) continue;
      // part of a longer name ("the ceremony near Zenda"; "the summit's host" is none)
      if (longerName(ctx, toks, i, i + n)) break;
      const choice = choose(ctx, toks, i - 1, i + n, { start: toks[i - 1]!.start, end: head.end, said: t.slice(toks[i - 1]!.start, head.end), candidates });
      // a phrase no label of the graph is ("the summit", "the bank") is read only when a place
      // after it selects the thing: otherwise it names nothing, as before (a reading of a bare noun
      // by the claim's other names alone would be new linking, not a check of a label's reach)
      // (`bare`: only such a phrase, read when nothing else reads the claim: readBareDefinite)
      const isBare = !ctx.labelIndex.has(keyOf(span)) && !choice.ownPlace;
      if (isBare !== bare) continue;
      return choice;
    }
  }
  return undefined;
}

/**
 * A bare definite phrase no label of the graph is ("the summit", with two summits in the graph),
 * in a claim nothing else reads: every candidate read and shown, held undecided whatever the
 * readings say (the rule of src/check/definite-noun.ts: the graph's summits are not every summit,
 * so no verdict, not even a unanimous one, decides); never in reported speech.
 *
 * @example
 * ```ts
 * await readBareDefinite(ctx, 'The summit took place in July 2015.', recheck);
 * // { held: NOT_ENOUGH_INFO, '"The summit" may name League summit in Ludovia (2016) (REFUTED) or ... (SUPPORTED)' }
 * ```
 */
export async function readBareDefinite(ctx: CheckContext, text: string, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<ReaderOutcome | undefined> {
  if (!/\bthe\s/i.test(text) || inReportedSpeech(ctx, text)) return undefined;
  const choice = findDefiniteChoice(ctx, text, true);
  if (!choice) return undefined;
  const readings = await readEveryCandidate(choice.candidates, (iri) => rewriteWith(ctx, text, choice, iri), recheck);
  const first = readings[0]?.r;
  if (!first) return undefined;
  const label = (iri: string): string => ctx.entityLabel.get(iri) ?? iri;
  const shown = `"${choice.said}" may name ${choice.candidates.map((c) => {
    const one = readings.find((x) => x.iri === c);
    return `${label(c)} (${one ? one.r.verdict : 'not read'})`;
  }).join(' or ')}; the claim does not say which, and the graph's are not every one`;
  return {
    held: {
      ...undecidedResult(first, `Not enough information: ${shown}. ${readings.map((x) => `Read as "${x.said}": ${x.r.verdict}.`).join(' ')}`),
      claim: text.trim(),
      evidence: readings.flatMap((x) => x.r.evidence).map((e) => ({ ...e, stance: 'related' as const })),
      interpretation: { ...first.interpretation, notes: [...(first.interpretation.notes ?? []), shown] },
    },
  };
}

/** Whether the phrase (with "the") continues into a name of one entity ("the ceremony near Zenda"). */
function longerName(ctx: CheckContext, toks: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.min(toks.length, to + 4); k > to; k--) {
    if (resolveMention(ctx, toks.slice(from, k)).length === 1) return true;
  }
  return false;
}

function sharedKind(ctx: CheckContext, iris: readonly string[]): boolean {
  const first = ctx.entityTypes.get(iris[0]!) ?? new Set<string>();
  return [...first].some((cls) => iris.every((i) => isA(ctx, i, cls)));
}

/**
 * The entities the claim names outside [from, to): every span naming exactly one, names inside
 * longer names too ("Freedonia" in "Freedonia's neutrality": the state is named as well).
 */
function otherNames(ctx: CheckContext, toks: readonly Token[], from: number, to: number): Array<{ iri: string; from: number; to: number }> {
  const after = namedBefore(ctx, toks.slice(to)).map((n) => ({ ...n, from: n.from + to, to: n.to + to }));
  const out: Array<{ iri: string; from: number; to: number }> = [];
  for (const n of [...namedBefore(ctx, toks.slice(0, from)), ...after]) if (!out.some((o) => o.iri === n.iri)) out.push(n);
  return out;
}

function choose(ctx: CheckContext, toks: readonly Token[], from: number, to: number, choice: DefiniteChoice): DefiniteChoice {
  const names = otherNames(ctx, toks, from, to);
  // "the summit in Zenda": a place right after the phrase that is one candidate's own place
  const prep = toks[to];
  if (prep && PLACE_PREPS.has(prep.norm)) {
    const place = names.find((n) => n.from === to + 1 && isA(ctx, n.iri, `${NS.cg}Place`));
    if (place) {
      const own = choice.candidates.filter((c) => neighbours(ctx, c).has(place.iri));
      if (own.length === 1) {
        return { ...choice, chosen: own[0], why: `the place said after it, ${toks.slice(place.from, place.to).map((x) => x.raw).join(' ')}, is the graph's place of that one`,
          ownPlace: { start: prep.start, end: toks[place.to - 1]!.end } };
      }
    }
  }
  const score = new Map<string, string[]>();
  for (const c of choice.candidates) {
    score.set(c, [...new Set(names.filter((n) => relatedTo(ctx, n.iri, c)).map((n) => toks.slice(n.from, n.to).map((x) => x.raw).join(' ')))]);
  }
  const best = Math.max(...[...score.values()].map((s) => s.length));
  const top = choice.candidates.filter((c) => score.get(c)!.length === best);
  if (best > 0 && top.length === 1) return { ...choice, chosen: top[0], why: `the claim's ${score.get(top[0]!)!.map((s) => `"${s}"`).join(', ')} ${score.get(top[0]!)!.length > 1 ? 'relate' : 'relates'} to that one in the graph` };
  return choice;
}

/**
 * A name of the entity that names it alone: its label when that is one, else the alias with the
 * most of `prefer`'s words (no parenthesis); undefined when it has none.
 *
 * @example
 * ```ts
 * uniqueName(ctx, cgr + 'ludovia-summit', ['league', 'summit']); // 'League Ludovia summit'
 * ```
 */
export function uniqueName(ctx: CheckContext, iri: string, prefer: readonly string[]): string | undefined {
  const names: string[] = [];
  for (const p of [`${NS.rdfs}label`, `${NS.skos}altLabel`]) for (const o of ctx.store.getObjects(iri, p, null)) names.push(o.value);
  const ok = names.filter((n) => !/[()'\u2019]/.test(n) && !/^the\s/i.test(n) && ctx.labelIndex.get(nameKey(n, ctx.morph))?.size === 1 && !definiteCandidatesOf(ctx, n).some((c) => c !== iri));
  const words = (n: string): number => nameKey(n, ctx.morph).split(' ').filter((w) => prefer.includes(w)).length;
  return ok.sort((a, b) => words(b) - words(a) || a.length - b.length || (a < b ? -1 : 1))[0];
}

/** The candidates a whole name would have as a definite phrase (a name that is itself generic is no unique name). */
function definiteCandidatesOf(ctx: CheckContext, name: string): string[] {
  const toks = tokenize(name, ctx.morph).filter((x) => x.norm !== 'the');
  if (!toks.length || toks.length > MAX_PHRASE || toks[toks.length - 1]!.cap) return [];
  return definiteCandidates(ctx, toks);
}

/**
 * The claim with the phrase (and the place it owns) replaced by a name of `iri` alone.
 *
 * @example
 * ```ts
 * rewriteWith(ctx, 'Rufus addressed the ceremony.', choice, galaCeremony); // 'Rufus addressed the opening ceremony of the gala.'
 * ```
 */
export function rewriteWith(ctx: CheckContext, text: string, choice: DefiniteChoice, iri: string): string | undefined {
  const t = normalizeTypography(text);
  const prefer = tokenize(choice.said, ctx.morph).map((x) => x.norm);
  const name = uniqueName(ctx, iri, prefer);
  if (!name) return undefined;
  const end = iri === choice.chosen && choice.ownPlace ? choice.ownPlace.end : choice.end;
  const keepThe = /^the\s/i.test(choice.said);
  const article = keepThe ? choice.said.slice(0, 3) + ' ' : '';
  return `${t.slice(0, choice.start)}${article}${name}${t.slice(end)}`;
}

// set while a claim is read without choosing its definite phrase (the fallback below): no second choice inside
const holding = new AsyncLocalStorage<true>();

/**
 * Whether the current check runs inside such a fallback, where no definite phrase is chosen: a
 * result kept per text (src/check/unread-memo.ts) must not cross between the two (index.ts keys it).
 *
 * @example
 * ```ts
 * choiceHeld(); // false at the top of a check; true inside checkDefiniteChoice's `whole`
 * ```
 */
export function choiceHeld(): boolean {
  return holding.getStore() === true;
}

/** The entity IRIs a reading names (subject, object, entity qualifiers). */
function namedIn(i: Interpretation): string[] {
  const out: string[] = [];
  for (const v of [i.subject, i.object, ...Object.values(i.qualifiers)]) if (v && typeof v === 'object' && 'iri' in v && typeof v.iri === 'string') out.push(v.iri);
  return out;
}

function withNote(r: CheckResult, claim: string, note: string, said: string): CheckResult {
  return { ...r, claim, interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] }, explanation: `Read as "${said}" (${note}). ${r.explanation}` };
}

/**
 * Checks a claim with a definite phrase the graph has several things of (see the module's TSDoc):
 * the candidate the claim's names select, else every candidate (readings that decide alike decide,
 * anything else is NOT_ENOUGH_INFO with each shown); `whole` checks the claim as written, without
 * the choice. Undefined when the claim has no such phrase, or inside such a `whole` check.
 *
 * @example
 * ```ts
 * await checkDefiniteChoice(ctx, 'The ceremony took place in Zenda.', recheck, whole);
 * // NOT_ENOUGH_INFO: "the ceremony" may name either ceremony, each reading shown in the notes
 * ```
 */
export async function checkDefiniteChoice(ctx: CheckContext, text: string,
  recheck: (claim: string) => Promise<CheckResult | undefined>,
  whole: () => Promise<CheckResult>): Promise<CheckResult | undefined> {
  if (holding.getStore()) return undefined;
  const choice = findDefiniteChoice(ctx, text);
  // in reported speech the phrase is the speaker's word (src/check/definite-noun.ts)
  if (!choice || inReportedSpeech(ctx, text)) return undefined;
  const claim = text.trim();
  const label = (iri: string): string => ctx.entityLabel.get(iri) ?? iri;
  // the claim as written, without the choice (read once, when needed): its verdict stands when
  // it rests on none of the things the phrase may name but the chosen one (a reader of the words
  // themselves, "the region's infrastructure")
  // (an unread claim as written is an error, thrown only when nothing else reads it)
  let asWritten: CheckResult | Error | undefined;
  const written = async (): Promise<CheckResult | Error> => (asWritten ??= await holding.run(true, whole).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
  const others = choice.candidates.filter((c) => c !== choice.chosen);
  const restsOnOther = (r: CheckResult): boolean => [r.interpretation, ...(r.parts ?? []).map((p) => p.interpretation)].flatMap(namedIn).some((i) => others.includes(i));
  const standsWritten = (r: CheckResult | Error): r is CheckResult => !(r instanceof Error) && r.verdict !== 'NOT_ENOUGH_INFO' && !restsOnOther(r);
  let shown: string;
  if (choice.chosen) {
    const said = rewriteWith(ctx, text, choice, choice.chosen);
    const r = said ? await recheck(said) : undefined;
    const note = `"${choice.said}" read as ${label(choice.chosen)}: ${choice.why}`;
    if (r && r.verdict !== 'NOT_ENOUGH_INFO') return withNote(r, claim, note, said!);
    const w = await written();
    if (standsWritten(w)) return w;
    if (r) return withNote(r, claim, note, said!);
    shown = `"${choice.said}" is read as ${label(choice.chosen)} (${choice.why}), but the claim reads only with another of ${choice.candidates.map(label).join(' or ')}`;
  } else {
    const readings = await readEveryCandidate(choice.candidates, (iri) => rewriteWith(ctx, text, choice, iri), recheck);
    shown = `"${choice.said}" may name ${choice.candidates.map((c) => {
      const one = readings.find((x) => x.iri === c);
      return `${label(c)} (${one ? one.r.verdict : 'not read'})`;
    }).join(' or ')}; the claim's other names do not say which`;
    const first = readings[0]?.r;
    const alike = unanimous(readings, choice.candidates.length);
    if (alike) return withNote(alike.r, claim, `${shown}, and every reading is ${alike.r.verdict}`, alike.said);
    const w = await written();
    if (standsWritten(w)) return w;
    if (first) {
      return {
        ...first, claim, verdict: 'NOT_ENOUGH_INFO', conflict: false,
        evidence: readings.flatMap((x) => x.r.evidence).map((e) => ({ ...e, stance: 'related' as const })),
        interpretation: { ...first.interpretation, notes: [...(first.interpretation.notes ?? []), shown] },
        explanation: `Not enough information: ${shown}. ${readings.map((x) => `Read as "${x.said}": ${x.r.verdict}.`).join(' ')}`,
      };
    }
  }
  // no reading of a candidate: the claim as written, held undecided when its verdict rests on a
  // thing the phrase may name other than the chosen one (on any, when none is chosen)
  const r = await written();
  if (r instanceof Error) throw r;
  if (r.verdict === 'NOT_ENOUGH_INFO' || !restsOnOther(r)) return r;
  return { ...r, claim, verdict: 'NOT_ENOUGH_INFO', conflict: false, evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), shown] }, explanation: `Not enough information: ${shown}. ${r.explanation}` };
}
