/**
 * From pattern matches to readings: which matches respect the sentence's clauses (the widest
 * subject and object, nothing across a closing comma or a clause-joining "and"), their values in
 * the graph's terms (group specs back from the check reader's lists), and which of the readings
 * over the same words to keep (more structure; a narrower property; otherwise both, less sure).
 */
import { NS, type CheckContext, type RelationPattern } from '../check/context.js';
import type { CompiledPattern, PatternMatch } from '../check/pattern.js';
import type { Token } from '../check/text.js';
import type { CheckValue, ModalityName, PolarityName } from '../check/types.js';
import { groupMembers } from '../check/verdict.js';
import type { ArticleReading, SuggestValue } from './types.js';

/** One match of one pattern over the stretch of tokens [a, b). */
export interface Candidate {
  rp: RelationPattern;
  m: PatternMatch;
  a: number;
  b: number;
}

/** A sentence's tokens with its markers taken out, and where those markers were. */
export interface Marked {
  tokens: Token[];
  /** Markers removed, by UTF-16 offset of their first word. */
  markers: Array<{ at: number; words: string; polarity?: PolarityName; modality?: ModalityName }>;
}

/** Values for entity IRIs the constructions made up (a group phrase, a reference back). */
export type CustomValue = (iri: string) => SuggestValue | undefined;

/**
 * Of the matches of one pattern around the same words ("{s} join {o}" with the same "join"),
 * the one with the widest subject and object: "Freedonia and Sylvania are set to join", not
 * "Sylvania are set to join"; "all G except X joined", not "X joined"; "part of Freedonia's Silk Plan",
 * not "part of Freedonia".
 */
export function maximal(found: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  // the slot written first and the one written last ("{o} host {s}" has the object first): the
  // pattern's own words lie between them, and the widest reading widens them outwards
  const edges = (c: Candidate): { key: string; sStart: number; oEnd: number } => {
    const [first, last] = c.m.spans.o && c.m.spans.s && c.m.spans.o[0] < c.m.spans.s[0] ? [c.m.spans.o, c.m.spans.s] : [c.m.spans.s, c.m.spans.o];
    return {
      key: `${c.rp.order}|${first ? c.a + first[1] : 'x'}|${last ? c.a + last[0] : 'x'}`,
      sStart: first ? c.a + first[0] : c.a, oEnd: last ? c.a + last[1] : c.b,
    };
  };
  const out: Candidate[] = [];
  for (const c of found) {
    const e = edges(c);
    const prev = best.get(e.key);
    if (!prev) {
      best.set(e.key, c);
      continue;
    }
    const p = edges(prev);
    if (e.sStart < p.sStart || (e.sStart === p.sStart && e.oEnd > p.oEnd)) best.set(e.key, c);
  }
  // all matches of the widest subject / object spans (adjuncts around them give several)
  for (const c of found) {
    const e = edges(c);
    const w = edges(best.get(e.key)!);
    if (e.sStart === w.sStart && e.oEnd === w.oEnd) out.push(c);
  }
  return out;
}

/**
 * Whether a match respects the clauses of the sentence:
 * - a subject inside a parenthetical phrase (", which is a member of the League," or ", a
 *   former minister,") is not the subject of the verb after the phrase's closing comma;
 * - a list as object does not run into the next clause ("visited A, and B signed ...");
 * - a pattern's own "and" does not join two clauses.
 */
