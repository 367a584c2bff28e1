/**
 * The reader `suggest` uses: the fact checker's reader over the sentences of an article, with
 * the constructions of src/suggest it does not read yet (group phrases and enumerations of
 * members, src/suggest/groups.ts), and what the article said before (members it enumerated, the
 * group it mentioned last).
 */
import { NS, type CheckContext } from '../check/context.js';
import { lastWords } from '../check/pattern.js';
import { resolveMention } from '../check/resolver.js';
import { dropIgnorable, keyOf, normalizeTypography, tokenize, type Token } from '../check/text.js';
import type { CheckValue } from '../check/types.js';
import { groupMembers } from '../check/verdict.js';
import { cardinal, findEnumerations, isPluralNoun, readGroupSpan, type GroupEnv, type Word } from './groups.js';
import { classNoun, Discourse } from './discourse.js';
import { findAppositions, findModifiers, headAfterModifier, sharedSubjects, transparentRelatives, withoutAbbreviations, withoutRelativeClauses } from './np.js';
import { checkParserReader, mayNameOffice } from './reader-check.js';
import { appositionsAfterNames, whoseClauses, withoutAppositions } from './appositions.js';
import { hostedGuests } from './hosting.js';
import { routeReadings } from './routes.js';
import { isWeekday, weekdayDate } from './weekdays.js';
import { companionVisits, eventDates } from './events.js';
import { nominalActs } from './nominal.js';
import { followedBy } from './rankings.js';
import { impliedBySubjectQualifiers } from './acting.js';
import type { SentenceContext, SentenceReader, ArticleReading, SuggestValue } from './types.js';

/** IRIs standing for values the constructions read (never written anywhere). */
const MADE_UP = 'urn:x-claimgraph-suggest:value:';

/** How much less sure a value read from a reference back ("the bank") is. */
const REFERENCE_WEIGHT = 0.85;
/** How much less sure a statement read from a reordered phrase ("X-led Y") is. */
const REORDERED_WEIGHT = 0.9;
/**
 * Plural nouns for those who act for states or organisations: "the leaders of A and B signed"
 * states what A and B did. (Grammar of news English, not knowledge of any entity; a role of the
 * ontology's offices, "presidents of A and B", names the offices instead: src/check reads those.)
 */
const STAND_INS = new Set(['leaders', 'heads', 'representatives', 'delegations', 'governments']);

/** Subject pronouns that open a sentence, and what they can stand for. */
const PRONOUNS = new Map<string, 'person' | 'thing' | 'group'>([['he', 'person'], ['she', 'person'], ['it', 'thing'], ['they', 'group']]);

/** How far back (in sentences) "he" or "she" looks for the person it stands for when the sentence before named none. */
const PERSON_LOOKBACK = 8;
/** How much less sure a pronoun is whose person was named further back than the sentence before. */
const FAR_PRONOUN_WEIGHT = 0.9;

/** Demonstratives that point back at a group ("these countries"). */
const DEMONSTRATIVES = /^(these|those)$/i;

/** Most capitalised words before the noun of a description ("the Ruritanian country"). */
const MAX_DESCRIPTION_ADJECTIVES = 3;

/** Confidence in an office held, from a title right before a name ("Freedonian President Rufus Firefly"). */
const APPOSITION_CONFIDENCE = 0.8;

/**
 * The default sentence reader for a check context: the check reader plus the constructions of
 * src/suggest, reading an article's sentences in order (it remembers what earlier sentences
 * named and enumerated).
 *
 * @example
 * ```ts
 * const reader = defaultReader(loadCheckContext(store, { dir: '.' }));
 * reader.read('All Ruritanian states except Sylvania joined the League.', { article: 'a', sentenceId: 's003', kind: 'body' });
 * ```
 */
