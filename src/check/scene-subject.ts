/**
 * A place or a time said as the one who sees an event (round 36): "Zenda saw the League throw open
 * its doors", "1999 witnessed the canal open". The place (time) is no doer: it is where (when) the
 * event happened, so the claim is read again as the event's own clause with the scene after "in":
 * "the League threw open its doors in Zenda", "the canal opened in 1999", and decided as that
 * reading is, the reading shown.
 *
 * Read only when the scene is a place of the graph (an entity typed `cg:Place`) or a year or a
 * month and year: a person who saw something was a witness, which this reading does not say. The
 * event's verb is the first word after the event's subject that is in small letters and no word of
 * the noun phrase (a determiner, "of", "and"); it is put in the past ("throw" -> "threw", the
 * lexicon's irregular forms first). Each split the words allow is tried in order; the first that
 * reads is the reading, decided or held as it is. Nothing here knows an entity.
 *
 * @example
 * ```ts
 * await readSceneSubject({ ctx, text: 'Zenda saw the League open on a Saturday.', recheck });
 * // reads "the League opened on a Saturday in Zenda."
 * ```
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { inflect } from './light-verbs.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { nameKey } from './text.js';

/** "<scene> saw / witnessed <event clause>": the scene and the clause with a bare verb. */
const SCENE = /^(?<scene>[A-Z0-9][^,;:?!]*?)\s+(?:saw|witnessed)\s+(?<clause>[^?!]+?)\s*[.!]*$/;

/** Words of a noun phrase, never the event's verb. */
const NOUN_PHRASE_WORD = /^(?:the|a|an|its|their|his|her|of|and|new|first|bank's|'s)$/i;

/** A year, or a month and year ("December 2015"), as a scene. */
const TIME_SCENE = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?\d{4}$/i;

/** Whether the scene is a place of the graph or a time. */
function isScene(ctx: CheckContext, scene: string): boolean {
  if (TIME_SCENE.test(scene)) return true;
  const iris = ctx.labelIndex.get(nameKey(scene.replace(/^the\s+(?:city|town)\s+of\s+/i, ''), ctx.morph)) ?? [];
  return [...iris].some((iri) => isA(ctx, iri, `${NS.cg}Place`));
}

/**
 * The event's clauses the words allow, each with the scene after "in", first split first.
 *
 * @example
 * ```ts
 * sceneRewrites(ctx, 'Zenda saw the League open.'); // ['the League opened in Zenda.']
 * ```
 */
export function sceneRewrites(ctx: CheckContext, text: string): string[] {
  const m = SCENE.exec(text.trim());
  if (!m?.groups) return [];
  const scene = m.groups.scene!;
  if (!isScene(ctx, scene)) return [];
  const words = m.groups.clause!.split(/\s+/);
  const out: string[] = [];
  for (let k = 1; k < Math.min(words.length, 7); k++) {
    const verb = words[k]!;
    if (!/^[a-z]+$/.test(verb) || NOUN_PHRASE_WORD.test(verb)) continue;
    // an inflected verb ("saw the League opened") is another shape: not this one
    if (ctx.morph.lemmas.get(verb) && ctx.morph.lemmas.get(verb) !== verb) continue;
    out.push(`${words.slice(0, k).join(' ')} ${inflect(ctx, verb, 'ed')}${k + 1 < words.length ? ` ${words.slice(k + 1).join(' ')}` : ''} in ${scene}.`);
  }
  return out;
}

/** The first reading of the event's clause that reads, decided or held as it is. */
export async function readSceneSubject({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  for (const claim of sceneRewrites(ctx, text)) {
    const r = await recheck(claim);
    if (!r) continue;
    const note = `read as "${claim}" (a place or time as the scene of the event)`;
    const out = { ...r, claim: text.trim(), interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] }, explanation: `Read as "${claim}" (the scene of the event). ${r.explanation}` };
    return r.verdict === 'NOT_ENOUGH_INFO' ? { held: out } : { decided: out };
  }
  return undefined;
}
