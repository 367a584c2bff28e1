/**
 * The lexical pattern language of ontology/lexicon.ttl and its matcher.
 *
 * A pattern is English text with slots and optional/alternative groups:
 * `{s} (is|was) [an] [active] member of {o}`. `{name}` is a slot (`s`, `o`, or a qualifier's
 * local name such as `amount`, `year`, `firstInOffice`); `[...]` is optional; `(a|b)` is a
 * choice. Literal words go through the same normaliser as claims, so inflection, articles and
 * punctuation do not matter. Matching is exhaustive backtracking over token spans; slot spans are
 * accepted only when the caller can read them (an entity label, an amount, a date...).
 */
import { ClaimgraphError } from '../errors.js';
import { dropIgnorable, tokenize, type Morphology, type Token } from './text.js';
import type { CheckValue } from './types.js';

/** A compiled pattern node. */
export type PatternNode =
  /** A literal word: `norm` its comparison form, `word` as written; `alts` other words it may be (src/check/lexicon.ts). */
  | { t: 'lit'; norm: string; word: string; alts?: Set<string> }
  | { t: 'slot'; name: string }
  | { t: 'const'; name: string; value: string }
  | { t: 'group'; alts: PatternNode[][]; optional: boolean };

/** A compiled pattern. */
/**
 * Every literal node of a pattern, in every choice and optional part: the one walk the readers
 * that collect a pattern's words share (its words, norms, or norms with derived alternatives).
 *
 * @example
 * ```ts
 * [...literalNodes(compilePattern('{s} join[s|ed] {o}', morph).nodes)].map((n) => n.word);
 * ```
 */
export function literalNodes(nodes: readonly PatternNode[], out: Array<Extract<PatternNode, { t: 'lit' }>> = []): Array<Extract<PatternNode, { t: 'lit' }>> {
  // an array, not a generator: the walks over every pattern of the lexicon (own words, the typo
  // layer's vocabulary) ran several times slower through nested generators in a fresh process
  for (const n of nodes) {
    if (n.t === 'lit') out.push(n);
    else if (n.t === 'group') for (const alt of n.alts) literalNodes(alt, out);
  }
  return out;
}

export interface CompiledPattern {
  source: string;
  nodes: PatternNode[];
  slots: string[];
  /** Number of literal words on the shortest path: more literal = more specific. */
  literals: number;
  /** Words every match needs (outside optional parts and choices): a cheap pre-filter. */
  required: Array<Extract<PatternNode, { t: 'lit' }>>;
  /**
   * For each choice every match passes through (`(hosted|hosts)`), one word of each branch: a
   * match needs at least one of them. A pre-filter too: patterns that open with a choice have no
   * `required` word, and without this each claim ran their whole slot search.
   */
  requiredAny: Array<Array<Extract<PatternNode, { t: 'lit' }>>>;
}

// the lexicon's patterns repeat the same few words: tokenise each chunk once per morphology
const chunkCache = new WeakMap<Morphology, Map<string, Array<{ norm: string; word: string }>>>();
function literalTokens(text: string, morph: Morphology): Array<{ norm: string; word: string }> {
  let m = chunkCache.get(morph);
  if (!m) chunkCache.set(morph, (m = new Map()));
  let toks = m.get(text);
  if (!toks) m.set(text, (toks = dropIgnorable(tokenize(text, morph), morph).map((t) => ({ norm: t.norm, word: t.raw.toLowerCase() }))));
  return toks;
}

/**
 * Compiles a pattern string.
 *
 * @example
 * ```ts
 * compilePattern('{s} is [a] member of {o}', morph).slots; // ['s', 'o']
 * ```
 */
