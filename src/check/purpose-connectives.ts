/**
 * Purpose and manner connectives said in the words the purpose readers take (round 12; those
 * readers decide: src/check/purpose.ts, purpose-frames.ts, purpose-words.ts, focus.ts, means.ts):
 *
 * - "partly", "partially", "in part" before a purpose ("is partly intended to V"): one purpose
 *   among others is what every purpose reading already means, so the word is dropped ("mainly"
 *   is not: a main purpose is read as such);
 * - "is to be used to / for", "will be used for", "will be spent on": "is meant to / for";
 * - "with a view to V-ing", "for the purpose / sake of V-ing", "with the goal / intention / object of
 *   V-ing", "in the hope of V-ing": "for V-ing"; "goes / went towards V-ing": "is / was meant for
 *   V-ing" (round 38); "in an effort / a bid / an attempt to V" after a
 *   deed: "in order to V" (round 26);
 * - a list of purposes with "to" said again ("to repair roads and to develop the airport"): "and
 *   develop", the list the purpose patterns read;
 * - "through / via V-ing" (manner): "by V-ing";
 * - "X's focus on F serves / is meant / aims to P": "X focused on F in order to P";
 * - "Through / Via X, Y would gain / get / obtain Z" (and "Y would gain Z through X"): "X would give
 *   Y Z", the converse verb the patterns read.
 *
 * Each rewrite is rechecked; the verdict is the graph's on the claim in those words.
 */
import type { CheckContext } from './context.js';
import { mainPurposeAdverbs } from './lexicon-words.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { agreeingRewrites } from './package-names.js';
import { combineParts } from './rank-words.js';
import type { CheckResult } from './types.js';
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

const PURPOSE_WORD = String.raw`(?:intended|meant|designed|aimed|earmarked|geared|targeted|destined|used|for|to)\b`;
const GAIN = String.raw`(?:gain|gains|gained|get|gets|got|obtain|obtains|obtained|win|wins|won|acquire|acquires|acquired|secure|secures|secured)`;
const MODAL = String.raw`(?:(?<modal>would|will|could|may|might|should)\s+)?`;

/**
 * The claim with its purpose and manner connectives in the words the purpose readers take;
 * undefined when nothing changes.
 *
 * @example
 * ```ts
 * purposeConnectiveRewrite(ctx, "Freedonia's aid to Sylvania is partly intended to repair canals and to build roads.");
 * // "Freedonia's aid to Sylvania is intended to repair canals and build roads."
 * ```
 */
