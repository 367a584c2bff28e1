/**
 * Names that state a route: a line named after three or more places joined by dashes ("the
 * Freedonia-Sylvania-Marsovia gas pipeline", "the A-B-C railway") runs from the first, crosses
 * those between and runs to the last; a multi-stop name lists its stops in order. A name of two
 * places says no direction (a two-place name is written either way round, whichever way the
 * gas flows), so nothing is read from it. The line must be an entity of the class the route
 * properties' domain names (cg:Infrastructure), each stop a cg:Place.
 *
 * A name does not say whether the line is built yet: the statements take the modality the
 * article's other statements about the same line have ("The pipeline will run ..."), settled
 * after the whole article is read (src/suggest/suggest.ts, `modalityFromSubject`).
 */
import type { Word } from './groups.js';
import type { ArticleReading } from './types.js';

/** Fewest places in a name read as a route. */
const MIN_STOPS = 3;
/** A name's statements of its own route: the construction is the evidence. */
const ROUTE_CONFIDENCE = 0.75;

/** What the construction asks of the graph. */
export interface RouteEnv {
  /** The entities a span of words names by label. */
  names(span: readonly Word[]): string[];
  /** Whether an entity is of a class (itself or a superclass), by local names. */
  isA(id: string, cls: string): boolean;
}

/**
 * Route statements of the line names in `named` (entities the sentence names, by token span of
 * `words`).
 *
 * @example
 * ```ts
 * routeReadings(env, 'the A-B-C gas pipeline opened', words, named); // A-B-C runsFrom A, crosses B, runsTo C
 * ```
 */
export function routeReadings(env: RouteEnv, text: string, words: readonly Word[], named: ReadonlyArray<{ id: string; start: number; end: number }>): ArticleReading[] {
  const out: ArticleReading[] = [];
  for (const m of named) {
    if (!env.isA(m.id, 'Infrastructure')) continue;
    const stops: Array<{ id: string; start: number; end: number }> = [];
    let i = m.start;
    while (i < m.end) {
      // the longest place name from i that ends at a dash (or, for the last stop, anywhere)
      let hit: { id: string; start: number; end: number } | undefined;
      for (let j = m.end; j > i; j--) {
        const atDash = words[j]?.kind === 'dash' && j < m.end;
        if (!atDash && stops.length < MIN_STOPS - 1) continue;
        const places = env.names(words.slice(i, j)).filter((id) => env.isA(id, 'Place'));
        if (places.length === 1) {
          hit = { id: places[0]!, start: i, end: j };
          break;
        }
      }
      if (!hit) break;
      stops.push(hit);
      if (words[hit.end]?.kind !== 'dash' || hit.end >= m.end) break;
      i = hit.end + 1;
    }
    if (stops.length < MIN_STOPS || new Set(stops.map((s) => s.id)).size !== stops.length) continue;
    const begin = words[m.start]!.start;
    const end = words[m.end - 1]!.end;
    const mention = text.slice(begin, end);
    const read = (predicate: string, stop: (typeof stops)[number], role: string): void => {
      out.push({
        subject: { kind: 'entity', id: m.id, mention },
        predicate,
        object: { kind: 'entity', id: stop.id, mention: text.slice(words[stop.start]!.start, words[stop.end - 1]!.end) },
        polarity: 'positive', modality: 'stated', qualifiers: {}, begin, end, confidence: ROUTE_CONFIDENCE,
        why: `a name that states a route: "${mention}" lists ${stops.length} places in order, ${role}`,
        modalityFromSubject: true,
      });
    };
    read('runsFrom', stops[0]!, 'the first where it runs from');
    for (const s of stops.slice(1, -1)) read('crosses', s, 'one between the ends crossed');
    read('runsTo', stops[stops.length - 1]!, 'the last where it runs to');
  }
  return out;
}
