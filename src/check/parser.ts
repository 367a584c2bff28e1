/**
 * Claim parsing: free text -> ranked interpretations (subject, property, object, polarity,
 * modality, qualifiers), using only the graph's labels and the lexicon's patterns and markers.
 */
import { pastExpectation } from './expectation-tense.js';
import { saysNever } from './repeat-time.js';
import { occasionDeterminer } from './determiners.js';
import { eachPartNoun } from './part-total.js';
import { modalScope } from './modal-scope.js';
import { ClaimgraphError } from '../errors.js';
import { NS, localName, type CheckContext, type RelationPattern, type SlotType } from './context.js';
import { findMarker, matchPattern, type Bindings } from './pattern.js';
import { candidatePatterns } from './pattern-index.js';
import { authorsNamed, commentersNamed } from './articles.js';
import { isA } from './claim-index.js';
import { commonNounInName, looksLikeName, matchOffices, resolveMention } from './resolver.js';
import { correctionNote } from './spelling-variants.js';
import { dropIgnorable, keyOf, tokenize, type Token } from './text.js';
import type { CheckValue, Interpretation, ModalityName, PolarityName } from './types.js';
import { CARDINALS, parseDate, parseDuration, parseMoney, parseQuantity, parseRank, parseYear } from './values.js';
import { groupMembers, officeHolders } from './verdict.js';
import { withoutBroaderReadings } from './narrower-readings.js';
import { percentSign, readBoundedCount } from './bounded-counts.js';
import { describedGroup } from './described-groups.js';
import { roleNounAtEnd, roleNounAtStart, roleOffices, someRoleHolders } from './role-counts.js';
import { classNouns } from './kinds.js';
import { preferOwnWords } from './own-words.js';
import { memoSlot, spanKeys, spanShared, type SpanShared } from './slot-memo.js';
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

export { coordinations, readCoordination } from './coordination.js';

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

const XSD_DECIMAL = NS.xsd + 'decimal';

/** Whether an entity may fill a slot of class `cls` (an entity without classes fits any). */
export function fitsClass(ctx: CheckContext, iri: string, cls: string | undefined): boolean {
  if (!cls) return true;
  const types = ctx.entityTypes.get(iri);
  if (!types || types.size === 0) return true;
  for (const t of types) if (ctx.axioms.superClasses.get(t)?.has(cls) || t === cls) return true;
  return false;
}

/**
 * Reads the value of a typed slot from a token span (empty when it cannot).
 *
 * @example
 * ```ts
 * readSlot(ctx, 'amount', undefined, tokenize('US$ 5 million', ctx.morph), false);
 * // [{ kind: 'amount', amounts: [{ value: '5000000', currency: 'USD' }] }]
 * ```
 */
