/**
 * The focus of a deed said in other words (round 25), in the words src/check/focus.ts reads:
 *
 * - a focus noun of the lexicon after its focus ("Port projects were the centrepiece of Rufus's
 *   visit", "... the main thrust of ...", "... at the heart of ..."): "The key focus of Rufus's visit
 *   was port projects" when the noun names the one main focus (`cg:keyFocusNoun`: a centrepiece, a
 *   main thrust, a top priority), "The focus of ..." when it names a focus among others
 *   (`cg:focusNoun`: an emphasis, a priority);
 * - that noun before it ("The centrepiece of Rufus's visit was ...", "Rufus's visit's centrepiece
 *   was ..."): the same;
 * - a purpose said to drive the focus (`cg:focusDriverVerb`: "Securing energy supplies drove the
 *   port emphasis of Rufus's trip", "... was behind the visit's focus on ports"): "The focus of
 *   Rufus's trip was on port for securing energy supplies", the focus with its purpose. Only a
 *   purpose said with a gerund is read (a noun, "energy security", names no activity the graph
 *   gives a focus for); an aside between dashes that is one is taken.
 *
 * focus.ts then decides: SUPPORTED only from the graph's focus of the deed, REFUTED only for a key
 * focus against the source's key focus (cg:keyFocus is functional).
 */
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { alternation } from './lexicon-words.js';
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

interface Words { key: string; any: string; driver: string }
const cache = new WeakMap<object, Words | undefined>();

function wordsOf(ctx: CheckContext): Words | undefined {
  if (cache.has(ctx.lexicon)) return cache.get(ctx.lexicon);
  const key = literals(ctx.lexicon, null, cg('keyFocusNoun'));
  const other = literals(ctx.lexicon, null, cg('focusNoun'));
  const driver = literals(ctx.lexicon, null, cg('focusDriverVerb'));
  const w = key.length ? { key: alternation(key), any: alternation([...key, ...other]), driver: alternation(driver) } : undefined;
  cache.set(ctx.lexicon, w);
  return w;
}

const KEY_ADJ = 'key|main|chief|primary|central|principal|top|overriding|single\\s+biggest';
const DEED = String.raw`(?:(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}?(?:'s|\u2019s)\s+|the\s+)(?:[a-z-]+\s+)?(?:visit|trip|tour)`;

/**
 * The claim in focus.ts's words, or undefined when it is no focus said otherwise.
 *
 * @example
 * ```ts
 * focusSaidOtherwise(ctx, "Port projects were the centrepiece of Rufus's visit");
 * // "The key focus of Rufus's visit was Port projects"
 * focusSaidOtherwise(ctx, "Securing energy supplies drove the port emphasis of Rufus's trip");
 * // "The focus of Rufus's trip was on port for securing energy supplies"
 * ```
 */
export function focusSaidOtherwise(ctx: CheckContext, text: string): string | undefined {
  const w = wordsOf(ctx);
  if (!w) return undefined;
  // a dash keeps its spaces ("security\u2014securing supplies\u2014drove"): an aside, not a hyphen
  const t = normalizeTypography(text.replace(/\s*[\u2013\u2014]\s*/g, ' -- ')).trim().replace(/[.!?]+$/, '').replace(/\s+/g, ' ');
  const isKey = (adj: string | undefined, noun: string): boolean => !!adj || cachedRegExp(`^(?:${w.key})$`, 'i').test(noun);
  const focusOf = (adj: string | undefined, noun: string, owner: string, focus: string): string =>
    `The ${isKey(adj, noun) ? 'key ' : ''}focus of ${owner} was ${focus}`;
  // "P drove the F focus of X's visit", "P was behind X's visit's focus on F"
  if (w.driver) {
    const d = cachedRegExp(String.raw`^(?<p>.+?)\s+(?:${w.driver})\s+(?:(?:the\s+)?(?<f1>[a-z][\w\s-]*?)\s+(?:${w.any})\s+of\s+(?<o1>${DEED})|(?<o2>${DEED})(?:'s|\u2019s)\s+(?:${w.any})\s+on\s+(?<f2>.+))$`, 'i').exec(t);
    if (d?.groups) {
      const g = d.groups;
      const asides = g.p!.split(/\s+-{1,2}(?:\s+|$)/).map((s) => s.trim()).filter(Boolean);
      const purpose = asides.find((s) => /^[a-z]+ing\s+\S/i.test(s));
      if (!purpose) return undefined;
      const owner = (g.o1 ?? g.o2)!.replace(/^The\s/, 'the ');
      return `The focus of ${owner} was on ${(g.f1 ?? g.f2)!.trim()} for ${purpose.replace(/^[A-Z]/, (c) => c.toLowerCase())}`;
    }
  }
  // "F was the centrepiece of X's visit", "F was at the heart of X's visit"
  const after = cachedRegExp(String.raw`^(?<f>.+?)\s+(?:was|is|were|are|has\s+been|had\s+been)\s+(?:(?:the|a)\s+(?:(?<adj>${KEY_ADJ})\s+)?(?<noun>${w.any})\s+of|at\s+the\s+(?<at>heart|centre|center|core)\s+of)\s+(?<owner>${DEED})$`, 'i').exec(t);
  if (after?.groups) {
    const g = after.groups;
    if (/^(?:a)\b/i.test(t.slice(g.f!.length).trim().split(/\s+/)[1] ?? '') && !g.adj) return undefined;
    return focusOf(g.adj ?? (g.at ? 'key' : undefined), g.noun ?? 'centrepiece', g.owner!, g.f!);
  }
  // "The centrepiece of X's visit was F", "X's visit's main thrust was F"
  const before = cachedRegExp(String.raw`^(?:the\s+(?:(?<adj>${KEY_ADJ})\s+)?(?<noun>${w.any})\s+of\s+(?<owner>${DEED})|(?<owner2>${DEED})(?:'s|\u2019s)\s+(?:(?<adj2>${KEY_ADJ})\s+)?(?<noun2>${w.any}))\s+(?:was|is|has\s+been|had\s+been)\s+(?<f>.+)$`, 'i').exec(t);
  if (before?.groups) {
    const g = before.groups;
    const noun = (g.noun ?? g.noun2)!;
    // "the focus of X's visit" is focus.ts's own frame: nothing to say otherwise
    if (/^focus$/i.test(noun)) return undefined;
    return focusOf(g.adj ?? g.adj2, noun, (g.owner ?? g.owner2)!.replace(/^The\s/, 'the '), g.f!);
  }
  return undefined;
}
