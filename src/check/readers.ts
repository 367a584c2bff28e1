/**
 * The readers of a claim no lexical pattern reads as it stands, in the order `checkClaim` tries
 * them (src/check/index.ts). Each entry says what it reads and where: a newcomer adding a reader
 * adds one entry here, at the place its claims must be tried (a reader that would take a claim an
 * earlier one reads better goes after it).
 *
 * A reader's outcome is either `decided` (returned at once) or `held`: a reading kept only until
 * every reader of the main pass has had its turn (the first held one, in table order, is returned
 * then). Readers marked `lastResort` run only when nothing decided and nothing was held.
 *
 * @example
 * ```ts
 * const r = await readUnread({ ctx, text, recheck: (claim) => checkClaim(store, claim, { context: ctx }).catch(() => undefined) });
 * r?.verdict; // undefined when no reader reads the claim
 * ```
 */
import { hadGuestsRewrite } from './had-guests.js';
import { readAgentless } from './agentless.js';
import { readSourceAgentless } from './source-agentless.js';
import { activeOfPassive } from './agent-passive.js';
import { objectNoRewrite } from './object-no.js';
import { readAsOffice } from './as-office.js';
import { OFFICE_TIME_READERS } from './office-time.js';
import { readAffiliationPlace } from './affiliation-place.js';
import { readAppositionOffice } from './apposition-office.js';
import { readCompound } from './compound.js';
import { isPartContext, readCompoundByReaders } from './compound-readers.js';
import { betweenAsFromTo } from './date-ranges.js';
import { HOST_GUEST_NEEDS, readHostGuestClaim } from './host-guest.js';
import { EVENT_READERS } from './event-where.js';
import { readImpliedDestination } from './implied-object.js';
import { IMPLIED_PARTY_NEEDS } from './implied-party.js';
import { readOnlyOutside } from './only-member.js';
import { decideKind } from './kinds.js';
import { readPredecessor } from './predecessor.js';
import { readFocus } from './focus.js';
import { readPurposeClause } from './purpose.js';
import { readPackagePurpose } from './purpose-frames.js';
import { decideSaidOtherwise, saidOtherwise } from './said-otherwise.js';
import { finish, withParts, restate } from './result.js';
import { rewritesOf } from './rewrites.js';
import { readPurposeWords } from './purpose-words.js';
import { readSentOffice } from './sent-office.js';
import { readStateOffice } from './state-office.js';
import { readNounFrames } from './noun-frames.js';
import { readLetAlone } from './let-alone.js';
import { readRankWords } from './rank-words.js';
import { readOwnedKind } from './owned-kind.js';
import { graphAnaphoraRewrite } from './class-anaphora.js';
import { DESCRIPTION_READERS } from './description-readers.js';
import { decideLastBefore, lastBeforeRewrite, previousAsLast, undecidedLastBefore } from './last-before.js';
import { firstVisitRewrite } from './first-visit.js';
import { readCountBefore } from './count-before.js';
import { readRoleSubject } from './role-subject.js';
import { reducedRelativeRewrite } from './reduced-relative.js';
import { decideKindSubject, readKindSubject } from './kind-subject.js';
import { checkDescribedThing } from './described-thing.js';
import { checkRelativeSubject } from './relative-subject.js';
import { readFrontedPurpose } from './fronted-purpose.js';
import { readDesignPurpose } from './design-purpose.js';
import { HELD_WORDS, readEventPurpose } from './event-purpose.js';
import { readOmittedObject } from './omitted-object.js';
import { readSpan, tripClauseRewrite } from './spans.js';
import { readJoinedAt, readSceneSubject, readUnknownHolder } from './scene-subject.js';
import { TRIP_READERS } from './trip-nouns.js';
import { collectiveRewrite } from './collective-counts.js';
import { COUNT_TIME_READERS } from './count-time-readers.js';
import { DAY_READERS } from './day-readers.js';
import { demonymAuthorRewrite } from './demonym-author.js';
import { COMPARISON_READERS, DEGREE_READERS } from './comparison-readers.js';
import { COPULAR_READERS } from './copular-frames.js';
import { readNameAlias } from './name-alias.js';
import { JOIN_READERS } from './join-rewrites.js';
import { WORDING_READERS } from './wording-readers.js';
import { LAST_RESORT_READERS } from './last-resort-readers.js';
import { SPEECH_READERS } from './speech-readers.js';
import { PART_READERS } from './part-readers.js';
import { readRoute } from './route-description.js';
import { WH_ANSWER_READERS } from './wh-answer.js';
import { OWNER_OFFICE_READERS } from './owner-office.js';
import { readUnknownName } from './unknown-name.js';
import { readCountFrame } from './count-frames.js';
import { readDatedThen } from './dated-then.js';
import { titledNameRewrite } from './titled-name.js';
import { datedRewrites, decideWeekday, readWeekdayClaim } from './weekday.js';
import { readEventNear } from './event-near.js';
import { readBarePossessive } from './bare-possessive.js';
import { OCCASION_READERS } from './occasion-readers.js';
import { readEventPlace } from './event-place.js';
import { readEventAtPlace } from './event-at-place.js';
import { nominalAttributeRewrites } from './nominal-attribute.js';
import { readQuestionShape, readSentenceShape } from './shape-reader.js';
import { fractionAsPercent, OTHER_UNIT_NEEDS, readOtherUnit } from './units.js';
import type { CheckResult } from './types.js';
import { PAGE_READERS } from './page-readers.js';
import { VERB_READERS } from './verb-readers.js';
import { PURPOSE_READERS } from './purpose-readers.js';
import { AMOUNT_READERS } from './amount-readers.js';
import {
  claimOf, decided, decideByWords, mayReadInBudget, readerPasses, decideImpliedParty, evaluatedBy, firstDecided, heldWhenUndecided, readQuestion, rewrittenBy, type ReaderInput, type ReaderOutcome, type UnreadReader,
} from './reader-kit.js';