export function defaultReader(ctx: CheckContext): SentenceReader {
  let discourse = new Discourse('');
  // the article's date of publication, for a weekday ("on Sunday")
  let published: string | undefined;
  const made = new Map<string, SuggestValue>();
  const make = (v: SuggestValue): CheckValue => {
    const iri = `${MADE_UP}${made.size}`;
    made.set(iri, v);
    return { kind: 'entity', iri, label: v.mention, mention: v.mention };
  };
  const env = (text: string): GroupEnv => groupEnv(ctx, text, discourse);
  const classesOf = (id: string): string[] => [...(ctx.entityTypes.get(NS.cgr + id) ?? [])]
    .flatMap((t) => [...(ctx.axioms.superClasses.get(t) ?? [t])]).filter((c) => c.startsWith(NS.cg)).map((c) => c.slice(NS.cg.length));
  // the nouns that name a class of the ontology ("bank", "region"): what a reference back can say
  const nouns = new Set([...ctx.axioms.superClasses.values()].flatMap((set) => [...set]).filter((c) => c.startsWith(NS.cg)).map((c) => classNoun(c.slice(NS.cg.length))));
  // the sentence being read: the entities it names, by position (for "the bank" after "ADB")
  let named: Array<{ id: string; start: number; end: number }> = [];
  // per sentence: the words that may belong to a construction (a group's name, a modifier, "the")
  let groupishOf: { text: string; marks: boolean[] } | undefined;
  const groupish = (text: string, words: readonly Word[]): boolean[] => {
    if (groupishOf?.text === text && groupishOf.marks.length === words.length) return groupishOf.marks;
    const e = env(text);
    const marks = words.map((w) => w.kind === 'dash' || w.raw.toLowerCase() === 'other');
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= Math.min(words.length, i + 6); j++) {
        const ids = ctx.labelIndex.get(keyOf(words.slice(i, j) as Token[]));
        if (ids && [...ids].some((iri) => iri.startsWith(NS.cgr) && e.isGroup(iri.slice(NS.cgr.length)))) for (let k = i; k < j; k++) marks[k] = true;
      }
    }
    groupishOf = { text, marks };
    return marks;
  };
  // "these countries" over words[start, end) ("these" a word of the span, or written right before
  // it): the singular class noun and where the phrase begins
  const demonstrativePlural = (words: readonly Word[], start: number, end: number, text: string): { noun: string; begin: number } | undefined => {
    const last = words[end - 1]!;
    const noun = last.norm;
    if (end - start > 2 || last.cap || !isPluralNoun(last) || !nouns.has(noun)) return undefined;
    if (end - start === 2) return DEMONSTRATIVES.test(words[start]!.raw) ? { noun, begin: words[start]!.start } : undefined;
    const before = /(?:^|\s)(these|those)\s+$/i.exec(text.slice(0, last.start));
    return before ? { noun, begin: last.start - before[0].trimStart().length } : undefined;
  };
  // "the <Name-adjective ...> <class noun>" over words[start, end): the noun, when so written
  const describedMember = (words: readonly Word[], start: number, end: number, text: string): { noun: string } | undefined => {
    if (end - start > MAX_DESCRIPTION_ADJECTIVES + 1) return undefined;
    const last = words[end - 1]!;
    const noun = last.raw.toLowerCase();
    if (last.cap || last.kind !== 'word' || !nouns.has(noun)) return undefined;
    if (!words.slice(start, end - 1).every((w) => w.cap && w.kind === 'word')) return undefined;
    return /(^|\s)the\s+$/i.test(text.slice(0, words[start]!.start)) ? { noun } : undefined;
  };
  const roleEnds = new Set([...ctx.offices.keys()].map((k) => k.split(' ').pop()!));
  // most spans name no office: one ends with a role word ("'s first president"), or has one before "of"
  const mayBeOffice = (words: readonly Word[], start: number, end: number): boolean => {
    if (end - start < 3) return false;
    if (roleEnds.has(words[end - 1]!.norm)) return true;
    for (let i = start + 1; i < end - 1; i++) if (words[i]!.norm === 'of' && roleEnds.has(words[i - 1]!.norm)) return true;
    return false;
  };
  const hooks = {
    slotHook: (sentence: { text: string; tokens: readonly Token[] }, start: number, end: number, type: string): CheckValue[] | { readFrom: number } | undefined => {
      // "on Saturday": the last Saturday up to the article's date of publication
      if ((type === 'date' || type === 'date-or-year') && end - start === 1 && isWeekday(sentence.tokens[start]!.raw)) {
        const w = sentence.tokens[start]!;
        const day = weekdayDate(w.raw, published, sentence.text.slice(0, w.start));
        return day ? [{ kind: 'date', value: day, mention: w.raw }] : [];
      }
      if (type !== 'entity') return undefined;
      const words = sentence.tokens as Word[];
      // "the bank": the bank the article is about
      if (end - start === 1 && !words[start]!.cap && nouns.has(words[start]!.raw.toLowerCase()) && /(^|\s)the\s+$/i.test(sentence.text.slice(0, words[start]!.start))) {
        const noun = words[start]!.raw.toLowerCase();
        const earlier = named.filter((m) => m.end <= start).map((m) => m.id);
        const ref = discourse.resolveDescription(noun, earlier, { classesOf });
        if (ref) return [make({ kind: 'entity', id: ref.id, mention: `the ${noun}`, note: ref.why, weight: REFERENCE_WEIGHT })];
      }
      // "the Ruritanian country": a reference back whose name-adjective is a group it belongs to
      const group = end - start >= 2 ? describedMember(words, start, end, sentence.text) : undefined;
      if (group) {
        const e = env(sentence.text);
        const groups = e.names(words.slice(start, end - 1)).filter((g) => e.isGroup(g));
        const members = groups.length === 1 ? new Set(e.members(groups[0]!)) : undefined;
        const earlier = named.filter((m) => m.end <= start).map((m) => m.id);
        const ref = members?.size ? discourse.resolveDescription(group.noun, earlier, { classesOf, accepts: (id) => members.has(id) }) : undefined;
        const mention = sentence.text.slice(words[start]!.start, words[end - 1]!.end);
        if (ref) return [make({ kind: 'entity', id: ref.id, mention: `the ${mention}`, note: `${ref.why}, a member of ${groups[0]}`, weight: REFERENCE_WEIGHT })];
      }
      // "the bank's first president", "the first president of the bank", "the Acme Bank's new
      // president": an office named from its holder and role, around a reference back or an
      // adjective that does not change which office it is (the check reader reads the plain forms)
      const office = mayBeOffice(words, start, end) ? officePhrase(words, start, end, ctx, (i) => /(^|\s)the\s+$/i.test(sentence.text.slice(0, words[i]!.start))) : undefined;
      if (office) {
        const holderWords = words.slice(office.holder[0], office.holder[1]);
        const noun = holderWords.length === 1 && !holderWords[0]!.cap && nouns.has(holderWords[0]!.raw.toLowerCase()) ? holderWords[0]!.raw.toLowerCase() : undefined;
        const ref = noun ? discourse.resolveDescription(noun, named.filter((m) => m.end <= office.holder[0]).map((m) => m.id), { classesOf }) : undefined;
        const holders = ref ? [ref.id] : noun ? [] : env(sentence.text).names(holderWords);
        const byHolder = ctx.offices.get(office.role);
        const hits = holders.map((h) => byHolder?.get(NS.cgr + h)).filter((x): x is string => !!x && x.startsWith(NS.cgr));
        const mention = sentence.text.slice(words[start]!.start, words[end - 1]!.end);
        if (hits.length === 1) {
          const id = hits[0]!.slice(NS.cgr.length);
          return [make({ kind: 'entity', id, mention, note: `"${mention}" read as ${id}, the ${office.role} of ${holders[0]}${ref ? ` (${ref.why})` : ''}`, weight: ref ? REFERENCE_WEIGHT : 1 })];
        }
      }
      // "It ..." opening a sentence: the one entity of the sentence before that the pronoun can
      // stand for ("he"/"she" a person, "it" a thing that is neither a person nor a group,
      // "they" a group); nothing when there are several or none
      const pronoun = end - start === 1 && start === 0 ? PRONOUNS.get(words[0]!.raw.toLowerCase()) : undefined;
      if (pronoun && /^[\s"\u201C\u2018'(]*$/.test(sentence.text.slice(0, words[0]!.start))) {
        const person = (id: string): boolean => classesOf(id).includes('Person');
        const fits = (id: string): boolean => (pronoun === 'person' ? person(id) : pronoun === 'group' ? env(sentence.text).isGroup(id) : !person(id) && !env(sentence.text).isGroup(id));
        const fitting = discourse.previousSentence().filter(fits);
        if (fitting.length === 1) return [make({ kind: 'entity', id: fitting[0]!, mention: words[0]!.raw, note: `"${words[0]!.raw}" read as ${fitting[0]}, the one ${pronoun === 'thing' ? 'thing' : pronoun} the sentence before named`, weight: REFERENCE_WEIGHT })];
        // "He" after sentences that name no person: the person of the nearest sentence that named
        // one, when it named one only (a person is what "he" or "she" can only be)
        const nearest = pronoun === 'person' && !fitting.length ? discourse.nearestNamed(fits, PERSON_LOOKBACK) : undefined;
        if (nearest?.ids.length === 1) {
          return [make({ kind: 'entity', id: nearest.ids[0]!, mention: words[0]!.raw, note: `"${words[0]!.raw}" read as ${nearest.ids[0]}, the one person of the nearest sentence that named a person (${nearest.back} back)`, weight: REFERENCE_WEIGHT * FAR_PRONOUN_WEIGHT })];
        }
        return [];
      }
      // "Leaders of A, B and C launched ...": the states' leaders acting for their states (as a
      // curator reads them); the names after "of" are read as the value
      if (end - start >= 3 && STAND_INS.has(words[start]!.raw.toLowerCase()) && words[start + 1]!.raw.toLowerCase() === 'of') return { readFrom: start + 2 };
      // "these countries": the group named before it in the sentence, else the one the article
      // named last, all of it (the noun must be the class noun of every member)
      const pointed = demonstrativePlural(words, start, end, sentence.text);
      if (pointed) {
        const e = env(sentence.text);
        const here = [...new Set(named.filter((m) => m.end <= start && e.isGroup(m.id)).map((m) => m.id))];
        const group = here.length === 1 ? here[0] : here.length ? undefined : discourse.lastGroup;
        const members = group ? e.members(group) : [];
        if (group && members.length >= 2 && members.every((m) => classesOf(m).some((c) => classNoun(c) === pointed.noun))) {
          const mention = sentence.text.slice(pointed.begin, words[end - 1]!.end);
          return [make({ kind: 'group', group, plus: [], except: [], mention, weight: REFERENCE_WEIGHT,
            note: `"${mention}" read as every member of ${group}, the group ${here.length ? 'named before it in the sentence' : 'the article named last'}` })];
        }
        return [];
      }
      // a construction needs a group's name, or a name before a dash ("X-led"), or "other"
      if (!groupish(sentence.text, words).slice(start, end).some(Boolean)) return undefined;
      const e = env(sentence.text);
      const head = headAfterModifier(words, start, end, e.names);
      if (head !== undefined) return { readFrom: head };
      const r = readGroupSpan(e, words, start, end);
      if (!r) return undefined;
      const mention = sentence.tokens.slice(start, end).map((t) => t.raw).join(' ');
      if (r.kind === 'none') return [];
      if (r.kind === 'members') {
        return [{ kind: 'entities', items: r.ids.map((x) => ({ kind: 'entity' as const, iri: NS.cgr + x, label: x })), mention }];
      }
      return [make({ kind: 'group', ...r.spec, mention, note: r.why })];
    },
    customValue: (iri: string) => made.get(iri),
    variants: (text: string, all: Token[], verbs: ReadonlySet<string>) => {
      const tokens = withoutAbbreviations(text, all);
      const main = withoutRelativeClauses(text, tokens);
      const unapposed = withoutAppositions(text, tokens);
      return [transparentRelatives(text, tokens), ...(main ? [main] : []), ...(unapposed ? [unapposed] : []), ...sharedSubjects(text, tokens, verbs)];
    },
    boundaries: ({ tokens }: { tokens: readonly Token[] }) => {
      const starts: number[] = [];
      const ends: number[] = [];
      tokens.forEach((t, i) => {
        // a group phrase can end with a plural noun ("... countries") and start with a count;
        // a reference back is one lower-case noun ("the bank")
        if (isPluralNoun(t)) {
          ends.push(i + 1);
          // "these countries": a reference back to a group
          if (nouns.has(t.norm) && i > 0 && DEMONSTRATIVES.test(tokens[i - 1]!.raw)) starts.push(i - 1);
        }
        // a weekday is a date ("opened on Saturday")
        if (isWeekday(t.raw)) {
          starts.push(i);
          ends.push(i + 1);
        }
        if (cardinal(t) !== undefined || (t.cap && ctx.offices.has(t.norm))) starts.push(i);
        // an office's name can end with its role word after a possessive ("the bank's first president")
        if (t.kind === 'word' && roleEnds.has(t.norm) && tokens.slice(Math.max(0, i - 3), i).some((x) => x.kind === 'possessive')) ends.push(i + 1);
        if (t.kind === 'word' && !t.cap && nouns.has(t.raw.toLowerCase())) {
          starts.push(i);
          ends.push(i + 1);
        }
      });
      return { starts, ends };
    },
  };
  const base = checkParserReader(ctx, hooks);
  const bare = checkParserReader(ctx, { ...hooks, bare: true });
  const beforeOf = wordsBeforeOf(ctx, nouns);
  return {
    name: `${base.name}+constructions`,
    read(text: string, context: SentenceContext): ArticleReading[] {
      if (context.article !== discourse.article) discourse = new Discourse(context.article);
      published = context.published;
      const words = tokensOf(ctx, text);
      const e = env(text);
      named = namedIn(ctx, words);
      const readings = base.read(text, context);
      readings.push(...reordered(base, bare, ctx, e, text, words, context));
      readings.push(...appositions(base, bare, ctx, e, text, words, context));
      const unabbreviated = withoutAbbreviations(text, words);
      readings.push(...routeReadings({ names: e.names, isA: (id, cls) => classesOf(id).includes(cls) }, text, unabbreviated, namedIn(ctx, unabbreviated, ROUTE_NAME_WORDS)));
      readings.push(...hostedGuests({ ctx, base, previous: discourse.previousSentence(), named, isA: (id, cls) => classesOf(id).includes(cls) }, text, words, context));
      readings.push(...elidedObjects(base, beforeOf, text, words, context));
      readings.push(...nominalActs({ ctx, base, named, previous: discourse.previousSentence(), isA: (id, cls) => classesOf(id).includes(cls) }, text, words, context));
      readings.push(...eventDates(readings, (id, cls) => classesOf(id).includes(cls)));
      readings.push(...companionVisits(readings));
      readings.push(...followedBy(readings, text, words, named, (a, b) => classesOf(a)[0] === classesOf(b)[0]));
      readings.push(...impliedBySubjectQualifiers(ctx, readings));
      for (const en of findEnumerations(e, words)) {
        readings.push({
          subject: { kind: 'entities', ids: en.ids, mention: text.slice(en.begin, en.end) },
          predicate: 'partOf',
          object: { kind: 'entity', id: en.group, mention: en.group } satisfies SuggestValue,
          polarity: 'positive', modality: 'stated', qualifiers: {}, begin: en.begin, end: en.end,
          confidence: 0.85, why: en.why,
        });
        discourse.learnMembers(en.group, en.ids);
      }
      // the group mentioned last, for "the other two countries" in a later sentence
      const groups = named.filter((m) => e.isGroup(m.id));
      if (groups.length) discourse.lastGroup = groups[groups.length - 1]!.id;
      // what this sentence named, references read included, for the sentences after it
      const referred = readings.flatMap((r) => [r.subject, r.object]).filter((v) => v.kind === 'entity' && v.note).map((v) => (v as { id: string }).id);
      discourse.endSentence([...named.map((m) => m.id), ...referred]);
      return readings;
    },
  };
}

