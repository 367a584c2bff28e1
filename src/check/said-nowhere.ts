/**
 * Said nowhere (round 16): "Rufus Firefly argues that Sylvania should study in Zenda", an attribution
 * whose source the checker knows (an author, a commenter, a speaker an article reports, an
 * article) but whose inner claim no pattern reads. When the source's own words (its article's body
 * sentences, its comment, the sentences reporting it) use no word of the claim's content words, or
 * none that begins as it does ("finance" in "financial"), the checker finds no statement of it and
 * says which words are missing. The claim stays unread (src/check/index.ts puts this in its
 * CHECK_UNINTERPRETABLE message): the source may say it, or its contrary, in other words, which are
 * not read either (as the lead found after round 16's merge, 15 of 36 such claims across the case
 * sets are labelled SUPPORTED or REFUTED). Only the claim as written is so described, never a
 * reader's other words for it (src/check/index.ts, `checkDepth`). When every content word occurs in the source's
 * words the source may say the claim, or its contrary, in a shape the checker does not read, and
 * nothing is decided here (the claim stays unread).
 */
import type { ClaimScope } from './attribution.js';
import { anchorText, articlesOf, sentencesOfKind } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';

/** Words that carry no content of their own: auxiliaries, modals, pronouns, particles, quantifiers (also src/check/said-content.ts). */
export const FUNCTION_WORDS = new Set(('be is are was were been being am have has had having do does did will would shall should can could may '
  + 'might must not never no nor also too very so then than that this these those there their they them it its he she his her him we '
  + 'our us you your who whom whose which what when where why how all any some each every one other another such only just even '
  + 'still yet already ever soon now again more most less least much many few own same both either neither and or but if as of to '
  + 'in on at by for from with into onto about over under after before since until between among through during without within '
  + 'against towards toward upon across around near off out up down way well likely unlikely new first last next once often '
  + 'always rarely really probably possibly perhaps already rapidly quickly recently').split(' '));

/** The texts a source speaks in, or undefined when the scope names none the graph holds whole. */
export function sourceTexts(ctx: CheckContext, scope: ClaimScope): string[] | undefined {
  const all = articlesOf(ctx);
  const text = (s: string): string => anchorText(ctx.store, s);
  const body = (iris: string[]): string[] => all.filter((a) => iris.includes(a.iri)).flatMap((a) => sentencesOfKind(ctx, a.iri, 'Body').map(text));
  const commentText = (iri: string): string => ctx.store.getObjects(iri, `${NS.schema}text`, null)[0]?.value ?? '';
  switch (scope.kind) {
    case 'author': return body(all.map((a) => a.iri));
    case 'article': return body(scope.iris);
    case 'reader': return all.filter((a) => !scope.articles || scope.articles.includes(a.iri)).flatMap((a) => a.comments.map((c) => commentText(c.iri)));
    case 'agent': {
      // each one named must be an author, a commenter or a speaker an article reports (cg:saidBy)
      const out: string[] = [];
      for (const iri of scope.iris) {
        const wrote = all.filter((a) => a.authors.includes(iri)).map((a) => a.iri);
        const comments = all.flatMap((a) => a.comments.filter((c) => c.author === iri).map((c) => commentText(c.iri)));
        const reported = ctx.store.getSubjects(`${NS.cg}saidBy`, iri, null)
          .flatMap((c) => ctx.store.getObjects(c, `${NS.prov}wasDerivedFrom`, null).map((s) => text(s.value)));
        if (!wrote.length && !comments.length && !reported.length) return undefined;
        out.push(...body(wrote), ...comments, ...reported);
      }
      return out;
    }
  }
}

/** The content words of a claim: lower-case words that are no function word and no part of a name. */
function contentWords(ctx: CheckContext, claim: string): string[] {
  return dropIgnorable(tokenize(normalizeTypography(claim), ctx.morph), ctx.morph)
    .filter((t) => t.kind === 'word' && !t.cap && t.raw.length >= 3 && /^[a-z-]+$/.test(t.raw) && !FUNCTION_WORDS.has(t.raw.toLowerCase()))
    .map((t) => t.raw.toLowerCase());
}

/** A word's stem for a loose match: its first five letters (all of a shorter word). */
const stem = (w: string): string => w.slice(0, 5);

/**
 * Decides an attribution whose inner claim no pattern reads as NOT_ENOUGH_INFO when the source's
 * words lack one of the claim's content words; undefined otherwise.
 *
 * @example
 * ```ts
 * saidNowhere(ctx, { kind: 'agent', iris: [rufus], label: 'Rufus Firefly' }, 'Sylvania should study in Zenda')?.evaluation.verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function saidNowhere(ctx: CheckContext, scope: ClaimScope, inner: string, who: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const texts = sourceTexts(ctx, scope)?.filter(Boolean);
  if (!texts?.length) return undefined;
  const words = contentWords(ctx, inner);
  if (!words.length) return undefined;
  const said = new Set<string>();
  for (const t of tokenize(normalizeTypography(texts.join(' ')), ctx.morph)) {
    said.add(t.norm);
    said.add(stem(t.raw.toLowerCase()));
  }
  const has = (w: string): boolean => said.has(stem(w)) || tokenize(w, ctx.morph).every((t) => said.has(t.norm)) || w.split('-').every((p) => said.has(stem(p)));
  const missing = words.filter((w) => !has(w));
  if (!missing.length) return undefined;
  const interpretation: Interpretation = {
    subject: { kind: 'unknown-entity', mention: who }, predicate: `${NS.nif}anchorOf`, predicateName: 'anchorOf', object: { kind: 'string', value: inner },
    polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: 'what a source said, by its words (a word of the claim it never uses)',
  };
  const explanation = `Not enough information: "${inner}" is not read as a relation, and ${who}'s words as the graph holds them (${texts.length} sentence${texts.length === 1 ? '' : 's'}) never use ${missing.map((w) => `"${w}"`).join(', ')}: the checker finds no statement of it there.`;
  return { interpretation, evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'no-claim', conflict: false, bearings: [], explanation } };
}
