/**
 * A figure with a trailing plus sign ("1,080+ km", "US$ 6+ billion", "57+ members") read as "at
 * least" the figure (round 38, users31's F21: the tokens drop the "+", so "the canal will run 1,080+ km"
 * was read as exactly 1,080 km and refuted by the source's 1,800).
 *
 * The rewrite puts "at least" before the figure and its currency sign; a sum ("50 + 7", "50+7") is
 * no bound and is left alone (src/check/join-rewrites.ts reads "plus").
 */
// a currency sign or code before the figure, the figure, the "+", a scale word after it; not a
// digit after the "+" (a sum) and not a word character before the figure
const PLUS_BOUND = /(?<![\w.,])(?<cur>(?:US\$|[A-Z]{3}|[$\u00a5\u20ac\u00a3])\s?)?(?<num>\d(?:[\d,]*\d)?(?:\.\d+)?)\+(?!\s*\d)(?<scale>\s*(?:billion|million|thousand|trillion|bn|mn)\b)?/g;

/**
 * The claim with each "N+" said as "at least N", or undefined when it has none.
 *
 * @example
 * ```ts
 * plusBoundRewrite('The canal will run 1,080+ km.'); // 'The canal will run at least 1,080 km.'
 * plusBoundRewrite('Freedonia got US$ 6+ billion.'); // 'Freedonia got at least US$ 6 billion.'
 * plusBoundRewrite('The League has 50 + 7 members.'); // undefined
 * ```
 */
export function plusBoundRewrite(text: string): string | undefined {
  if (!text.includes('+')) return undefined;
  let found = false;
  const out = text.replace(PLUS_BOUND, (...args) => {
    const g = args[args.length - 1] as { cur?: string; num: string; scale?: string };
    found = true;
    return `at least ${g.cur ?? ''}${g.num}${g.scale ?? ''}`;
  });
  return found ? out : undefined;
}

// a verb of extent, "over", a figure: "will run over 1,000 km", "stretches over $5 billion" is no
// phrase (only the verbs of length); not "run over by", not "over the border"
const OVER_EXTENT = /\b((?:run|runs|ran|running|stretch|stretches|stretched|stretching|extend|extends|extended|extending|span|spans|spanned|spanning)\s+)over\s+(?=\d)/gi;

/**
 * round 39 (fix31c, users31's F21): "The canal will run over 1,000 km" read two ways, or undefined
 * when it has no such phrase: as a bound ("for more than 1,000 km", what it says as a rule) and as
 * the distance run over ("for 1,000 km", what the lexicon's "run over {o} km" pattern read alone,
 * refuting it by the source's 1,800). The caller decides only where the two agree.
 *
 * @example
 * ```ts
 * overExtentReadings('The canal will run over 1,000 km.');
 * // { bound: 'The canal will run for more than 1,000 km.', distance: 'The canal will run for 1,000 km.' }
 * ```
 */
export function overExtentReadings(text: string): { bound: string; distance: string } | undefined {
  if (!/\bover\s+\d/i.test(text)) return undefined;
  const bound = text.replace(OVER_EXTENT, '$1for more than ');
  if (bound === text) return undefined;
  return { bound, distance: text.replace(OVER_EXTENT, '$1for ') };
}
