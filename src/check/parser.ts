/**
 * Claim parsing: free text -> ranked interpretations (subject, property, object, polarity,
 * modality, qualifiers), using only the graph's labels and the lexicon's patterns and markers.
 * A slot's words are read as a value by src/check/slot-values.ts.
 */
import { pastExpectation, presentProspect, prospectExempt } from './expectation-tense.js';
import { saysNever } from './repeat-time.js';
import { occasionDeterminer } from './determiners.js';
import { eachPartNoun } from './part-total.js';
import { modalScope } from './modal-scope.js';
import { ClaimgraphError } from '../errors.js';
import { NS, type CheckContext, type RelationPattern } from './context.js';
import { findMarker, matchPattern, type Bindings } from './pattern.js';
import { candidatePatterns } from './pattern-index.js';
import { isA } from './claim-index.js';
import { commonNounInName, looksLikeName } from './resolver.js';
import { correctionNote } from './spelling-variants.js';
import { dropIgnorable, keyOf, tokenize, type Token } from './text.js';
import type { CheckValue, Interpretation, ModalityName, PolarityName } from './types.js';
import { withoutBroaderReadings } from './narrower-readings.js';
import { preferOwnWords } from './own-words.js';
import { memoSlot, spanKeys, spanShared } from './slot-memo.js';
import { unreadError } from './unread-error.js';
import { readingKey } from './context-base.js';
import { slotSpecsFor } from './slot-specs.js';
import { ownedByOther } from './owned-heads.js';
import { appositionOfPlace } from './apposition-place.js';
import { upToBound } from './ceiling.js';
import { RESPECTIVELY } from './respectively.js';
import { splitsOneName } from './wordless-reading.js';
import { contrastDenial } from './contrast-denial.js';
import { valueStarts } from './value-starts.js';
import { degreeBeforeComparison } from './lexicon-words.js';
import { coordinations, readCoordination } from './coordination.js';
import { saysState } from './state-since.js';
import { unstatedAdverbNote } from './unstated-adverbs.js';
import { mentionedEntities, readSlot, unknownName } from './slot-values.js';

export { coordinations, readCoordination } from './coordination.js';
// the slot readers, moved to src/check/slot-values.ts (round 38): their callers import them from here
export { fitsClass, readCount, readException, readGroupOffices, readSlot } from './slot-values.js';

/** Longest claim accepted, in characters (a claim is a sentence, not a document). */
export const MAX_CLAIM_LENGTH = 2000;

/** One reading of a claim with its ranking keys. */
export interface Reading {
  interpretation: Interpretation;
  unknown: number;
  literals: number;
  adjunctTokens: number;
  order: number;
  /** Claim words read through the derived lexicon (fewer is closer to the lexicon's own words). */
  widened: number;
  /** The claim words read as other pattern words through WordNet ("holds~control"), src/check/own-words.ts. */
  wordnet: string[];
}

/** Result of parsing a claim. */
export interface ParseResult { readings: Reading[]; tokens: Token[] }

/**
 * Rejects input that is not a claim: empty, oversized, binary.
 *
 * @example
 * ```ts
 * validateClaimText('Freedonia is a member of the League.'); // ok
 * validateClaimText(''); // throws CHECK_INPUT
 * ```
 */
export function validateClaimText(text: unknown, opts: { sentence?: boolean } = {}): string {
  if (typeof text !== 'string') throw new ClaimgraphError('CHECK_INPUT', 'the claim must be a string');
  const t = text.trim();
  if (!t) throw new ClaimgraphError('CHECK_INPUT', 'the claim is empty');
  if (t.length > MAX_CLAIM_LENGTH) {
    throw new ClaimgraphError('CHECK_INPUT', `the claim is ${t.length} characters long; at most ${MAX_CLAIM_LENGTH} are accepted (one sentence)`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD\uFFFE\uFFFF]/.test(t)) {
    throw new ClaimgraphError('CHECK_INPUT', 'the claim contains binary or control characters; expected a sentence of text');
  }
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  // round 35: a numeric date or a range of them ("2015-10-22", "22-28/10/2015", "22.10.2015") is
  // text a sentence may hold, not noise: left out of the share of letters, so a short claim with
  // two dates in it is no longer rejected ("The tour ran from 2015-10-22 to 2015-10-28.")
  const dates = (t.match(/\b\d{1,4}(?:\s*-\s*\d{1,2})?[./-]\d{1,2}[./-]\d{2,4}\b/g) ?? []).join('').length;
  if (opts.sentence !== false && (letters < 2 || letters / ([...t].length - dates) < 0.4)) {
    throw new ClaimgraphError('CHECK_INPUT', 'the claim does not look like a sentence of text');
  }
  return t;
}