export function readSlot(ctx: CheckContext, type: SlotType, cls: string | undefined, span: readonly Token[], allowUnknown: boolean, strict = false, shared?: SpanShared): CheckValue[] {
  // the span as written, for the values read (most spans read as nothing: joined only for a value)
  let written: string | undefined;
  const mention = (): string => (written ??= span.map((t) => t.raw).join(' '));
  switch (type) {
    case 'entity': {
      // (`shared`: what the span names whatever the class, kept per span by the parser, src/check/slot-memo.ts)
      const all = shared ? (shared.mentioned ??= mentionedEntities(ctx, span, mention)) : mentionedEntities(ctx, span, mention);
      // a group named in the plural ("the Ruritanian countries") stands for its members, which
      // must fit; the group's own name ("Ruritania") is the region, which must fit itself
      const plural = (/s$/i.test(span[span.length - 1]?.raw ?? '') && span[span.length - 1]!.kind === 'word') || !!span[0]?.each;
      const fitting = all.filter((e) => fitsClass(ctx, e.iri, cls)
        || (plural && cls !== undefined && (() => { const m = groupMembers(ctx, e.iri); return m.length >= 2 && m.every((x) => fitsClass(ctx, x, cls)); })()));
      // an office stands for its holders where a person fits ("the Freedonian Prime Minister visited")
      const viaHolders = all.filter((e) => !fitting.includes(e) && officeHolders(ctx, e.iri).some((h) => fitsClass(ctx, h, cls)));
      // "some Ruritanian states" (a quantifier the tokenizer dropped): at least N members, not the group
      const atLeast = span[0]?.some;
      if (atLeast && plural) {
        const group = all.find((e) => { const m = groupMembers(ctx, e.iri); return m.length >= 2 && m.every((x) => fitsClass(ctx, x, cls)); });
        if (group) return [{ kind: 'count', n: atLeast, only: false, group: { kind: 'entity', iri: group.iri, label: group.label }, mention: mention() }];
      }
      const chosen = fitting.length || strict ? [...fitting, ...viaHolders] : all;
      // "every Ruritanian state", "all of Ruritania": the whole group, never some member of it
      if (chosen.length) return span[0]?.whole ? chosen.map((e) => ({ ...e, whole: true, ...(span[0]?.distributive ? { each: true } : {}) })) : chosen;
      // "four Ruritanian states", "only one of the two Ruritanian states": a count of members
      const count = readCount(ctx, span, cls);
      if (count) return [{ ...count, mention: mention() }];
      // "the five Ruritanian states": a group named with its number of members, when it is right
      const counted = countedGroup(ctx, span);
      // (its members, each of them: "visited the five Ruritanian states" is no visit to the region,
      // which one member's visit makes; round 37, users30's F11 found "visited all five republics"
      // SUPPORTED by two of them)
      if (counted && (fitsClass(ctx, counted.iri, cls) || !strict || groupMembers(ctx, counted.iri).every((x) => fitsClass(ctx, x, cls)))) return [{ ...counted, whole: true, ...(span[0]?.distributive ? { each: true } : {}) }];
      const except = readException(ctx, span, cls, strict);
      if (except) return [{ kind: 'entities', items: except.left, excepted: except.removed, mention: mention() }];
      // "some Ruritanian presidents": at least one holder, never each of them (a reading of every
      // holder would refute "some attended" by the one who did not)
      // "a / any / some Ruritanian president(s)", a bare "Ruritanian presidents": some holder (src/check/role-counts.ts)
      const someHolders = someRoleHolders(ctx, span);
      if (someHolders) return [{ ...someHolders, mention: mention() }];
      const offices = atLeast ? undefined : shared ? (shared.offices === undefined ? (shared.offices = readGroupOffices(ctx, span) ?? null) : shared.offices) ?? undefined : readGroupOffices(ctx, span);
      if (offices) return [{ kind: 'entities', items: offices.items, ...(offices.excepted.length ? { excepted: offices.excepted } : {}), mention: mention() }];
      const lists = coordinations(ctx, span, cls, strict);
      if (lists) return lists.map((items) => ({ kind: 'entities' as const, items, mention: mention() }));
      return allowUnknown ? unknownName(ctx, span, all) : [];
    }
    case 'amount': {
      const amounts = parseMoney(span);
      return amounts ? [{ kind: 'amount', amounts, mention: mention() }] : [];
    }
    case 'date': {
      const d = parseDate(span);
      return d ? [{ ...d, mention: mention() }] : [];
    }
    case 'date-or-year': {
      // "held in 2015": a year (or a month) names the date at a coarser grain; matching compares prefixes
      const d = parseDate(span) ?? parseYear(span);
      return d ? [{ ...d, mention: mention() }] : [];
    }
    case 'year': {
      const y = parseYear(span);
      return y ? [{ ...y, mention: mention() }] : [];
    }
    case 'number': {
      // round 26: an ordinal or a superlative is a rank (xsd:positiveInteger); a quantity
      // (xsd:decimal: a share, a length) is never one ("a third of the votes" read as 3 percent)
      const n = (cls === XSD_DECIMAL ? undefined : parseRank(span)) ?? parseQuantity(span);
      return n ? [{ ...n, mention: mention() }] : [];
    }
    case 'duration': {
      const d = parseDuration(span);
      return d ? [{ ...d, mention: mention() }] : [];
    }
    case 'boolean':
      return [];
    case 'string':
      return span.length && span.every((t) => t.kind === 'word' || t.kind === 'dash') ? [{ kind: 'string', value: mention(), mention: mention() }] : [];
  }
}

