/**
 * A course of action named by its agent and an action noun, inside what one source said (round
 * 17, branch attrib17): a reader wrote "If Sylvania explores the League countries ... it is not
 * likely to harm Freedonian interests", which the graph holds as a claim about the course of action
 * "Sylvania exploring the League countries" (cg:CourseOfAction). A claim about what that reader
 * said names it in other words: "the reader said a Sylvanian move into the League countries would
 * harm Freedonian interests", "Sylvania's involvement would harm ...".
 *
 * The phrase "[a|the] <agent's | agent demonym> <action noun> [into|in <place>]" before the verb
 * is the one course of action among the source's claims whose label opens with that agent (and
 * names the place, when one is said); the action nouns are the lexicon's (`cg:actionNoun` on
 * cg:CourseOfAction). Read only inside an attribution to a commenter or a reader, whose claims
 * are few: any other count of candidates leaves the words as they are.
 *
 * Also "S does not think / believe / expect P": the source thinks not-P (the denial of a verb of
 * believing is read as the belief in the denial, as English speakers mean it), so the inner claim
 * takes "not" after its first auxiliary; a P without one is left as it is. "S doubts / doubted that
 * P" is read so too (round 23), except of the one asking ("I doubt that P": nothing the graph holds
 * is the asker's).
 */
import type { ClaimScope } from './attribution.js';
import { NS, type CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, keyOf, tokenize } from './text.js';

const AUX = /\b(would|will|could|can|may|might|is|are|was|were|has|have|had|does|do|did)\b/i;

/**
 * "S does not think P" -> "S thinks that not-P"; the text unchanged when it is not that shape.
 *
 * @example
 * ```ts
 * deniedBelief('The reader does not think Sylvania would join the League');
 * // 'The reader thinks that Sylvania would not join the League'
 * deniedBelief('The reader doubted that Sylvania would join the League');
 * // 'The reader believed that Sylvania would not join the League'
 * ```
 */
export function deniedBelief(text: string): string {
  // round 23: "S doubts / doubted that P" is S believing not-P, as "S does not believe P" is
  const d = /^(.+?)\s+(doubts|doubted|doubt)\s+(?:that\s+)?(.+)$/i.exec(text);
  if (d && !/\bnot\b|n't\b|^(?:whether|if)\b/i.test(d[3]!) && AUX.test(d[3]!) && !/^(?:I|we|you)$/i.test(d[1]!)) {
    return `${d[1]} ${/ed$/i.test(d[2]!) ? 'believed' : /s$/i.test(d[2]!) ? 'believes' : 'believe'} that ${d[3]!.replace(AUX, '$1 not')}`;
  }
  const m = /^(.+?)\s+(?:does|did)\s+not\s+(think|believe|expect)\s+(?:that\s+)?(.+)$/i.exec(text);
  if (!m || /\bnot\b|n't\b/i.test(m[3]!) || !AUX.test(m[3]!)) return text;
  const verb = /^did$/i.test(/\s(does|did)\s/i.exec(text)?.[1] ?? '') ? { think: 'thought', believe: 'believed', expect: 'expected' }[m[2]!.toLowerCase()]! : `${m[2]!.toLowerCase()}s`;
  return `${m[1]} ${verb} that ${m[3]!.replace(AUX, '$1 not')}`;
}

/** The lexicon's action nouns (`cg:actionNoun` on cg:CourseOfAction). */
function actionNouns(ctx: CheckContext): Set<string> {
  return new Set(ctx.lexicon.getObjects(`${NS.cg}CourseOfAction`, `${NS.cg}actionNoun`, null).map((o) => o.value.toLowerCase()));
}

/** The courses of action among the claims asserted by the source's writers. */
function coursesOf(ctx: CheckContext, scope: ClaimScope): string[] {
  const writers = scope.kind === 'agent' ? new Set(scope.iris) : undefined;
  const out = new Set<string>();
  for (const q of ctx.store.getQuads(null, `${NS.cg}assertedBy`, null, null)) {
    const who = q.object.value;
    if (writers ? !writers.has(who) : !/\/comment\/[^/]+\/author$/.test(who)) continue;
    for (const p of [`${NS.rdf}subject`, `${NS.rdf}object`]) {
      for (const e of ctx.store.getObjects(q.subject, p, null)) if (ctx.entityTypes.get(e.value)?.has(`${NS.cg}CourseOfAction`)) out.add(e.value);
    }
  }
  return [...out];
}

/**
 * The inner claim with "<agent's> <action noun> [into <place>]" written as the one course of action
 * of the source that fits it; the inner claim unchanged otherwise.
 *
 * @example
 * ```ts
 * courseNamed(ctx, 'a Sylvanian move into the League countries would harm Freedonian interests', { kind: 'reader' });
 * // 'Sylvania exploring the League countries would harm Freedonian interests'
 * ```
 */
export function courseNamed(ctx: CheckContext, inner: string, scope: ClaimScope): string {
  if (scope.kind !== 'agent' && scope.kind !== 'reader') return inner;
  const nouns = actionNouns(ctx);
  const m = /^((?:an?|the)\s+)?([\p{L}-]+(?:['\u2019]s)?)\s+([a-z]+)(?:\s+(?:into|in|to)\s+(.+?))?(?=\s+(?:would|will|could|can|may|might|is|was|does|did|not)\b)/iu.exec(inner);
  if (!m || !nouns.has(m[3]!.toLowerCase())) return inner;
  const agent = resolveMention(ctx, dropIgnorable(tokenize(m[2]!.replace(/['\u2019]s$/, ''), ctx.morph), ctx.morph));
  if (agent.length !== 1) return inner;
  const placeWords = m[4] ? keyOf(dropIgnorable(tokenize(m[4], ctx.morph), ctx.morph)).split(' ').filter(Boolean) : [];
  const fits = coursesOf(ctx, scope).filter((c) => {
    const labels = [...ctx.store.getObjects(c, `${NS.rdfs}label`, null), ...ctx.store.getObjects(c, `${NS.skos}altLabel`, null)].map((l) => l.value);
    const opens = labels.some((l) => {
      const words = tokenize(l, ctx.morph);
      for (let k = 1; k <= Math.min(4, words.length); k++) if (resolveMention(ctx, words.slice(0, k)).some((e) => e.iri === agent[0]!.iri)) return true;
      return false;
    });
    if (!opens) return false;
    const said = new Set(labels.flatMap((l) => keyOf(tokenize(l, ctx.morph)).split(' ')));
    return placeWords.every((w) => said.has(w));
  });
  if (fits.length !== 1) return inner;
  const label = ctx.entityLabel.get(fits[0]!) ?? '';
  return label ? `${label}${inner.slice(m[0].length)}` : inner;
}