const MONTH_RE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/i;

/** A claim's tokens without its negation and modality markers, and what the markers said. */
export interface MarkerOutcome {
  tokens: Token[];
  polarity: PolarityName;
  modality?: ModalityName;
  removed: Token[];
  /**
   * Two denials in two clauses ("X did not join Y, is not in Z"), or a contrast's denied member ("X, and not Y,
   * is in Z": src/check/contrast-denial.ts): no one reading of the claim has a polarity (set only given the text).
   */
  acrossClauses?: boolean;
}

/** A negation or modality marker found in a sentence: its words and what it says. */
export interface MarkerHit {
  words: Token[];
  polarity?: PolarityName;
  modality?: ModalityName;
}

/**
 * Takes the lexicon's markers (negation, modality) out of a token list, in the lexicon's order,
 * and says where each was: the reading of a claim (`parseClaim`) and of an article's sentence
 * (src/suggest/reader-check.ts, where a marker counts only inside the stretch it occurs in).
 *
 * @example
 * ```ts
 * stripMarkers(ctx, tokenize('Freedonia may not join', ctx.morph)).hits.map((h) => h.words[0].raw); // ['not', 'may']
 * ```
 */
export function stripMarkers(ctx: CheckContext, input: Token[]): { tokens: Token[]; hits: MarkerHit[] } {
  let tokens = input;
  const hits: MarkerHit[] = [];
  for (const m of ctx.markers) {
    // "May 5" is a date, not the modal verb; "Freedonia's pledge to Y" is a noun phrase, not "pledged to"
    const spans = findMarker(m.pattern, tokens, (i) => (MONTH_RE.test(tokens[i]!.raw) && tokens[i + 1]?.kind === 'number')
      || (m.modality === 'pledged' && tokens[i - 1]?.kind === 'possessive' && !/(?:ed|s)$/i.test(tokens[i]!.raw)));
    if (!spans.length) continue;
    const drop = new Set<number>();
    for (const [a, b] of spans) {
      for (let i = a; i < b; i++) drop.add(i);
      hits.push({ words: tokens.slice(a, b), ...(m.polarity ? { polarity: m.polarity } : {}), ...(m.modality ? { modality: m.modality } : {}) });
    }
    tokens = tokens.filter((_, i) => !drop.has(i));
  }
  return { tokens, hits };
}

// what parts two clauses between two denials: a comma, a semicolon, a colon or a joining word
const CLAUSE_JOIN = /[,;:]|\b(?:and|but|while|whereas|yet|then)\b/i;

/**
 * Removes negation and modality markers (`ctx.markers`) and reports the polarity and modality they
 * set. Denials cancel in pairs ("it is false that X did not join Y" says X joined) only within one
 * clause: given the claim's text, two denials with a clause break between them ("X did not join Y,
 * is not in Z") set `acrossClauses`, and the parity is no polarity of either (users18 found a
 * false REFUTED so).
 *
 * @example
 * ```ts
 * applyMarkers(ctx, tokenize('Freedonia did not join the League, is not in the Union', ctx.morph), 'Freedonia did not join the League, is not in the Union').acrossClauses; // true
 * ```
 */
