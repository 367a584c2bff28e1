/**
 * "The Zenda story was written by a Freedonian" (round 23): a demonym after "written by a" names
 * no writer, it says where the article's writer is from, which the reader reads as "The author of
 * the Zenda story is Freedonian" (cg:nationality of the byline's author; src/check/metadata.ts
 * reads no place as a writer). Only a demonym of one country of the graph and a phrase naming one
 * article are read; a denial ("was not written by") is left to the other readers.
 */
import { resolveArticle } from './articles.js';
import { isA } from './claim-index.js';
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';

const WRITTEN_BY = /^(?:the\s+)?(.+?)\s+(?:was|is)\s+(?:written|authored)\s+by\s+an?\s+([A-Z][\w-]*)\s*\.?$/i;

/**
 * The claim as the nationality of the article's author; undefined when it is no such claim.
 *
 * @example
 * ```ts
 * demonymAuthorRewrite(ctx, 'The Zenda story was written by a Freedonian.');
 * // 'The author of the Zenda story is Freedonian.'
 * ```
 */
export function demonymAuthorRewrite(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  if (!/\bby\s+an?\s+[A-Z]/.test(t)) return undefined;
  const m = WRITTEN_BY.exec(t);
  if (!m) return undefined;
  const place = resolveMention(ctx, dropIgnorable(tokenize(m[2]!, ctx.morph), ctx.morph));
  if (place.length !== 1 || place[0]!.kind !== 'entity' || !isA(ctx, place[0]!.iri, `${NS.cg}Country`)) return undefined;
  if (resolveArticle(ctx, tokenize(m[1]!, ctx.morph))?.length !== 1) return undefined;
  return `The author of the ${m[1]} is ${m[2]}.`;
}