export function compilePattern(source: string, morph: Morphology): CompiledPattern {
  let pos = 0;
  const slots: string[] = [];
  const fail = (msg: string): never => {
    throw new ClaimgraphError('ONTOLOGY_INVALID', `lexical pattern "${source}": ${msg} at character ${pos}`);
  };
  const parseSeq = (closers: string): PatternNode[][] => {
    const alts: PatternNode[][] = [[]];
    let text = '';
    const flush = (): void => {
      if (!text) return;
      for (const tok of literalTokens(text, morph)) alts[alts.length - 1]!.push({ t: 'lit', norm: tok.norm, word: tok.word });
      text = '';
    };
    while (pos < source.length) {
      const c = source[pos]!;
      if (c === '{') {
        flush();
        const close = source.indexOf('}', pos);
        if (close < 0) fail('unclosed {');
        const inner = source.slice(pos + 1, close).trim();
        const eq = inner.indexOf('=');
        const name = eq < 0 ? inner : inner.slice(0, eq).trim();
        if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) fail(`bad slot name "${name}"`);
        // {o=true}: a slot the pattern fills itself ("{s} is landlocked {o=true}")
        alts[alts.length - 1]!.push(eq < 0 ? { t: 'slot', name } : { t: 'const', name, value: inner.slice(eq + 1).trim() });
        if (!slots.includes(name)) slots.push(name);
        pos = close + 1;
      } else if (c === '[' || c === '(') {
        flush();
        pos++;
        const inner = parseSeq(c === '[' ? ']' : ')');
        alts[alts.length - 1]!.push({ t: 'group', alts: inner, optional: c === '[' });
      } else if (c === ']' || c === ')') {
        if (!closers.startsWith(c)) fail(`unexpected ${c}`);
        flush();
        pos++;
        return alts;
      } else if (c === '|') {
        if (!closers) fail('| outside a group');
        flush();
        alts.push([]);
        pos++;
      } else {
        text += c;
        pos++;
      }
    }
    if (closers) fail(`missing ${closers}`);
    flush();
    return alts;
  };
  const top = parseSeq('');
  if (top.length !== 1) fail('| outside a group');
  const nodes = top[0]!;
  const required = nodes.filter((n): n is Extract<PatternNode, { t: 'lit' }> => n.t === 'lit');
  const requiredAny = nodes.flatMap((n) => {
    if (n.t !== 'group' || n.optional) return [];
    const firsts = n.alts.map((alt) => alt.find((m): m is Extract<PatternNode, { t: 'lit' }> => m.t === 'lit'));
    return firsts.every((w) => w) ? [firsts as Array<Extract<PatternNode, { t: 'lit' }>>] : [];
  });
  return { source, nodes, slots, literals: minLiterals(nodes), required, requiredAny };
}

function minLiterals(nodes: PatternNode[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.t === 'lit') n++;
    else if (node.t === 'group' && !node.optional) n += Math.min(...node.alts.map(minLiterals));
  }
  return n;
}

/** Slot bindings of one match. */
export type Bindings = Record<string, CheckValue>;

/** One way a pattern covers the whole claim. */
export interface PatternMatch {
  bindings: Bindings;
  /** Tokens consumed by qualifier adjuncts (fewer is a tighter reading). */
  adjunctTokens: number;
  /** Token spans of each slot (for "which part could not be read"). */
  spans: Record<string, [number, number]>;
  /** Claim words read as another word of the pattern through the derived lexicon ("obtained~receive"). */
  widened: string[];
}

/** What the matcher needs from its caller. */
export interface MatchEnv {
  tokens: readonly Token[];
  /** Values a slot may take for tokens[start, end) (empty: the span cannot fill the slot). */
  slotValues(name: string, start: number, end: number): CheckValue[];
  /** Qualifier adjuncts ("in {year}", "worth {amount}") that may appear between pattern parts. */
  adjuncts: readonly CompiledPattern[];
  /** Longest span a slot may take. */
  maxSlot?: number;
  /** Stop after this many matches. */
  limit?: number;
  /** Adjunct matches by position, shared by every pattern matched against the same tokens. */
  adjunctCache?: Map<number, unknown[]>;
  /**
   * The caller's `slotValues` has no effect but its answer (caches aside): the matcher may then
   * leave unasked a span after which nothing the pattern needs can follow (`restStart`).
   */
  pureSlots?: boolean;
  /**
   * False only when `slotValues(name, start, end)` is empty for every `end`: no value of the slot
   * starts at token `start` ("worth" opens no amount; src/check/value-starts.ts). The matcher then
   * asks none of those spans, searches no adjunct that must open with that slot there, and, with
   * `pureSlots`, reads no span that only such a slot could follow. Absent: any slot may start anywhere.
   */
  mayStart?(name: string, start: number): boolean;
}

