/**
 * Word lists of the lexicon (ontology/lexicon.ttl) that readers outside the pattern matcher use:
 * comparative and superlative words, verbs of exceeding, multipliers ("twice"), and the nouns a
 * superlative relation names ("the largest economy"). Read once per lexicon, on first use, so a
 * new word is one line of data, not a change to a regular expression in src/.
 */
import { NS, type CheckContext } from './context.js';

/** The comparison words of the lexicon. */
export interface ComparisonWords {
  /** Comparative -> superlative, for "more" (`cg:Greater`): larger -> largest. */
  greater: Map<string, string>;
  /** Comparative -> superlative, for "less" (`cg:Less`): smaller -> smallest. */
  less: Map<string, string>;
  /** Verbs that say "more than" (`cg:exceedVerb`): exceeded, surpasses. */
  exceed: string[];
  /** Verbs that say "less than" (`cg:fallShortVerb`): falls short of, is dwarfed by (round 24). */
  fallShort: string[];
  /** Multipliers (`cg:multiplierWord`): twice -> 2. */
  factors: Map<string, number>;
  /** Relation property -> the nouns whose largest the subject has among the object's members (`cg:superlativeNoun`). */
  superlativeNouns: Map<string, string[]>;
}

const cache = new WeakMap<object, ComparisonWords>();

const literals = (ctx: CheckContext, subject: string | null, predicate: string): string[] =>
  ctx.lexicon.getQuads(subject, predicate, null, null).map((q) => q.object.value).sort();

/**
 * The comparison words of the context's lexicon (read once per lexicon).
 *
 * @example
 * ```ts
 * comparisonWords(ctx).greater.get('larger'); // 'largest'
 * comparisonWords(ctx).factors.get('twice'); // 2
 * ```
 */
export function comparisonWords(ctx: CheckContext): ComparisonWords {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  const pairs = (s: string): Map<string, string> => new Map(literals(ctx, NS.cg + s, NS.cg + 'comparativeWord').map((v) => {
    const [comp, sup] = v.toLowerCase().split('|') as [string, string | undefined];
    return [comp.trim(), (sup ?? comp).trim()];
  }));
  const superlativeNouns = new Map<string, string[]>();
  for (const q of ctx.lexicon.getQuads(null, NS.cg + 'superlativeNoun', null, null)) {
    superlativeNouns.set(q.subject.value, [...(superlativeNouns.get(q.subject.value) ?? []), q.object.value.toLowerCase()].sort());
  }
  const words: ComparisonWords = {
    greater: pairs('Greater'),
    less: pairs('Less'),
    exceed: literals(ctx, null, NS.cg + 'exceedVerb').map((v) => v.toLowerCase()),
    fallShort: literals(ctx, null, NS.cg + 'fallShortVerb').map((v) => v.toLowerCase()),
    factors: new Map(literals(ctx, null, NS.cg + 'multiplierWord').map((v) => {
      const [w, n] = v.split('|') as [string, string];
      return [w.toLowerCase().trim(), Number(n)];
    })),
    superlativeNouns,
  };
  cache.set(ctx.lexicon, words);
  return words;
}

/** Escapes words for a regular expression alternation, longest first (so "two times" wins over "two"). */
export function alternation(words: Iterable<string>): string {
  const list = [...words];
  // no word: an alternation that matches nothing (an empty one would match everywhere)
  if (!list.length) return '(?!)';
  return list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
}

const existential = new WeakMap<object, Set<string>>();

/**
 * Relation properties whose object, named as a group, means at least one member of it (lexicon
 * `cg:objectGroupQuantifier cg:Some`: "X visited <a region>" is a visit to some member).
 *
 * @example
 * ```ts
 * someMemberObjects(ctx).has(NS.cg + 'visited'); // true
 * ```
 */
export function someMemberObjects(ctx: CheckContext): Set<string> {
  const hit = existential.get(ctx.lexicon);
  if (hit) return hit;
  const set = new Set(ctx.lexicon.getQuads(null, NS.cg + 'objectGroupQuantifier', NS.cg + 'Some', null).map((q) => q.subject.value));
  existential.set(ctx.lexicon, set);
  return set;
}

/** The two kinds of degree the lexicon names (`cg:slightDegreeWord`, `cg:wideDegreeWord`). */
export type Degree = 'slight' | 'wide';

const degreeCache = new WeakMap<object, Map<string, Degree>>();

/**
 * Degree word (lower case) -> its kind, from the lexicon (round 27): "slightly" is slight, "far"
 * wide (src/check/degree-comparisons.ts).
 *
 * @example
 * ```ts
 * degreeWords(ctx).get('slightly'); // 'slight'
 * ```
 */
export function degreeWords(ctx: CheckContext): Map<string, Degree> {
  let m = degreeCache.get(ctx.lexicon);
  if (!m) {
    m = new Map();
    for (const [p, kind] of [['slightDegreeWord', 'slight'], ['wideDegreeWord', 'wide']] as const) {
      for (const q of ctx.lexicon.getQuads(null, NS.cg + p, null, null)) m.set(q.object.value.toLowerCase().trim(), kind);
    }
    degreeCache.set(ctx.lexicon, m);
  }
  return m;
}

const headCache = new WeakMap<object, Set<string>>();

/**
 * Whether a one-word degree word stands before a comparative word or a verb of exceeding ("slightly
 * larger", "far exceeds"): there it is a meaning word of the comparison, not an adverb the parser
 * may set aside (src/check/parser.ts; round 27).
 *
 * @example
 * ```ts
 * degreeBeforeComparison(ctx, 'slightly', 'larger'); // true
 * ```
 */