/** Longest name, in words, looked up for a route it states ("the A-B-C-D gas pipeline": 9). */
const ROUTE_NAME_WORDS = 12;

/** How much less sure a statement is whose object the sentence leaves unsaid ("are among the founding members."). */
const ELIDED_WEIGHT = 0.9;
/**
 * How many classes (itself and those above it, as the axioms list them) the class of an unsaid
 * object has at least: cg:Organisation has 4; cg:Agent, cg:Infrastructure 3; cg:Event 2.
 */
const MIN_ELIDED_DEPTH = 4;

/**
 * The words patterns put right before a final "of {o}" ("founding members of {o}"), each with
 * the nouns of the classes the object takes (the range's class noun: "organisation").
 */
function wordsBeforeOf(ctx: CheckContext, nouns: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const rp of ctx.relations) {
    if (rp.claimOnly) continue;
    const nodes = rp.pattern.nodes;
    const [w, of, o] = nodes.slice(-3);
    // "of {o}", or a choice of one-word prepositions that has "of" ("shareholder (in|of) {o}")
    const ofNode = of?.t === 'lit' ? of.norm === 'of'
      : of?.t === 'group' && !of.optional && of.alts.every((alt) => alt.length === 1 && alt[0]!.t === 'lit') && of.alts.some((alt) => (alt[0] as { norm: string }).norm === 'of');
    if (nodes.length < 4 || o?.t !== 'slot' || o.name !== 'o' || !ofNode) continue;
    const range = ctx.axioms.range.get(rp.property);
    // a specific class (an organisation, not any agent or entity): an article is about one bank,
    // not about one "entity"
    if (!range?.startsWith(NS.cg) || (ctx.axioms.superClasses.get(range)?.size ?? 0) < MIN_ELIDED_DEPTH) continue;
    const noun = classNoun(range.slice(NS.cg.length));
    if (!noun || !nouns.has(noun)) continue;
    for (const x of lastWords(w)) out.set(x, (out.get(x) ?? new Set()).add(noun));
  }
  return out;
}

