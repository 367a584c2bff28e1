/**
 * The fact checker's reader (src/check: lexicon patterns, markers, entity resolution) pointed at
 * one sentence of an article.
 *
 * `parseClaim` reads a whole claim: one pattern must cover every word. A sentence of an article
 * says several things among words that belong to none of them, so this adapter runs the same
 * patterns over the stretches of a sentence that start and end where a statement can (a name,
 * a value, or a pattern's first or last word), with the same slot readers, markers and
 * adjuncts. Markers count only inside the stretch they occur in ("not" in one clause does not
 * negate the next). Nothing English is written here: words come from ontology/lexicon.ttl.
 *
 * When the check stage offers a sentence-level API, this file is where suggest switches to it.
 */
import { slotTypeOf, NS, type CheckContext, type RelationPattern, type SlotType } from '../check/context.js';
import { findMarker, matchPattern, type CompiledPattern, type PatternMatch } from '../check/pattern.js';
import { readSlot } from '../check/parser.js';
import { resolveMention } from '../check/resolver.js';
import { dropIgnorable, keyOf, tokenize, type Token } from '../check/text.js';
import type { CheckValue, ModalityName, PolarityName } from '../check/types.js';
import { groupMembers } from '../check/verdict.js';
import type { SentenceContext, SentenceReader, SentenceReading, SuggestValue } from './types.js';

/** Longest stretch of (non-ignorable) tokens a statement is looked for in. */
const MAX_STRETCH = 24;
/** Longest slot value the check matcher tries, in tokens (its default `maxSlot`). */
const MAX_SLOT = 12;
/** Longest name, in tokens, looked up as a whole. */
const MAX_NAME = 8;

/**
 * Values the caller reads for a slot span before the check reader does (groups, references):
 * undefined leaves the span to the check reader, an empty list vetoes it, `readFrom` has the
 * check reader read a shorter span (the head of a phrase). The answer must not depend on `cls`. `tokens` are the
 * sentence's tokens (markers and ignorable words removed), the span is `tokens[start, end)`.
 */
export type SlotHook = (sentence: { text: string; tokens: readonly Token[] }, start: number, end: number, type: SlotType, cls: string | undefined) => CheckValue[] | { readFrom: number } | undefined;

/** Options of {@link checkParserReader}. */
export interface CheckReaderOptions {
  /** Constructions the check reader does not know yet (src/suggest/groups.ts...). */
  slotHook?: SlotHook;
  /** Read with the patterns that have no word of their own too ("{s} {o}"): for text a construction wrote. */
  bare?: boolean;
  /** Values for entity IRIs the hook made up (a group phrase); undefined for real entities. */
  customValue?: (iri: string) => SuggestValue | undefined;
  /**
   * Share adjunct matches between the stretches that start at the same word (default true; the
   * premise is tested in tests/suggest/reader-check.test.ts by comparing with false).
   */
  shareAdjuncts?: boolean;
  /**
   * The token lists to read a sentence as (constructions that make words transparent or set a
   * clause aside); each is read, and the readings are merged. Default: the tokens as they are.
   */
  variants?: (text: string, tokens: Token[]) => Token[][];
  /** More token positions where a value can start or end (the hook's phrases). */
  boundaries?: (sentence: { text: string; tokens: readonly Token[] }) => { starts: number[]; ends: number[] };
}

interface Marked {
  tokens: Token[];
  /** Markers removed, by UTF-16 offset of their first word. */
  markers: Array<{ at: number; words: string; polarity?: PolarityName; modality?: ModalityName }>;
}

const MONTH_RE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/i;

/**
 * A {@link SentenceReader} over the fact checker's context (lexicon, labels, axioms).
 *
 * @example
 * ```ts
 * const reader = checkParserReader(loadCheckContext(store, { dir: '.' }));
 * reader.read('Sylvania did not join the League.', { article: 'a', sentenceId: 's002', kind: 'body' });
 * // [{ subject: { kind: 'entity', id: 'sylvania', ... }, predicate: 'memberOf', polarity: 'negative', ... }]
 * ```
 */