export function applyMarkers(ctx: CheckContext, input: Token[], text?: string): MarkerOutcome {
  const { tokens, hits } = stripMarkers(ctx, input);
  const denials = hits.filter((h) => h.polarity === 'negative');
  // cg:Stated markers ("it is true that") are only removed
  const modality = hits.find((h) => h.modality && h.modality !== 'stated')?.modality;
  const out: MarkerOutcome = { tokens, polarity: denials.length % 2 === 1 ? 'negative' : 'positive', modality, removed: hits.flatMap((h) => h.words) };
  if (text !== undefined && denials.some((h) => contrastDenial(text, h.words, input[input.indexOf(h.words[0]!) + 1]))) out.acrossClauses = true;
  if (text !== undefined && denials.length > 1) {
    const at = denials.map((h) => [h.words[0]!.start, h.words[h.words.length - 1]!.end] as const).sort((a, b) => a[0] - b[0]);
    if (at.some(([, end], i) => i + 1 < at.length && CLAUSE_JOIN.test(text.slice(end, at[i + 1]![0])))) out.acrossClauses = true;
  }
  return out;
}

/**
 * Parses a claim into ranked readings; throws CHECK_INPUT for bad input and
 * CHECK_UNINTERPRETABLE (naming the part it could not read) when no pattern fits.
 *
 * @example
 * ```ts
 * const { readings } = parseClaim(ctx, 'Freedonia is not a member of the League.');
 * readings[0].interpretation.polarity; // 'negative'
 * ```
 */
export function parseClaim(ctx: CheckContext, text: string): ParseResult {
  // One claim is read many times over: checkClaim, its parts, its rewrites and the readers that
  // try a rewrite each parse the same texts again (the users' set asked for each text ~4 times).
  // A reading depends only on the context and the text, so it is kept per context; a failure is
  // kept as its error and thrown again. Callers treat results as read-only.
  // (one memo for a context and the ones derived from it to judge otherwise: src/check/context-base.ts)
  // round 37: "..., respectively" pairs two lists: read only in its parts (src/check/respectively.ts)
  if (RESPECTIVELY.test(text)) throw unreadError(() => `"respectively" pairs two lists member by member: the claim is read only as its paired statements`);
  const base = readingKey(ctx);
  let memo = parseMemo.get(base);
  if (!memo) parseMemo.set(base, (memo = new Map()));
  const hit = memo.get(text);
  if (hit) {
    if (hit instanceof Error) throw hit;
    return hit;
  }
  // bounded: a long-running server checks ever new claims against one context
  if (memo.size >= PARSE_MEMO_MAX) memo.clear();
  try {
    const result = parseUncached(ctx, text);
    memo.set(text, result);
    return result;
  } catch (err) {
    if (err instanceof ClaimgraphError) memo.set(text, err);
    throw err;
  }
}

const PARSE_MEMO_MAX = 2048;
const parseMemo = new WeakMap<object, Map<string, ParseResult | ClaimgraphError>>();

/**
 * Readings of a claim that the ontology's types rule out ("Zenda is a member of the League": a city is
 * no agent): the lexicon's patterns matched with any entity in any slot. For a reader that says why
 * a claim has no reading (src/check/ill-typed.ts); never a reading to decide. Undefined when no
 * pattern matches even so.
 *
 * @example
 * ```ts
 * parseIgnoringTypes(ctx, 'Gala City is a member of the League.')?.readings[0]?.interpretation.predicateName; // 'memberOf'
 * ```
 */
export function parseIgnoringTypes(ctx: CheckContext, text: string): ParseResult | undefined {
  try {
    return parseUncached(ctx, text, [[false, false]]);
  } catch (err) {
    if (err instanceof ClaimgraphError && err.code === 'CHECK_UNINTERPRETABLE') return undefined;
    throw err;
  }
}

