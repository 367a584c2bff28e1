/**
 * Reading by words, evidence first: the fallback for a claim no lexical pattern covers in order.
 *
 * The claim's names are linked first (exactly two, in the order written); every other word must
 * then be accounted for by ONE lexical pattern of a property: each content word is a word of that
 * pattern (its own word or a derived one, src/check/lexicon.ts), the pattern's required words are
 * all there, and the two names fit the property's rdfs:domain and rdfs:range in the pattern's
 * order ("{o} receive aid from {s}" reads "Y received aid from X" as X giving to Y). A word no
 * single pattern explains, a number, a date, a meaning word ("only", "first", "before") or an
 * unknown name leaves the claim unread: this reader widens word order, never what a claim may
 * leave out. Its readings rank below every ordered reading and say so in `notes`.
 */
import type { CheckContext, RelationPattern } from './context.js';
import { literalNodes, type PatternNode } from './pattern.js';
import { applyMarkers, fitsClass, readSlot, type MarkerOutcome } from './parser.js';
import { commonNounInName, resolveMention } from './resolver.js';
import { dropIgnorable, tokenize, type Token } from './text.js';
import type { CheckValue, Interpretation, ModalityName, PolarityName } from './types.js';
import { readingMemo } from './text-memo.js';

/**
 * Words that carry no relation of their own once names are linked: the copula and auxiliaries
 * the lexicon leaves in (its ignorable words are gone already), relative pronouns, possessive
 * marks. Prepositions are NOT here: "from" and "to" decide who gives and who receives.
 */
const LIGHT = new Set(["'s", 'be', 'that', 'which', 'who', 'whom', 'it', 'they', 'there', 'this', 'these', 'those', 'its', 'their']);

/** The words that make a following time noun relative to the speaker's day ("this week"). */
const DEICTIC = new Set(['this', 'last', 'next', 'coming', 'past', 'current']);
const TIME_NOUN = new Set(['day', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'autumn', 'fall', 'winter', 'season', 'quarter']);
/** Times that are the speaker's day or near it. */
const RELATIVE_DAY = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'now', 'currently', 'presently', 'nowadays']);

/** Most names a reading by words tries (longest spans first, left to right). */
const MAX_NAME_TOKENS = 8;

interface Span { start: number; end: number }

/** Lower-case norms of every literal of a pattern with their derived alternatives, and its required norms. */
function patternWords(nodes: PatternNode[], out = new Set<string>()): Set<string> {
  for (const n of literalNodes(nodes)) {
    out.add(n.norm);
    for (const a of n.alts ?? []) out.add(a);
  }
  return out;
}

/** Which slot the pattern names first, `s` or `o` (undefined when it lacks one). */
function firstSlot(nodes: PatternNode[]): 's' | 'o' | undefined {
  for (const n of nodes) {
    if (n.t === 'slot' && (n.name === 's' || n.name === 'o')) return n.name;
    if (n.t === 'group') for (const alt of n.alts) { const f = firstSlot(alt); if (f) return f; }
  }
  return undefined;
}

/** Qualifier slots of a pattern other than s and o (a reading by words fills none). */
function hasQualifierSlot(nodes: PatternNode[]): boolean {
  return nodes.some((n) => (n.t === 'slot' && n.name !== 's' && n.name !== 'o') || n.t === 'const'
    || (n.t === 'group' && !n.optional && n.alts.some(hasQualifierSlot)));
}

const wordsCache = new WeakMap<RelationPattern, { words: Set<string>; first: 's' | 'o' | undefined; qualified: boolean }>();
function describe(rp: RelationPattern): { words: Set<string>; first: 's' | 'o' | undefined; qualified: boolean } {
  let d = wordsCache.get(rp);
  if (!d) wordsCache.set(rp, (d = { words: patternWords(rp.pattern.nodes), first: firstSlot(rp.pattern.nodes), qualified: hasQualifierSlot(rp.pattern.nodes) }));
  return d;
}

