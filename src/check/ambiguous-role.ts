/**
 * An office named by a role word the lexicon gives several roles ("leader": president or prime
 * minister, `cg:roleAlias`) holds a verdict that rests on that office not doing the deed (round 40,
 * fix32c; users32's F3).
 *
 * The context names, for each state, the first of an alias's roles the graph has an office of
 * (src/check/context.ts): "the Freedonian leader" is Freedonia's prime minister where the graph has
 * no president of it. Yet a state has several leaders: "a Freedonian leader attended the gala" is
 * not refuted by the prime minister's absence (its vice president may have come), and "no
 * Freedonian leader attended" is not supported by it. One leader doing the deed still decides it
 * (a positive reading SUPPORTED, a denial REFUTED); the other way is held as NOT_ENOUGH_INFO.
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { lexiconWords } from './lexicon-words.js';
import { cachedRegExp } from './regex-memo.js';
import { undecidedResult } from './result.js';
import type { CheckResult, CheckValue } from './types.js';

const aliasMemo = new WeakMap<object, Set<string>>();

/** The role words the lexicon's `cg:roleAlias` gives two roles or more ("leader"). */
function ambiguousAliases(ctx: CheckContext): Set<string> {
  let hit = aliasMemo.get(ctx.lexicon);
  if (hit) return hit;
  const roles = new Map<string, Set<string>>();
  for (const v of lexiconWords(ctx, 'roleAlias')) {
    const [alias, role] = v.split('|').map((x) => x.trim());
    if (alias && role) roles.set(alias, (roles.get(alias) ?? new Set()).add(role));
  }
  hit = new Set([...roles].filter(([, r]) => r.size > 1).map(([a]) => a));
  aliasMemo.set(ctx.lexicon, hit);
  return hit;
}

/** The alias word of an office slot's mention ("Freedonian leaders": "leader"), or undefined. */
function aliasOf(ctx: CheckContext, v: CheckValue): string | undefined {
  if (v.kind !== 'entity' || !v.mention || !isA(ctx, v.iri, `${NS.cg}Office`)) return undefined;
  const aliases = ambiguousAliases(ctx);
  return v.mention.toLowerCase().split(/[^a-z]+/).map((w) => w.replace(/s$/, '')).find((w) => aliases.has(w));
}

/**
 * Whether the claim says the role word of some or none of the state's leaders: a plural ("leaders")
 * or a quantifier before it ("a", "some", "no", "not one" ... "Freedonian leader"). "Freedonia's
 * leader" and "the Freedonian leader" name the one leader, the office the context reads the word
 * as, and stay decided by it (round 40's merged run had held two held-out claims of that shape,
 * users6 negation-modality-01 and users22 synonyms-09).
 */
function someOrNone(claim: string, word: string): boolean {
  return cachedRegExp(String.raw`\b(?:${word}s\b|(?:an?|some|any|no|one|every|each|another)\s+(?:[\w'\u2019-]+\s+){0,2}${word}\b)`, 'i').test(claim);
}

/**
 * The result held as NOT_ENOUGH_INFO when an office named by an ambiguous role word decides the
 * claim by not doing the deed (a positive reading REFUTED, a denial SUPPORTED); any other as it is.
 *
 * @example
 * ```ts
 * // "A Freedonian leader attended the gala.", the source denying the prime minister attended
 * capAmbiguousRole(ctx, r).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function capAmbiguousRole(ctx: CheckContext, r: CheckResult): CheckResult {
  const i = r.interpretation;
  const against = i.polarity === 'negative' ? 'SUPPORTED' : 'REFUTED';
  if (r.verdict !== against) return r;
  const word = aliasOf(ctx, i.subject) ?? aliasOf(ctx, i.object);
  if (!word || !someOrNone(r.claim, word)) return r;
  return undecidedResult(r, `"${word}" names any of several offices (the lexicon's cg:roleAlias), read here as one of them; that one not doing it says nothing of the others: not decided. ${r.explanation}`, 'partial-match');
}