type EntityValue = Extract<CheckValue, { kind: 'entity' }>;

/** The entities a span names, as an entity slot first reads it (before groups, counts and lists). */
function mentionedEntities(ctx: CheckContext, span: readonly Token[], mention: () => string): EntityValue[] {
  let all = resolveMention(ctx, span);
  // "a Freedonian prime minister" is any holder of the office, not the one the article calls so
  if (span[0]?.indef && span.length > 1 && all.some((e) => isA(ctx, e.iri, `${NS.cg}Office`))) all = all.filter((e) => !isA(ctx, e.iri, `${NS.cg}Person`));
  // "the author of the X analysis": the person its byline names; "the commenter on the X
  // analysis": the one writer of its reader comments (round 22)
  if (!all.length) all = (authorsNamed(ctx, span) ?? commentersNamed(ctx, span) ?? []).map((iri) => ({ kind: 'entity' as const, iri, label: ctx.entityLabel.get(iri) ?? localName(iri), mention: mention() }));
  return all;
}

/**
 * What an entity slot that allows unknown names reads where nothing else did: the span as a name
 * the graph does not know, or nothing. `readSlot` with unknown names allowed is `readSlot` without
 * them, and this where that is empty (the parser reads a span once for both of its modes).
 */
function unknownName(ctx: CheckContext, span: readonly Token[], all: readonly EntityValue[]): CheckValue[] {
  // a name the graph knows, of a class the slot does not take, is no unknown name
  // nor is a known name with a word more ("Ann Author Senior")
  // (the cheap tests first: most spans fail them, and the scan of every sub-span is pure)
  if (all.length || !looksLikeName(span, ctx.meaningWords)) return [];
  // "K. Firefly" where the graph's only Firefly is Rufus: an initial that is not the person's
  // (src/check/person-names.ts reads none) names another person of that surname, one the graph
  // does not know (round 22)
  if (otherInitial(ctx, span)) return [{ kind: 'unknown-entity', mention: span.map((t) => t.raw).join(' ') }];
  const containsKnown = span.length > 1 && [...Array(span.length).keys()].some((a) => [...Array(span.length - a).keys()].some((k) => {
    const b = a + k + 1;
    // a common noun written inside the name ("Harbour" in "Great Harbour Fund") is the name's word, not a known name
    return b - a < span.length && ctx.labelIndex.has(keyOf(span.slice(a, b))) && !commonNounInName(ctx, span, a, b);
  }));
  return !containsKnown ? [{ kind: 'unknown-entity', mention: span.map((t) => t.raw).join(' ') }] : [];
}

/** One capital letter before the name of people of the graph only (the initial read as none of theirs). */
function otherInitial(ctx: CheckContext, span: readonly Token[]): boolean {
  if (span.length < 2 || !/^[A-Z]$/.test(span[0]!.raw)) return false;
  const known = ctx.labelIndex.get(keyOf(span.slice(1)));
  return !!known?.size && [...known].every((iri) => isA(ctx, iri, `${NS.cg}Person`) && (ctx.entityLabel.get(iri) ?? '').split(/\s+/).length > 1);
}

const EXCEPT_WORDS = [['except', 'for'], ['except'], ['excepting'], ['excluding'], ['minus'], ['other', 'than'], ['apart', 'from'], ['but', 'not']];
const EXCEPT_FIRST = new Set(EXCEPT_WORDS.map((w) => w[0]!));

/**
 * Reads "G except X [and Y]" (also "minus", "excluding", "other than", "apart from") where G is a
 * group of the graph (an entity other entities are stated to be part of): the members of G
 * without the exceptions. Undefined unless both sides resolve and some member remains.
 *
 * @example
 * ```ts
 * readException(ctx, tokenize('the Ruritanian countries except Sylvania', ctx.morph), undefined, false);
 * // { left: [{ kind: 'entity', iri: '…/freedonia', … }], removed: [{ … '…/sylvania' … }] }
 * ```
 */