export function checkParserReader(ctx: CheckContext, opts: CheckReaderOptions = {}): SentenceReader {
  const patterns = ctx.relations
    // a pattern without a word of its own ("{s} {o}") would relate any two names side by side:
    // only for what a construction has put side by side (opts.bare); one of function words only
    // ("{s} in {o}") relates any name to the next prepositional phrase of a sentence
    .filter((rp) => opts.bare || literalWords(rp.pattern.nodes).some((w) => !LIGHT.has(w)))
    .map((rp) => ({ rp, first: edge(rp.pattern, 'first'), last: edge(rp.pattern, 'last'), anyOf: choices(rp.pattern).map((set) => [...set]), next: afterLeadingSlot(rp.pattern) }));
  const lastWords = new Set(patterns.flatMap((p) => [...p.last.words]));
  // words that follow a subject in some pattern ("joined", "visited"): they start a new clause
  const verbs = new Set<string>();
  for (const rp of ctx.relations) {
    const i = rp.pattern.nodes.findIndex((n) => n.t === 'slot' && n.name === 's');
    if (i >= 0) for (const w of edge({ ...rp.pattern, nodes: rp.pattern.nodes.slice(i + 1) }, 'first').words) verbs.add(w);
  }
  return {
    name: opts.bare ? 'check-parser-bare' : 'check-parser',
    read(text: string, context: SentenceContext): SentenceReading[] {
      // offsets of the check tokenizer refer to its normalised text: same length only for NFC input
      if (text.normalize('NFC').length !== text.length) return [];
      return readSentence(ctx, text, context, { patterns, lastWords, verbs, hook: opts.slotHook, custom: opts.customValue, boundaries: opts.boundaries, variants: opts.variants, share: opts.shareAdjuncts !== false });
    },
  };
}

/** How a pattern can begin or end: with a slot, or with one of these words. */
interface Edge {
  slot: boolean;
  words: Set<string>;
}

interface Env {
  patterns: Array<{ rp: RelationPattern; first: Edge; last: Edge; anyOf: string[][]; next?: string[] }>;
  /** Every word a pattern can end with. */
  lastWords: Set<string>;
  verbs: Set<string>;
  hook?: SlotHook;
  custom?: (iri: string) => SuggestValue | undefined;
  boundaries?: CheckReaderOptions['boundaries'];
  variants?: CheckReaderOptions['variants'];
  share: boolean;
}

function readSentence(ctx: CheckContext, text: string, context: SentenceContext, env: Env): SentenceReading[] {
  const words = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  const all: SentenceReading[] = [];
  for (const variant of env.variants ? env.variants(text, words) : [words]) all.push(...readTokens(ctx, text, variant, env));
  return best(all, ctx.axioms);
}

