/**
 * A comparison whose second side is a bare possessive (round 21): "Ruritania's aid package from
 * Freedonia was bigger than Sylvania's", "The bank's authorised capital is larger than the
 * League's", "A's grant to B was about as large as C's". The possessive borrows the first side's
 * head, the words after its possessive ("Sylvania's aid package from Freedonia"), as the contrast
 * readers do (src/check/said-otherwise.ts `completed`), and the claim is checked again with both
 * sides said in full: the comparison readers then read the second side as a noun phrase of its
 * own. A side the graph gives no value keeps the reading shown (NOT_ENOUGH_INFO), never a verdict.
 *
 * Since round 33 a verb of exceeding or falling short takes the bare possessive too, with a
 * difference after it: "Sylvania's aid topped Marsovia's by nearly $3 million".
 *
 * Since round 38 (users30: "The Sylvanian package was slightly smaller than the Marsovian one") a second
 * side said as "the <Capitalised word> one(s)" borrows the first side's head noun the same way:
 * "the Marsovian one" after "The Sylvanian package" is "the Marsovian package", "the Marsovian ones" after
 * "Freedonia's grants to Sylvania" is "the Marsovian grants"; the word must name one entity of the
 * graph (a demonym or a name), and the head is the first side's last lower-case words before a
 * preposition, at most two ("aid package", "voting share").
 *
 * Left alone: a first side without a possessive ("the pipeline's" after "Freedonia's aid" has nothing
 * to borrow unless the first side says "X's N"), a possessor the graph does not resolve to one
 * entity ("last year's"), and a possessive that is not the claim's last words.
 */
