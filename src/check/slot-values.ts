/**
 * Reads one slot of a pattern from the claim's words as a value: an entity slot's names (an office
 * standing for its holders, "some" / "every" members of a group, a count of members, a group named
 * with its number, "all but X", a group's offices, a list) and the amount, date, year, number,
 * duration and string slots. The parser (src/check/parser.ts) calls `readSlot` for every span a
 * pattern's slot may take; split out of parser.ts (round 38) to keep it under its size limit.
 */
import { NS, localName, type CheckContext, type SlotType } from './context.js';
import { authorsNamed, commentersNamed } from './articles.js';
import { isA } from './claim-index.js';
import { commonNounInName, looksLikeName, matchOffices, resolveMention } from './resolver.js';
import { keyOf, tokenize, type Token } from './text.js';
import type { CheckValue } from './types.js';
import { CARDINALS, parseDate, parseDuration, parseMoney, parseQuantity, parseRank, parseYear } from './values.js';
import { groupMembers, officeHolders } from './verdict.js';
import { percentSign, readBoundedCount } from './bounded-counts.js';
import { describedGroup } from './described-groups.js';
import { pluralOfOneOffice, roleNounAtEnd, roleNounAtStart, roleOffices, someRoleHolders } from './role-counts.js';
import { classNouns } from './kinds.js';
import type { SpanShared } from './slot-memo.js';
import { coordinations, readCoordination } from './coordination.js';

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
export function mentionedEntities(ctx: CheckContext, span: readonly Token[], mention: () => string): EntityValue[] {
  let all = resolveMention(ctx, span);
  // "a Freedonian prime minister" is any holder of the office, not the one the article calls so
  if (span[0]?.indef && span.length > 1 && all.some((e) => isA(ctx, e.iri, `${NS.cg}Office`))) all = all.filter((e) => !isA(ctx, e.iri, `${NS.cg}Person`));
  // "Freedonian prime ministers": the holders of one office, at least two or as a rule, which one
  // holder decides neither (src/check/role-counts.ts pluralOfOneOffice)
  if (all.some((e) => isA(ctx, e.iri, `${NS.cg}Office`)) && pluralOfOneOffice(ctx, span)) all = all.filter((e) => !isA(ctx, e.iri, `${NS.cg}Office`) && !isA(ctx, e.iri, `${NS.cg}Person`));
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
export function unknownName(ctx: CheckContext, span: readonly Token[], all: readonly EntityValue[]): CheckValue[] {
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