function parseUncached(ctx: CheckContext, text: string, modes: ReadonlyArray<readonly [boolean, boolean]> = [[false, true], [true, true]]): ParseResult {
  const claim = validateClaimText(text);
  const all = dropIgnorable(tokenize(claim, ctx.morph), ctx.morph);
  const marked = applyMarkers(ctx, all, claim);
  // two denials in two clauses: no one reading has a polarity (the parts are read one by one)
  if (marked.acrossClauses) throw unreadError(() => describeUnread(ctx, marked.tokens, claim));
  // adverbs that do not change the relation ("formally signed") are set aside and reported (not a degree of a comparison)
  const skipped = marked.tokens.filter((t, i) => t.kind === 'word' && ctx.skippable.has(t.raw.toLowerCase()) && !degreeBeforeComparison(ctx, t.raw, marked.tokens[i + 1]?.raw));
  const tokens = skipped.length ? marked.tokens.filter((t) => !skipped.includes(t)) : marked.tokens;
  // round 35: only an empty adverb ("definitely") is skipped without a word; any other ("narrowly
  // elected") is a fact no source states, said in a note that caps the verdict (src/check/unstated-adverbs.ts)
  const skipNotes = skipped.map((t) => (ctx.emptyAdverbs.has(t.raw.toLowerCase()) ? `skipped '${t.raw}' (an adverb that does not change the relation)` : unstatedAdverbNote(t.raw)));
  // the patterns that have every word they need in the claim, in the lexicon's order (the same for every mode)
  const relations = candidatePatterns(ctx.relations, tokens);
  const keys = spanKeys(ctx, tokens);
  // where an amount, a year or a date may start (src/check/value-starts.ts), asked once per position
  const valueStart = valueStarts(tokens);
  // the parse's own cache is keyed by numbers: (slot type and class, start, end)
  const width = tokens.length + 1;
  // strict typing first (domain/range classes), then lax, then unknown names allowed
  // domain and range first (a reading that breaks them is no reading), then names the graph does not know
  const unknownAt = (kind: number, spanKey: string, start: number, end: number): CheckValue[] => memoSlot(ctx, kind, spanKey, () => {
    const span = tokens.slice(start, end);
    // a span that looks like no name is no unknown name whatever it names (unknownName's first
    // test): its names are not looked up (most spans of a failing parse are such)
    return looksLikeName(span, ctx.meaningWords) ? unknownName(ctx, span, mentionedEntities(ctx, span, () => '')) : [];
  });
  // an entity span a run read as nothing: its cache key, the kind of its unknown-name reading, its memo key, start, end
  type Empty = [number, number, string, number, number];
  let last: { allowUnknown: boolean; strict: boolean; cache: Map<number, CheckValue[]>; empty: Empty[] } | undefined;
  for (const [allowUnknown, strict] of modes) {
    const readings: Reading[] = [];
    let cache = new Map<number, CheckValue[]>();
    const empty: Empty[] = [];
    const typing = strict ? 1 : 0;
    if (allowUnknown && last && !last.allowUnknown && last.strict === strict) {
      // Allowing unknown names after a run on the same typing that found no reading changes only
      // the entity spans that run read as nothing. The search is the same as long as every span
      // reads the same, so when none of them reads as an unknown name this run would retrace the
      // last one step for step and find nothing again (on the users' set, half the second runs):
      // skipped. Otherwise it starts from the last run's readings.
      const unknowns = last.empty.map(([key, kind, spanKey, start, end]) => [key, unknownAt(kind, spanKey, start, end)] as const);
      if (unknowns.every(([, v]) => !v.length)) continue;
      cache = new Map(last.cache);
      for (const [key, v] of unknowns) if (v.length) cache.set(key, v);
    }
    const adjunctCache = new Map<number, unknown[]>();
    for (const rp of relations) {
      const specOf = slotSpecsFor(ctx, rp);
      const matches = matchPattern(rp.pattern, {
        tokens,
        adjuncts: ctx.adjuncts,
        adjunctCache,
        limit: 20,
        // pure but for caches and `empty`: a span left unasked is asked in neither run, so the
        // second run's skip stays sound
        pureSlots: true,
        // an amount, a year or a date opens only with certain tokens (src/check/value-starts.ts):
        // elsewhere its spans are not offered, nor adjuncts that open with it searched
        mayStart: (name, start) => valueStart(specOf(name).type, start),
        slotValues: (name, start, end) => {
          const spec = specOf(name);
          const key = (spec.local * width + start) * width + end;
          let v = cache.get(key);
          // the same span recurs in the claim's parts and rewrites: read once per context
          // (src/check/slot-memo.ts), and once for both modes: allowing unknown names changes only
          // an entity reading that is otherwise empty (unknownName)
          if (!v) {
            const spanKey = keys.key(start, end);
            v = memoSlot(ctx, spec.kinds[typing], spanKey, () => readSlot(ctx, spec.type, spec.cls, tokens.slice(start, end), false, strict, spec.type === 'entity' ? spanShared(ctx, spanKey) : undefined));
            if (!v.length && spec.type === 'entity') {
              if (allowUnknown) v = unknownAt(spec.unknownKinds[typing], spanKey, start, end);
              else empty.push([key, spec.unknownKinds[typing], spanKey, start, end]);
            }
            cache.set(key, v);
          }
          return v;
        },
      });
      for (const m of matches) {
        const interp = toInterpretation(rp, m.bindings, marked);
        if (interp && spanWindow(claim, interp)) interp.window = /\bbetween\b/i.test(claim) ? 'between' : 'stay';
        if (interp && (interp.subject.kind === 'entities' || interp.object.kind === 'entities') && COLLECTIVE_LIST.test(claim)) interp.collective = true;
        // "each of the five", "either": one by one, whatever the list or group
        if (interp && DISTRIBUTIVE.test(claim)) interp.collective = false;
        // "X 's Y" in two slots with a Y the graph labels as someone else's (src/check/owned-heads.ts)
        if (!interp || ownedByOther(ctx, interp, tokens) || !placeWithoutRank(ctx, interp) || splitsOneName(ctx, interp)) continue;
        // "Zenda is in Sylvania, a Ruritanian republic": the apposition is said of the place (src/check/apposition-place.ts)
        if (appositionOfPlace(claim, interp)) continue;
        // "will run up to 1,800 km": at most, unless a ceiling (src/check/ceiling.ts)
        upToBound(ctx, interp);
        // "was open in 2017" read by the deed's pattern "{s} open in {o}": the state, not the deed
        if (saysState(ctx, interp, claim)) interp.stateSaid = true;
        const corrected = [interp.subject, interp.object, ...Object.values(interp.qualifiers)].flatMap((v): CheckValue[] => (v.kind === 'entities' ? v.items : [v]))
          .filter((v): v is Extract<CheckValue, { kind: 'entity' }> => v.kind === 'entity' && !!v.corrected)
          .map((v) => `read '${v.mention}' as ${v.label} (${correctionNote(v.corrected!)})`);
        const notes = [...corrected, ...m.widened.map((w) => { const [a, b] = w.split('~'); return `read '${a}' as '${b}' (WordNet, ontology/lexicon.derived.json)`; }), ...skipNotes];
        if (notes.length) interp.notes = notes;
        // "a visit" or "his visit": the occasion's determiner, which the content words lose (src/check/determiners.ts)
        const determiner = occasionDeterminer(claim, interp);
        if (determiner) interp.determiner = determiner;
        // "each of the deals was worth ...": the amount of each part (src/check/part-total.ts)
        const eachPart = eachPartNoun(claim, interp.pattern);
        if (eachPart) interp.eachPart = eachPart;
        // "could not" (the possibility denied) or "may not" (a possibility of the denial): src/check/modal-scope.ts
        const scope = modalScope(claim, interp);
        if (scope) interp.modalScope = scope;
        if (pastExpectation(claim, interp)) interp.expectationPast = true;
        // (round 41) not a commitment's delivery ("will provide" aid extended), nor what a facility
        // (cg:Infrastructure) will do: its function, which a source stating it does so says (design-purpose.ts)
        else if (presentProspect(claim, interp) && !prospectExempt(ctx, claim, interp)) interp.prospect = true;
        if (saysNever(claim, interp)) interp.never = true;
        const unknown = [interp.subject, interp.object, ...Object.values(interp.qualifiers)].filter((v) => v.kind === 'unknown-entity').length;
        if (unknown && (interp.subject.kind === 'unknown-entity') === (interp.object.kind === 'unknown-entity')) continue;
        // roles swapped: the known side is of the class the unknown side's slot takes, and not of its own
        if (unknown && swappedRoles(ctx, interp)) continue;
        readings.push({ interpretation: interp, unknown, literals: rp.pattern.literals, adjunctTokens: m.adjunctTokens, order: rp.order, widened: m.widened.length + corrected.length, wordnet: m.widened });
      }
    }
    // a word the lexicon names in its own patterns is read through WordNet only when no reading
    // on the lexicon's own words fits (src/check/own-words.ts, round 15); a reading that drops the
    // words naming a narrower property is none (src/check/narrower-readings.ts)
    if (readings.length) return { readings: withoutBroaderReadings(ctx, rankReadings(preferOwnWords(ctx, readings))), tokens };
    last = { allowUnknown, strict, cache, empty };
  }
  // described only if shown: most failures are caught by a reader (src/check/unread-error.ts)
  throw unreadError(() => describeUnread(ctx, tokens, claim));
}

