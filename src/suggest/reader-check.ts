/**
 * The fact checker's reader (src/check: lexicon patterns, markers, entity resolution) pointed at
 * one sentence of an article.
 *
 * `parseClaim` reads a whole claim: one pattern must cover every word. A sentence of an article
 * says several things among words that belong to none of them, so this adapter runs the same
 * patterns from each place a statement can start (a name, a value, a pattern's first word), each
 * followed by whatever the sentence says next, with the same slot readers, markers and adjuncts.
 * Markers count only inside the stretch they occur in ("not" in one clause does not negate the
 * next). The relation words all come from the lexicon; only a few grammar words are named here
 * (relative pronouns, determiners, "and") to keep statements inside their clauses.
 *
 * When the check stage offers a sentence-level API, this file is where suggest switches to it.
 */
import { NS, type CheckContext, type RelationPattern, type SlotType } from '../check/context.js';
import { slotSpecOf } from '../check/slot-specs.js';
import { matchPattern, type CompiledPattern } from '../check/pattern.js';
import { readSlot, stripMarkers } from '../check/parser.js';
import { resolveMention } from '../check/resolver.js';
import { dropIgnorable, keyOf, tokenize, type Token } from '../check/text.js';
import type { CheckValue } from '../check/types.js';
import { best, finish, fitsClauses, insideVetoed, LIGHT, literalWords, maximal, type Candidate, type Marked } from './matches.js';
import type { SentenceContext, SentenceReader, ArticleReading, SuggestValue } from './types.js';

/** Longest stretch of (non-ignorable) tokens a statement is looked for in. */
const MAX_STRETCH = 24;
/** The slot after a pattern that takes the rest of a stretch (never a lexicon slot name: it has a dash). */
const REST = 'rest-of-stretch';
const REST_VALUE: CheckValue[] = [{ kind: 'string', value: '' }];
/** A token past a stretch's end that no word or value matches. */
const SENTINEL: Token = { raw: '\u0000', norm: '\u0000', start: -1, end: -1, kind: 'word', cap: false };
/** Longest slot value the check matcher tries, in tokens (its default `maxSlot`). */
const MAX_SLOT = 12;
/** Longest name, in tokens, looked up as a whole. */
const MAX_NAME = MAX_SLOT;

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
  variants?: (text: string, tokens: Token[], verbs: ReadonlySet<string>) => Token[][];
  /** More token positions where a value can start or end (the hook's phrases). */
  boundaries?: (sentence: { text: string; tokens: readonly Token[] }) => { starts: number[]; ends: number[] };
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
  const { analysed, verbs } = analyse(ctx);
  const patterns = analysed
    // a pattern without a word of its own ("{s} {o}") would relate any two names side by side:
    // only for what a construction has put side by side (opts.bare); one of function words only
    // ("{s} in {o}") relates any name to the next prepositional phrase of a sentence
    .filter((p) => opts.bare || p.ownWord)
    .map(({ ownWord: _w, ...p }) => p);
  // which patterns can start at a word: by the word, or (any value) by a leading slot; hundreds
  // of patterns are tried at each word of a sentence otherwise
  const slotFirst: number[] = [];
  const byWord = new Map<string, number[]>();
  patterns.forEach((p, i) => {
    if (p.first.slot) slotFirst.push(i);
    for (const w of p.first.words) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(i);
    }
  });
  // the word sets of every pattern's `needs`, numbered in one run (pattern i: needStart[i] to
  // needStart[i + 1]), by word: a sentence marks the sets its words are in
  const needStart = new Int32Array(patterns.length + 1);
  const needsByWord = new Map<string, number[]>();
  patterns.forEach((p, i) => {
    needStart[i + 1] = needStart[i]! + p.needs.length;
    p.needs.forEach((set, k) => {
      for (const w of new Set(set)) {
        let list = needsByWord.get(w);
        if (!list) needsByWord.set(w, (list = []));
        list.push(needStart[i]! + k);
      }
    });
  });
  return {
    name: opts.bare ? 'check-parser-bare' : 'check-parser',
    read(text: string, _context: SentenceContext): ArticleReading[] {
      // offsets of the check tokenizer refer to its normalised text: same length only for NFC input
      if (text.normalize('NFC').length !== text.length) return [];
      return readSentence(ctx, text, { patterns, slotFirst, byWord, needStart, needsByWord, verbs, hook: opts.slotHook, custom: opts.customValue, boundaries: opts.boundaries, variants: opts.variants, share: opts.shareAdjuncts !== false });
    },
  };
}