export function fitsClauses(c: Candidate, text: string, tokens: Token[], verbs: Set<string>): boolean {
  const s = c.m.spans.s;
  if (s && c.a + s[1] < c.b) {
    const first = tokens[c.a + s[0]]!;
    const last = tokens[c.a + s[1] - 1]!;
    const next = tokens[c.a + s[1]]!;
    const gap = text.slice(last.end, next.start + next.raw.length);
    // a comma after the subject that opens its own parenthetical (", which ...", ", the ...") is fine
    if (gap.includes(',') && !/^[^,]*,\s*(which|who|the|a|an|another)\b/i.test(gap)) {
      const before = text.slice(0, first.start);
      const opened = before.lastIndexOf(',');
      if (opened >= 0 && /^,\s*(which|who|that|a|an|the|another)\b/i.test(before.slice(opened))) return false;
    }
  }
  const o = c.m.spans.o;
  if (o) {
    const after = tokens[c.a + o[1]];
    const list = tokens.slice(c.a + o[0], c.a + o[1]).some((t) => t.raw.toLowerCase() === 'and');
    if (list && after && verbs.has(after.norm)) return false;
  }
  // ", and" joins clauses: a pattern's own "and" after a comma ("{s} and {o} signed" over
  // "visited Sylvania, and Freedonia signed") relates words of two clauses
  const inSlot = (i: number): boolean => Object.values(c.m.spans).some(([p, q]) => c.a + p <= i && i < c.a + q);
  for (let i = c.a + 1; i < c.b; i++) {
    if (tokens[i]!.raw.toLowerCase() === 'and' && !inSlot(i) && /,\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
  }
  // a pattern's own "and" right after a value that is a list itself ("rivalry between A and B
  // and C"): which "and" pairs the two sides is not written, so the reading is not made
  for (const [p, q] of Object.values(c.m.spans)) {
    const next = tokens[c.a + q];
    if (c.a + q < c.b && next?.raw.toLowerCase() === 'and' && !inSlot(c.a + q)
      && tokens.slice(c.a + p, c.a + q).some((t) => t.raw.toLowerCase() === 'and')) return false;
  }
  // ... and so does it inside a value of two names: "Sylvania, and Freedonia" is not a list
  // (three or more names, "A, B, and C", are)
  for (const [p, q] of Object.values(c.m.spans)) {
    const inside = text.slice(tokens[c.a + p]!.start, tokens[c.a + q - 1]!.end);
    if (/,\s*and\s/i.test(inside) && inside.split(',').length === 2) return false;
  }
  return true;
}

/**
 * A subject or object that ends a phrase the constructions read as saying nothing about the
 * whole ("X and Y" at the end of "countries from X and Y") is part of that phrase, a modifier
 * of its head, not a value on its own.
 */
export function insideVetoed(c: Candidate, vetoed: Array<[number, number]>): boolean {
  return ['s', 'o'].some((k) => {
    const sp = c.m.spans[k];
    return sp && vetoed.some(([p, q]) => c.a + sp[1] === q && c.a + sp[0] > p);
  });
}

export function finish(ctx: CheckContext, tokens: Token[], marked: Marked, found: Candidate[], custom: CustomValue | undefined): ArticleReading[] {
  const out: ArticleReading[] = [];
  for (const c of found) {
    // a name followed by "'s" is the owner of what follows, not the object ("part of Freedonia's Silk Plan")
    const o = c.m.spans.o;
    if (o && tokens[c.a + o[1]]?.kind === 'possessive' && c.a + o[1] === c.b) continue;
    const begin = tokens[c.a]!.start;
    const end = tokens[c.b - 1]!.end;
    const inside = marked.markers.filter((mk) => mk.at >= begin && mk.at < end);
    let negations = inside.filter((mk) => mk.polarity === 'negative').length;
    if (c.rp.polarity === 'negative') negations++;
    const polarity: PolarityName = negations % 2 === 1 ? 'negative' : 'positive';
    const markedModality = inside.find((mk) => mk.modality && mk.modality !== 'stated')?.modality;
    const modality: ModalityName = c.rp.modality !== 'stated' ? c.rp.modality : (markedModality ?? 'stated');
    const b = c.m.bindings;
    if (!b.s || !b.o || b.o.kind === 'daterange') continue;
    const subject = toValue(ctx, b.s, custom);
    const object = toValue(ctx, b.o, custom);
    if (!subject || !object) continue;
    // two unknown names related by one pattern: nothing the graph can anchor
    if (subject.kind === 'new-entity' && object.kind === 'new-entity') continue;
    const qualifiers: Record<string, SuggestValue> = {};
    let bad = false;
    for (const [k, v] of Object.entries(b)) {
      if (k === 's' || k === 'o') continue;
      if (v.kind === 'daterange') {
        qualifiers.startDate = { kind: 'literal', value: v.start, mention: v.mention ?? '' };
        qualifiers.endDate = { kind: 'literal', value: v.end, mention: v.mention ?? '' };
        continue;
      }
      const qv = toValue(ctx, v, custom);
      if (!qv) bad = true;
      else qualifiers[k === 'amount' ? 'amounts' : k] = qv;
    }
    if (bad) continue;
    const why = [
      `cg:${c.rp.name} pattern "${c.rp.pattern.source}"${c.rp.polarity === 'negative' ? ' (negative)' : ''}${c.rp.modality !== 'stated' ? ` (${c.rp.modality})` : ''}`,
      ...inside.map((mk) => `marker "${mk.words}" -> ${mk.polarity ?? mk.modality}`),
    ].join('; ');
    const ambiguous = [b.s, b.o].some((v) => (v as { ambiguous?: boolean }).ambiguous);
    // what the constructions say about the values they read
    const notes: string[] = [];
    let weight = 1;
    // a common noun as the object, with "in"/"of" right after it that is no word of the pattern
    // (left over, or read as a qualifier: "relies on its trade in the field of energy"): the noun
    // is most likely modified, the thing meant further on; below the default threshold
    const after = o ? tokens[c.a + o[1]]?.norm ?? '' : '';
    if (o && object.kind === 'entity' && !/\p{Lu}/u.test(object.mention) && ['in', 'of'].includes(after)
      && !new RegExp(`\\{o\\}\\s*[[(]?\\s*${after}\\b`).test(c.rp.pattern.source)) {
      weight *= MODIFIED_NOUN_WEIGHT;
      notes.push(`"${object.mention}" is followed by "${tokens[c.a + o[1]]!.raw}" (a modified noun?)`);
    }
    for (const v of [subject, object, ...Object.values(qualifiers)]) {
      if ((v.kind === 'entity' || v.kind === 'group') && v.note) notes.push(v.note);
      if ((v.kind === 'entity' || v.kind === 'group') && v.weight !== undefined) weight *= v.weight;
    }
    out.push({
      specificity: c.rp.pattern.literals - c.m.adjunctTokens,
      subject, predicate: c.rp.name, object, polarity, modality, qualifiers, begin, end,
      confidence: patternConfidence(c.rp.pattern) * (ambiguous ? 0.7 : 1) * weight,
      why: [why, ...notes, ...(ambiguous ? ['a name with several readings (the first taken)'] : [])].join('; '),
    });
  }
  return out;
}

/** How much less sure a common noun is as the object when a phrase the pattern leaves out follows it. */
const MODIFIED_NOUN_WEIGHT = 0.5;

/** Function words: a pattern made of these alone ("{s} in {o}") says little about the relation. */
export const LIGHT = new Set(['in', 'of', 'with', 'at', 'to', 'on', 'for', 'by', 'from', 'among', "'s", '-', 'and']);

/**
 * How specific a pattern is: more literal words that are not function words, more confidence.
 *
 * @example
 * ```ts
 * patternConfidence(compilePattern('{s} in {o}', morph)); // 0.4
 * ```
 */
export function patternConfidence(p: CompiledPattern): number {
  const words = literalWords(p.nodes);
  const content = words.filter((w) => !LIGHT.has(w)).length;
  if (content === 0) return words.length ? 0.4 : 0.3;
  if (content === 1) return 0.75;
  if (content === 2) return 0.85;
  return 0.9;
}

/** Literal words on the shortest path through a pattern (choices: the shortest alternative). */
export function literalWords(nodes: CompiledPattern['nodes']): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.t === 'lit') out.push(node.norm);
    else if (node.t === 'group' && !node.optional) {
      const alts = node.alts.map(literalWords).sort((a, b) => a.length - b.length);
      out.push(...(alts[0] ?? []));
    }
  }
  return out;
}

