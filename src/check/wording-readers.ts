/**
 * Readers that say a claim again in the words the other readers take (round 34, split out of
 * readers.ts to keep it readable in one sitting): named days, ranked weekdays, times taken and
 * ages ("turned 20") written as dates and spans; a paste's marks and sentences; a note's shorthand; "the N with Y"; focus particles; a count with its
 * members named beside it; a fronted participle; an election said with its electorate as the subject. Spread into UNREAD_READERS, in this order, right
 * after the degree and speech readers.
 */
import { AGE_TURNED_NEEDS, ageTurnedRewrite } from './age-turned.js';
import { ELECTORATE_VOTE_NEEDS, electorateVoteRewrite } from './electorate-vote.js';
import { APPOSED_NAMES_NEEDS, readApposedNames } from './apposed-names.js';
import { FOCUS_PARTICLE_NEEDS, readFocusParticle } from './focus-particles.js';
import { FRONTED_ACTIVE_NEEDS, FRONTED_PARTICIPLE_NEEDS, readFrontedActive, readFrontedParticiple } from './fronted-participle.js';
import { HAVE_VALUE_NEEDS, haveValueRewrite } from './have-value.js';
import { KIND_WITH_NEEDS, readKindWith } from './kind-with.js';
import { NAMED_DAY_NEEDS, namedDayRewrite } from './named-days.js';
import { noteWordsRewrite, NOTE_WORD_NEEDS } from './note-words.js';
import { NOTE_AMOUNT_IN_NEEDS, NOTE_VALUE_NEEDS, noteAmountInRewrite, noteValuesRewrite } from './note-values.js';
import { PASTE_NEEDS, readPaste } from './paste-shapes.js';
import { ORDINAL_WEEKDAY_NEEDS, ordinalWeekdayRewrite } from './ordinal-weekday.js';
import { rewrittenBy, rewrittenHeld, type UnreadReader } from './reader-kit.js';
import { TOOK_DURATION_NEEDS, tookDurationRewrite } from './took-duration.js';

/**
 * The reader-table entries, in the order they are tried.
 *
 * @example
 * ```ts
 * const readers = [...WORDING_READERS]; // [{ name: 'named-day', ... }, ...]
 * ```
 */
