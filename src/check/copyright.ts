/**
 * An article's copyright line (round 15): "(c) 2011 Harbour Desk. All rights reserved." printed
 * at the foot of the page (a sentence of a cg:Boilerplate segment) names one holder and one year.
 * "The League story's copyright belongs to the Harbour Desk", "the Harbour Desk holds the copyright
 * to the League story", "the League story is copyright 2011 (Harbour Desk)". The holder said in the
 * line's words supports; a holder sharing no word with the line's refutes (a line names one holder),
 * a part of its words ("the Desk") decides nothing; another year refutes.
 */
import { anchorText, pseudoClaim, resolveArticle, sentencesOfKind, type ArticleInfo } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { normalizeTypography, tokenize } from './text.js';
import type { Interpretation, Verdict } from './types.js';
import type { Evaluation } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

/** What a claim says of a copyright: the article's words, the holder's, the year. */
interface Said { article: string; holder?: string; year?: string }

// round 33: "the copyright line of A reads 2011 H" (the line's words after a verb of saying)
const VERB = '(?:belongs|belonged|goes|went|rests|rested|lies|lay)\\s+(?:to|with)|(?:is|was)\\s+(?:held|owned|claimed)\\s+by|(?:is|was|reads|read|says|said|shows|showed|gives|gave)';
const FORMS: Array<(t: string) => Said | undefined> = [
  // "A's copyright belongs to H", "the copyright of A is held by H", "A's copyright is 2011"
  (t) => {
    const m = cachedRegExp(`^(?:the\\s+)?(?:copyright(?:\\s+(?:line|notice|statement))?\\s+(?:of|to|on|for|in)\\s+(.+?)|(.+?)(?:'s|\\u2019s)\\s+copyright(?:\\s+(?:line|notice|statement))?)\\s+(?:${VERB})\\s+(.+)$`, 'i').exec(t);
    return m ? split(m[1] ?? m[2]!, m[3]!) : undefined;
  },
  // "H holds / owns the copyright to A"
  (t) => {
    const m = /^(.+?)\s+(?:holds|held|owns|owned|has|had)\s+(?:the\s+)?copyright\s+(?:to|of|on|for|in)\s+(.+)$/i.exec(t);
    return m ? { article: m[2]!, holder: m[1]! } : undefined;
  },
  // "A is copyright 2011 H", "A is copyrighted by H", "A was copyrighted in 2011"
  (t) => {
    const m = /^(.+?)\s+(?:is|was)\s+(?:copyright|copyrighted(?:\s+(?:by|in))?|\(c\)|\u00a9)\s+(.+)$/i.exec(t);
    return m ? split(m[1]!, m[2]!) : undefined;
  },
  // "Copyright for A: H, 2011", "A's copyright: 2011 H" (a colon for the verb, round 24)
  (t) => {
    const m = /^(?:the\s+)?(?:copyright\s+(?:of|to|on|for|in)\s+(.+?)|(.+?)(?:'s|\u2019s)\s+copyright)\s*:\s*(.+)$/i.exec(t);
    return m ? split(m[1] ?? m[2]!, m[3]!) : undefined;
  },
  // "A carries a 2011 Harbour Desk copyright", "A bears a 2011 copyright of the Harbour Desk",
  // "A has a Harbour Desk copyright notice" (round 33): the page showing the line, its year and
  // holder before "copyright" or after "of" / "by"; a denial or a "no" is not this form
  (t) => {
    const m = /^(.+?)\s+(?:carries|carried|bears|bore|has|had|shows|showed|displays|displayed|prints|printed)\s+(?:an?\s+|the\s+|its\s+)?(.*?)\s*copyright(?:\s+(?:notice|line|mark|statement))?(?:\s+(?:of|by|from|for)\s+(.+))?$/i.exec(t);
    if (!m || /\b(?:not|never|no|n't|without)\b/i.test(`${m[1]} ${m[2]}`)) return undefined;
    return split(m[1]!, `${m[2] ?? ''} ${m[3] ?? ''}`.trim());
  },
];

/** "2011 Harbour Desk", "Harbour Desk", "2011", "Harbour Desk, 2011": a year and/or a holder. */
function split(article: string, rest: string): Said | undefined {
  // the year after the holder ("Harbour Desk, 2011") as before it
  const late = /^(.*?\S)[\s,]+(\d{4})$/.exec(rest.trim());
  const m = late ? [rest, late[2], late[1]!.replace(/\s+(?:in|of)$/i, '')] as const : /^(?:(?:in\s+)?(\d{4})\b)?[\s,]*(?:by\s+)?(.*)$/i.exec(rest.trim());
  if (!m) return undefined;
  const holder = m[2]!.replace(/^the\s+/i, '').trim();
  if (!m[1] && !holder) return undefined;
  return { article, ...(m[1] ? { year: m[1] } : {}), ...(holder ? { holder } : {}) };
}

const words = (s: string): string[] => normalizeTypography(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((w) => w && w !== 'the');

/** The copyright line of an article: its sentence, year and holder. */
function lineOf(ctx: CheckContext, art: ArticleInfo): { sentence: string; text: string; year: string; holder: string } | undefined {
  for (const s of sentencesOfKind(ctx, art.iri, 'Boilerplate')) {
    const text = anchorText(ctx.store, s);
    const m = /(?:^|\s)(?:\(c\)|\u00a9|copyright)\s+(\d{4})\s+([^.;]+?)\s*(?:[.;]|$)/i.exec(normalizeTypography(text));
    if (m) return { sentence: s, text, year: m[1]!, holder: m[2]!.replace(/^the\s+/i, '') };
  }
  return undefined;
}

/**
 * Reads and decides a claim about an article's copyright line; undefined when it is none.
 *
 * @example
 * ```ts
 * checkCopyright(ctx, "The League story's copyright belongs to the Harbour Desk.")?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function checkCopyright(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const plain = normalizeTypography(text).trim().replace(/[.!?]+$/, '').replace(/\(c\)/gi, 'copyright');
  if (!/copyright|\u00a9/i.test(plain)) return undefined;
  for (const form of FORMS) {
    const said = form(plain);
    if (!said) continue;
    const arts = resolveArticle(ctx, tokenize(said.article, ctx.morph));
    if (arts?.length !== 1) continue;
    const art = arts[0]!;
    const line = lineOf(ctx, art);
    const why: string[] = [];
    let verdict: Verdict = 'SUPPORTED';
    if (!line) {
      verdict = 'NOT_ENOUGH_INFO';
      why.push('the page prints no copyright line');
    } else {
      if (said.year && said.year !== line.year) verdict = 'REFUTED', why.push(`its year is ${line.year}, not ${said.year}`);
      if (said.holder) {
        const claimed = words(said.holder);
        const held = words(line.holder);
        if (claimed.join(' ') === held.join(' ')) why.push(`it names ${line.holder}`);
        else if (!claimed.some((w) => held.includes(w))) verdict = 'REFUTED', why.push(`it names ${line.holder}, not ${said.holder}`);
        else if (verdict !== 'REFUTED') verdict = 'NOT_ENOUGH_INFO', why.push(`it names ${line.holder}, which "${said.holder}" may or may not be`);
      }
      if (said.year && said.year === line.year) why.push(`its year is ${line.year}`);
    }
    const interpretation: Interpretation = {
      subject: { kind: 'entity', iri: art.iri, label: art.headline }, predicate: `${NS.schema}copyrightHolder`, predicateName: 'copyrightHolder',
      object: { kind: 'string', value: said.holder ?? said.year ?? '' }, polarity: 'positive', modality: 'stated',
      qualifiers: {}, pattern: 'article copyright line',
    };
    const stance = verdict === 'SUPPORTED' ? 'supports' as const : verdict === 'REFUTED' ? 'refutes' as const : 'related' as const;
    const explanation = `${verdict === 'SUPPORTED' ? 'Supported' : verdict === 'REFUTED' ? 'Refuted' : 'Not enough information'} by the copyright line of "${art.headline}"${line ? ` ("${line.text}")` : ''} (a copyright line names one holder and one year): ${why.join('; ')}.`;
    return { interpretation, evaluation: { verdict, reason: 'article-metadata', conflict: false, bearings: line ? [{ claim: pseudoClaim(art.iri, [line.sentence]), stance, reason: 'article-metadata', note: why.join('; ') }] : [], explanation } };
  }
  return undefined;
}