type Analysed = Env['patterns'][number] & { ownWord: boolean };

const analyses = new WeakMap<CheckContext, { analysed: Analysed[]; verbs: Set<string> }>();

/**
 * What the reader needs to know of each lexicon pattern (its edges, choices, the word after its
 * leading slot), worked out once per context: a plain reader and a bare one share it.
 */
function analyse(ctx: CheckContext): { analysed: Analysed[]; verbs: Set<string> } {
  let a = analyses.get(ctx);
  if (a) return a;
  // an article's sentences are read with the patterns and adjuncts not kept for claims alone
  // (lexicon cg:claimOnlyPattern: ontology/lexicon.ttl says why each is)
  const relations = ctx.relations.filter((rp) => !rp.claimOnly);
  const analysed = relations.map((rp) => ({
    rp, first: edge(rp.pattern, 'first'), anyOf: choices(rp.pattern).map((set) => [...set]), next: afterLeadingSlot(rp.pattern),
    open: { ...rp.pattern, nodes: [...rp.pattern.nodes, { t: 'slot' as const, name: REST }], slots: [...rp.pattern.slots, REST] },
    ownWord: literalWords(rp.pattern.nodes).some((w) => !LIGHT.has(w)),
    needs: [...rp.pattern.required.map((w) => [w.norm, ...(w.alts ?? [])]), ...choices(rp.pattern).map((set) => [...set])],
  }));
  // words that follow a subject in some pattern ("joined", "visited"): they start a new clause
  const verbs = new Set<string>();
  for (const rp of relations) {
    const i = rp.pattern.nodes.findIndex((n) => n.t === 'slot' && n.name === 's');
    if (i >= 0) for (const w of edge({ ...rp.pattern, nodes: rp.pattern.nodes.slice(i + 1) }, 'first').words) verbs.add(w);
  }
  analyses.set(ctx, (a = { analysed, verbs }));
  return a;
}

/** How a pattern can begin or end: with a slot, or with one of these words. */
interface Edge {
  slot: boolean;
  words: Set<string>;
}

interface Env {
  /** `needs`: word sets one word of each of which a sentence must have for the pattern to match in it. */
  patterns: Array<{ rp: RelationPattern; first: Edge; anyOf: string[][]; next?: string[]; open: CompiledPattern; needs: string[][] }>;
  /** Indices into `patterns` (ascending) of those that begin with a slot. */
  slotFirst: number[];
  /** A word -> indices into `patterns` (ascending) of those that can begin with it. */
  byWord: Map<string, number[]>;
  /** Where each pattern's `needs` begin in one numbering of all of them (one more entry: the total). */
  needStart: Int32Array;
  /** A word -> the numbers of the `needs` sets it is in. */
  needsByWord: Map<string, number[]>;
  verbs: Set<string>;
  hook?: SlotHook;
  custom?: (iri: string) => SuggestValue | undefined;
  boundaries?: CheckReaderOptions['boundaries'];
  variants?: CheckReaderOptions['variants'];
  share: boolean;
}

function readSentence(ctx: CheckContext, text: string, env: Env): ArticleReading[] {
  const words = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  const all: ArticleReading[] = [];
  for (const variant of env.variants ? env.variants(text, words, env.verbs) : [words]) all.push(...readTokens(ctx, text, variant, env));
  return best(all, ctx.axioms);
}