import type { CheckContext } from './context.js';
import { heldWhenUndecided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { resolveMention } from './resolver.js';
import { completed } from './said-otherwise.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { alternation, comparisonWords } from './lexicon-words.js';
import { HEDGE, LIKE as LIKENESS } from './equal-amounts.js';
import { cachedRegExp } from './regex-memo.js';
import { restate } from './result.js';

const COPULA = '(?:is|are|was|were|will\\s+be|would\\s+be)';
// a modal before a verb of exceeding ("will exceed Y's", "could top Y's")
const MODAL = '(?:will|would|may|might|could|can|should|does|did|do)';
// the likeness words of src/check/equal-amounts.ts that take a second side ("as large as", "the same as"), hedged or not
const LIKE = `(?:${HEDGE}\\s+)?${LIKENESS}`;

const patterns = new WeakMap<object, RegExp>();

/** "<X's N> <copula> [worth] <comparative> than|<likeness> <Y's>": the left side, the words between, Y. */
function shapeOf(ctx: CheckContext): RegExp {
  const words = comparisonWords(ctx);
  let re = patterns.get(words);
  if (!re) {
    const comparative = alternation([...words.greater.keys(), ...words.less.keys()]);
    // (round 33, users25 "X's pledge topped Y's by nearly N") a verb of exceeding or falling short
    // (`cg:exceedVerb`, `cg:fallShortVerb`) before the possessive, and a difference "by N" after it
    const verbs = alternation([...words.exceed, ...words.fallShort]);
    re = cachedRegExp(`^(.+?['\\u2019]s\\s+.+?)(\\s+(?:${COPULA}\\s+(?:worth\\s+)?(?:(?:${comparative})\\s+than|${LIKE})|(?:${MODAL}\\s+)?(?:${verbs}))\\s+)((?:the\\s+)?[^\\s']+(?:\\s+[^\\s']+){0,4}['\\u2019]s)(\\s+by\\s+[^']+)?$`, 'i');
    patterns.set(words, re);
  }
  return re;
}

const ones = new WeakMap<object, RegExp>();

/** "<left> <copula> [degree] <comparative> than | <verb> the <Word> one(s) [by N]": left, between, the word, the difference. */
function oneShapeOf(ctx: CheckContext): RegExp {
  const words = comparisonWords(ctx);
  let re = ones.get(words);
  if (!re) {
    const comparative = alternation([...words.greater.keys(), ...words.less.keys()]);
    const verbs = alternation([...words.exceed, ...words.fallShort]);
    re = cachedRegExp(`^(.+?)(\\s+(?:${COPULA}\\s+(?:worth\\s+)?(?:(?:[a-z]+ly|far|much|a\\s+(?:bit|little))\\s+)?(?:(?:${comparative})\\s+than|${LIKE})|(?:${MODAL}\\s+)?(?:${verbs}))\\s+)the\\s+([A-Z][\\w-]*)\\s+ones?(\\s+by\\s+.+)?$`);
    ones.set(words, re);
  }
  return re;
}

/** The head noun of a first side: its last lower-case words (one or two) before a preposition, after its determiner or possessor. */
const HEAD = /^(?:(?:the|a|an)\s+)?(?:[A-Z][\w.-]*(?:['\u2019]s)?\s+)*(?<head>(?!(?:to|for|from|of|in|with|by)\b)[a-z][a-z-]*(?:\s+(?!(?:to|for|from|of|in|with|by)\b)[a-z][a-z-]*)?)(?:\s+(?:to|for|from|of|in|with)\s+.+)?$/;

/**
 * The claim with "the <Word> one(s)" as its second side said with the first side's head noun, or
 * undefined when it has no such side (round 38).
 *
 * @example
 * ```ts
 * elidedOneRewrite(ctx, 'The Freedonian grant was smaller than the Sylvanian one.');
 * // "The Freedonian grant was smaller than the Sylvanian grant."
 * ```
 */
export function elidedOneRewrite(ctx: CheckContext, text: string): string | undefined {
  const said = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (!/\bones?\b/.test(said)) return undefined;
  const m = oneShapeOf(ctx).exec(said);
  if (!m) return undefined;
  const [, left, between, word, by = ''] = m as unknown as [string, string, string, string, string | undefined];
  const head = HEAD.exec(left)?.groups?.head;
  // the word names one entity (a demonym or a name), and the head is not "one" itself
  if (!head || /\bones?$/.test(head) || resolveMention(ctx, dropIgnorable(tokenize(word, ctx.morph), ctx.morph)).length !== 1) return undefined;
  return `${left}${between}the ${word} ${head}${by}.`;
}

/**
 * The claim with its bare possessive second side said in full, or undefined when it has none.
 *
 * @example
 * ```ts
 * elidedPossessiveRewrite(ctx, "Sylvania's aid package from Freedonia was bigger than Marsovia's.");
 * // "Sylvania's aid package from Freedonia was bigger than Marsovia's aid package from Freedonia."
 * ```
 */
export function elidedPossessiveRewrite(ctx: CheckContext, text: string): string | undefined {
  const said = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  // cheap test first: the claim ends with a possessive
  if (!/['\u2019]s(?:\s+by\s+[^']+)?$/i.test(said)) return undefined;
  const m = shapeOf(ctx).exec(said);
  if (!m) return undefined;
  const [, left, between, right, by = ''] = m as unknown as [string, string, string, string, string | undefined];
  const owner = right.replace(/['\u2019]s$/i, '');
  if (resolveMention(ctx, dropIgnorable(tokenize(owner, ctx.morph), ctx.morph)).length !== 1) return undefined;
  // the first side's own possessor starts it (its head follows): "the bank's authorised capital"
  const full = completed(left.replace(/^the\s+/i, ''), right.replace(/^the\s+/i, ''));
  if (full === right.replace(/^the\s+/i, '')) return undefined;
  return `${left}${between}${/^the\s/i.test(right) ? 'the ' : ''}${full}${by}.`;
}

/**
 * The reader-table entry: the claim said with its second side in full, checked again; a decided
 * result decides, an undecided one is held for a reader that may still decide the claim as typed.
 *
 * @example
 * ```ts
 * await readElidedPossessive({ ctx, text: "The bank's capital is larger than the League's.", recheck });
 * // { held: ... } (the League's capital is no value of the graph)
 * ```
 */
export async function readElidedPossessive({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const possessive = elidedPossessiveRewrite(ctx, text);
  const claim = possessive ?? elidedOneRewrite(ctx, text);
  const r = claim ? await recheck(claim) : undefined;
  const how = possessive ? 'the bare possessive takes the first side\'s noun' : '"one" takes the first side\'s noun';
  return heldWhenUndecided(r && restate(r, text, { explanation: `Read as "${claim}" (${how}). ${r.explanation}` }));
}
