/**
 * A name after its title ("Freedonian Prime Minister Rufus Firefly attended the gala", the way
 * the articles themselves name an office holder): read as the name with the title in apposition
 * ("Rufus Firefly, Freedonian Prime Minister, attended ..."), which the compound reader checks as two
 * statements: the person holds the office, and the person did it (src/check/compound.ts). Only an
 * office the graph knows directly followed by a person it knows is moved; the title is never
 * dropped, so a wrong title ("Sylvanian President Rufus Firefly") is checked, not ignored.
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { keyOf, normalizeTypography, tokenize, type Token } from './text.js';
import { readingMemo } from './text-memo.js';

// the longest title and name looked at, in tokens ("Vice President of the Freedonia")
const MAX_TITLE = 7;
const MAX_NAME = 5;

/**
 * The claim with its first "<office> <person>" said as "<person>, <office>,"; undefined when it has
 * none.
 *
 * @example
 * ```ts
 * titledNameRewrite(ctx, 'Freedonian Prime Minister Rufus Firefly visited Sylvania.');
 * // 'Rufus Firefly, Freedonian Prime Minister, visited Sylvania.'
 * ```
 */
export function titledNameRewrite(ctx: CheckContext, text: string): string | undefined {
  // asked of the same text by several readers and by each recheck: kept per reading key, shared
  // with the contexts derived to judge otherwise (it only reads; text-memo.ts, round 38)
  return rewrites(ctx, text, () => titledNameUncached(ctx, text));
}

const rewrites = readingMemo<string | undefined>();

function titledNameUncached(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text);
  const toks = tokenize(t, ctx.morph);
  for (let i = 0; i < toks.length; i++) {
    const after = roleOfState(ctx, t, toks, i);
    if (after) return after;
    for (let j = Math.min(toks.length - 1, i + MAX_TITLE); j > i; j--) {
      // a title is one noun phrase: a comma inside it joins two list members ("Freedonian President
      // Rufus, Sylvanian Prime Minister Groucho": "President, Sylvanian" named an office, and the
      // name after it, "Prime Minister Groucho", was moved as a person; round 31)
      if (t.slice(toks[i]!.start, toks[j - 1]!.end).includes(',')) continue;
      const office = resolveMention(ctx, toks.slice(i, j));
      if ((office.length !== 1 || !isA(ctx, office[0]!.iri, `${NS.cg}Office`)) && !stateRoleTitle(ctx, toks.slice(i, j))) continue;
      for (let k = Math.min(toks.length, j + MAX_NAME); k > j; k--) {
        const person = resolveMention(ctx, toks.slice(j, k));
        if (person.length !== 1 || !isA(ctx, person[0]!.iri, `${NS.cg}Person`)) continue;
        // an office already set off by commas ("Sylvania's president, Rufus Firefly, hosted ..."):
        // its commas are not said twice (round 14: ", ," left a bare name as a third statement)
        const title = t.slice(toks[i]!.start, toks[j - 1]!.end).replace(/\s*,$/, '');
        const name = t.slice(toks[j]!.start, toks[k - 1]!.end).replace(/^,\s*/, '').replace(/\s*,$/, '');
        const rest = t.slice(toks[k - 1]!.end).trim().replace(/^,\s*/, '');
        return `${t.slice(0, toks[i]!.start)}${name}, ${title}, ${rest}`;
      }
      break;
    }
  }
  return undefined;
}

/**
 * "Marsovia's prime minister", "Marsovian Prime Minister": a role word of the lexicon's offices
 * after one country (round 18), an office the graph may name no entity of; the title is kept, so
 * src/check/state-office.ts checks it against the person's offices.
 */
function stateRoleTitle(ctx: CheckContext, span: readonly Token[]): boolean {
  for (let r = 1; r < span.length; r++) {
    // a hyphenated role ("vice-president") is the role's words ("vice president")
    if (span[r]!.raw === '-' || !ctx.offices.has(keyOf(span.slice(r).filter((t) => t.raw !== '-')))) continue;
    const state = span.slice(0, r).filter((t, n, all) => !(n === all.length - 1 && /^'s$/i.test(t.raw)));
    const named = resolveMention(ctx, state);
    if (named.length === 1 && isA(ctx, named[0]!.iri, `${NS.cg}Country`)) return true;
  }
  return false;
}

/**
 * "President Rufus Firefly of Freedonia V ...": a bare role, a person, "of" and the state, said as
 * "Rufus Firefly, President of Freedonia, V ..." (round 11); undefined when the words at `i` are not
 * that, or the role and state name no office the graph knows.
 */
function roleOfState(ctx: CheckContext, t: string, toks: readonly Token[], i: number): string | undefined {
  for (let j = Math.min(toks.length - 3, i + 3); j > i; j--) {
    if (!ctx.offices.has(keyOf(toks.slice(i, j)))) continue;
    for (let k = Math.min(toks.length - 2, j + MAX_NAME); k > j; k--) {
      if (toks[k]!.norm !== 'of') continue;
      const person = resolveMention(ctx, toks.slice(j, k));
      if (person.length !== 1 || !isA(ctx, person[0]!.iri, `${NS.cg}Person`)) continue;
      for (let m = Math.min(toks.length, k + 1 + MAX_NAME); m > k + 1; m--) {
        const office = resolveMention(ctx, [...toks.slice(i, j), ...toks.slice(k, m)]);
        // or a role of one country the graph names no office of ("Vice President Rufus Firefly of
        // Marsovia", round 19): the title is kept for src/check/state-office.ts to check
        const state = office.length ? [] : resolveMention(ctx, toks.slice(k + 1, m));
        const stateRole = state.length === 1 && isA(ctx, state[0]!.iri, `${NS.cg}Country`);
        if (!stateRole && (office.length !== 1 || !isA(ctx, office[0]!.iri, `${NS.cg}Office`))) continue;
        const title = `${t.slice(toks[i]!.start, toks[j - 1]!.end)} ${t.slice(toks[k]!.start, toks[m - 1]!.end)}`;
        const name = t.slice(toks[j]!.start, toks[k - 1]!.end);
        return `${t.slice(0, toks[i]!.start)}${name}, ${title}, ${t.slice(toks[m - 1]!.end).trim()}`;
      }
    }
  }
  return undefined;
}
