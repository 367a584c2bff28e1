/**
 * An event named with a year (round 30, branch precision30): "the 2017 League summit" names the
 * League's summit of 2017. A recurring event (a yearly summit) is many events; the graph knows the
 * ones its sources speak of, each with its own time. The parser read the year before the name as
 * the claim's date and linked the name to the one summit it knows ("the 2017 League summit will
 * take place in Zenda" -> (Zenda, host of, the Zenda summit of 2016) [year 2017]), so the summit
 * of another year was refuted by the known one's date ("the source dates it 2016-06, not 2017"),
 * and its denial supported. A year that is part of the event's name and does not fall in the
 * linked event's time names another event, of which the graph says nothing: the reading is held,
 * never decided. A year that matches ("the 2016 League summit") is the known event, read as before.
 *
 * Only a year (or a month and year) written directly before the event's mention ("the 2017 League
 * summit", "2017's summit", "the June 2017 summit") is part of the name; a year elsewhere in the
 * claim ("the summit was held in 2017") is the claim's date, checked like any other. An event the
 * graph gives no time is left as it is (nothing tells the years apart).
 */
import { NS, type CheckContext } from './context.js';
import { isA } from './claim-index.js';
import { MONTH_OR_ABBREV, monthNumber } from './calendar-names.js';
import { timesOf } from './dated-mention.js';
import { asRelated } from './related-bearings.js';
import { normalizeTypography } from './text.js';
import type { CheckValue, Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

/** The entities a reading names (subject, object, qualifiers; each of a coordination). */
function namedEntities(q: Interpretation): Array<{ iri: string; label: string; mention?: string }> {
  const out: Array<{ iri: string; label: string; mention?: string }> = [];
  const add = (v: CheckValue | undefined): void => {
    if (!v) return;
    if (v.kind === 'entity') out.push(v);
    else if (v.kind === 'entities') out.push(...v.items);
  };
  add(q.subject);
  add(q.object);
  for (const v of Object.values(q.qualifiers)) add(v);
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The date (`2017`, `2017-06`) written directly before a mention in the claim ("the 2017 League
 * summit", "2017's League summit", "the June 2017 League summit"), or undefined.
 */
function yearBefore(text: string, mention: string): string | undefined {
  const name = escape(normalizeTypography(mention).replace(/^(?:the|a|an)\s+/i, '')).replace(/\s+/g, '\\s+');
  if (!name) return undefined;
  const m = cachedRegExp(`(?:\\b${MONTH_OR_ABBREV}\\s+)?\\b((?:1[5-9]|20)\\d\\d)(?:'s)?\\s+(?:the\\s+)?${name}\\b`, 'i').exec(text);
  if (!m) return undefined;
  const mon = m[1] ? monthNumber(m[1]) : 0;
  return `${m[2]}${mon ? `-${String(mon).padStart(2, '0')}` : ''}`;
}

/**
 * The evaluation of a reading that links an event named with another year than the event's
 * own: held (NOT_ENOUGH_INFO, its bearings kept as related) when it decided; else unchanged.
 *
 * @example
 * ```ts
 * // "The 2017 League summit will take place in Zenda", read against the Zenda summit of June 2016
 * holdOtherYearEvent(ctx, text, reading, refuted).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function holdOtherYearEvent(ctx: CheckContext, text: string, q: Interpretation, ev: Evaluation): Evaluation {
  if (ev.verdict === 'NOT_ENOUGH_INFO' && !ev.conflict) return ev;
  if (!/\b(?:1[5-9]|20)\d\d\b/.test(text)) return ev;
  const plain = normalizeTypography(text);
  for (const e of namedEntities(q)) {
    if (!e.mention || !isA(ctx, e.iri, `${NS.cg}Event`)) continue;
    const date = yearBefore(plain, e.mention);
    if (!date) continue;
    const times = timesOf(ctx, e.iri);
    // a time within the date said, or one coarser than it (a year for "June 2016"): the same event
    if (!times.length || times.some((t) => t.startsWith(date) || date.startsWith(t))) continue;
    return {
      verdict: 'NOT_ENOUGH_INFO', reason: 'qualifier', conflict: false,
      bearings: asRelated(ev.bearings),
      explanation: `Not enough information: "${date} ${e.mention}" names the event of ${date}, and the graph's ${e.label} is dated ${times.sort().join(', ')}: a recurring event of another time is another event, of which the graph says nothing. ${ev.explanation}`,
    };
  }
  return ev;
}