export function readException(ctx: CheckContext, span: readonly Token[], cls: string | undefined, strict: boolean): { left: EntityValue[]; removed: EntityValue[] } | undefined {
  // "every (all) G but X": after a whole group "but" is "except" (round 37, users30's F8: the
  // compound reader cut there and refuted the claim by "X joined Y")
  const whole = !!span[0]?.whole;
  // most spans hold no word that opens an exception: no list of their words, no search
  if (!span.some((t, i) => i > 0 && (EXCEPT_FIRST.has(t.raw.toLowerCase()) || (whole && t.raw.toLowerCase() === 'but')))) return undefined;
  const words = span.map((t) => t.raw.toLowerCase());
  for (let i = 1; i < span.length - 1; i++) {
    const kw = EXCEPT_WORDS.find((w) => w.every((x, k) => words[i + k] === x)) ?? (whole && words[i] === 'but' ? ['but'] : undefined);
    if (!kw) continue;
    const head = span.slice(0, i);
    const rest = span.slice(i + kw.length);
    const groups = resolveMention(ctx, head).filter((g) => groupMembers(ctx, g.iri).length >= 2);
    if (groups.length !== 1) return undefined;
    const excepted = resolveMention(ctx, rest).slice(0, 1);
    const removed = excepted.length ? excepted : readCoordination(ctx, rest, cls, strict);
    if (!removed?.length) return undefined;
    const members = groupMembers(ctx, groups[0]!.iri);
    if (!removed.every((r) => members.includes(r.iri))) return undefined;
    const left = members.filter((m) => !removed.some((r) => r.iri === m) && fitsClass(ctx, m, cls));
    if (!left.length) return undefined;
    return { left: left.map((iri) => ({ kind: 'entity', iri, label: ctx.entityLabel.get(iri) ?? localName(iri) })), removed };
  }
  return undefined;
}

/**
 * Reads an office held in each member of a group: "the presidents of the Ruritanian
 * states [except Sylvania]", "the Ruritanian presidents" (the lexicon's office patterns,
 * with a group, or a group with exceptions, as the holder). Members without such an office in
 * the graph are left out; undefined when none has one.
 *
 * @example
 * ```ts
 * readGroupOffices(ctx, tokenize('presidents of Ruritania', ctx.morph))?.items.length; // 2
 * ```
 */
export function readGroupOffices(ctx: CheckContext, span: readonly Token[]): { items: EntityValue[]; excepted: EntityValue[] } | undefined {
  const entity = (iri: string): EntityValue => ({ kind: 'entity', iri, label: ctx.entityLabel.get(iri) ?? localName(iri) });
  const readGroup = (sub: readonly Token[]): CheckValue[] => {
    const ex = readException(ctx, sub, undefined, false);
    if (ex) return [{ kind: 'entities', items: ex.left, excepted: ex.removed }];
    const group = resolveMention(ctx, sub).find((g) => groupMembers(ctx, g.iri).length >= 2) ?? countedGroup(ctx, sub);
    return group ? [{ kind: 'entities', items: groupMembers(ctx, group.iri).map(entity) }] : [];
  };
  for (const { role, holder } of matchOffices(ctx, span, readGroup)) {
    if (holder.kind !== 'entities') continue;
    const byHolder = ctx.offices.get(role);
    const officeOf = (h: { iri: string }): string | undefined => byHolder?.get(h.iri);
    const items = holder.items.map(officeOf).filter((o): o is string => !!o).map(entity);
    if (!items.length) continue;
    const excepted = (holder.excepted ?? []).map(officeOf).filter((o): o is string => !!o).map(entity);
    return { items, excepted };
  }
  return undefined;
}

// "the", "all", "all the" before a counted group ("all the five ...")
function withoutDeterminers(span: readonly Token[]): readonly Token[] {
  let i = 0;
  while (i < span.length - 1 && /^(the|all)$/i.test(span[i]!.raw)) i++;
  return span.slice(i);
}

const cardinal = (t: Token | undefined): number | undefined =>
  !t ? undefined : t.kind === 'number' && /^\d+$/.test(t.raw) ? Number(t.raw) : CARDINALS[t.raw.toLowerCase()];

