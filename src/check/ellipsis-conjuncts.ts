/**
 * Which predicate an elliptic clause resumes when the first clause has several (round 35, users28
 * F1). "A leads the Pact but stayed out of the League, as did B": the ellipsis "as did B" resumes
 * the nearest verb phrase whose tense its auxiliary has ("stayed out of the League": "did" is a
 * past, "leads" a present), never every predicate of the first clause (copied whole, "B leads the
 * Pact" was refuted by the Pact's one leader). When the auxiliary could resume more than the last
 * predicate ("A is the largest economy and a member of the League, as is B") English leaves it
 * open: the last one is read, and what the earlier ones would say of B is a part left undecided
 * (so the claim is at best NOT_ENOUGH_INFO, and REFUTED only through what is read). When the
 * auxiliary does not fit the last predicate ("A stayed out and still leads the Pact; so did B") the
 * resumed predicate is not told, and all of it is left undecided.
 *
 * Text only: the caller (src/check/clause-links.ts, src/check/compound.ts) reads the parts.
 */

/** Adverbs that may stand before a predicate's verb ("and still leads", "but never joined"). */
const ADVERBS = /^(?:(?:also|still|then|later|never|not|already|now|even|again|once|[a-z]+ly)\s+)*/i;

/** Words that open a noun phrase or an adjunct, not a predicate: an "and" before them joins nouns. */
const NOMINAL = /^(?:the|its|their|his|her|our|this|that|these|those|of|to|in|into|for|with|on|at|by|from|as|than|some|all|both|each|every|other|another|over|under|about|between|among|per|a|an|and|or|\d)/i;

/** Irregular past forms of verbs the claims use (a regular past ends in "-ed"). */
const IRREGULAR_PAST = /^(?:went|led|met|won|became|began|held|made|took|gave|came|left|set|saw|got|kept|sent|spent|built|brought|put|paid|said|told|lost|sold|stood|ran|grew|rose|fell|chose|drew|flew|broke|spoke|wrote|bought|struck|sought|hit|cut|let|shut|quit|read|bid)$/i;

/** The tense class of a predicate's first verb ("leads" -> "pres", "did not join" -> "do-past"). */
export type TenseClass = 'pres' | 'past' | 'be-pres' | 'be-past' | 'do-pres' | 'do-past' | 'have-pres' | 'have-past' | 'modal' | 'none';