/**
 * Whether a reading with one side unknown has its roles swapped: the known side is of the class
 * the other slot takes and not of its own slot's class ("Zeppo Marx, Sylvania's envoy, ..." read
 * by "{o} {s}" as (Envoy of Sylvania, holds office, Zeppo Marx) when "Zeppo Marx" is no entity of
 * the graph: an office holds no office). Round 24 (users16 README, "What it read wrongly").
 *
 * @example
 * ```ts
 * swappedRoles(ctx, { subject: envoyOffice, predicate: cg + 'holdsOffice', object: unknownName, ... }); // true
 * ```
 */
function swappedRoles(ctx: CheckContext, interp: Interpretation): boolean {
  const domain = ctx.axioms.domain.get(interp.predicate);
  const range = ctx.axioms.range.get(interp.predicate);
  if (!domain || !range) return false;
  const known = interp.subject.kind === 'entity' ? { iri: interp.subject.iri, own: domain, other: range }
    : interp.object.kind === 'entity' ? { iri: interp.object.iri, own: range, other: domain } : undefined;
  return !!known && isA(ctx, known.iri, known.other) && !isA(ctx, known.iri, known.own);
}

/**
 * "in <a place>" read as the population of a rank on a reading with no rank ("X opened in Strelsau
 * with 57 members", "sign memoranda in Zenda"): a rank scope belongs to a superlative, so the
 * place is where it happened (`cg:location`), round 11; so is a name the graph does not know (round 24).
 * An event there is the event it happened at (`cg:event`); anything else makes the reading none:
 * false (round 25).
 */
