/**
 * Which of the lexicon's patterns a claim can match, found through an index of their words.
 *
 * A claim is matched against every relation pattern of the lexicon (850 on the seed lexicon), and
 * its parts and rewrites again (the users' set parsed ~7 texts per claim); a pattern lacking a word
 * it needs cannot match (`mayMatch`), and most do. Testing each pattern per text cost more than
 * the matching itself. Each pattern is filed under one word every match needs (its rarest
 * required word with that word's derived alternatives, or the words of a choice every match
 * passes through): a text's own words then name the few patterns worth testing.
 *
 * Lifetime: per pattern list (the context's `relations`, shared by the contexts derived from it).
 */
import { mayMatch, type CompiledPattern, type PatternNode } from './pattern.js';
import type { Token } from './text.js';

type Lit = Extract<PatternNode, { t: 'lit' }>;

/** Where each pattern of a list is filed: plain data, kept with the compiled lexicon (src/check/context-cache.ts). */
export interface PatternFiling {
  /** Pattern positions by a word one of whose forms every match of the pattern has. */
  byWord: Map<string, number[]>;
  /** Positions of patterns with no word every match needs: always tested. */
  always: number[];
}

interface PatternIndex extends PatternFiling {
  /** Per pattern, the number of the last call that picked it (`candidatePatterns`' own dedup). */
  seen: Uint32Array;
  /** Calls so far. */
  calls: number;
}

const indexes = new WeakMap<readonly unknown[], PatternIndex>();

const forms = (w: Lit): string[] => [w.norm, ...(w.alts ?? [])];

/**
 * Where each pattern of `patterns` is filed (a pure function of the patterns): computed when the
 * lexicon is compiled and kept in the context cache with it, since a fresh process spent ~20 ms
 * of its one check computing it (the forms of ~2,800 required words and ~900 choices).
 *
 * @example
 * ```ts
 * patternFiling(ctx.relations).always.length; // the patterns without a word, e.g. '{s} {o}'
 * ```
 */
export function patternFiling(patterns: ReadonlyArray<{ pattern: CompiledPattern }>): PatternFiling {
  // how many patterns need each word: a pattern is filed under its rarest need
  const uses = new Map<string, number>();
  for (const { pattern } of patterns) for (const w of pattern.required) for (const f of forms(w)) uses.set(f, (uses.get(f) ?? 0) + 1);
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach(({ pattern }, i) => {
    const needs: string[][] = [
      ...pattern.required.map(forms),
      ...pattern.requiredAny.map((ws) => ws.flatMap(forms)),
    ];
    if (!needs.length) {
      always.push(i);
      return;
    }
    const cost = (words: string[]): number => words.reduce((n, f) => n + (uses.get(f) ?? 0) + 1, 0);
    const anchor = needs.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    for (const f of new Set(anchor)) {
      const list = byWord.get(f);
      if (list) list.push(i);
      else byWord.set(f, [i]);
    }
  });
  return { byWord, always };
}

/**
 * Uses a filing computed earlier ({@link patternFiling} of the same patterns, kept in the context
 * cache) as the index of `patterns`, so the first {@link candidatePatterns} call does not compute
 * it again. A filing of another list (its positions beyond the list) is refused and the index is
 * computed on first use as before.
 *
 * @example
 * ```ts
 * adoptPatternFiling(ctx.relations, cachedFiling);
 * ```
 */
export function adoptPatternFiling(patterns: ReadonlyArray<{ pattern: CompiledPattern }>, filing: PatternFiling): void {
  const n = patterns.length;
  const inRange = (i: number): boolean => Number.isInteger(i) && i >= 0 && i < n;
  if (!filing.always.every(inRange)) return;
  for (const list of filing.byWord.values()) if (!list.every(inRange)) return;
  indexes.set(patterns, { ...filing, seen: new Uint32Array(n), calls: 0 });
}

function buildIndex(patterns: ReadonlyArray<{ pattern: CompiledPattern }>): PatternIndex {
  return { ...patternFiling(patterns), seen: new Uint32Array(patterns.length), calls: 0 };
}

/**
 * The patterns of `patterns` that may match `tokens` (`mayMatch` holds), in their order: the
 * same list as filtering every pattern, found through the index.
 *
 * @example
 * ```ts
 * candidatePatterns(ctx.relations, tokenize('Freedonia joined the League', ctx.morph)).map((r) => r.pattern.source);
 * // ['{s} joined {o}', …]
 * ```
 */
export function candidatePatterns<T extends { pattern: CompiledPattern }>(patterns: readonly T[], tokens: readonly Token[]): T[] {
  let index = indexes.get(patterns);
  if (!index) indexes.set(patterns, (index = buildIndex(patterns)));
  const norms = new Set<string>();
  for (const t of tokens) norms.add(t.norm);
  // each pattern once (a stamp per call, not a Set), tested as it is picked, then put in order
  if (index.calls === 0xffffffff) {
    index.seen.fill(0);
    index.calls = 0;
  }
  const stamp = ++index.calls;
  const picked: number[] = [];
  const pick = (i: number): void => {
    if (index.seen[i] === stamp) return;
    index.seen[i] = stamp;
    if (mayMatch(patterns[i]!.pattern, norms)) picked.push(i);
  };
  for (const i of index.always) pick(i);
  for (const n of norms) {
    const list = index.byWord.get(n);
    if (list) for (const i of list) pick(i);
  }
  picked.sort((a, b) => a - b);
  return picked.map((i) => patterns[i]!);
}