function sameValue(a: CheckValue, b: CheckValue): boolean {
  return JSON.stringify({ ...a, mention: undefined }) === JSON.stringify({ ...b, mention: undefined });
}

// an adjunct search that found nothing (never added to)
const NO_STATES: never[] = [];
// per adjunct cache (one token list): where some adjunct may start
const adjunctOpens = new WeakMap<object, Uint8Array>();

interface State {
  pos: number;
  binds: Bindings;
  spans: Record<string, [number, number]>;
  adj: number;
  /** Claim words read as another word of the pattern ("obtained~receive"). */
  widened: string[];
}

/** A literal pattern word matches a token of the same comparison form, or one of its derived alternatives. */
function litMatches(node: Extract<PatternNode, { t: 'lit' }>, tok: Token): boolean {
  return tok.norm === node.norm || (!!node.alts && node.alts.has(tok.norm));
}

/**
 * Whether a pattern may match tokens whose comparison forms are `norms`: the pre-filter of
 * `matchPattern` (every required word, one word of each required choice) as set lookups. A
 * claim is matched against every pattern of the lexicon, several times over (its parts and
 * rewrites), and most patterns lack a word of it: the parser filters with this once per text
 * instead of scanning the tokens once per pattern and per reading mode.
 *
 * @example
 * ```ts
 * mayMatch(compilePattern('{s} visited {o}', morph), new Set(['freedonia', 'visit', 'sylvania'])); // true
 * ```
 */
export function mayMatch(pattern: CompiledPattern, norms: ReadonlySet<string>): boolean {
  for (const w of pattern.required) if (!litIn(w, norms)) return false;
  for (const ws of pattern.requiredAny) if (!ws.some((w) => litIn(w, norms))) return false;
  return true;
}

function litIn(node: Extract<PatternNode, { t: 'lit' }>, norms: ReadonlySet<string>): boolean {
  if (norms.has(node.norm)) return true;
  if (!node.alts) return false;
  for (const a of node.alts) if (norms.has(a)) return true;
  return false;
}

/**
 * The words a pattern node can end with: a word and its alternatives, or the last words of each
 * branch of a choice (slots end with no fixed word).
 *
 * @example
 * ```ts
 * lastWords(compilePattern('{s} (hosted|hosts) {o}', morph).nodes[1]); // ['hosted', 'hosts']
 * ```
 */
export function lastWords(node: CompiledPattern['nodes'][number] | undefined): string[] {
  if (!node) return [];
  if (node.t === 'lit') return [node.norm, ...(node.alts ?? [])];
  if (node.t === 'group') return node.alts.flatMap((alt) => lastWords(alt[alt.length - 1]));
  return [];
}

/**
 * What a sequence's first consumed token may be: one of the literal words `lits`, or the first token
 * of one of the slots `slots`; `empty`: the sequence may consume nothing (then anything may start it).
 */
interface FirstWords {
  lits: Array<Extract<PatternNode, { t: 'lit' }>>;
  slots: string[];
  empty: boolean;
}

function firstWordsOf(nodes: readonly PatternNode[]): FirstWords {
  const lits: FirstWords['lits'] = [];
  const slots: string[] = [];
  for (const n of nodes) {
    if (n.t === 'lit') return { lits: [...lits, n], slots, empty: false };
    if (n.t === 'slot') return { lits, slots: [...slots, n.name], empty: false };
    if (n.t === 'const') continue;
    let skippable = n.optional;
    for (const alt of n.alts) {
      const f = firstWordsOf(alt);
      lits.push(...f.lits);
      slots.push(...f.slots);
      skippable ||= f.empty;
    }
    if (!skippable) return { lits, slots, empty: false };
  }
  return { lits, slots, empty: true };
}