function placeWithoutRank(ctx: CheckContext, interp: Interpretation): boolean {
  const scope = interp.qualifiers.rankScope;
  if (!scope || interp.qualifiers.rank || /rank|larg|bigg|small|most|first|second|third|fourth|fifth/i.test(interp.pattern ?? '')) return true;
  // a name the graph does not know after "in" is no population either ("met Zeppo in Strelsau"): round 24
  const place = scope.kind === 'unknown-entity' || (scope.kind === 'entity' && isA(ctx, scope.iri, `${NS.cg}Place`));
  // an event after "in" is where the fact happened as an event ("began joining X in the summit")
  const event = scope.kind === 'entity' && isA(ctx, scope.iri, `${NS.cg}Event`);
  // anything else after "in" on a reading with no rank is neither a population nor a setting: "X
  // did not join Y, is in Z" read "in Z" so and dropped the clause, a false SUPPORTED (round 25)
  if (!place && !event) return false;
  const key = place ? 'location' : 'event';
  if (interp.qualifiers[key]) return true;
  const { rankScope: _dropped, ...rest } = interp.qualifiers;
  interp.qualifiers = { ...rest, [key]: scope };
  return true;
}

// round 35: a span of days said as a window ("between D1 and D2") or as a stay inside the event
// ("was in X from D1 to D2", "was touring X from ..."): the days bound the event, not its span
const WINDOW_WORDS = /\bbetween\b|\b(?:is|are|was|were)\s+(?:still\s+)?(?:in|touring|visiting|staying|travelling|traveling)\b/i;

/** True when the claim's start and end dates are a window or a stay (see WINDOW_WORDS). */
function spanWindow(claim: string, interp: Interpretation): boolean {
  return !!interp.qualifiers.startDate && !!interp.qualifiers.endDate && WINDOW_WORDS.test(claim);
}

