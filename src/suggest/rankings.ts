/**
 * A ranking continued: "X is the largest shareholder, with about 26 percent, followed by A and B"
 * says A and B are shareholders too (below X). The statement read about X before ", followed by"
 * is proposed for each name after it that is of the same class as X; a rank or share qualifier
 * belongs to X alone and is dropped, and only a relation to an entity is continued (a value,
 * "26 percent", is X's alone).
 */
import type { Word } from './groups.js';
import type { ArticleReading } from './types.js';

/** Less sure than the statement about the first of the ranking (as a reordered phrase is). */
const FOLLOWED_WEIGHT = 0.9;
/** Qualifiers that say where in the ranking X stands (X's alone). */
const OWN_QUALIFIERS = new Set(['rank', 'share', 'votingShare', 'percent', 'amounts', 'amount']);

/**
 * Readings for the names after ", followed by".
 *
 * @example
 * ```ts
 * followedBy(readings, text, words, named, classOf); // [A shareholderOf Bank, B shareholderOf Bank]
 * ```
 */
export function followedBy(
  readings: readonly ArticleReading[], text: string, words: readonly Word[],
  named: ReadonlyArray<{ id: string; start: number; end: number }>, sameClass: (a: string, b: string) => boolean,
): ArticleReading[] {
  const at = words.findIndex((w, i) => i > 0 && w.norm === 'follow' && words[i + 1]?.norm === 'by' && /,\s*$/.test(text.slice(words[i - 1]!.end, w.start)));
  if (at < 0) return [];
  const cut = words[at]!.start;
  // the names after it, to the end of the clause
  const names: typeof named[number][] = [];
  for (const m of named) {
    if (m.start <= at + 1) continue;
    if (/[;:.]/.test(text.slice(words[at + 1]!.end, words[m.start]!.start))) break;
    names.push(m);
  }
  if (!names.length) return [];
  // the statement about the first of the ranking: the last one read before ", followed by"
  // (a relation to an entity: a value, "26 percent", is X's alone)
  const before = readings.filter((r) => r.end <= cut && r.subject.kind === 'entity' && r.object.kind === 'entity' && r.polarity === 'positive');
  const last = Math.max(...before.map((r) => r.end));
  const out: ArticleReading[] = [];
  for (const r of before.filter((x) => x.end === last)) {
    const first = (r.subject as { id: string }).id;
    for (const m of names) {
      if (m.id === first || !sameClass(m.id, first)) continue;
      const qualifiers = Object.fromEntries(Object.entries(r.qualifiers).filter(([k]) => !OWN_QUALIFIERS.has(k)));
      out.push({
        ...r, subject: { kind: 'entity', id: m.id, mention: text.slice(words[m.start]!.start, words[m.end - 1]!.end) }, qualifiers,
        begin: words[at]!.start, end: words[m.end - 1]!.end, confidence: r.confidence * FOLLOWED_WEIGHT,
        why: `a ranking continued: "followed by" ${m.id} after ${first} (${r.why})`,
      });
    }
  }
  return out;
}