/** Drops readings another reading of the same statement makes redundant (a wider span with more qualifiers). */
export function best(readings: ArticleReading[], axioms: CheckContext['axioms']): ArticleReading[] {
  const byCore = new Map<string, ArticleReading>();
  for (const r of readings) {
    const core = JSON.stringify([valueKey(r.subject), r.predicate, valueKey(r.object), r.polarity, r.modality]);
    const prev = byCore.get(core);
    if (!prev || better(r, prev)) byCore.set(core, r);
  }
  return ambiguousProperties(mostStructured([...byCore.values()]), axioms).sort((x, y) => x.begin - y.begin || x.end - y.end || (x.predicate < y.predicate ? -1 : 1));
}

/** How much less sure two properties read from the same words make each reading. */
const AMBIGUITY_WEIGHT = 0.6;

/**
 * Readings that relate the same subject and object through the same words with different
 * properties: a sub-property over its super-property ("financial assistance" over
 * "assistance"), the property with the narrowest domain and range over the others ("located in"
 * as cg:locatedIn, Agent to Place, over cg:partOf, Entity to Entity); otherwise all stay, each
 * less sure and saying what else it was read as.
 */
function ambiguousProperties(readings: ArticleReading[], axioms: CheckContext['axioms']): ArticleReading[] {
  const key = (r: ArticleReading): string => `${r.begin}|${r.end}|${valueKey(r.subject)}|${valueKey(r.object)}|${r.polarity}|${r.modality}`;
  const byKey = new Map<string, ArticleReading[]>();
  for (const r of readings) byKey.set(key(r), [...(byKey.get(key(r)) ?? []), r]);
  const iri = (name: string): string => axioms.properties.get(name) ?? name;
  const below = (a: string, b: string): boolean => axioms.subProperties.get(iri(b))?.has(iri(a)) ?? false;
  const out: ArticleReading[] = [];
  for (const group of byKey.values()) {
    let kept = group.filter((r) => !group.some((o) => o !== r && below(o.predicate, r.predicate)));
    // the property whose domain and range say most (the deepest classes both values still fit)
    // no domain or range: anything, as wide as the top class
    const depth = (c: string | undefined): number => (c ? axioms.superClasses.get(c)?.size ?? 1 : 1);
    const score = (r: ArticleReading): number => depth(axioms.domain.get(iri(r.predicate))) + depth(axioms.range.get(iri(r.predicate)));
    const top = Math.max(...kept.map(score));
    if (kept.filter((r) => score(r) === top).length === 1) kept = kept.filter((r) => score(r) === top);
    const names = [...new Set(kept.map((r) => r.predicate))];
    for (const r of kept) {
      if (names.length < 2) out.push(r);
      else out.push({ ...r, confidence: r.confidence * AMBIGUITY_WEIGHT, why: `${r.why}; the same words also read as ${names.filter((n) => n !== r.predicate).map((n) => `cg:${n}`).join(', ')}` });
    }
  }
  return out;
}

