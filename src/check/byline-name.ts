/**
 * A credited name with more words after it (round 34). The metadata reader compares the agent a
 * claim names with the byline's or credit line's: a name the graph knows is checked, another name
 * refutes (the byline names every author there is). But users write the byline's name with a
 * description after it ("Freda Fenwick of the League Institute", "Freda Fenwick, a fellow",
 * "Freda Fenwick (Metro)", "the Desk of the Bureau"): the whole span links to nothing, and it was
 * refuted as another author although it names the credited one (users27's writer). Such a span
 * names the credited agent with a description the reader does not check: neither confirmed nor
 * excluded. A second name joined by "and" / "with" is another author and still refutes.
 */

const JOINERS = new Set(['and', 'with', 'plus', '&']);

const wordsOf = (s: string): string[] => s.normalize('NFKC').toLowerCase().replace(/[\u2019']s\b/g, '').replace(/[^\p{L}\p{N}&\s]+/gu, ' ').split(/\s+/).filter((w) => w && w !== 'the');

/**
 * The credited name that `mention` opens with, when more words follow that join no second name;
 * undefined otherwise.
 *
 * @example
 * ```ts
 * namedWithMore('Freda Fenwick of the League Institute', ['Freda Fenwick']); // 'Freda Fenwick'
 * namedWithMore('Freda Fenwick and Otis Bell', ['Freda Fenwick']);            // undefined
 * namedWithMore('Freda Fenwick', ['Freda Fenwick']);                          // undefined (the name itself)
 * ```
 */
export function namedWithMore(mention: string, names: readonly string[]): string | undefined {
  const m = wordsOf(mention);
  for (const name of names) {
    const n = wordsOf(name);
    if (!n.length || m.length <= n.length) continue;
    if (!n.every((w, i) => m[i] === w)) continue;
    if (JOINERS.has(m[n.length]!)) continue;
    return name;
  }
  return undefined;
}