/** The class of a predicate by its first word after any adverb; 'none' when it opens with no verb. */
export function tenseOf(predicate: string): TenseClass {
  const w = predicate.trim().replace(ADVERBS, '').split(/\s+/)[0]?.toLowerCase() ?? '';
  if (/^(?:is|are|isn't|aren't|'s)$/.test(w)) return 'be-pres';
  if (/^(?:was|were|wasn't|weren't)$/.test(w)) return 'be-past';
  if (/^(?:do|does|don't|doesn't)$/.test(w)) return 'do-pres';
  if (/^(?:did|didn't)$/.test(w)) return 'do-past';
  if (/^(?:has|have|hasn't|haven't)$/.test(w)) return 'have-pres';
  if (/^(?:had|hadn't)$/.test(w)) return 'have-past';
  if (/^(?:will|would|can|could|should|may|might|must|shall|won't|wouldn't|can't|couldn't)$/.test(w)) return 'modal';
  if (/^[a-z]+ed$/.test(w) || IRREGULAR_PAST.test(w)) return 'past';
  if (/^[a-z]+s$/.test(w) && !NOMINAL.test(w)) return 'pres';
  return 'none';
}

/** The predicate classes an elliptic auxiliary may resume ("did" -> a past, "is" -> a present copula). */
function resumes(aux: string): ReadonlySet<TenseClass> | undefined {
  const a = aux.toLowerCase().replace(/n't$/, '');
  if (a === 'did') return new Set(['past', 'do-past']);
  if (a === 'do' || a === 'does') return new Set(['pres', 'do-pres']);
  if (a === 'is' || a === 'are') return new Set(['be-pres']);
  if (a === 'was' || a === 'were') return new Set(['be-past']);
  if (a === 'has' || a === 'have') return new Set(['have-pres']);
  if (a === 'had') return new Set(['have-past']);
  if (/^(?:will|would|can|could|should|may|might|must)$/.test(a)) return new Set(['modal']);
  return undefined;
}

/**
 * The coordinated predicates of a clause's predicate ("leads the Pact but stayed out of the
 * League" -> ["leads the Pact", "stayed out of the League"]), cut at a comma, "and", "but" or "yet"
 * before a word that opens a predicate (not a noun phrase: "visited Sylvania and Marsovia" is one).
 * After a copula a predicate may open with "a"/"an" or an adjective ("is the largest economy and a
 * member", "is the leader and outside the League"): it then takes the copula ("is a member").
 */
export function coordinatedPredicates(predicate: string): string[] {
  const text = predicate.trim();
  const copula = /^(?:is|are|was|were)$/i.exec(text.replace(ADVERBS, '').split(/\s+/)[0] ?? '')?.[0];
  const out: string[] = [];
  let from = 0;
  const cut = /(?:\s*[,;]\s*(?:(?:and|but|yet)\s+)?|\s+(?:and|but|yet)\s+)/gi;
  for (const m of text.matchAll(cut)) {
    const after = text.slice(m.index! + m[0].length);
    const next = after.replace(ADVERBS, '');
    const word = next.split(/\s+/)[0] ?? '';
    // a name ("and Sylvania"), a number, a noun phrase or an adjunct joins inside the predicate
    if (!word || /^[A-Z\d]/.test(word)) continue;
    const nominal = NOMINAL.test(word) && !(copula && /^an?$/i.test(word));
    if (nominal) continue;
    // after a copula, a word that is no verb opens a predicate only as the copula's complement
    if (tenseOf(next) === 'none' && !copula) continue;
    out.push(text.slice(from, m.index).trim());
    from = m.index! + m[0].length;
  }
  out.push(text.slice(from).trim());
  return out.filter((p) => p).map((p) => (copula && tenseOf(p) === 'none' ? `${copula} ${p}` : p));
}

/**
 * What an elliptic clause with auxiliary `aux` resumes of a predicate with several coordinated
 * ones: the last predicate when the auxiliary fits it (`resumed`), and the predicates it could
 * also resume or that cannot be told (`open`, read by no one). Undefined when the predicate is one
 * (the caller copies it whole, as before round 35) or the auxiliary is not one of a tense.
 *
 * @example
 * ```ts
 * resumedPredicate(' leads the Pact but stayed out of the League', 'did', false);
 * // { resumed: 'stayed out of the League', open: [] }
 * ```
 */
export function resumedPredicate(predicate: string, aux: string, negative: boolean): { resumed?: string; open: string[] } | undefined {
  const preds = coordinatedPredicates(predicate);
  if (preds.length < 2) return undefined;
  const fits = resumes(aux);
  if (!fits) return undefined;
  const denies = (p: string): boolean => /\b(?:not|never|no)\b|n't\b/i.test(p);
  // a predicate of no tense the parser can tell could be any: it counts as fitting
  const fit = (p: string): boolean => denies(p) === negative && (tenseOf(p) === 'none' || fits.has(tenseOf(p)));
  const last = preds[preds.length - 1]!;
  const earlier = preds.slice(0, -1);
  if (!fit(last)) return { open: preds.filter(fit).length ? preds.filter(fit) : preds };
  return { resumed: last, open: earlier.filter(fit) };
}

/**
 * True when the auxiliary cannot resume the predicate at all: a copula for a verb ("A leads the
 * Pact, and so is B") or "do" for a copula ("A is a member, as did B"). Such a clause is no
 * English of its own; it comes from a rewrite of the claim ("is the Pact's leader" read as "leads
 * the Pact") and is not completed (round 35, users28 F1).
 */
export function auxClashes(predicate: string, aux: string): boolean {
  const a = aux.toLowerCase().replace(/n't$/, '');
  const t = tenseOf(predicate);
  if (/^(?:is|are|was|were)$/.test(a)) return t === 'pres' || t === 'past' || t === 'do-pres' || t === 'do-past';
  if (/^(?:do|does|did)$/.test(a)) return t === 'be-pres' || t === 'be-past';
  return false;
}