/**
 * Of readings over the same words with the same subject and property, the most structured one:
 * "helps Sylvania with its nuclear programme" is Sylvania with a purpose, not the programme.
 */
function mostStructured(readings: ArticleReading[]): ArticleReading[] {
  const key = (r: ArticleReading): string => `${r.begin}|${r.end}|${valueKey(r.subject)}|${r.predicate}`;
  const most = new Map<string, number>();
  for (const r of readings) most.set(key(r), Math.max(most.get(key(r)) ?? 0, Object.keys(r.qualifiers).length));
  return readings.filter((r) => Object.keys(r.qualifiers).length === most.get(key(r)));
}

function better(a: ArticleReading, b: ArticleReading): boolean {
  const qa = Object.keys(a.qualifiers).length;
  const qb = Object.keys(b.qualifiers).length;
  if (qa !== qb) return qa > qb;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  // a pattern that says more in its own words than through adjuncts ("concluded ... on {endDate}")
  if ((a.specificity ?? 0) !== (b.specificity ?? 0)) return (a.specificity ?? 0) > (b.specificity ?? 0);
  return a.end - a.begin < b.end - b.begin;
}

/**
 * A stable key of a value (for de-duplication).
 *
 * @example
 * ```ts
 * valueKey({ kind: 'entity', id: 'acme', mention: 'Acme' }); // 'e:acme'
 * ```
 */