function readTokens(ctx: CheckContext, text: string, words: Token[], env: Env): ArticleReading[] {
  const marked = markersOf(ctx, words);
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
  // the patterns whose words the sentence has (the test below, once per sentence instead of per start)
  const met = new Uint8Array(env.needStart[env.patterns.length]!);
  for (const w of positions.keys()) for (const k of env.needsByWord.get(w) ?? []) met[k] = 1;
  const live = env.patterns.map((_, i) => {
    for (let k = env.needStart[i]!; k < env.needStart[i + 1]!; k++) if (!met[k]) return false;
    return true;
  });
  for (let a = 0; a < n; a++) {
    // patterns that can start here, with the shortest stretch holding all their words
    const startHere: Array<{ p: Env['patterns'][number]; minB: number }> = [];
    for (const i of candidatesAt(env, starts.has(a), tokens[a]!.norm)) {
      if (!live[i]) continue;
      const p = env.patterns[i]!;
      let minB = a + 2;
      // "{s} join {o}" from here: "join" must follow within the longest a name can be
      if (p.next && !(p.first.words.has(tokens[a]!.norm)) && Math.min(...p.next.map((w) => firstAfter(w, a + 1))) > a + MAX_SLOT) continue;
      // a required word may be written as one of its lexicon alternatives (src/check/lexicon.ts)
      for (const w of p.rp.pattern.required) minB = Math.max(minB, Math.min(firstAfter(w.norm, a), ...[...(w.alts ?? [])].map((x) => firstAfter(x, a))) + 1);
      for (const set of p.anyOf) minB = Math.max(minB, Math.min(...set.map((w) => firstAfter(w, a))) + 1);
      if (minB <= Math.min(n, a + MAX_STRETCH)) startHere.push({ p, minB });
    }
    if (!startHere.length) continue;
    // one match per pattern and start: the pattern followed by the rest of the stretch (a slot
    // that takes whatever follows, up to a sentinel past the stretch's end), so every place the
    // pattern can end is found in one pass; the adjuncts found from this start are shared
    const end = Math.min(n, a + MAX_STRETCH);
    const slice = [...tokens.slice(a, end), SENTINEL];
    const len = end - a;
    const adjunctCache = new Map<number, unknown[]>();
    for (const { p, minB } of startHere) {
      const { rp } = p;
      const matches = matchPattern(p.open, {
        tokens: slice,
        adjuncts: ctx.articleAdjuncts,
        adjunctCache: env.share ? adjunctCache : new Map(),
        maxSlot: len + 1,
        limit: 64,
        slotValues: (name, s, e) => {
          if (name === REST) return e === len + 1 ? REST_VALUE : [];
          // a value never takes the sentinel, nor more words than the check matcher allows
          if (e > len || e - s > MAX_SLOT) return [];
          return slotValues(ctx, rp, name, sentence, a + s, a + e, memo, env.hook);
        },
      });
      for (const m of matches) {
        const rest = m.spans[REST]!;
        const b = a + rest[0];
        if (b < minB || b <= a + 1) continue;
        const { [REST]: _r, ...spans } = m.spans;
        const { [REST]: _v, ...bindings } = m.bindings;
        found.push({ rp, m: { ...m, spans, bindings }, a, b });
      }
    }
  }
  const fitting = found.filter((c) => fitsClauses(c, text, tokens, env.verbs));
  return finish(ctx, tokens, marked, maximal(fitting).filter((c) => !insideVetoed(c, memo.vetoed)), env.custom);
}


/**
 * The patterns that can begin at a word, in the order of `env.patterns` (the order matches are
 * found in decides between equal readings): those that begin with a slot where a value can
 * start, and those that begin with the word.
 */
function candidatesAt(env: Env, valueStarts: boolean, word: string): number[] {
  const a = valueStarts ? env.slotFirst : [];
  const b = env.byWord.get(word) ?? [];
  if (!a.length || !b.length) return a.length ? a : b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
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
  // the same type and class the checker's parser gives the slot (one spec per context and pattern)
  const { type, cls } = slotSpecOf(ctx, rp, name);
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

/** The sentence's markers taken out (src/check's own marker reading), with where each was. */
function markersOf(ctx: CheckContext, input: Token[]): Marked {
  const { tokens, hits } = stripMarkers(ctx, input);
  return {
    tokens,
    markers: hits.map((h) => ({
      at: h.words[0]!.start, words: h.words.map((t) => t.raw).join(' '),
      ...(h.polarity ? { polarity: h.polarity } : {}), ...(h.modality ? { modality: h.modality } : {}),
    })),
  };
}

// ---------------------------------------------------------------- readings
