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