// per pattern: its node tree never changes once compiled (only a literal's `alts`, read live below)
const firstWordsMemo = new WeakMap<CompiledPattern, FirstWords>();

/**
 * Whether a non-empty match of `pattern` may start at token `tok` (undefined: past the end): false
 * only when every match's first token must be one of the pattern's literal words and `tok` is none
 * of them, or the first token of a slot that `slotMayStart` (when given) says starts no value there.
 * The words are kept as the pattern's nodes, so derived alternatives added to a node later count.
 *
 * @example
 * ```ts
 * mayStartAt(compilePattern('in {year}', morph), tokenize('worth', morph)[0]); // false
 * mayStartAt(compilePattern('{amount}', morph), tokenize('worth', morph)[0], () => false); // false
 * ```
 */
export function mayStartAt(pattern: CompiledPattern, tok: Token | undefined, slotMayStart?: (name: string) => boolean): boolean {
  let f = firstWordsMemo.get(pattern);
  if (!f) firstWordsMemo.set(pattern, (f = firstWordsOf(pattern.nodes)));
  if (f.empty) return true;
  // a slot takes at least one token: none starts past the end
  if (!tok) return false;
  for (const l of f.lits) if (litMatches(l, tok)) return true;
  for (const s of f.slots) if (!slotMayStart || slotMayStart(s)) return true;
  return false;
}

// per adjunct list (and its length, should one be added): the first words and slots of all its patterns
const openingsMemo = new WeakMap<readonly CompiledPattern[], { size: number; norms: Set<string>; slots: string[]; empty: boolean }>();

/**
 * Whether a non-empty match of some pattern of `patterns` may start at `tok`: `mayStartAt` of each
 * at once, their first words (with the derived alternatives they have when the list is first
 * tested: the lexicon widens words while it builds the context, before any match) gathered into
 * one set per list.
 *
 * @example
 * ```ts
 * anyMayStartAt([compilePattern('in {year}', morph), compilePattern('worth {amount}', morph)], tokenize('worth', morph)[0], undefined, 0); // true
 * ```
 */
export function anyMayStartAt(patterns: readonly CompiledPattern[], tok: Token | undefined, slotMayStart: MatchEnv['mayStart'], pos: number): boolean {
  let f = openingsMemo.get(patterns);
  if (!f || f.size !== patterns.length) {
    const norms = new Set<string>();
    const slots = new Set<string>();
    let empty = false;
    for (const p of patterns) {
      const o = firstWordsOf(p.nodes);
      for (const l of o.lits) {
        norms.add(l.norm);
        if (l.alts) for (const a of l.alts) norms.add(a);
      }
      for (const sl of o.slots) slots.add(sl);
      empty ||= o.empty;
    }
    openingsMemo.set(patterns, (f = { size: patterns.length, norms, slots: [...slots], empty }));
  }
  if (f.empty) return true;
  if (!tok) return false;
  if (f.norms.has(tok.norm)) return true;
  for (const sl of f.slots) if (!slotMayStart || slotMayStart(sl, pos)) return true;
  return false;
}

/**
 * How the rest of a sequence may start: its possible first words, whether a slot may come first
 * (and which: `slots`), whether it may consume nothing.
 */
export interface RestStart {
  lits: Array<Extract<PatternNode, { t: 'lit' }>>;
  slot: boolean;
  slots: string[];
  empty: boolean;
}

function restStartOf(nodes: readonly PatternNode[], from: number): RestStart {
  const lits: RestStart['lits'] = [];
  const slots: string[] = [];
  for (let i = from; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.t === 'lit') return { lits: [...lits, n], slot: slots.length > 0, slots, empty: false };
    if (n.t === 'slot') return { lits, slot: true, slots: [...slots, n.name], empty: false };
    if (n.t === 'const') continue;
    let skippable = n.optional;
    for (const alt of n.alts) {
      const f = restStartOf(alt, 0);
      lits.push(...f.lits);
      slots.push(...f.slots);
      skippable ||= f.empty;
    }
    if (!skippable) return { lits, slot: slots.length > 0, slots, empty: false };
  }
  return { lits, slot: slots.length > 0, slots, empty: true };
}