/**
 * Statements whose object is left unsaid at the end of a clause because the article is about it:
 * "Freedonia and Marsovia are among the founding members." (of the bank the article is
 * about). Where a clause ends on a word a pattern puts before "of {o}", the clause is read with
 * "of the <noun of the object's class>" after it, and that reference is read as a reference back
 * is ("the bank": the one the last sentences named most); only readings that take it as their
 * object are kept, anchored to the clause's own words.
 */
function elidedObjects(base: SentenceReader, beforeOf: ReadonlyMap<string, ReadonlySet<string>>, text: string, words: Word[], context: SentenceContext): ArticleReading[] {
  const out: ArticleReading[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const after = text.slice(w.end, words[i + 1]?.start ?? text.length);
    // the clause ends here: the sentence's end, or a comma, semicolon or colon before the next words
    if (!/^\s*[.;:,!?]/.test(after) && words[i + 1]) continue;
    for (const noun of beforeOf.get(w.norm) ?? []) {
      const added = ` of the ${noun}`;
      // the words after the clause say nothing about it: read up to the object put in
      const read = base.read(text.slice(0, w.end) + added + '.', context);
      for (const r of read) {
        if (r.object.mention !== `the ${noun}` || r.object.kind !== 'entity' || !r.object.note || r.begin >= w.end || r.end < w.end + added.length) continue;
        out.push({
          ...r, end: w.end, confidence: r.confidence * ELIDED_WEIGHT,
          object: { ...r.object, mention: w.raw },
          why: `${r.why}; the object left unsaid after "${w.raw}" read as "the ${noun}"`,
        });
      }
    }
  }
  return out;
}

