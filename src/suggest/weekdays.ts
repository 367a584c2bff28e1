/**
 * A weekday named in a news report ("opened on Saturday", "at a ceremony ... on Sunday") is the
 * last such day up to the day the article was published: news tells what happened in the week
 * before. Not read in a clause about the future ("will meet on Monday", "next Monday").
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Words before a weekday, in its clause, that point forward ("will", "next", "set to"). */
const FORWARD = /\b(will|shall|next|set to|due to|to be|is to|are to|going to|coming)\b[^,;.]*$/i;

/**
 * The date (YYYY-MM-DD) a weekday word stands for in a sentence of an article published on
 * `published`; undefined when the word is no weekday, the clause points forward or the article
 * has no date.
 *
 * @example
 * ```ts
 * weekdayDate('Saturday', '2016-01-18', 'The bank opened on '); // '2016-01-16'
 * ```
 */
export function weekdayDate(word: string, published: string | undefined, before: string): string | undefined {
  const day = WEEKDAYS.indexOf(word.toLowerCase());
  const m = published && /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (day < 0 || !m || !/\bon\s+$/i.test(before) || FORWARD.test(before)) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() - day + 7) % 7));
  return date.toISOString().slice(0, 10);
}

/** Whether a word is the name of a weekday. */
export function isWeekday(word: string): boolean {
  return WEEKDAYS.includes(word.toLowerCase());
}