function readTokens(ctx: CheckContext, text: string, words: Token[], env: Env): SentenceReading[] {
  const marked = stripMarkers(ctx, words);
  const tokens = marked.tokens;
  const n = tokens.length;
  if (n < 2) return [];
  const positions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    let list = positions.get(t.norm);
    if (!list) positions.set(t.norm, (list = []));
    list.push(i);
  });
  const { starts, ends } = valueBoundaries(ctx, text, tokens);
  const more = env.boundaries?.({ text, tokens });
  for (const i of more?.starts ?? []) starts.add(i);
  for (const i of more?.ends ?? []) ends.add(i);
  const nameish = tokens.map((t) => t.cap || t.kind === 'possessive');
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j <= Math.min(n, i + MAX_NAME); j++) {
      if (ctx.labelIndex.has(keyOf(tokens.slice(i, j)))) for (let k = i; k < j; k++) nameish[k] = true;
    }
  }
  const memo: SlotMemo = { values: new Map(), hooked: new Map(), vetoed: [], nameish, custom: env.custom };
  const found: Candidate[] = [];
  // the ends a pattern can stop at: where a value ends, or a pattern's last word
  const stops: number[] = [];
  for (let b = 2; b <= n; b++) if (ends.has(b) || env.lastWords.has(tokens[b - 1]!.norm)) stops.push(b);
  const sentence = { text, tokens };
  // the first position at or after i of each word (n when none): where a pattern's words can be
  const nextAt = new Map<string, Int32Array>();
  for (const [w, list] of positions) {
    const arr = new Int32Array(n + 1).fill(n);
    for (let i = n - 1, k = list.length - 1; i >= 0; i--) {
      arr[i] = k >= 0 && list[k] === i ? list[k--]! : arr[i + 1]!;
    }
    nextAt.set(w, arr);
  }
  const firstAfter = (w: string, a: number): number => nextAt.get(w)?.[a] ?? n;
  for (let a = 0; a < n; a++) {
    // patterns that can start here, with the shortest stretch holding all their words
    const startHere: Array<{ p: Env['patterns'][number]; minB: number }> = [];
    for (const p of env.patterns) {
      if (!((p.first.slot && starts.has(a)) || p.first.words.has(tokens[a]!.norm))) continue;
      let minB = a + 2;
      // "{s} join {o}" from here: "join" must follow within the longest a name can be
      if (p.next && !(p.first.words.has(tokens[a]!.norm)) && Math.min(...p.next.map((w) => firstAfter(w, a + 1))) > a + MAX_SLOT) continue;
      for (const w of p.rp.pattern.required) minB = Math.max(minB, firstAfter(w, a) + 1);
      for (const set of p.anyOf) minB = Math.max(minB, Math.min(...set.map((w) => firstAfter(w, a))) + 1);
      if (minB <= Math.min(n, a + MAX_STRETCH)) startHere.push({ p, minB });
    }
    if (!startHere.length) continue;
    // adjunct matches found on a longer stretch from the same start hold for the shorter ones:
    // one cache per start, longest stretch first (see premise test in tests/suggest/reader-check.test.ts)
    let adjunctCache = new Map<number, unknown[]>();
    for (let k = stops.length - 1; k >= 0; k--) {
      const b = stops[k]!;
      if (b <= a + 1 || b - a > MAX_STRETCH) continue;
      if (!env.share) adjunctCache = new Map();
      const slice = tokens.slice(a, b);
      for (const { p, minB } of startHere) {
        if (b < minB) continue;
        const { rp, last } = p;
        if (!((last.slot && ends.has(b)) || last.words.has(tokens[b - 1]!.norm))) continue;
        const matches = matchPattern(rp.pattern, {
          tokens: slice,
          adjuncts: ctx.adjuncts,
          adjunctCache,
          limit: 8,
          slotValues: (name, s, e) => slotValues(ctx, rp, name, sentence, a + s, a + e, memo, env.hook),
        });
        for (const m of matches) found.push({ rp, m, a, b });
      }
    }
  }
  const fitting = found.filter((c) => fitsClauses(c, text, tokens, env.verbs));
  return finish(ctx, text, tokens, marked, maximal(fitting).filter((c) => !insideVetoed(c, memo.vetoed)), env.custom);
}

interface Candidate {
  rp: RelationPattern;
  m: PatternMatch;
  a: number;
  b: number;
}

/**
 * Where a value can start and end: names the graph knows (labels, and what the resolver reads
 * from capitalised words: offices, possessives), numbers, dates, amounts.
 */
function valueBoundaries(ctx: CheckContext, text: string, tokens: Token[]): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  const n = tokens.length;
  // runs of capitalised words: a name the graph may not know yet
  for (let i = 0; i < n; i++) {
    if (!tokens[i]!.cap || sameName({ text, tokens }, i)) continue;
    let j = i + 1;
    while (j < n && sameName({ text, tokens }, j)) j++;
    starts.add(i);
    ends.add(j);
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number' || t.kind === 'currency' || t.kind === 'isodate' || MONTH_RE.test(t.raw)) {
      starts.add(i);
      ends.add(i + 1);
    }
    for (let j = i + 1; j <= Math.min(n, i + MAX_NAME); j++) {
      const span = tokens.slice(i, j);
      if (ctx.labelIndex.has(keyOf(span)) || (t.cap && tokens[j - 1]!.cap && mayNameOffice(ctx, span) && resolveMention(ctx, span).length)) {
        starts.add(i);
        ends.add(j);
      }
    }
  }
  return { starts, ends };
}

/**
 * For each choice a pattern cannot skip ("(rival|competitor)"), the words one of which a match
 * contains: a pre-filter as cheap as `required` is for plain words.
 */
function choices(p: CompiledPattern): Array<Set<string>> {
  const out: Array<Set<string>> = [];
  for (const node of p.nodes) {
    if (node.t !== 'group' || node.optional) continue;
    const e = edge({ ...p, nodes: [node] }, 'first');
    // a choice that can start with a slot or be empty says nothing about words
    if (!e.slot && e.words.size && !node.alts.some(canBeEmpty)) out.push(e.words);
  }
  return out;
}