/** Names of the graph in the claim: longest linked spans, left to right. */
function linkNames(ctx: CheckContext, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found = 0;
    if (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'number') {
      for (let end = Math.min(tokens.length, i + MAX_NAME_TOKENS); end > i; end--) {
        const span = tokens.slice(i, end);
        // a name neither starts nor ends with a light word or a preposition-like function word
        if (LIGHT.has(span[0]!.norm) || LIGHT.has(span[span.length - 1]!.norm)) continue;
        // "Harbour" in "the Great Harbour Fund" names nothing alone (resolver.ts `commonNounInName`)
        if (resolveMention(ctx, span).length && !commonNounInName(ctx, tokens, i, end)) {
          found = end;
          break;
        }
      }
    }
    if (found) {
      spans.push({ start: i, end: found });
      i = found;
    } else i++;
  }
  return spans;
}

/** One reading by words, with the claim words its pattern explains. */
export interface WordReading {
  interpretation: Interpretation;
  /** Content words the pattern explains (more is a closer reading). */
  explained: number;
}

/**
 * Readings of a claim by its words (see the module comment); empty when no single pattern
 * accounts for every word.
 *
 * @example
 * ```ts
 * readByWords(ctx, 'Aid was received by Sylvania from Freedonia.');
 * // [{ interpretation: { subject: Freedonia, predicate: cg:providedAssistanceTo, object: Sylvania, … }, explained: 2 }]
 * ```
 */
export function readByWords(ctx: CheckContext, claim: string): WordReading[] {
  // a function of the context and the text, asked again of each text its readers and rechecks
  // see again (the users' set: about twice per text): kept per context (text-memo.ts, round 19), and
  // since round 38 per reading key, shared with the contexts derived to judge otherwise (it only reads)
  return readByWordsMemo(ctx, claim, () => readByWordsUncached(ctx, claim));
}

const readByWordsMemo = readingMemo<WordReading[]>();

function readByWordsUncached(ctx: CheckContext, claim: string): WordReading[] {
  const all = dropIgnorable(tokenize(claim, ctx.morph), ctx.morph);
  const marked: MarkerOutcome = applyMarkers(ctx, all, claim);
  if (marked.acrossClauses) return [];
  const tokens = marked.tokens.filter((t) => !(t.kind === 'word' && ctx.skippable.has(t.raw.toLowerCase())));
  const names = linkNames(ctx, tokens);
  if (names.length !== 2) return [];
  // the claim starts with its first name: a word before it ("From X, Y received aid") may bind
  // that name to another slot than the one a pattern writes first
  if (tokens.slice(0, names[0]!.start).some((t) => t.kind !== 'possessive' && !LIGHT.has(t.norm))) return [];
  // a time said relative to the speaker's day ("this week", "last month", "today"): the reader's
  // "now" is no time of the sources, and a word of it taken as a pattern's word ("week" of a
  // "week-long visit") would read the claim without it (round 37, users30 F14)
  if (tokens.some((t, j) => RELATIVE_DAY.has(t.norm) || (DEICTIC.has(t.norm) && TIME_NOUN.has(tokens[j + 1]?.norm ?? '')))) return [];
  const inName = new Set<number>();
  for (const s of names) for (let j = s.start; j < s.end; j++) inName.add(j);
  const rest = tokens.filter((_, j) => !inName.has(j));
  const content: Token[] = [];
  for (const t of rest) {
    if (t.kind === 'possessive' || t.kind === 'dash') continue;
    // numbers, dates, amounts and words that change meaning must be read in order, not by bag
    if (t.kind !== 'word') return [];
    const w = t.raw.toLowerCase();
    if (ctx.meaningWords.has(w) || ctx.meaningWords.has(t.norm)) return [];
    // an unknown name is not a relation word
    if (t.cap && t !== tokens[0] && !ctx.nameWords.has(t.norm)) return [];
    if (LIGHT.has(t.norm) || LIGHT.has(w)) continue;
    content.push(t);
  }
  if (!content.length) return [];
  // a passive ("Y was hosted by X"): "by" right before the second name makes it the agent, so
  // it fills the slot the active pattern writes first
  const byToken = tokens[names[1]!.start - 1];
  const passive = byToken?.norm === 'by' && content.includes(byToken);
  const spanA = tokens.slice(names[0]!.start, names[0]!.end);
  const spanB = tokens.slice(names[1]!.start, names[1]!.end);
  const out: WordReading[] = [];
  const seen = new Set<string>();
  for (const rp of ctx.relations) {
    const d = describe(rp);
    if (d.qualified || !d.first) continue;
    const flip = passive && !d.words.has('by');
    const words = flip ? content.filter((t) => t !== byToken) : content;
    if (!words.length || !words.every((t) => d.words.has(t.norm))) continue;
    // every word the pattern cannot do without is in the claim
    const has = (norm: string, alts?: Set<string>): boolean => words.some((t) => t.norm === norm || !!alts?.has(t.norm));
    if (!rp.pattern.required.every((r) => has(r.norm, r.alts))) continue;
    // one word alone, and no word of any choice the pattern cannot do without: "with" alone read
    // "Freedonia with Sylvania" as aid given by "{s} (provide|supply) {o} with" (round 31); a noun
    // of a choice ("Freedonia's grants for Sylvania") or two words still read
    if (words.length < 2 && rp.pattern.requiredAny.length && !rp.pattern.requiredAny.some((ws) => ws.some((r) => has(r.norm, r.alts)))) continue;
    // at least one word beyond a preposition: "in" alone relates nothing
    if (rp.pattern.required.length === 0 && words.length < 2) continue;
    // a passive of a pattern that starts with a noun phrase is no passive ("member of")
    if (flip && !startsWithVerb(rp, d.first)) continue;
    const [sSpan, oSpan] = (d.first === 's') !== flip ? [spanA, spanB] : [spanB, spanA];
    const subjects = readSlot(ctx, 'entity', ctx.axioms.domain.get(rp.property), sSpan, false, true);
    const objects = readSlot(ctx, 'entity', ctx.axioms.range.get(rp.property), oSpan, false, true);
    for (const s of subjects.slice(0, 3)) {
      for (const o of objects.slice(0, 3)) {
        if (!fits(ctx, s, ctx.axioms.domain.get(rp.property)) || !fits(ctx, o, ctx.axioms.range.get(rp.property))) continue;
        const interpretation = toInterpretation(rp, s, o, marked, content);
        const key = JSON.stringify([interpretation.predicate, interpretation.polarity, interpretation.modality, value(s), value(o)]);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ interpretation, explained: content.length });
      }
    }
  }
  return out;
}

