/**
 * Entries of the reader table (src/check/readers.ts) that say a claim's verb or frame in the words
 * a pattern reads: "failed to V", "is to V", a copula's sides turned round, an event noun as its
 * verb, idioms, "called off", contrary words, light verbs and troponyms, a split phrasal verb,
 * "stopped V-ing" / "keeps V-ing", "counts as", a job title as the predicate noun. Split out of
 * readers.ts (round 38) to keep the table under its size limit; spread into the table at one place,
 * in this order.
 */
import { readAspect } from './aspect.js';
import { readCopula } from './copula.js';
import { titleCopulaRewrite } from './title-copula.js';
import { isWordRewrite, readLightVerbs, readTroponyms, wordRewriteContext } from './light-verbs.js';
import { readIdioms } from './idioms.js';
import { CALLED_OFF_NEEDS, readCalledOff } from './called-off.js';
import { readContraryWords } from './contrary-words.js';
import { readPhrasalSplit } from './phrasal-split.js';
import { readNominalEvent } from './nominal-event.js';
import { readCopulaInversion } from './copula-inversion.js';
import { frameRewrites, tellFrame } from './negation-frames.js';
import { expectationRewrites } from './expectation-frames.js';
import { readEventClause } from './event-clause.js';
import { readEventStateClaim } from './event-state.js';
import { firstDecided, rewrittenBy, type UnreadReader } from './reader-kit.js';
import { restate } from './result.js';