export function valueKey(v: SuggestValue): string {
  switch (v.kind) {
    case 'entity': return `e:${v.id}`;
    case 'entities': return `l:${v.ids.join(',')}`;
    case 'group': return `g:${v.group}+${v.plus.join(',')}-${v.except.join(',')}${v.role ? `@${v.role}` : ''}`;
    case 'new-entity': return `n:${v.label}`;
    case 'literal': return `v:${v.value}`;
    case 'amounts': return `a:${v.amounts.map((a) => `${a.currency}${a.value}`).join(',')}`;
  }
}

/** A check value in the graph's terms; undefined for what claims.yaml cannot say. */
function toValue(ctx: CheckContext, v: CheckValue, custom: CustomValue | undefined): SuggestValue | undefined {
  const mention = v.mention ?? '';
  switch (v.kind) {
    case 'entity': {
      const made = custom?.(v.iri);
      if (made) return made;
      const id = entityId(v.iri);
      return id ? { kind: 'entity', id, mention } : undefined;
    }
    case 'entities': {
      const ids = v.items.map((i) => entityId(i.iri));
      if (ids.some((x) => !x)) return undefined;
      if (v.excepted?.length) return groupOf(ctx, v.items.map((i) => i.iri), v.excepted.map((i) => i.iri), mention);
      return { kind: 'entities', ids: ids as string[], mention };
    }
    case 'unknown-entity': return { kind: 'new-entity', label: v.mention, mention: v.mention };
    case 'amount': return { kind: 'amounts', amounts: v.amounts.filter((a) => !a.bound).map((a) => ({ value: a.value, currency: a.currency })), mention };
    case 'date': case 'year': case 'number': return { kind: 'literal', value: v.value, mention };
    case 'string': return { kind: 'literal', value: v.value, mention };
    // a month (`2009-12`): written as is; the property's range decides whether it fits
    case 'month': return { kind: 'literal', value: v.value, mention };
    case 'daterange': return undefined;
  }
}

/**
 * "G except X" as the check reader gives it (the members left and the excepted ones) back to
 * the group: the one group whose members are exactly both lists together; offices ("the
 * presidents of G except X's") map back to their states and the role.
 */
function groupOf(ctx: CheckContext, items: string[], excepted: string[], mention: string): SuggestValue | undefined {
  let role: string | undefined;
  let toState = (iri: string): string | undefined => iri;
  for (const byState of ctx.offices.values()) {
    const back = new Map([...byState].map(([state, office]) => [office, state]));
    if (items.every((i) => back.has(i))) {
      // the role as entities.yaml writes it (the offices map is keyed by normalised words)
      role = ctx.store.getObjects(items[0]!, NS.cg + 'roleType', null)[0]?.value;
      toState = (iri) => back.get(iri);
      break;
    }
  }
  const left = items.map(toState);
  const out = excepted.map(toState);
  if (left.some((x) => !x) || out.some((x) => !x)) return undefined;
  const all = new Set([...left, ...out] as string[]);
  for (const g of ctx.labelIndex.values()) {
    for (const iri of g) {
      const members = groupMembers(ctx, iri);
      if (members.length === all.size && members.every((m) => all.has(m))) {
        const gid = entityId(iri);
        const ex = (out as string[]).map(entityId);
        if (!gid || ex.some((x) => !x)) return undefined;
        return { kind: 'group', group: gid, plus: [], except: (ex as string[]).sort(), ...(role ? { role } : {}), mention };
      }
    }
  }
  return undefined;
}

function entityId(iri: string): string | undefined {
  return iri.startsWith(NS.cgr) ? iri.slice(NS.cgr.length) : undefined;
}