// round 35: a list said as a whole ("both A and B", "all of A and B", "all three of A, B and C")
const COLLECTIVE_LIST = /\b(?:both|all(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten))?(?:\s+of)?)\s+(?:the\s+)?[A-Z]/;

// round 35: quantifiers that say one by one ("the first to visit each of the five", "... any of them")
const DISTRIBUTIVE = /\b(?:each|either|any)\b/i;

function toInterpretation(rp: RelationPattern, b: Bindings, marked: MarkerOutcome): Interpretation | undefined {
  const s = b.s;
  const o = b.o;
  if (!s || !o) return undefined;
  if (o.kind === 'daterange') return undefined;
  const qualifiers: Record<string, CheckValue> = {};
  for (const [k, v] of Object.entries(b)) {
    if (k === 's' || k === 'o') continue;
    if (v.kind === 'daterange') {
      qualifiers.startDate = { kind: 'date', value: v.start, mention: v.mention };
      qualifiers.endDate = { kind: 'date', value: v.end, mention: v.mention };
    } else qualifiers[k] = v;
  }
  const flip = marked.polarity === 'negative';
  const polarity: PolarityName = (rp.polarity === 'negative') !== flip ? 'negative' : 'positive';
  const modality: ModalityName = rp.modality !== 'stated' ? rp.modality : (marked.modality ?? 'stated');
  return { subject: s, predicate: rp.property, predicateName: rp.name, object: o, polarity, modality, qualifiers, pattern: rp.pattern.source };
}

function signature(i: Interpretation): string {
  const strip = (v: CheckValue): unknown => ({ ...v, mention: undefined });
  return JSON.stringify([strip(i.subject), i.predicate, strip(i.object), i.polarity, i.modality,
    Object.entries(i.qualifiers).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, strip(v)])]);
}

function rankReadings(readings: Reading[]): Reading[] {
  readings.sort((a, b) => a.unknown - b.unknown || a.widened - b.widened || b.literals - a.literals || a.adjunctTokens - b.adjunctTokens || a.order - b.order);
  const seen = new Set<string>();
  return readings.filter((r) => {
    const sig = signature(r.interpretation);
    if (seen.has(sig)) return false;
    seen.add(sig);
    return true;
  });
}

/** Explains what could not be read: unknown names, or the relation words between known ones. */
function describeUnread(ctx: CheckContext, tokens: Token[], claim: string): string {
  const known: Array<{ start: number; end: number; label: string }> = [];
  let i = 0;
  while (i < tokens.length) {
    let found = 0;
    let label = '';
    for (let end = Math.min(tokens.length, i + 10); end > i; end--) {
      const hits = ctx.labelIndex.get(keyOf(tokens.slice(i, end)));
      if (hits?.size && !commonNounInName(ctx, tokens, i, end)) {
        found = end;
        label = ctx.entityLabel.get([...hits].sort()[0]!) ?? '';
        break;
      }
    }
    if (found) {
      known.push({ start: i, end: found, label });
      i = found;
    } else i++;
  }
  const covered = new Set<number>();
  for (const k of known) for (let j = k.start; j < k.end; j++) covered.add(j);
  const rest = tokens.filter((_, j) => !covered.has(j));
  const unknownNames = rest.filter((t) => t.cap && t.kind === 'word' && !ctx.nameWords.has(t.norm)).map((t) => t.raw);
  const quoted = JSON.stringify(claim.length > 120 ? claim.slice(0, 117) + '...' : claim);
  if (known.length === 0) {
    return unknownNames.length
      ? `no entity of the graph is named in ${quoted} (unknown: ${[...new Set(unknownNames)].map((n) => JSON.stringify(n)).join(', ')})`
      : `no entity of the graph is named in ${quoted}`;
  }
  const unread = rest.map((t) => t.raw).join(' ');
  const names = known.map((k) => JSON.stringify(k.label)).join(', ');
  return unread
    ? `could not read ${JSON.stringify(unread)} in ${quoted}: no lexical pattern of ontology/lexicon.ttl relates ${names} that way`
    : `could not read a relation in ${quoted}: it names ${names} but no relation between them`;
}