/** The entries, in the order they are tried. */
export const VERB_READERS: readonly UnreadReader[] = [
  {
    name: 'negation-frame',
    module: 'negation-frames.ts',
    reads: '"X failed to V" (X did V, supported: refuted; else undecided), "has not yet V-ed", "has yet to V", "is unlikely to V" (not expected to): the frame in the words the patterns read (round 11)',
    read: ({ ctx, text, recheck }) => firstDecided(frameRewrites(text), async (rw) => {
      // the same claim in other words has the tense its words have ("has yet to V": "has not V-ed")
      const r = await recheck(rw.claim, rw.kind === 'same' && !ctx.asOf ? { ...ctx, present: undefined, perfect: undefined } : undefined);
      return r && tellFrame(text, rw, r);
    }),
  },
  {
    name: 'expectation-frame',
    module: 'expectation-frames.ts',
    reads: '"X is to V" (will V), "X is due to V" (is expected to V), "As of Y\'s opening, S" (S by the time Y opened): the frame in the words the patterns read (round 12)',
    read: ({ ctx, text, recheck }) => firstDecided(expectationRewrites(ctx, text), async (said) => {
      const r = await recheck(said);
      return r && restate(r, text, { explanation: `Read as "${said}" (the same claim in the words the patterns read). ${r.explanation}` });
    }),
  },
  {
    name: 'copula-inversion',
    module: 'copula-inversion.ts',
    reads: '"The Bank\'s first president was X", "Acme Bank first president is X": the copula\'s sides turned round, "X was the Bank\'s first president" (round 11); one the graph does not decide is held, and so is a turned claim read as a type (round 23)',
    read: readCopulaInversion,
  },
  {
    name: 'nominal-event',
    module: 'nominal-event.ts',
    reads: '"The entry into force of the charter took place on May 3, 2011", "the canal\'s commissioning was in 1999": the event noun as its verb (WordNet derivations of the lexicon\'s words), the clause checked (readings the graph decides must agree; an undecided one is held)',
    whenUndecided: true,
    read: ({ ctx, text, recheck }) => readNominalEvent(ctx, text, recheck),
  },
  {
    name: 'event-clause',
    module: 'event-clause.ts',
    reads: '"X entered into force before the canal\'s opening": an event noun of a time clause as its verb ("before the canal opened"), the clause checked (readings the graph decides must agree; an undecided one is held) (round 11)',
    read: ({ ctx, text, recheck }) => readEventClause(ctx, text, recheck),
  },
  {
    name: 'event-state',
    module: 'event-state.ts',
    reads: '"The canal had already opened when Rufus toured Sylvania", "when the gala was held, the pipeline was not yet in operation": a state at the time of an event as the order of the deed that starts it and the event, both dated by the graph (before: the state holds; after: it fails; "not yet" the other way) (round 19)',
    read: ({ text, recheck }) => readEventStateClaim(text, recheck),
  },
  {
    name: 'idiom',
    module: 'idioms.ts',
    reads: '"X sat out Y", "X came on board as a founding member of Y", "X turned up at E": an idiom of the lexicon (cg:idiom "PHRASE => WORDS") or a WordNet phrasal synonym of a pattern\'s phrasal verb, said in the lexicon\'s words; the readings that decide must agree, an undecided one is held (round 12)',
    read: readIdioms,
  },
  {
    name: 'called-off', needs: CALLED_OFF_NEEDS,
    module: 'called-off.ts',
    reads: '"X called off his May 2015 visit to Y": a verb that negates a trip (lexicon cg:cancellingVerb) read as the trip made; made in the claim\'s own time refutes, anything else is not enough information with the reading shown (round 20)',
    read: readCalledOff,
  },
  {
    name: 'contrary-word',
    module: 'contrary-words.ts',
    reads: '"X is an island nation" when the graph says X is landlocked: said with the contrary word (lexicon cg:contraryWord "island => landlocked"); that claim supported refutes, its denial refuted supports a denial, else not enough information (round 12)',
    read: (input) => (isWordRewrite(input.ctx) ? undefined : readContraryWords(input, wordRewriteContext)),
  },
  {
    name: 'light-verb',
    module: 'light-verbs.ts',
    reads: '"X played host to Y", "X gave a speech at E", "X\'s aid went to Y": a light verb and a noun, or a possessed noun of the act, read as the noun\'s verb (WordNet nominals); "X cut across Y": a phrasal verb as the pattern verb WordNet files it with; the readings that decide must agree, an undecided one is held (round 10)',
    read: readLightVerbs,
  },
  {
    name: 'troponym',
    module: 'light-verbs.ts',
    reads: '"X spurned Y": a verb WordNet files under a pattern verb, read as that verb; "X rejected Y" (lexicon cg:refusalVerb) as "X did not join Y"; the claim says more, so only a refutation decides and a support is held as not enough information (round 10)',
    read: readTroponyms,
  },
  {
    name: 'phrasal-split',
    module: 'phrasal-split.ts',
    reads: '"X wrapped the visit up", "X sat the summit out", "X brought the talks to a close": a particle after the verb\'s object moved back to its verb (WordNet verb-particle verbs, lexicon cg:separablePhrase) and the claim read again; the readings that decide must agree, an undecided one is held (round 14)',
    read: readPhrasalSplit,
  },
  {
    name: 'aspect',
    module: 'aspect.ts',
    reads: '"X has stopped leading Y" as "X no longer leads Y" (refutation only: it also says X once did), "X keeps leading Y", "X remains a member of Y" as "still" (lexicon cg:cessationVerb, cg:continuationVerb, cg:remainVerb); the readings that decide must agree (round 11)',
    read: readAspect,
  },
  {
    name: 'copula',
    module: 'copula.ts',
    reads: '"X counts as a member of O", "X figures among O\'s members", "O counts X as a member": said with "is" (lexicon cg:copulaVerb, cg:amongVerb); both verdicts decide (round 11)',
    read: readCopula,
  },
  {
    name: 'title-copula',
    module: 'title-copula.ts',
    reads: '"X is an associate fellow" as "X\'s job title is associate fellow" when the graph holds that title (cg:jobTitle); supported only (round 16)',
    read: rewrittenBy(titleCopulaRewrite, 'a job title the graph holds, as the predicate noun', (r) => r.verdict === 'SUPPORTED'),
    whenUndecided: true,
  },
];