/**
 * A count of a group's members: "[only] N [of the M] <group>" where the group has members that
 * fit the slot's class and N differs from its size or "only" is said (N equal to the size and no
 * "only" is the whole group, read by countedGroup). A stated M must be the group's size.
 *
 * @example
 * ```ts
 * readCount(ctx, tokenize('only one Ruritanian state', ctx.morph), undefined); // { kind: 'count', n: 1, only: true, … }
 * ```
 */
export function readCount(ctx: CheckContext, span: readonly Token[], cls: string | undefined): Extract<CheckValue, { kind: 'count' }> | undefined {
  // "fewer than half of", "at least two of" (src/check/bounded-counts.ts)
  const bounded = readBoundedCount(ctx, span, (x) => fitsClass(ctx, x, cls));
  if (bounded) return bounded;
  // "[the] presidents of three Ruritanian states": the office counted (src/check/role-counts.ts)
  const head = roleNounAtStart(ctx, span);
  if (head) span = head.rest;
  let i = 0;
  const only = span[0]?.raw.toLowerCase() === 'only' || span[0]?.raw.toLowerCase() === 'just';
  if (only) i++;
  const n = cardinal(span[i]);
  // "80% of the G" is a share (read by readBoundedCount), not 80 members
  if (n === undefined || percentSign(span, i)) return undefined;
  i++;
  let m: number | undefined;
  if (span[i]?.raw.toLowerCase() === 'of') {
    m = cardinal(span[i + 1]);
    i += m === undefined ? 1 : 2;
  }
  if (i >= span.length) return undefined;
  // the group by its name, or described ("Ruritania's [two] states": src/check/described-groups.ts)
  let group = describedGroup(ctx, span.slice(i));
  // "four Ruritanian presidents": the office held in each member, counted (src/check/role-counts.ts)
  const roled = head ?? (group ? undefined : roleNounAtEnd(ctx, span.slice(i)));
  if (roled && !head) group = describedGroup(ctx, roled.rest);
  if (!group) return undefined;
  const offices = roled && roleOffices(ctx, group.iri, roled.role);
  if (roled && !offices) return undefined;
  const members = offices || groupMembers(ctx, group.iri);
  if (cls && !members.every((x) => fitsClass(ctx, x, cls))) return undefined;
  if (m !== undefined && m !== members.length) return undefined;
  if (n === members.length && !only && m === undefined) return undefined;
  // a number said without "only" or a bound ("three of the G") may mean exactly N or at least N
  return { kind: 'count', n, only, ...(only ? {} : { bare: true }), ...(roled ? { role: roled.role } : {}), group: { kind: 'entity', iri: group.iri, label: group.label } };
}

/**
 * "two Ruritanian": a group named with the number of its members, when the number is right.
 */
function countedGroup(ctx: CheckContext, words: readonly Token[]): EntityValue | undefined {
  const span = withoutDeterminers(words);
  const t = span[0];
  if (!t || span.length < 2) return undefined;
  const n = t.kind === 'number' && /^\d+$/.test(t.raw) ? Number(t.raw) : CARDINALS[t.raw.toLowerCase()];
  if (!n) return undefined;
  const named = resolveMention(ctx, span.slice(1)).find((g) => groupMembers(ctx, g.iri).length === n);
  if (named || span.length !== 2 || !/s$/i.test(span[1]!.raw)) return named;
  // "the five republics": a kind in the plural, the one group of that many members of that kind
  // (a stated cg:memberCount, every member of the class the noun names) the graph knows. Only
  // after "the" / "all": "five countries joined X" says how many, not which (any five of the
  // world's countries), so it is no group the graph names.
  if (!t.definite && !t.whole && span.length === words.length) return undefined;
  const cls = classNouns(ctx).get(span[1]!.norm);
  if (!cls) return undefined;
  const fits = ctx.store.getSubjects(`${NS.cg}memberCount`, null, null).map((g) => g.value)
    .filter((g) => Number(ctx.store.getObjects(g, `${NS.cg}memberCount`, null)[0]?.value) === n)
    .filter((g) => { const m = groupMembers(ctx, g); return m.length === n && m.every((x) => isA(ctx, x, cls)); });
  if (fits.length !== 1) return undefined;
  return { kind: 'entity', iri: fits[0]!, label: ctx.entityLabel.get(fits[0]!) ?? fits[0]! };
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