export const WORDING_READERS: readonly UnreadReader[] = [
  {
    name: 'named-day',
    module: 'named-days.ts',
    reads: '"on Christmas Day 2015": a named day of fixed date (lexicon cg:namedDay) written out as its date',
    needs: NAMED_DAY_NEEDS,
    read: rewrittenBy(namedDayRewrite, 'a named day of fixed date, lexicon cg:namedDay'),
  },
  {
    name: 'ordinal-weekday',
    module: 'ordinal-weekday.ts',
    reads: '"on the second Sunday of December 2015": a weekday ranked in a month and year written out as its date',
    needs: ORDINAL_WEEKDAY_NEEDS,
    read: rewrittenBy((_ctx, text) => ordinalWeekdayRewrite(text), 'a weekday ranked in its month, written as its date'),
  },
  {
    name: 'took-duration',
    module: 'took-duration.ts',
    reads: '"It took X three weeks to open once C": the time taken, said as the span X opened three weeks after C',
    needs: TOOK_DURATION_NEEDS,
    read: rewrittenBy(tookDurationRewrite, 'a time taken between two events, said as a span'),
  },
  {
    name: 'age-turned',
    module: 'age-turned.ts',
    reads: '"S turned 20 the day before C": an age said with "turned", as the span S came 20 years and one day before C (round 35)',
    needs: AGE_TURNED_NEEDS,
    read: rewrittenBy(ageTurnedRewrite, 'an age said with "turned", as the span from the thing\'s day'),
  },
  {
    name: 'kind-with', needs: KIND_WITH_NEEDS,
    module: 'kind-with.ts',
    reads: '"Freedonia is the country with the world\'s largest canal": what the "with" phrase says of a subject of the noun\'s class (round 34)',
    read: readKindWith,
  },
  {
    name: 'paste-shapes', needs: PASTE_NEEDS, whenUndecided: true,
    module: 'paste-shapes.ts',
    reads: '"Canal cost ~ US$ 5 bn", "- Canal length -- 90 km (source: ...)", "90 km, give or take", "...; Y leads Z instead", "X did A. It also did B.": a paste\'s marks said plainly, its sentences one compound claim (round 35)',
    read: readPaste,
  },
  {
    name: 'note-words', needs: NOTE_WORD_NEEDS,
    module: 'note-words.ts',
    reads: '"deals w/ Sylvania", "Freedonia & Sylvania", "abt $5bn", "the govt": a pasted note\'s shorthand in plain words (round 34)',
    read: rewrittenHeld((_ctx, text) => noteWordsRewrite(text), 'a note\'s shorthand in plain words'),
  },
  {
    name: 'note-values', needs: NOTE_VALUE_NEEDS, whenUndecided: true,
    module: 'note-values.ts',
    reads: '"The pledge was ¥13bn (about $108m)", "Acme bank: 57 members, capital of $100bn": a glossed figure and a note\'s two figures as two statements (round 36)',
    read: rewrittenHeld((_ctx, text) => noteValuesRewrite(text), 'a note\'s figures as statements, one compound claim'),
  },
  {
    name: 'note-amount-in', needs: NOTE_AMOUNT_IN_NEEDS,
    module: 'note-values.ts',
    reads: '"Sylvania: US$ 5m in Freedonian aid": a recipient\'s note of an amount in a package noun (lexicon cg:recipientNoun), said as the package\'s note, the recipient after "to" (round 37)',
    read: rewrittenHeld(noteAmountInRewrite, 'a recipient\'s note of an amount in a package, as the package\'s note'),
  },
  {
    name: 'have-value', needs: HAVE_VALUE_NEEDS,
    module: 'have-value.ts',
    reads: '"The canal will have an annual capacity of 5 bcm": a value said with "have", said as the thing\'s own (the possessive the value patterns read; round 37)',
    read: rewrittenHeld((_ctx, text) => haveValueRewrite(text), 'a value said with "have", as the thing\'s own'),
  },
  {
    name: 'focus-particle', needs: FOCUS_PARTICLE_NEEDS,
    module: 'focus-particles.ts',
    reads: '"Even Freedonia stayed out", "Only Sylvania did not join", "Freedonia alone joined": the claim without the particle; an exclusive one only refutes (round 34)',
    read: readFocusParticle,
  },
  {
    name: 'apposed-names', needs: APPOSED_NAMES_NEEDS,
    module: 'apposed-names.ts',
    reads: '"Just one state, Sylvania, did not join the League": the count and its named members as two statements; "Of the League\'s members, four are ...": in count order (round 34)',
    read: readApposedNames,
  },
  {
    name: 'fronted-participle', needs: FRONTED_PARTICIPLE_NEEDS,
    module: 'fronted-participle.ts',
    reads: '"Hosted by Rufus, the gala was attended by Pinky": the participle as a second statement of the subject (round 34)',
    read: readFrontedParticiple,
  },
  {
    name: 'electorate-vote', needs: ELECTORATE_VOTE_NEEDS,
    module: 'electorate-vote.ts',
    reads: '"The League\'s members voted Rufus in as its first chair": said as the elected one\'s passive, Rufus voted in as the League\'s first chair (round 39)',
    read: rewrittenBy(electorateVoteRewrite, 'an election said with its electorate as the subject'),
  },
  {
    name: 'fronted-active', needs: FRONTED_ACTIVE_NEEDS,
    module: 'fronted-participle.ts',
    reads: '"Running 1,800 km from Zenda, the canal will cost $5 billion", "With a capacity of 30 bcm, the canal opened in 2015": the phrase as a second statement of the subject, in the main clause\'s tense (round 39)',
    read: readFrontedActive,
  },
];
