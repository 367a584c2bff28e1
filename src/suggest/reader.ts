/**
 * The reader `suggest` uses: the fact checker's reader over the sentences of an article, with
 * the constructions of src/suggest it does not read yet (group phrases and enumerations of
 * members, src/suggest/groups.ts), and what the article said before (members it enumerated, the
 * group it mentioned last).
 */
import { NS, type CheckContext } from '../check/context.js';
import { resolveMention } from '../check/resolver.js';
import { dropIgnorable, keyOf, normalizeTypography, tokenize, type Token } from '../check/text.js';
import type { CheckValue } from '../check/types.js';
import { groupMembers } from '../check/verdict.js';
import { cardinal, findEnumerations, isPluralNoun, readGroupSpan, type GroupEnv, type Word } from './groups.js';
import { headAfterModifier, transparentRelatives, withoutRelativeClauses } from './np.js';
import { checkParserReader, mayNameOffice } from './reader-check.js';
import type { GroupValue, SentenceContext, SentenceReader, SentenceReading, SuggestValue } from './types.js';

/** IRIs standing for group phrases inside the check reader (never written anywhere). */
const MADE_UP = 'urn:x-claimgraph-suggest:group:';

/** What the article said before the sentence being read. */
export interface Discourse {
  article: string;
  /** Members the article enumerated, by group id. */
  members: Map<string, Set<string>>;
  lastGroup?: string;
}

/**
 * The default sentence reader for a check context: the check reader plus group constructions,
 * reading an article's sentences in order (it remembers what earlier sentences enumerated).
 *
 * @example
 * ```ts
 * const reader = defaultReader(loadCheckContext(store, { dir: '.' }));
 * reader.read('All Ruritanian states except Sylvania joined the League.', { article: 'a', sentenceId: 's003', kind: 'body' });
 * ```
 */
export function defaultReader(ctx: CheckContext): SentenceReader {
  let discourse: Discourse = { article: '', members: new Map() };
  const made = new Map<string, GroupValue>();
  const env = (text: string): GroupEnv => groupEnv(ctx, text, discourse);
  // per sentence: the words that may belong to a construction (a group's name, a modifier)
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
  const base = checkParserReader(ctx, {
    slotHook: (sentence, start, end, type) => {
      if (type !== 'entity') return undefined;
      const words = sentence.tokens as Word[];
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
      const iri = `${MADE_UP}${made.size}`;
      made.set(iri, { kind: 'group', ...r.spec, mention });
      return [{ kind: 'entity', iri, label: r.spec.group, mention } satisfies CheckValue];
    },
    customValue: (iri) => made.get(iri),
    variants: (text, tokens) => {
      const main = withoutRelativeClauses(text, tokens);
      return main ? [transparentRelatives(text, tokens), main] : [transparentRelatives(text, tokens)];
    },
    boundaries: ({ tokens }) => {
      const starts: number[] = [];
      const ends: number[] = [];
      tokens.forEach((t, i) => {
        // a group phrase can end with a plural noun ("... countries") and start with a count
        if (isPluralNoun(t)) ends.push(i + 1);
        if (cardinal(t) !== undefined || (t.cap && ctx.offices.has(t.norm))) starts.push(i);
      });
      return { starts, ends };
    },
  });
  return {
    name: `${base.name}+groups`,
    read(text: string, context: SentenceContext): SentenceReading[] {
      if (context.article !== discourse.article) discourse = { article: context.article, members: new Map() };
      const readings = base.read(text, context);
      const words = tokensOf(ctx, text);
      const e = env(text);
      for (const en of findEnumerations(e, words)) {
        readings.push({
          subject: { kind: 'entities', ids: en.ids, mention: text.slice(en.begin, en.end) },
          predicate: 'partOf',
          object: { kind: 'entity', id: en.group, mention: en.group } satisfies SuggestValue,
          polarity: 'positive', modality: 'stated', qualifiers: {}, begin: en.begin, end: en.end,
          confidence: 0.85, why: en.why,
        });
        const set = discourse.members.get(en.group) ?? new Set<string>();
        for (const m of en.ids) set.add(m);
        discourse.members.set(en.group, set);
      }
      // the group mentioned last, for "the other two countries" in a later sentence
      for (let i = 0; i < words.length; i++) {
        for (let j = Math.min(words.length, i + 6); j > i; j--) {
          const g = e.names(words.slice(i, j)).find((x) => e.isGroup(x));
          if (g) {
            discourse.lastGroup = g;
            break;
          }
        }
      }
      return readings;
    },
  };
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
export function groupEnv(ctx: CheckContext, text: string, discourse: Discourse): GroupEnv {
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