export function purposeConnectiveRewrite(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  let out = t;
  out = out.replace(cachedRegExp(String.raw`\b(?:partly|partially|in\s+part)\s+(?=${PURPOSE_WORD})`, 'gi'), '');
  out = out.replace(/\b(?:is|are|was|were|will\s+be|would\s+be)\s+(?:spent|used)\s+on\b/gi, 'is meant for')
    .replace(/\b(is|are|was|were)\s+to\s+be\s+used\s+(to|for)\b/gi, '$1 meant $2').replace(/\b(?:will|would)\s+be\s+used\s+(to|for)\b/gi, 'is meant $1');
  out = out.replace(/\b(?:with\s+(?:a\s+view|an\s+eye)\s+to(?:wards?)?|for\s+the\s+(?:purpose|sake)\s+of|with\s+the\s+(?:goal|intention|object|objective|aim)\s+of|in\s+the\s+hope\s+of)\s+(?=[a-z]+ing\b)/gi, 'for ');
  // round 26 (words26): "in an effort / a bid / an attempt to V" after a deed is its purpose, as
  // "in order to V" says (the deed itself is stated: the effort is the purpose's, not the deed's)
  out = out.replace(/(?<=\S\s)in\s+(?:an\s+effort|a\s+bid|an\s+attempt)\s+to\s+(?=[a-z]+\s)/gi, 'in order to ');
  // "to V1 X and to V2 Y": the second "to" of a list of purposes
  const first = /\bto\s+[a-z]+\s+\S/i.exec(out);
  if (first) out = out.slice(0, first.index + 3) + out.slice(first.index + 3).replace(/\s+and\s+to\s+(?=[a-z]+\s)(?![a-z]+ing\b)/gi, ' and ');
  // round 25: a purpose gerund after a participle of purpose said with "is" ("was meant for /
  // geared towards / devoted to V-ing") or a goal had ("had the goal of V-ing"): "was aimed at
  // V-ing", the words the purpose readers take; after a clause without "is" ("X gave Y $5m aimed
  // at / intended for V-ing"), "for V-ing"
  out = out.replace(/\b(is|are|was|were)\s+(?:meant|intended|designed|geared|directed|tailored|devoted|dedicated)\s+(?:for|to|toward|towards)\s+(?=[a-z]+ing\b)/gi, '$1 aimed at ')
    .replace(/\b(?:has|have|had)\s+the\s+(?:goal|aim|objective|purpose|intention)\s+of\s+(?=[a-z]+ing\b)/gi, (w) => (/^had/i.test(w) ? 'was aimed at ' : 'is aimed at '))
    .replace(/(?<!\b(?:is|are|was|were|be|been|being)\s+)\b(?:aimed\s+at|intended\s+for|meant\s+for|designed\s+for|geared\s+(?:to|toward|towards)|devoted\s+to|dedicated\s+to)\s+(?=[a-z]+ing\b)/gi, 'for ');
  out = out.replace(/\b(?:through|via)\s+(?=[a-z]+ing\b)/gi, 'by ');
  // round 38: money that "goes / went towards V-ing" is money meant for it (a part of it too: "Part
  // of the aid goes towards ..." is then the part shape src/check/purpose-parts.ts reads); only
  // before a lower-case gerund, where "towards" cannot be a place (nor a town named "...ing")
  out = out.replace(/\b(?:(?:will|would)\s+go|goes|go|went)\s+towards?\s+(?=[a-z]+ing\b)/g, (w) => `${/^went/i.test(w) ? 'was' : /^goes/i.test(w) ? 'is' : /^go/i.test(w) ? 'are' : 'will be'} meant for `);
  // "X's focus on F serves to P": the focus as its verb, the purpose as "in order to"
  out = out.replace(/^(.+?)(?:'s)\s+focus\s+on\s+(.+?)\s+(?:serves|served|is\s+meant|was\s+meant|is\s+intended|was\s+intended|is\s+designed|aims|aimed|seeks|sought)\s+to\s+(?=[a-z]+\s)/i, '$1 focused on $2 in order to ');
  // "X's tour of Y was mainly for P", "X went to Y mainly for P": the visit with its purpose
  const main = mainPurposeAdverbs(ctx).alternation;
  out = out.replace(cachedRegExp(String.raw`^(.+?)'s\s+(?:(?:state|official|week-long|high-profile)\s+)?(?:visit|trip|tour|journey)\s+(?:to|of)\s+(.+?)\s+(?:was|is)\s+((?:${main})\s+)?for\s+(?=[a-z])`, 'i'), '$1 visited $2 $3for ')
    .replace(cachedRegExp(String.raw`^(.+?)\s+(?:went|travelled|traveled|came|flew)\s+to\s+(.+?)\s+((?:${main})\s+)?for\s+(?=[a-z]+ing\b|[a-z]+\s+[a-z]+$)`, 'i'), '$1 visited $2 $3for ');
  // "Through X, Y would gain Z" -> "X would give Y Z" (the modal kept)
  const front = cachedRegExp(String.raw`^(?:through|via|thanks\s+to)\s+(?<giver>[^,]+),\s*(?<receiver>.+?)\s+${MODAL}${GAIN}\s+(?<thing>.+)$`, 'i').exec(out)
    ?? cachedRegExp(String.raw`^(?<receiver>.+?)\s+${MODAL}${GAIN}\s+(?<thing>.+?)\s+(?:through|via|thanks\s+to)\s+(?<giver>.+)$`, 'i').exec(out);
  if (front) {
    const g = front.groups!;
    const give = g.modal ? `${g.modal.trim()} give` : 'gives';
    out = `${g.giver!.replace(/^[a-z]/, (c) => c.toUpperCase())} ${give} ${g.receiver} ${g.thing!.replace(/[.!]$/, '')}`;
  }
  return out !== t ? out : undefined;
}

/**
 * "X would give Y its first route to Z" (what "Through X, Y would gain ..." says): X runs from Y to
 * Z, two statements ("X would run from Y", "X would run to Z"); empty for any other claim.
 *
 * @example
 * ```ts
 * routeParts('The canal would give Freedonia its first route to the sea.'); // ['The canal will run from Freedonia', 'The canal will run to the sea']
 * routeParts("The canal would open Freedonia's first route to the sea."); // the same two
 * ```
 */
export function routeParts(text: string): string[] {
  // "X is designed / meant to carry gas from Y to Z": what it is built for is where it will run
  // round 16: "is being built to carry ...", and a source with no end ("meant to carry gas from Y")
  const carry = /^(.+?)\s+(?:is|was|are|were)\s+(?:being\s+)?(?:designed|intended|meant|built|supposed|planned|set)\s+to\s+(?:carry|deliver|take|bring|transport|ship|pipe|send|move)\s+(?:([A-Z][a-z]+)\s+)?gas(?:\s+from\s+(.+?))?(?:\s+to\s+(.+?))?[.!]?$/.exec(normalizeTypography(text).trim());
  if (carry && (carry[3] ?? carry[2] ?? carry[4]) && !/\b(?:not|never|no)\b/i.test(text)) {
    const from = carry[3] ?? carry[2];
    return [...(from ? [`${carry[1]} will carry gas from ${from}`] : []), ...(carry[4] ? [`${carry[1]} will carry gas to ${carry[4]}`] : [])];
  }
  const said = normalizeTypography(text).trim();
  const m = /^(.+?)\s+(?:(would|will|could|may|might)\s+)?(?:give|gives|gave|provide|provides|provided|offer|offers|offered)\s+(.+?)\s+(?:(?:its|their|a|an|the)\s+)?(?:(?:first|new|only|main|own)\s+)?(?:(?:export|gas|trade|transit|direct)\s+)?route\s+to\s+(.+?)[.!]?$/i.exec(said)
    ?? openedRoute(said);
  if (!m || /\b(?:not|never|no)\b/i.test(text)) return [];
  // "would" as the expectation's "will" (the patterns' marker)
  const v = !m[2] ? 'runs' : /^(?:would|will)$/i.test(m[2]) ? 'will run' : 'may run';
  return [`${m[1]} ${v} from ${m[3]}`, `${m[1]} ${v} to ${m[4]}`];
}

// (round 41) "X would open Y's first route to Z", "X will open a route to Z for Y": opening Y a
// route is giving Y one; said in the groups of the "give" shape (X, modal, Y, Z)
const OPEN_OWNED = /^(.+?)\s+(?:(would|will|could|may|might)\s+)?(?:open|opens|opened|open\s+up|opens\s+up|opened\s+up)\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)(?:'s|\u2019s)\s+(?:(?:first|new|only|main|own)\s+)?(?:(?:export|gas|trade|transit|direct)\s+)?route\s+to\s+(.+?)[.!]?$/;
const OPEN_FOR = /^(.+?)\s+(?:(would|will|could|may|might)\s+)?(?:open|opens|opened|open\s+up|opens\s+up|opened\s+up)\s+(?:a|an|the)\s+(?:(?:first|new|only|main)\s+)?(?:(?:export|gas|trade|transit|direct)\s+)?route\s+to\s+(.+?)\s+for\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)[.!]?$/;
function openedRoute(text: string): string[] | undefined {
  const owned = OPEN_OWNED.exec(text);
  if (owned) return [owned[0], owned[1]!, owned[2]!, owned[3]!, owned[4]!] as string[];
  const forY = OPEN_FOR.exec(text);
  return forY ? [forY[0], forY[1]!, forY[2]!, forY[4]!, forY[3]!] as string[] : undefined;
}

/**
 * The reader of purpose and manner connectives (table entry `purpose-connective`): the claim said
 * with the connectives the purpose readers take, rechecked (an undecided reading is held).
 */
export async function readPurposeConnective({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const said = purposeConnectiveRewrite(ctx, text);
  const route = routeParts(said ?? text);
  if (route.length) {
    const read: Array<{ part: string; r: CheckResult }> = [];
    for (const part of route) {
      const r = await recheck(part);
      if (r) read.push({ part, r });
    }
    if (read.length === route.length) {
      const r = combineParts(text, read, 'a route given as the pipeline\'s two ends');
      return r.verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r };
    }
  }
  return said ? agreeingRewrites(text, [{ claim: said, note: 'purpose and manner connectives in the words the purpose readers take' }], recheck) : undefined;
}