// per node list of a compiled pattern (never changed once compiled; a literal's `alts` are read live)
const restStarts = new WeakMap<readonly PatternNode[], RestStart[]>();

/**
 * How the nodes of a sequence from position `from` on may start (memoised per node list).
 *
 * @example
 * ```ts
 * restStart(compilePattern('{s} [formally] opened {o}', morph).nodes, 1).lits.map((l) => l.word); // ['formally', 'opened']
 * ```
 */
export function restStart(nodes: readonly PatternNode[], from: number): RestStart {
  let row = restStarts.get(nodes);
  if (!row) restStarts.set(nodes, (row = []));
  return (row[from] ??= restStartOf(nodes, from));
}

/**
 * All ways `pattern` covers the whole token list, with adjuncts allowed between its parts.
 *
 * @example
 * ```ts
 * const ms = matchPattern(compilePattern('{s} visited {o}', morph), env);
 * ms[0]?.bindings.s; // { kind: 'entity', iri: '…/acme', label: 'Acme' }
 * ```
 */
export function matchPattern(pattern: CompiledPattern, env: MatchEnv): PatternMatch[] {
  const n = env.tokens.length;
  const maxSlot = env.maxSlot ?? 12;
  const limit = env.limit ?? 50;
  const out: PatternMatch[] = [];
  if (pattern.required.some((w) => !env.tokens.some((t) => litMatches(w, t)))) return out;
  if (pattern.requiredAny.some((ws) => !env.tokens.some((t) => ws.some((w) => litMatches(w, t))))) return out;
  const adjCache = (env.adjunctCache ?? new Map()) as Map<number, State[]>;
  const lookahead = env.pureSlots === true;
  const slotMayStart = env.mayStart;
  // where some adjunct may start (1) or none (2), per position: kept with the adjunct cache, whose
  // patterns share it as they share what the adjuncts read
  let opens = adjunctOpens.get(adjCache);
  if (!opens || opens.length < n + 1) adjunctOpens.set(adjCache, (opens = new Uint8Array(n + 1)));
  const adjunctMayStartAt = (pos: number): boolean => {
    if (opens[pos] === 0) opens[pos] = anyMayStartAt(env.adjuncts, env.tokens[pos], slotMayStart, pos) ? 1 : 2;
    return opens[pos] === 1;
  };

  // The search is depth-first with continuations: each part hands every state it reaches to `k`,
  // which returns true to stop the whole search (a caller's `limit`, adjAt's 20 per position).
  // It visits states, and asks `slotValues` and `adjAt`, in the same order the generators of
  // rounds 1-15 did (a state is followed to its end before the next one is made), without a
  // generator object per part and step (those, and their states, were most of a check's garbage).
  function seq(nodes: PatternNode[], i: number, st: State, top: boolean, k: (st: State) => boolean): boolean {
    if (top) return adjChain(st, 0, (s2) => step(nodes, i, s2, top, k));
    return step(nodes, i, st, top, k);
  }

  function step(nodes: PatternNode[], i: number, st: State, top: boolean, k: (st: State) => boolean): boolean {
    if (i === nodes.length) return k(st);
    const node = nodes[i]!;
    if (node.t === 'lit') {
      const tok = env.tokens[st.pos];
      if (!tok || !litMatches(node, tok)) return false;
      const widened = tok.norm === node.norm ? st.widened : [...st.widened, `${tok.raw}~${node.word}`];
      return seq(nodes, i + 1, { pos: st.pos + 1, binds: st.binds, spans: st.spans, adj: st.adj, widened }, top, k);
    }
    if (node.t === 'const') {
      const v: CheckValue = { kind: 'string', value: node.value };
      const prev = st.binds[node.name];
      if (prev && !sameValue(prev, v)) return false;
      return seq(nodes, i + 1, { pos: st.pos, binds: { ...st.binds, [node.name]: v }, spans: st.spans, adj: st.adj, widened: st.widened }, top, k);
    }
    if (node.t === 'slot') {
      // no value of the slot starts here: every span from here would read as nothing
      if (slotMayStart && !slotMayStart(node.name, st.pos)) return false;
      const next = lookahead ? restStart(nodes, i + 1) : undefined;
      for (let end = st.pos + 1; end <= Math.min(n, st.pos + maxSlot); end++) {
        // a span after which the rest cannot go on is not read: its values would all be dropped
        if (next && !mayFollow(next, end, top)) continue;
        for (const v of env.slotValues(node.name, st.pos, end)) {
          const prev = st.binds[node.name];
          if (prev && !sameValue(prev, v)) continue;
          if (seq(nodes, i + 1, {
            pos: end, binds: { ...st.binds, [node.name]: v }, spans: { ...st.spans, [node.name]: [st.pos, end] }, adj: st.adj, widened: st.widened,
          }, top, k)) return true;
        }
      }
      return false;
    }
    for (const alt of node.alts) {
      if (seq(alt, 0, st, false, (r) => seq(nodes, i + 1, r, top, k))) return true;
    }
    if (node.optional) return seq(nodes, i + 1, st, top, k);
    return false;
  }

  // Whether the rest of a sequence (`next`) may go on at token `pos`: with one of its first
  // words, with a slot, by ending there (the whole claim read, or a nested sequence whose caller
  // goes on), or, at the top level, with an adjunct. The test reads no slot: a slot's span the
  // rest cannot follow was read in vain. Adjuncts count as found only where they were searched
  // already (the search is shared by the patterns of a parse); elsewhere one may start: searching
  // them here, at positions no reading reaches, cost more than the readings it spared.
  function mayFollow(next: RestStart, pos: number, top: boolean): boolean {
    if (next.slot) {
      if (!slotMayStart) return true;
      for (const s of next.slots) if (slotMayStart(s, pos)) return true;
    }
    const tok = env.tokens[pos];
    if (tok) for (const l of next.lits) if (litMatches(l, tok)) return true;
    if (next.empty && (!top || pos === n)) return true;
    if (!top || env.adjuncts.length === 0) return false;
    const found = adjCache.get(pos);
    if (found !== undefined) return found.length > 0;
    if (!slotMayStart) return true;
    // not searched here yet: when no adjunct may start here (by its first words and slots, which
    // costs no slot reading), the search would find nothing, and is recorded so for every pattern
    if (adjunctMayStartAt(pos)) return true;
    adjCache.set(pos, NO_STATES);
    return false;
  }

  function adjAt(pos: number): State[] {
    const c = adjCache.get(pos);
    if (c) return c;
    const tok = env.tokens[pos];
    // most positions open no adjunct at all: one test of all their first words and slots at once
    if (!adjunctMayStartAt(pos)) {
      adjCache.set(pos, NO_STATES);
      return NO_STATES;
    }
    const found: State[] = [];
    const slotHere = slotMayStart && ((s: string): boolean => slotMayStart(s, pos));
    for (const a of env.adjuncts) {
      // most adjuncts open with a word ("in {year}", "worth {amount}") or a typed slot ("{amount}"):
      // one that cannot start at this token yields nothing, so its search is skipped
      if (!mayStartAt(a, tok, slotHere)) continue;
      seq(a.nodes, 0, { pos, binds: {}, spans: {}, adj: 0, widened: [] }, false, (r) => {
        if (r.pos > pos) found.push(r);
        return found.length > 20;
      });
    }
    adjCache.set(pos, found);
    return found;
  }

  function adjChain(st: State, depth: number, k: (st: State) => boolean): boolean {
    if (k(st)) return true;
    if (depth > 4) return false;
    if (adjFrom(st, st.pos, false, depth, k)) return true;
    // "to upgrade X and (to) improve Y": an adjunct after one, joined by "and"; two entity values
    // of one qualifier are then both claimed (a list)
    return depth > 0 && /^and$/i.test(env.tokens[st.pos]?.raw ?? '') && adjFrom(st, st.pos + 1, true, depth, k);
  }

  // the adjuncts found at `from`, each followed by the chain (`list`: after a joining "and")
  function adjFrom(st: State, from: number, list: boolean, depth: number, k: (st: State) => boolean): boolean {
    const found = adjAt(from);
    if (!found.length) return false;
    // an adjunct that opens with "and" is itself the second of two
    const second = list || /^and$/i.test(env.tokens[from]?.raw ?? '');
    for (const a of found) {
      const binds = { ...st.binds };
      let ok = true;
      for (const key in a.binds) {
        const v = a.binds[key]!;
        const prev = st.binds[key];
        if (!prev || sameValue(prev, v)) binds[key] = v;
        else if (second && (prev.kind === 'entity' || prev.kind === 'entities') && v.kind === 'entity') {
          const items = prev.kind === 'entity' ? [prev] : prev.items;
          binds[key] = { kind: 'entities', items: items.some((x) => x.iri === v.iri) ? items : [...items, v] };
        } else ok = false;
      }
      if (!ok) continue;
      if (adjChain({
        pos: a.pos, binds, spans: { ...st.spans, ...a.spans }, adj: st.adj + (a.pos - st.pos), widened: [...st.widened, ...a.widened],
      }, depth + 1, k)) return true;
    }
    return false;
  }

  seq(pattern.nodes, 0, { pos: 0, binds: {}, spans: {}, adj: 0, widened: [] }, true, (r) => {
    if (r.pos !== n) return false;
    out.push({ bindings: r.binds, adjunctTokens: r.adj, spans: r.spans, widened: r.widened });
    return out.length >= limit;
  });
  return out;
}