export function degreeBeforeComparison(ctx: CheckContext, word: string, next: string | undefined): boolean {
  if (!next || !degreeWords(ctx).has(word.toLowerCase())) return false;
  let heads = headCache.get(ctx.lexicon);
  if (!heads) {
    const w = comparisonWords(ctx);
    heads = new Set([...w.greater.keys(), ...w.less.keys(), ...w.exceed, ...w.fallShort].map((x) => x.split(/\s+/)[0]!));
    headCache.set(ctx.lexicon, heads);
  }
  return heads.has(next.toLowerCase());
}

/**
 * A value built once per lexicon (a regular expression made of its words), for a module whose
 * pattern takes lexicon words: `const P = perLexicon((ctx) => new RegExp(...))`, then `P(ctx)`.
 *
 * @example
 * ```ts
 * const MAINLY = perLexicon((ctx) => new RegExp(`^(?:${mainPurposeAdverbs(ctx).alternation}) for `, 'i'));
 * MAINLY(ctx).test('chiefly for farming'); // true
 * ```
 */
export function perLexicon<T>(build: (ctx: CheckContext) => T): (ctx: CheckContext) => T {
  const built = new WeakMap<object, T>();
  return (ctx) => {
    let v = built.get(ctx.lexicon);
    if (v === undefined) {
      v = build(ctx);
      built.set(ctx.lexicon, v);
    }
    return v;
  };
}

/**
 * {@link perLexicon} for a value of one lexicon and one key (a property's words, a flag's
 * properties), built on its first ask and kept per lexicon and key.
 */
function perLexiconKey<T>(build: (ctx: CheckContext, key: string) => T): (ctx: CheckContext, key: string) => T {
  const built = new WeakMap<object, Map<string, T>>();
  return (ctx, key) => {
    let byKey = built.get(ctx.lexicon);
    if (!byKey) built.set(ctx.lexicon, (byKey = new Map()));
    let v = byKey.get(key);
    if (v === undefined) {
      v = build(ctx, key);
      byKey.set(key, v);
    }
    return v;
  };
}

/**
 * The adverbs that make a purpose the main one (lexicon `cg:mainPurposeAdverb`: "mainly",
 * "chiefly", "above all", ...), lower case, and as an alternation for the purpose readers'
 * patterns (longest first, a space matching any run of white space).
 *
 * @example
 * ```ts
 * mainPurposeAdverbs(ctx).words.has('chiefly'); // true
 * new RegExp(`^(?:${mainPurposeAdverbs(ctx).alternation})$`, 'i').test('above  all'); // true
 * ```
 */
export const mainPurposeAdverbs = perLexicon((ctx): { words: Set<string>; alternation: string } => {
  const words = new Set(literals(ctx, null, NS.cg + 'mainPurposeAdverb').map((w) => w.toLowerCase().trim()));
  return { words, alternation: alternation(words) };
});

const wordLists = perLexiconKey((ctx, property): ReadonlySet<string> => new Set(literals(ctx, null, NS.cg + property).map((w) => w.toLowerCase().trim())));

/**
 * The lexicon's literals of one `cg:` word property, lower-cased and trimmed: the one reader of
 * every plain word list (`cg:countFocusWord`, `cg:beliefFrameWord`, `cg:functionWord`,
 * `cg:guestNoun`, ...), read once per lexicon and property.
 *
 * @example
 * ```ts
 * lexiconWords(ctx, 'countFocusWord').has('just'); // true
 * ```
 */
export function lexiconWords(ctx: CheckContext, property: string): ReadonlySet<string> {
  return wordLists(ctx, property);
}

const flagLists = perLexiconKey((ctx, flag): ReadonlySet<string> => new Set(ctx.lexicon.getQuads(null, NS.cg + flag, null, null).filter((q) => q.object.value === 'true').map((q) => q.subject.value)));

/**
 * The properties the lexicon marks with a `cg:` flag set to true (`cg:designProperty true`,
 * `cg:deedProperty true`), read once per lexicon and flag.
 *
 * @example
 * ```ts
 * flaggedProperties(ctx, 'designProperty').has(NS.cg + 'lengthKm'); // true
 * ```
 */
export function flaggedProperties(ctx: CheckContext, flag: string): ReadonlySet<string> {
  return flagLists(ctx, flag);
}

const patternLists = perLexiconKey((ctx, kind): ReadonlyMap<string, ReadonlySet<string>> => {
  const t = new Map<string, Set<string>>();
  for (const q of ctx.lexicon.getQuads(null, NS.cg + kind, null, null)) {
    const set = t.get(q.subject.value) ?? new Set<string>();
    set.add(q.object.value);
    t.set(q.subject.value, set);
  }
  return t;
});

/**
 * The patterns the lexicon gives each property under one `cg:` pattern kind (`cg:statePattern`,
 * `cg:flowPattern`), as written, by property IRI, read once per lexicon and kind.
 *
 * @example
 * ```ts
 * propertyPatterns(ctx, 'flowPattern').get(NS.cg + 'annualCapacityBcm')?.has('{s} carry {o} a year');
 * ```
 */
export function propertyPatterns(ctx: CheckContext, kind: string): ReadonlyMap<string, ReadonlySet<string>> {
  return patternLists(ctx, kind);
}