function canBeEmpty(nodes: CompiledPattern['nodes']): boolean {
  return nodes.every((n) => n.t === 'const' || (n.t === 'group' && (n.optional || n.alts.some(canBeEmpty))));
}

/**
 * The words that can come right after a pattern's leading slot ("join" in "{s} join {o}"),
 * undefined when the pattern does not start with a slot followed by a word.
 */
function afterLeadingSlot(p: CompiledPattern): string[] | undefined {
  const [head, ...rest] = p.nodes;
  if (head?.t !== 'slot') return undefined;
  const e = edge({ ...p, nodes: rest }, 'first');
  return !e.slot && e.words.size && !canBeEmpty(rest) ? [...e.words] : undefined;
}

/** The slot or words a pattern can begin (or end) with. */
function edge(p: CompiledPattern, which: 'first' | 'last'): Edge {
  const out: Edge = { slot: false, words: new Set() };
  // returns true when the sequence can be empty (all optional)
  const walk = (nodes: CompiledPattern['nodes']): boolean => {
    const list = which === 'first' ? nodes : [...nodes].reverse();
    for (const node of list) {
      if (node.t === 'lit') {
        out.words.add(node.norm);
        return false;
      }
      if (node.t === 'slot') {
        out.slot = true;
        return false;
      }
      if (node.t === 'const') continue;
      let canBeEmpty = node.optional;
      for (const alt of node.alts) if (walk(alt)) canBeEmpty = true;
      if (!canBeEmpty) return false;
    }
    return true;
  };
  walk(p.nodes);
  return out;
}

/** Per sentence: slot values, hook answers, and the spans the hook vetoed. */
interface SlotMemo {
  values: Map<string, CheckValue[]>;
  hooked: Map<string, ReturnType<SlotHook>>;
  vetoed: Array<[number, number]>;
  /** Tokens that may be part of a name: capitalised, possessive, or inside a label of the graph. */
  nameish: boolean[];
  custom?: (iri: string) => SuggestValue | undefined;
}

function slotValues(
  ctx: CheckContext, rp: RelationPattern, name: string, sentence: { text: string; tokens: Token[] }, start: number, end: number,
  memo: SlotMemo, hook: SlotHook | undefined,
): CheckValue[] {
  let type: SlotType;
  let cls: string | undefined;
  if (name === 's') {
    type = 'entity';
    cls = ctx.axioms.domain.get(rp.property);
  } else if (name === 'o') {
    const t = slotTypeOf(ctx, rp.property);
    type = t === 'date' ? 'date-or-year' : t;
    cls = ctx.axioms.range.get(rp.property);
  } else {
    type = slotTypeOf(ctx, NS.cg + name);
    cls = ctx.axioms.range.get(NS.cg + name);
  }
  return readSpan(ctx, type, cls, sentence, start, end, memo, hook);
}

function readSpan(
  ctx: CheckContext, type: SlotType, cls: string | undefined, sentence: { text: string; tokens: Token[] }, start: number, end: number,
  memo: SlotMemo, hook: SlotHook | undefined,
): CheckValue[] {
  const key = `${type}|${cls ?? ''}|${start}|${end}`;
  let v = memo.values.get(key);
  if (v) return v;
  // what the constructions say does not depend on the class the slot wants
  const hkey = `${type}|${start}|${end}`;
  if (!memo.hooked.has(hkey)) {
    const h = hook?.(sentence, start, end, type, cls);
    memo.hooked.set(hkey, h);
    if (Array.isArray(h) && h.length === 0) memo.vetoed.push([start, end]);
  }
  const hooked = memo.hooked.get(hkey);
  if (hooked && !Array.isArray(hooked)) v = readSpan(ctx, type, cls, sentence, hooked.readFrom, end, memo, hook);
  else if (hooked) v = hooked.filter((x) => x.kind !== 'entity' || fits(ctx, memo.custom?.(x.iri), x.iri, cls));
  else {
    // a name the graph does not know is read too (as a new entity), but only as a whole run of
    // capitalised words: "Grand Fenwick", never "Fenwick" alone
    const span = sentence.tokens.slice(start, end);
    const unknownName = type === 'entity' && isWholeName(sentence, start, end) && !knownInside(ctx, span);
    // a name starts and ends with a word of a name (what the constructions read, they read above)
    if (type === 'entity' && !(memo.nameish[start] && memo.nameish[end - 1])) v = [];
    else if (type === 'entity') {
      // most spans name nothing whatever the class: read them once without one (a superset)
      const laxKey = `lax|${start}|${end}`;
      let lax = memo.values.get(laxKey);
      if (!lax) memo.values.set(laxKey, (lax = readSlot(ctx, type, undefined, span, unknownName, false)));
      v = lax.length ? readSlot(ctx, type, cls, span, unknownName, true) : [];
    } else v = readSlot(ctx, type, cls, span, false, true);
    // one entity per span: a name the reader finds ambiguous gives its best reading only
    if (type === 'entity' && v.length > 1) v = [{ ...v[0]!, ambiguous: true } as unknown as CheckValue];
  }
  memo.values.set(key, v);
  return v;
}