export type { ReaderInput, ReaderOutcome, UnreadReader } from './reader-kit.js';

/**
 * The readers, in the order they are tried. Changing the order changes verdicts: the batch sets
 * (tests/check/cases/) are the yardstick.
 */
export const UNREAD_READERS: readonly UnreadReader[] = [
  ...DEGREE_READERS, ...SPEECH_READERS, ...WORDING_READERS,
  {
    name: 'bare-possessive',
    module: 'bare-possessive.ts',
    reads: '"rufus fireflys tour took him to Sylvania": a name the graph knows with an "s" glued to it, before its noun, read as its possessive (round 15)',
    read: readBarePossessive,
  },
  {
    name: 'event-place',
    module: 'event-place.ts',
    reads: '"Gloria Teasdale attended the gala near Zenda": the claim without "near <place>", and its one event held near the place (cg:heldNear); supported when both are, refuted when either is (round 15)',
    read: readEventPlace,
  },
  { name: 'event-at-place', module: 'event-at-place.ts', whenUndecided: true, needs: /\bat\s/i, read: readEventAtPlace,
    reads: '"Gloria Teasdale was among the guests at Zenda": a place where the relation takes an event, read as the one event the graph holds there (cg:heldNear, cg:locatedIn); decided as that reading is (round 35)' },
  { name: 'scene-subject', module: 'scene-subject.ts', needs: /\b(?:saw|witnessed)\s/, read: readSceneSubject,
    reads: '"Zenda saw the League throw open its doors": a place or time as the scene, read as the League throwing open its doors in Zenda (round 36)' },
  { name: 'joined-at', module: 'scene-subject.ts', needs: /\bjoin(?:ed|s)?\s/, read: readJoinedAt,
    reads: '"Rufus and Gloria joined Teasdale at the gala": the joiners attended the gala, the one joined there too (round 36)' },
  { name: 'unknown-holder', module: 'scene-subject.ts', read: readUnknownHolder,
    reads: '"Freedonian Prime Minister Groucho Marx attended the gala", the name unknown: refuted when the office\'s holder is (round 36)' },
  { name: 'event-near', module: 'event-near.ts', whenUndecided: true, read: evaluatedBy(readEventNear),
    reads: '"The gala was held in Marsovia", an event the graph places near a city: in its country SUPPORTED, in another REFUTED (round 17)' },
  ...OCCASION_READERS, ...COUNT_TIME_READERS,
  {
    name: 'collective-count',
    module: 'collective-counts.ts',
    reads: '"a trio of leaders", "a pair of countries", "the sole / lone republic", "a handful of states, five in all": the count said as a number word or "only" (round 12)',
    read: rewrittenBy((_ctx, text) => collectiveRewrite(text), 'a count said in the words the count readers take'),
  },
  { name: 'had-guests', module: 'had-guests.ts', whenUndecided: true, needs: /\bha[ds]\b/i, read: rewrittenBy(hadGuestsRewrite, 'a host\'s guests said with "have", lexicon cg:guestNoun'),
    reads: '"Rufus had three foreign guests at the gala": the guests the host received, counted over the event\'s list (round 29)' },
  {
    name: 'question',
    module: 'questions.ts',
    reads: '"Was the canal opened by Rufus?", "Who leads the League -- Freedonia?": the statement the question asks (each place the subject may end tried; read when the statements that read agree); an undecided one is held',
    read: readQuestion,
  },
  {
    name: 'sentence-shape',
    module: 'shape-reader.ts',
    reads: '"Check whether P", "Is it correct that P?", "I read that P", "P, right?", "True or false: P": the claim inside the frame, checked whole (sentence-shapes.ts; a denying frame is no frame); also on an undecided reading (round 14)',
    whenUndecided: true,
    read: readSentenceShape,
  },
  {
    name: 'question-shape',
    module: 'shape-reader.ts',
    reads: '"Was it X who P?", "It was in Y that P", "Has X ever ...?", "Did X get elected ...?", "There are N X of Y", "In 2015, P": the claim in plain order (question-shapes.ts); also on an undecided reading (round 14)',
    whenUndecided: true,
    read: readQuestionShape,
  },
  { name: 'name-alias', module: 'name-alias.ts', whenUndecided: true,
    needs: /\b(?:by|abbreviat\w*|shortened|short|shorthand|stands|stood|acronym|initials|abbreviation|nickname|name)\b/i,
    reads: '(round 34) "Acme Corp. goes by the abbreviation AC", "is known by the initials AC", "AC is short for / stands for Acme Corp.": supported when the name is one of the entity\'s names in the graph and no other\'s',
    read: readNameAlias },
  ...COPULAR_READERS, ...JOIN_READERS,
  ...WH_ANSWER_READERS,
  ...AMOUNT_READERS,
  {
    name: 'noun-frame',
    module: 'noun-frames.ts',
    reads: '"X was the host of Y", "X is a possible recipient of V in aid", "X was Y\'s host at E", "Y was among X\'s guests": a noun of the doer (WordNet agent nominals, lexicon cg:agentNoun) or of the undergoer (cg:patientNoun) read as its verb; the readings that decide must agree (round 14)',
    whenUndecided: true,
    read: readNounFrames,
  },
  ...PURPOSE_READERS,
  { name: 'let-alone', module: 'let-alone.ts', reads: '"not even A, let alone B": the denial of A (round 19)', read: readLetAlone },
  {
    name: 'rank-word',
    module: 'rank-words.ts',
    reads: '"number two", "ranks third among", "no other ... than A", "second only to B", ", behind B", "trails B", "costs more than B is worth": the rank and comparison readers\' words (round 12)',
    whenUndecided: true,
    read: readRankWords,
  },
  {
    name: 'owned-kind',
    module: 'owned-kind.ts',
    reads: '"the bank\'s charter", "its founding treaty": the one entity of that kind (class noun) whose names name the owner, said by its label (round 11)',
    read: readOwnedKind,
  },
  {
    name: 'rewrites',
    module: 'rewrites.ts',
    reads: 'the claim in other words: a time clause as its day, "went to P to do Y" as "did Y at P", without a word that only strengthens it; one the graph does not decide is held',
    read: ({ ctx, text, recheck }) => firstDecided(rewritesOf(ctx, text), async (rewrite) => {
      const r = await recheck(rewrite.claim);
      return r && rewrite.finish(r);
    }),
  },
  { name: 'graph-anaphor', module: 'class-anaphora.ts', read: rewrittenBy((ctx, text) => graphAnaphoraRewrite(ctx, text)?.claim, 'the one thing of that class the graph relates to the claim\'s other names'),
    reads: '"Rufus concluded his state visit to the region": "the region" with no region named in the claim, as the one region the graph\'s claims about its other names relate (round 22)' },
  ...VERB_READERS,
  ...PAGE_READERS,
  {
    name: 'state-office',
    module: 'state-office.ts',
    reads: '"Rufus Firefly is Marsovia\'s prime minister": an office the graph names no entity of, by its role word and state; another state\'s office of the person refutes (round 18)',
    read: evaluatedBy(readStateOffice),
  },
  { name: 'affiliation-place', module: 'affiliation-place.ts', whenUndecided: true, reads: '"Teasdale works for a centre in Zenda", "Teasdale\'s institution, the Zenda Institute, is in Gala City": the one institution\'s one seat decides (round 19)', read: evaluatedBy(readAffiliationPlace) },
  {
    name: 'sent-office',
    module: 'sent-office.ts',
    reads: '"Freedonia did not send its prime minister to E", "X was represented by its Vice President at E": the office attending E',
    read: rewrittenBy((_ctx, text) => readSentOffice(text)?.claim, 'an agent sending its office to an event, or represented there by it, is the office attending it',
      (r) => r.interpretation.predicateName === 'attended'),
  },
  {
    name: 'kind-subject',
    module: 'kind-subject.ts',
    reads: '"Freedonian firms will take part in building X": a kind in the plural, read once per member the graph locates in the country (one member supports; one member refutes a denial)',
    read: async ({ ctx, text, recheck }) => {
      const k = readKindSubject(ctx, text);
      if (!k) return undefined;
      const results = [];
      for (const m of k.members) results.push(await recheck(m.claim));
      return decided(decideKindSubject(text, k, results));
    },
  },
  { name: 'relative-subject', module: 'relative-subject.ts', read: async ({ ctx, text, recheck }) => decided(await checkRelativeSubject(ctx, text, recheck)),
    reads: '"The bank that opened in Zenda chose X as its first president": a subject described by a relative clause, read as the one entity of its class the graph describes so (round 18)' },
  {
    name: 'described-thing',
    module: 'described-thing.ts',
    reads: '"X will build a plant linked to the canal": a class noun and a participle clause naming the one entity of that class the graph describes so',
    read: async ({ ctx, text, recheck }) => decided(await checkDescribedThing(ctx, text, recheck)),
  },
  {
    name: 'other-unit', needs: OTHER_UNIT_NEEDS,
    module: 'units.ts',
    reads: '"The pipeline will stretch 1,800 miles": a quantity in a unit the lexicon converts (cg:unitConversion), compared at the precision it is said',
    read: evaluatedBy(readOtherUnit),
  },
  {
    name: 'nominal-attribute',
    module: 'nominal-attribute.ts',
    reads: '"X\'s share of the votes exceeds one fifth", "Y\'s grant exceeds Z\'s aid", "X\'s Bank stake is bigger than W\'s": a comparison verb, a fraction at the end, an owner before the noun, said as the patterns and comparison readers read them (round 11)',
    read: async ({ ctx, text, recheck }) => {
      for (const said of nominalAttributeRewrites(ctx, text)) {
        const r = await recheck(said);
        if (r && r.verdict !== 'NOT_ENOUGH_INFO') return { decided: restate(r, text, { explanation: `Read as "${said}". ${r.explanation}` }) };
      }
      return undefined;
    },
  },
  {
    name: 'fraction-percent',
    module: 'units.ts',
    reads: '"more than half of X\'s voting power": a fraction in words as a percentage, for a pattern that names one',
    read: async ({ text, recheck }) => {
      const claim = fractionAsPercent(text);
      const r = claim ? await recheck(claim) : undefined;
      if (!r || !/percent/.test(r.interpretation.pattern ?? '')) return undefined;
      return { decided: restate(r, text, { explanation: `Read as "${claim!.replace(/[.!?]+$/, '')}". ${r.explanation}` }) };
    },
  },
  {
    name: 'between-days',
    module: 'date-ranges.ts',
    reads: '"between October 20 and October 25, 2015": the days as one span, the year written once ("from ... to ...")',
    // round 35: "between" is a window the event lies in, the rewrite's "from ... to" its exact
    // span: a start or end date that differs from the window's ends refutes nothing
    read: rewrittenBy(betweenAsFromTo, 'the year written once belongs to both days', (r) => r.verdict !== 'REFUTED' || !/\b(?:start|end) date\b/.test(r.explanation)),
  },
  {
    name: 'weekday',
    module: 'weekday.ts',
    reads: '"The ceremony took place on a Sunday": the claim on each day the graph gives a thing it names; a supported one decides by its weekday (another weekday refutes only a functional relation)',
    read: async ({ ctx, text, recheck }) => {
      const w = readWeekdayClaim(text);
      if (!w) return undefined;
      for (const { day, claim } of datedRewrites(ctx, w.statement)) {
        const r = await recheck(claim);
        const told = r && decideWeekday(ctx, text, w, day, r);
        if (told) return { decided: told };
      }
      return undefined;
    },
  },
  ...DAY_READERS,
  { name: 'demonym-author', module: 'demonym-author.ts', reads: '"The Zenda story was written by a Freedonian": the nationality of the article\'s author (round 23)', read: rewrittenBy(demonymAuthorRewrite) },
  {
    name: 'span',
    module: 'spans.ts',
    reads: '"A three weeks after B": the days the graph gives A and B',
    read: evaluatedBy(readSpan),
  },
  {
    name: 'trip-clause-span',
    module: 'spans.ts',
    reads: '"A came six weeks after X wrapped up his tour": the trip as "X\'s tour ended", then a span (round 14)',
    read: rewrittenBy((ctx, text) => { const t = tripClauseRewrite(text); return t && readSpan(ctx, t) ? t : undefined; }, 'the traveller\'s trip with its verb'),
  },
  ...TRIP_READERS,
  {
    name: 'dated-then',
    module: 'dated-then.ts',
    reads: '"X went to Y in 2006, before Z\'s visit": the dated statement, and its date against the other thing (a span), by the compound rule (round 11)',
    read: readDatedThen,
  },
  {
    name: 'count-frame',
    module: 'count-frames.ts',
    reads: '"Two states, A and B, V ...": the count the number of names, each of the kind said, and "A and B V ..." (compound rule); "X approved three loans to Y": refuted when the graph denies "a loan" (only then); "exactly N of the G" as "only N" (round 11)',
    read: readCountFrame,
  },
  {
    name: 'last-before',
    module: 'last-before.ts',
    reads: '"S was the last N to visit O before Y", "Before Y\'s trip, O had last hosted a N in T": the source\'s last holder to visit O, with Y\'s later visit in the graph',
    read: async ({ ctx, text, recheck }) => {
      const lb = lastBeforeRewrite(ctx, text);
      const r = decided(lb && await decideLastBefore(ctx, text, lb, recheck));
      if (r || lb) return r ?? (lb && heldWhenUndecided(await undecidedLastBefore(text, lb, recheck)));
      // "the previous N to visit O was S[, back in T]" is the source's "last" statement (round 12)
      const last = previousAsLast(text);
      const again = last ? await recheck(last) : undefined;
      return again && again.verdict !== 'NOT_ENOUGH_INFO' ? { decided: restate(again, text, { explanation: `Read as "${last}" ("previous" as "last"). ${again.explanation}` }) } : undefined;
    },
  },
  {
    name: 'first-visit', module: 'first-visit.ts', reads: '"O had never hosted a N before Y", "No N had visited O until Y", "O hosted a N for the first time during Y\'s visit": "Y was the first N to visit O" (round 18)',
    read: rewrittenBy((_ctx, text) => firstVisitRewrite(text), 'a first visit said from the host\'s side'),
  },
  {
    name: 'count-before',
    module: 'count-before.ts',
    reads: '"Only two of the group had hosted a N before Y\'s trip": the members a holder of office N visited before the trip\'s first day, counted',
    read: evaluatedBy(readCountBefore),
  },
  ...COMPARISON_READERS,
  {
    name: 'said-otherwise',
    module: 'said-otherwise.ts',
    reads: '"Unlike B, A joined O", "A, rather than B, hosted E", "... by its deputy rather than its head", "A, like B, stayed out": the statement of A and of B, checked, a contrast holding of A only, a likeness of both (round 14)',
    read: async ({ text, ctx, recheck }) => {
      let held: ReaderOutcome | undefined;
      for (const s of saidOtherwise(ctx, text)) {
        const main = await recheck(s.main);
        if (!main) return undefined;
        const r = heldWhenUndecided(decideSaidOtherwise(text, s, main, await recheck(s.other)));
        if (r && 'decided' in r) return r;
        held ??= r;
      }
      return held;
    },
  },
  {
    name: 'only-outside',
    module: 'only-member.ts',
    reads: '"X is the only Ruritanian state outside the League": X not a member, every other member of the group a member',
    read: evaluatedBy(readOnlyOutside),
  },
  {
    name: 'predecessor',
    module: 'predecessor.ts',
    reads: '"X\'s predecessor as O was Y": the holders\' places in the office\'s line',
    read: evaluatedBy(readPredecessor),
  },
  ...OWNER_OFFICE_READERS,
  {
    name: 'office-kind',
    module: 'kinds.ts',
    reads: '"the canal is the Freedonian leader who ...": an office, said of a thing that cannot hold one',
    read: async ({ ctx, text, recheck }) => decided(await decideKind(ctx, text, recheck, { offices: true })),
  },
  {
    name: 'implied-party', needs: IMPLIED_PARTY_NEEDS,
    module: 'implied-party.ts',
    reads: '"The deals with X were worth ...": read with each party the graph gives, used when they agree',
    read: async (input) => decided(await decideImpliedParty(input)),
  },
  {
    name: 'implied-destination',
    module: 'implied-object.ts',
    reads: '"X\'s trip ran from ...": the places the graph says X visited',
    read: evaluatedBy(readImpliedDestination),
  },
  {
    name: 'omitted-object',
    module: 'omitted-object.ts',
    reads: '"X is expected to sign its memorandum at E": read with each object the graph\'s claims about X have (one supported reading supports; a denial is refuted by one)',
    read: ({ ctx, text }) => {
      const x = readOmittedObject(ctx, text);
      if (!x) return undefined;
      const r = finish(ctx, claimOf(text), x.interpretation, x.evaluation);
      return x.decided ? { decided: r } : { held: r };
    },
  },
  {
    name: 'agent-passive',
    module: 'agent-passive.ts',
    reads: '"Energy deals worth US$ 5 million were signed with Sylvania by Freedonia": a passive of a nominal with its agent, said in the active (the same claim)',
    read: rewrittenBy((ctx, text) => activeOfPassive(text, ctx.morph.lemmas), 'a passive with its agent, said in the active'),
  },
  {
    name: 'object-no',
    module: 'object-no.ts',
    reads: '"X had approved no loans for Y", "X signed no deals with Y", "X is no member of Y": the "no" of the object said as "not ... any" on the verb (round 16)',
    read: rewrittenBy((ctx, text) => objectNoRewrite(text, ctx.morph.lemmas), 'a denial on the object\'s determiner, said on the verb'),
  },
  { name: 'source-agentless', module: 'source-agentless.ts', reads: '"No loan to Z had been approved when L opened": a passive its source also says without its agent, read with the graph\'s agent of that statement (round 29)', read: readSourceAgentless },
  {
    name: 'agentless',
    module: 'agentless.ts',
    reads: '"Deals were signed with X": someone did it (SUPPORTED decides; any other verdict is held)',
    read: ({ ctx, text }) => {
      const a = readAgentless(ctx, text);
      if (!a) return undefined;
      const r = finish(ctx, claimOf(text), a.interpretation, a.evaluation);
      return a.evaluation.verdict === 'SUPPORTED' ? { decided: r } : { held: r };
    },
  },
  {
    name: 'titled-name',
    module: 'titled-name.ts',
    reads: '"Freedonian Prime Minister Rufus Firefly attended E": the title in apposition, "Rufus Firefly, Freedonian Prime Minister, attended E" (two statements)',
    // only a reading of both statements is one: a part left unread is no reading of the claim
    read: rewrittenBy(titledNameRewrite, 'a name after its title', (r) => !!r.parts?.length),
  },
  {
    name: 'apposition-office',
    module: 'apposition-office.ts',
    reads: '"Rufus Firefly, Sylvania\'s president, visited Marsovia", "President Firefly of Sylvania visited ...": the office in apposition read as "as <office>" (the deed, then the office at its time); only a decided result (round 12)',
    read: ({ ctx, text, recheck }) => readAppositionOffice(ctx, text, recheck),
  },
  { name: 'unknown-name', module: 'unknown-name.ts', read: ({ ctx, text, recheck }) => readUnknownName(ctx, text, recheck),
    reads: '"Freedonia\'s prime minister Ann Other attended E", "X welcomed Y in Zembla": a name no article gives, beside an office or as a place: read without it; a refutation decides, else held with the name shown (round 23)' },
  ...OFFICE_TIME_READERS,
  {
    name: 'as-office',
    module: 'as-office.ts',
    reads: '"Rufus Firefly visited Sylvania as Freedonia\'s prime minister": the deed, then the office at the deed\'s time (the year its claims give, else the present of the source that states it); an undecided office is held',
    read: ({ ctx, text, recheck }) => readAsOffice(ctx, text, recheck),
  },
  {
    name: 'host-guest',
    module: 'host-guest.ts',
    reads: '"X hosted Y at E" (or entertained, welcomed Y: lexicon cg:receivingVerb), "X hosted E, with Y among his guests": X hosted E and Y attended it; without E, at some event the graph says X hosted (never refuted)',
    needs: HOST_GUEST_NEEDS, read: readHostGuestClaim,
  },
  ...EVENT_READERS,
  {
    name: 'focus',
    module: 'focus.ts',
    reads: '"The visit focused on F so as to P", "the key focus of X\'s visit was F", "X focused on F": the focus (and purpose) a claim node of the deed gives (SUPPORTED only)',
    read: async ({ ctx, text }) => readFocus(ctx, text),
  },
  { name: 'design-purpose', module: 'design-purpose.ts', read: readDesignPurpose,
    reads: '"The canal is meant to carry water to Sylvania": what a facility is built for, read as what it will do (round 18)' },
  { name: 'event-purpose', module: 'event-purpose.ts', read: readEventPurpose, needs: HELD_WORDS,
    reads: '"The gala was held to launch the canal\'s construction", "the summit was held for the launch of Y", "the gala was staged so that W could V O": what an event was held for, read as the deed done at it, in the passive (SUPPORTED only; round 40)' },
  { name: 'fronted-purpose', module: 'fronted-purpose.ts', read: readFrontedPurpose,
    reads: '"To repair canals, Rufus pledged aid to Sylvania": a purpose infinitive said first, said after the deed (round 18)' },
  {
    name: 'purpose',
    module: 'purpose.ts',
    reads: '"X visited Y to strengthen ties", "the aim of X\'s visit was to ...": the deed, then the purpose as a thing the graph names (a refuted deed refutes; an undecided purpose is held)',
    read: ({ ctx, text, recheck }) => readPurposeClause(ctx, text, recheck),
  },
  {
    name: 'package-purpose', whenUndecided: true,
    module: 'purpose-frames.ts',
    reads: '"X\'s aid to Y is meant for P", "the money X gave Y went to P", "X gave Y money for P": the package as its deed with the purpose (a bare noun read as given, pledged or offered; SUPPORTED by one, REFUTED only by the package\'s own purposes); also when a pattern read it as the bare relation, undecided (round 17)',
    read: ({ ctx, text, recheck }) => readPackagePurpose(ctx, text, recheck),
  },
  {
    name: 'purpose-words', whenUndecided: true, // also after a troponym's undecided "targeted at P" (round 19)
    module: 'purpose-words.ts',
    reads: '"X\'s aid to Y aims / seeks / serves to V O", "X\'s grants to Y would serve P", "is geared toward P", "X\'s US$ 5 million for Y is meant to ...": said in the frames package-purpose reads, and read by it (lexicon cg:purposeVerb, cg:purposeObjectVerb, cg:purposeParticiple) (round 11)',
    read: ({ ctx, text, recheck }) => readPurposeWords(ctx, text, recheck),
  },
  {
    name: 'compound',
    module: 'compound.ts',
    reads: 'two statements in one sentence, cut at clauses and conjunctions: each checked, combined by the compound rule',
    read: ({ ctx, text }) => {
      const parts = readCompound(ctx, text);
      return decided(parts && withParts(ctx, claimOf(text), parts));
    },
  },
  {
    name: 'compound-readers',
    module: 'compound-readers.ts',
    reads: 'a compound claim with a part only a reader of this table reads ("X is neutral and is the only Y outside Z"): each part checked whole, combined by the compound rule',
    read: async ({ ctx, text, recheck }) => {
      const parts = await readCompoundByReaders(ctx, text, recheck);
      const r = parts && withParts(ctx, claimOf(text), parts);
      // undecided, it waits for the readers after it (a reading by words, a refuted part)
      return r && (r.verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r });
    },
  },
  {
    name: 'by-words',
    module: 'by-words.ts',
    reads: 'no pattern in order: one pattern\'s words in another order',
    read: ({ ctx, text }) => decided(decideByWords(ctx, text)),
  },
  ...PART_READERS,
  {
    name: 'reduced-relative',
    module: 'reduced-relative.ts',
    reads: '"The grants Freedonia may give Sylvania amount to V", "the aid X extended to Y totals V": a subject with a reduced relative clause and its amount, said as "X may give grants worth V to Y" (round 15)',
    read: rewrittenBy(reducedRelativeRewrite, 'a subject with its relative clause, said in the order the lexicon reads'),
  },
  { name: 'route-description', module: 'route-description.ts', needs: /\bfrom\b/i, read: readRoute,
    reads: '"the pipeline from A to B": the one thing of that class the graph says runs from A to B (cg:runsFrom, cg:runsTo), by its name; supports only (round 24)' },
  {
    name: 'role-subject',
    module: 'role-subject.ts',
    reads: '"The Bank\'s first president was a former finance minister": a role as the subject, read as the one person the graph holds in it (each person tried in the role), the claim checked of that person (round 15)',
    read: readRoleSubject,
  },
  ...DESCRIPTION_READERS,
  ...LAST_RESORT_READERS,
];