/** The pattern's first word after its first slot is a verb the claim can put in the passive: "{s} host {o}". */
function startsWithVerb(rp: RelationPattern, first: 's' | 'o'): boolean {
  const nodes = rp.pattern.nodes;
  const i = nodes.findIndex((n) => n.t === 'slot' && n.name === first);
  const next = nodes[i + 1];
  const last = nodes[nodes.length - 1];
  // "{s} V {o}": a slot, one literal verb, the other slot
  return i === 0 && nodes.length === 3 && next?.t === 'lit' && last?.t === 'slot' && !/^(be|have|'s|of|in|at|on|to|with|from)$/.test(next.norm);
}

const value = (v: CheckValue): unknown => ({ ...v, mention: undefined });

function fits(ctx: CheckContext, v: CheckValue, cls: string | undefined): boolean {
  if (v.kind === 'entity') return fitsClass(ctx, v.iri, cls);
  if (v.kind === 'entities') return v.items.every((x) => fitsClass(ctx, x.iri, cls));
  return false;
}

function toInterpretation(rp: RelationPattern, s: CheckValue, o: CheckValue, marked: MarkerOutcome, content: Token[]): Interpretation {
  const flip = marked.polarity === 'negative';
  const polarity: PolarityName = (rp.polarity === 'negative') !== flip ? 'negative' : 'positive';
  const modality: ModalityName = rp.modality !== 'stated' ? rp.modality : (marked.modality ?? 'stated');
  const words = content.map((t) => t.raw).join(' ');
  return {
    subject: s, predicate: rp.property, predicateName: rp.name, object: o, polarity, modality, qualifiers: {},
    pattern: rp.pattern.source,
    notes: [`read by its words, not their order: "${words}" are words of the pattern "${rp.pattern.source}" (no pattern matched the claim as written)`],
  };
}