/** The entities a sentence names by their labels, longest names first, in order. */
function namedIn(ctx: CheckContext, words: readonly Word[], longest = 8): Array<{ id: string; start: number; end: number }> {
  const out: Array<{ id: string; start: number; end: number }> = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + longest); j > i; j--) {
      const ids = ctx.labelIndex.get(keyOf(words.slice(i, j) as Token[]));
      const iri = ids && [...ids].sort()[0];
      if (iri?.startsWith(NS.cgr)) {
        out.push({ id: iri.slice(NS.cgr.length), start: i, end: j });
        i = j - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Statements written in an order the patterns do not have, read in the order they do: a title
 * before a name ("Freedonian President Rufus Firefly" as "Rufus Firefly Freedonian President",
 * which the lexicon reads with its "{s} {o}" pattern for offices) and a name used as a modifier
 * ("the Freedonia-led Acme Bank" as "Acme Bank Freedonia-led"). The readings keep the words of
 * the original phrase as their quote.
 */
function reordered(
  base: SentenceReader, bare: SentenceReader, ctx: CheckContext, e: GroupEnv, text: string, words: Word[], context: SentenceContext,
): ArticleReading[] {
  const out: ArticleReading[] = [];
  const span = (r: [number, number]): string => text.slice(words[r[0]]!.start, words[r[1] - 1]!.end);
  const officeClass = NS.cg + 'Office';
  const isOffice = (w: readonly Word[]): boolean => e.names(w).some((id) => [...(ctx.entityTypes.get(NS.cgr + id) ?? [])].some((t) => ctx.axioms.superClasses.get(t)?.has(officeClass) || t === officeClass));
  const add = (readings: ArticleReading[], begin: number, end: number, how: string, keep: (r: ArticleReading) => boolean, confidence?: number): void => {
    for (const r of readings) {
      if (!keep(r)) continue;
      out.push({ ...r, begin, end, confidence: confidence ?? r.confidence * REORDERED_WEIGHT, why: `${r.why}; ${how}` });
    }
  };
  const isA = (v: SuggestValue, cls: string): boolean => v.kind === 'entity' && [...(ctx.entityTypes.get(NS.cgr + v.id) ?? [])].some((t) => t === cls || ctx.axioms.superClasses.get(t)?.has(cls));
  for (const a of findAppositions(text, words, isOffice)) {
    const person = span(a.person);
    const office = span(a.office);
    add(bare.read(`${person} ${office}`, context), words[a.office[0]]!.start, words[a.person[1] - 1]!.end,
      `a title before a name: "${office} ${person}" read as "${person} ${office}"`,
      // a person (known, or a name the graph does not know) holding the office named before them
      (r) => isA(r.object, officeClass) && (isA(r.subject, NS.cg + 'Person') || r.subject.kind === 'new-entity')
        && (r.subject.mention.replace(/\s+/g, ' ') === person.replace(/[^\p{L}\p{N}'\u2019-]+/gu, ' ').trim() || r.subject.kind === 'new-entity'),
      // the construction is the evidence (the pattern only names the property): a title right before a name
      APPOSITION_CONFIDENCE);
  }
  for (const m of findModifiers(words, e.names)) {
    const modifier = span(m.modifier);
    const head = span(m.head);
    const participle = words[m.participle]!.raw;
    add(base.read(`${head} ${modifier}-${participle}`, context), words[m.modifier[0]]!.start, words[m.head[1] - 1]!.end,
      `a name as a modifier: "${modifier}-${participle} ${head}" read as "${head} ${modifier}-${participle}"`, () => true);
  }
  return out;
}

/**
 * "<holder> 's [adjectives] <role>" or "[adjectives] <role> of [the] <holder>" over words[start,
 * end), with an adjective or a reference back ("the bank") in it: the holder's span and the role
 * key (of `ctx.offices`); undefined otherwise. `afterThe(i)`: whether "the" is written before word i.
 */
function officePhrase(words: readonly Word[], start: number, end: number, ctx: CheckContext, afterThe: (i: number) => boolean): { holder: [number, number]; role: string } | undefined {
  if (end - start < 3) return undefined;
  const roleAt = (a: number, b: number): string | undefined => {
    let k = a;
    while (k < b - 1 && OFFICE_ADJECTIVES.has(words[k]!.raw.toLowerCase())) k++;
    const key = keyOf(words.slice(k, b) as Token[]);
    return ctx.offices.has(key) && (k > a || b - a === 1) ? key : undefined;
  };
  const pos = words.findIndex((w, i) => i > start && i < end - 1 && w.kind === 'possessive');
  if (pos > start) {
    const role = roleAt(pos + 1, end);
    const holderIsReference = pos - start === 1 && !words[start]!.cap && afterThe(start);
    if (role && (holderIsReference || keyOf(words.slice(pos + 1, end) as Token[]) !== role)) return { holder: [start, pos], role };
    return undefined;
  }
  const of = words.findIndex((w, i) => i > start && i < end - 1 && w.raw.toLowerCase() === 'of');
  if (of > start) {
    const role = roleAt(start, of);
    const holderIsReference = end - of === 2 && !words[of + 1]!.cap && afterThe(of + 1);
    if (role && (holderIsReference || keyOf(words.slice(start, of) as Token[]) !== role)) return { holder: [of + 1, end], role };
  }
  return undefined;
}

/** How much less sure a statement read from a relative clause inside an apposition is. */
const APPOSITION_CLAUSE_WEIGHT = 0.9;

/** Adjectives before an office's name that do not change which office it is ("a former minister of finance"). */
const OFFICE_ADJECTIVES = new Set(['former', 'then', 'current', 'acting', 'incumbent', 'sitting', 'new', 'first', 'second', 'third', 'next', 'previous', 'outgoing', 'longtime', 'long-time']);

/**
 * Offices stated in apposition to a name (src/suggest/appositions.ts): "Y, a former Freedonian
 * minister of finance," (Y holds that office) and "X, whose president is Y" (Y holds the office
 * of president of X), read as "Y <office>" with the lexicon's "{s} {o}" pattern for offices, as a
 * title before a name is. Only readings of an office held by the name itself are kept.
 */
function appositions(base: SentenceReader, bare: SentenceReader, ctx: CheckContext, e: GroupEnv, text: string, words: Word[], context: SentenceContext): ArticleReading[] {
  const known = (span: readonly Word[]): boolean => e.names(span).length > 0;
  const roleWords = new Set([...ctx.offices.keys()].flatMap((k) => k.split(' ')));
  const out: ArticleReading[] = [];
  const officeClass = NS.cg + 'Office';
  const isA = (v: SuggestValue, cls: string): boolean => v.kind === 'entity' && [...(ctx.entityTypes.get(NS.cgr + v.id) ?? [])].some((t) => t === cls || ctx.axioms.superClasses.get(t)?.has(cls));
  const span = (a: number, b: number): string => text.slice(words[a]!.start, words[b - 1]!.end);
  const read = (person: string, office: string, begin: number, end: number, how: string): void => {
    const said = person.replace(/[^\p{L}\p{N}'\u2019-]+/gu, ' ').trim();
    for (const r of bare.read(`${person} ${office}`, context)) {
      if (!isA(r.object, officeClass) || !(isA(r.subject, NS.cg + 'Person') || r.subject.kind === 'new-entity')) continue;
      if (r.subject.mention.replace(/\s+/g, ' ') !== said && r.subject.kind !== 'new-entity') continue;
      out.push({ ...r, begin, end, confidence: APPOSITION_CONFIDENCE, why: `${r.why}; ${how}` });
    }
  };
  for (const a of appositionsAfterNames(text, words, known)) {
    // "X, another N that has been perceived as ...": the relative clause is about X
    const rel = words.findIndex((w, x) => x > a.phrase[0] && x < a.phrase[1] - 1 && /^(that|which|who)$/i.test(w.raw));
    const ids = e.names(words.slice(a.name[0], a.name[1]));
    if (rel > 0 && ids.length === 1) {
      const name = span(a.name[0], a.name[1]);
      const head = `${name} `;
      const shift = words[rel + 1]!.start - head.length;
      for (const r of base.read(head + text.slice(words[rel + 1]!.start, words[a.phrase[1] - 1]!.end) + '.', context)) {
        if (r.begin !== 0 || r.subject.kind !== 'entity' || r.subject.id !== ids[0] || r.end <= head.length) continue;
        out.push({ ...r, begin: words[a.from]!.start, end: r.end + shift, confidence: r.confidence * APPOSITION_CLAUSE_WEIGHT,
          why: `${r.why}; a relative clause in an apposition to "${name}" read as a statement about it` });
      }
      continue;
    }
    // an office's name has a role word ("minister", "president") in it
    if (!words.slice(a.phrase[0], a.phrase[1]).some((w) => roleWords.has(w.norm))) continue;
    let k = a.phrase[0];
    while (k < a.phrase[1] - 1 && OFFICE_ADJECTIVES.has(words[k]!.raw.toLowerCase())) k++;
    const person = span(a.name[0], a.name[1]);
    const office = span(k, a.phrase[1]);
    read(person, office, words[a.name[0]]!.start, words[a.phrase[1] - 1]!.end, `an office in apposition: "${person}, ${span(a.phrase[0], a.phrase[1])}" read as "${person} ${office}"`);
  }
  for (const w of whoseClauses(text, words, known)) {
    const person = span(w.value[0], w.value[1]);
    const office = `${span(w.noun[0], w.noun[1])} of ${span(w.owner[0], w.owner[1])}`;
    read(person, office, words[w.owner[0]]!.start, words[w.value[1] - 1]!.end, `a "whose" clause: "${span(w.owner[0], w.value[1])}" read as "${person} ${office}"`);
  }
  return out;
}

/**
 * The graph (labels, `partOf` members, offices) and what the article said before, as
 * src/suggest/groups.ts asks for them.
 *
 * @example
 * ```ts
 * readGroupSpan(groupEnv(ctx, text, { article: 'a', members: new Map() }), words, 0, words.length);
 * ```
 */
export function groupEnv(ctx: CheckContext, text: string, discourse: Pick<Discourse, 'members' | 'lastGroup'>): GroupEnv {
  const groupClass = NS.cg + 'CountryGroup';
  const id = (iri: string): string | undefined => (iri.startsWith(NS.cgr) ? iri.slice(NS.cgr.length) : undefined);
  const membersOf = (g: string): string[] => {
    const out = new Set([...groupMembers(ctx, NS.cgr + g).map((m) => id(m)).filter((x): x is string => !!x), ...(discourse.members.get(g) ?? [])]);
    return [...out].sort();
  };
  return {
    text,
    names: (span) => {
      const out: string[] = [];
      const offices = mayNameOffice(ctx, span as Token[]) ? resolveMention(ctx, span as Token[]).map((e) => e.iri) : [];
      for (const iri of [...(ctx.labelIndex.get(keyOf(span as Token[])) ?? []), ...offices]) {
        const x = id(iri);
        if (x && !out.includes(x)) out.push(x);
      }
      return out;
    },
    isGroup: (g) => {
      const types = ctx.entityTypes.get(NS.cgr + g);
      if (types && [...types].some((t) => t === groupClass || ctx.axioms.superClasses.get(t)?.has(groupClass))) return true;
      return membersOf(g).length >= 2;
    },
    members: membersOf,
    role: (span) => {
      const byState = ctx.offices.get(keyOf(span as Token[]));
      const office = byState && [...byState.values()][0];
      return office ? ctx.store.getObjects(office, NS.cg + 'roleType', null)[0]?.value : undefined;
    },
    office: (o) => {
      const iri = NS.cgr + o;
      const state = ctx.store.getObjects(iri, NS.cg + 'officeOf', null)[0]?.value;
      const role = ctx.store.getObjects(iri, NS.cg + 'roleType', null)[0]?.value;
      const s = state && id(state);
      return s && role ? { state: s, role } : undefined;
    },
    hasLabel: (x, words) => {
      const norm = (w: string): string => normalizeTypography(w).toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
      const want = norm(words);
      return [NS.rdfs + 'label', NS.skos + 'altLabel'].some((p) => ctx.store.getObjects(NS.cgr + x, p, null).some((l) => norm(l.value) === want));
    },
    lastGroup: discourse.lastGroup,
  };
}

/** The words of a sentence as the check reader sees them (ignorable words dropped). */
export function tokensOf(ctx: CheckContext, text: string): Word[] {
  return dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
}