/**
 * A claim no pattern reads as it stands, read by the table's readers in order: the first decided
 * result; else the first held one; else a last-resort reader's; else undefined.
 *
 * @example
 * ```ts
 * await readUnread({ ctx, text: 'Freedonia joined three weeks after the gala.', recheck });
 * ```
 */
export async function readUnread(input: ReaderInput, readers: readonly UnreadReader[] = UNREAD_READERS): Promise<CheckResult | undefined> {
  const held: CheckResult[] = [];
  const { main, last } = readerPasses(readers);
  for (const reader of main) {
    if (!mayReadInBudget(reader, input.text, input.ctx)) continue;
    const got = reader.read(input), out = got instanceof Promise ? await got : got; // most read nothing at once: no await for those
    if (!out) continue;
    if ('decided' in out) return out.decided;
    held.push(out.held);
  }
  if (held.length) return held[0];
  // a part of a compound claim is read whole or not at all (src/check/compound-readers.ts)
  if (isPartContext(input.ctx)) return undefined;
  for (const reader of last) {
    if (!mayReadInBudget(reader, input.text, input.ctx)) continue;
    const out = await reader.read(input);
    if (out) return 'decided' in out ? out.decided : out.held;
  }
  return undefined;
}

/**
 * A claim the patterns read but the graph does not decide, read again by the readers marked
 * `whenUndecided`: their first decided result, else undefined (the patterns' reading stands).
 *
 * @example
 * ```ts
 * await readUndecided({ ctx, text: "The gala's opening took place in 2015.", recheck }); // REFUTED when the graph dates the opening
 * ```
 */
export async function readUndecided(input: ReaderInput, readers: readonly UnreadReader[] = UNREAD_READERS): Promise<CheckResult | undefined> {
  for (const reader of readerPasses(readers).undecided) {
    if (!mayReadInBudget(reader, input.text, input.ctx)) continue;
    const got = reader.read(input), out = got instanceof Promise ? await got : got;
    if (out && 'decided' in out) return out.decided;
  }
  return undefined;
}