/** Whether an entity a construction read (or a real one) belongs to the class a slot wants. */
function fits(ctx: CheckContext, made: SuggestValue | undefined, iri: string, cls: string | undefined): boolean {
  if (!cls) return true;
  // a group phrase stands for its members: the check reader's own class checks do not apply
  if (made && made.kind !== 'entity') return true;
  const real = made?.kind === 'entity' ? NS.cgr + made.id : iri;
  const types = ctx.entityTypes.get(real);
  if (!types?.size) return true;
  return [...types].some((t) => t === cls || ctx.axioms.superClasses.get(t)?.has(cls));
}

/** Tokens i-1 and i are one name's words: both capitalised, nothing but a space between. */
function sameName(sentence: { text: string; tokens: readonly Token[] }, i: number): boolean {
  const a = sentence.tokens[i - 1];
  const b = sentence.tokens[i];
  return !!a && !!b && a.cap && b.cap && /^\s*$/.test(sentence.text.slice(a.end, b.start));
}

/** A run of capitalised words that is whole: no name word glued before or after it, no punctuation inside. */
function isWholeName(sentence: { text: string; tokens: readonly Token[] }, start: number, end: number): boolean {
  if (sameName(sentence, start) || sameName(sentence, end)) return false;
  // a sentence's first word is capitalised anyway: alone, it is not known to be a name
  if (end - start === 1 && /^[\s"\u201C\u2018'(]*$/.test(sentence.text.slice(0, sentence.tokens[start]!.start))) return false;
  for (let i = start + 1; i < end; i++) if (/[,;:()[\]"\u201C\u201D]/.test(sentence.text.slice(sentence.tokens[i - 1]!.end, sentence.tokens[i]!.start))) return false;
  return true;
}

/** Some part of the span names an entity the graph knows: the span is not an unknown name. */
function knownInside(ctx: CheckContext, span: readonly Token[]): boolean {
  for (let i = 0; i < span.length; i++) {
    for (let j = i + 1; j <= span.length; j++) {
      if (ctx.labelIndex.has(keyOf(span.slice(i, j)))) return true;
    }
  }
  return mayNameOffice(ctx, span) && resolveMention(ctx, span).length > 0;
}

/**
 * Whether the resolver's readings beyond labels (offices from a role word, possessive heads) can
 * apply to a span: only then is it worth asking it (it tries every office pattern).
 *
 * @example
 * ```ts
 * mayNameOffice(ctx, tokenize("Sylvania's President", ctx.morph)); // true
 * ```
 */
export function mayNameOffice(ctx: CheckContext, span: readonly Token[]): boolean {
  return span.length > 1 && span.some((t) => t.kind === 'possessive' || ctx.offices.has(t.norm) || (t.kind === 'word' && ctx.offices.has(`${t.norm} ${span[span.indexOf(t) + 1]?.norm ?? ''}`)));
}

function stripMarkers(ctx: CheckContext, input: Token[]): Marked {
  let tokens = input;
  const markers: Marked['markers'] = [];
  for (const m of ctx.markers) {
    const spans = findMarker(m.pattern, tokens, (i) => MONTH_RE.test(tokens[i]!.raw) && tokens[i + 1]?.kind === 'number');
    if (!spans.length) continue;
    const drop = new Set<number>();
    for (const [a, b] of spans) {
      for (let i = a; i < b; i++) drop.add(i);
      markers.push({
        at: tokens[a]!.start, words: tokens.slice(a, b).map((t) => t.raw).join(' '),
        ...(m.polarity ? { polarity: m.polarity } : {}), ...(m.modality ? { modality: m.modality } : {}),
      });
    }
    tokens = tokens.filter((_, i) => !drop.has(i));
  }
  return { tokens, markers };
}

// ---------------------------------------------------------------- readings

/**
 * Of the matches of one pattern around the same words ("{s} join {o}" with the same "join"),
 * the one with the widest subject and object: "India and Pakistan are set to join", not
 * "Pakistan are set to join"; "all G except X joined", not "X joined"; "part of China's OBOR",
 * not "part of China".
 */
function maximal(found: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  const edges = (c: Candidate): { key: string; sStart: number; oEnd: number } => {
    const s = c.m.spans.s;
    const o = c.m.spans.o;
    return {
      key: `${c.rp.order}|${s ? c.a + s[1] : 'x'}|${o ? c.a + o[0] : 'x'}`,
      sStart: s ? c.a + s[0] : c.a, oEnd: o ? c.a + o[1] : c.b,
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
function fitsClauses(c: Candidate, text: string, tokens: Token[], verbs: Set<string>): boolean {
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
function insideVetoed(c: Candidate, vetoed: Array<[number, number]>): boolean {
  return ['s', 'o'].some((k) => {
    const sp = c.m.spans[k];
    return sp && vetoed.some(([p, q]) => c.a + sp[1] === q && c.a + sp[0] > p);
  });
}

function finish(ctx: CheckContext, text: string, tokens: Token[], marked: Marked, found: Candidate[], custom: Env['custom']): SentenceReading[] {
  const out: SentenceReading[] = [];
  for (const c of found) {
    // a name followed by "'s" is the owner of what follows, not the object ("part of China's OBOR")
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
    for (const v of [subject, object, ...Object.values(qualifiers)]) {
      if ((v.kind === 'entity' || v.kind === 'group') && v.note) notes.push(v.note);
      if (v.kind === 'entity' && v.weight !== undefined) weight *= v.weight;
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

/** Function words: a pattern made of these alone ("{s} in {o}") says little about the relation. */
const LIGHT = new Set(['in', 'of', 'with', 'at', 'to', 'on', 'for', 'by', 'from', 'among', "'s", '-', 'and']);

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
function literalWords(nodes: CompiledPattern['nodes']): string[] {
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
function best(readings: SentenceReading[], axioms: CheckContext['axioms']): SentenceReading[] {
  const byCore = new Map<string, SentenceReading>();
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
function ambiguousProperties(readings: SentenceReading[], axioms: CheckContext['axioms']): SentenceReading[] {
  const key = (r: SentenceReading): string => `${r.begin}|${r.end}|${valueKey(r.subject)}|${valueKey(r.object)}|${r.polarity}|${r.modality}`;
  const byKey = new Map<string, SentenceReading[]>();
  for (const r of readings) byKey.set(key(r), [...(byKey.get(key(r)) ?? []), r]);
  const iri = (name: string): string => axioms.properties.get(name) ?? name;
  const below = (a: string, b: string): boolean => axioms.subProperties.get(iri(b))?.has(iri(a)) ?? false;
  const out: SentenceReading[] = [];
  for (const group of byKey.values()) {
    let kept = group.filter((r) => !group.some((o) => o !== r && below(o.predicate, r.predicate)));
    // the property whose domain and range say most (the deepest classes both values still fit)
    // no domain or range: anything, as wide as the top class
    const depth = (c: string | undefined): number => (c ? axioms.superClasses.get(c)?.size ?? 1 : 1);
    const score = (r: SentenceReading): number => depth(axioms.domain.get(iri(r.predicate))) + depth(axioms.range.get(iri(r.predicate)));
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
 * "helps Kazakhstan with its nuclear programme" is Kazakhstan with a purpose, not the programme.
 */
function mostStructured(readings: SentenceReading[]): SentenceReading[] {
  const key = (r: SentenceReading): string => `${r.begin}|${r.end}|${valueKey(r.subject)}|${r.predicate}`;
  const most = new Map<string, number>();
  for (const r of readings) most.set(key(r), Math.max(most.get(key(r)) ?? 0, Object.keys(r.qualifiers).length));
  return readings.filter((r) => Object.keys(r.qualifiers).length === most.get(key(r)));
}

function better(a: SentenceReading, b: SentenceReading): boolean {
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
function toValue(ctx: CheckContext, v: CheckValue, custom: Env['custom']): SuggestValue | undefined {
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
