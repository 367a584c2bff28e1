/**
 * Regular expressions built from words at run time, compiled once per source.
 *
 * Many readers build their expression inside the function that uses it, from word lists (a
 * lexicon's verbs, the bound words, an entity's name): `new RegExp(`^(.+?)\\s+${VERBS}...`)`.
 * Each call compiled it again: the users' set (285 claims) built 92,302 expressions of 174
 * call sites, some of them kilobytes long, and V8 compiled each anew on its first match (its own
 * compilation cache is emptied by the garbage collector), ~10% of the batch's CPU (round 35,
 * speed35). {@link cachedRegExp} hands out one compiled expression per source and flags.
 *
 * Sharing is safe for an expression without the `g` or `y` flag: matching neither reads nor
 * writes its `lastIndex`. One with `g` or `y` is handed out with `lastIndex` 0, for the uses that
 * start from there and leave no state behind (`String.prototype.replace`, `matchAll`, `split`); a
 * caller that loops over `exec` or calls `test` on it must build its own.
 *
 * Lifetime: the process (bounded: cleared when full, as a server may see ever new names).
 */

const MAX = 2048;
const byFlags = new Map<string, Map<string, RegExp>>();
let size = 0;

/**
 * `new RegExp(source, flags)`, compiled once: the same object for the same source and flags.
 *
 * @example
 * ```ts
 * cachedRegExp(`^(.+?)\\s+(?:${verbs})\\s+(.+)$`, 'i').exec('Freedonia joined the League');
 * ```
 */
export function cachedRegExp(source: string, flags = ''): RegExp {
  let memo = byFlags.get(flags);
  if (!memo) byFlags.set(flags, (memo = new Map()));
  let re = memo.get(source);
  if (!re) {
    if (size >= MAX) {
      for (const m of byFlags.values()) m.clear();
      size = 0;
    }
    memo.set(source, (re = new RegExp(source, flags)));
    size++;
  } else if (re.global || re.sticky) re.lastIndex = 0;
  return re;
}