/**
 * Finds where a slot-free marker pattern (`[is] set to`, `may`) occurs contiguously in the
 * tokens; returns [start, end) spans, leftmost-longest, non-overlapping.
 *
 * @example
 * ```ts
 * findMarker(compilePattern('set to', morph), tokens); // [[1, 3]]
 * ```
 */
export function findMarker(pattern: CompiledPattern, tokens: readonly Token[], skip?: (i: number) => boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // a marker is searched at every token of every text parsed (66 markers): one whose every
  // occurrence opens with one of its words is not searched where the token is none of them
  const first = markerFirstNorms(pattern);
  let i = 0;
  while (i < tokens.length) {
    let best = -1;
    if ((!first || first.has(tokens[i]!.norm)) && !skip?.(i)) {
      const env: MatchEnv = { tokens, slotValues: () => [], adjuncts: [] };
      for (const end of prefixEnds(pattern.nodes, i, env)) if (end > i && end > best) best = end;
    }
    if (best > i) {
      spans.push([i, best]);
      i = best;
    } else i++;
  }
  return spans;
}

const markerFirsts = new WeakMap<CompiledPattern, Set<string> | null>();

/**
 * The words (comparison forms, as `prefixEnds` compares them) one of which opens every non-empty
 * occurrence of a marker, or null when a slot may come first or the marker may match nothing.
 */
function markerFirstNorms(pattern: CompiledPattern): Set<string> | null {
  let f = markerFirsts.get(pattern);
  if (f === undefined) {
    const r = restStart(pattern.nodes, 0);
    markerFirsts.set(pattern, (f = r.slot || r.empty ? null : new Set(r.lits.map((l) => l.norm))));
  }
  return f;
}

function prefixEnds(nodes: PatternNode[], start: number, env: MatchEnv): number[] {
  const ends = new Set<number>();
  const walk = (ns: PatternNode[], i: number, pos: number, k: (p: number) => void): void => {
    if (i === ns.length) return k(pos);
    const node = ns[i]!;
    if (node.t === 'lit') {
      if (env.tokens[pos]?.norm === node.norm) walk(ns, i + 1, pos + 1, k);
    } else if (node.t === 'const') {
      walk(ns, i + 1, pos, k);
    } else if (node.t === 'group') {
      for (const alt of node.alts) walk(alt, 0, pos, (p) => walk(ns, i + 1, p, k));
      if (node.optional) walk(ns, i + 1, pos, k);
    }
  };
  walk(nodes, 0, start, (p) => ends.add(p));
  return [...ends];
}
