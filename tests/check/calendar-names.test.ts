import { describe, expect, it } from 'vitest';
import {
  MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_NAMES_LOWER, MONTH_OR_ABBREV, MONTH_WORD, WEEKDAY_NAMES, WEEKDAY_WORD, monthNumber,
} from '../../src/check/calendar-names.js';

describe('calendar names', () => {
  it('index months as dates number them and weekdays as getUTCDay does', () => {
    expect(MONTH_NAMES[0]).toBe('January');
    expect(MONTH_NAMES[11]).toBe('December');
    expect(MONTH_NAMES_LOWER[4]).toBe('may');
    // 2015-12-13 was a Sunday
    expect(WEEKDAY_NAMES[new Date('2015-12-13T00:00:00Z').getUTCDay()]).toBe('Sunday');
  });

  it('match whole month and weekday words only', () => {
    const month = new RegExp(`^${MONTH_WORD}$`, 'i');
    expect(month.test('December')).toBe(true);
    expect(month.test('Dec')).toBe(false);
    expect(new RegExp(`^${WEEKDAY_WORD}$`, 'i').test('saturday')).toBe(true);
  });

  it('capture a full name before its abbreviation, the period outside the group', () => {
    const re = new RegExp(`^${MONTH_OR_ABBREV}$`, 'i');
    expect(re.exec('June')?.[1]).toBe('June');
    expect(re.exec('Sept.')?.[1]).toBe('Sept');
    expect(re.exec('Sep')?.[1]).toBe('Sep');
    expect(re.exec('Dec.')?.[1]).toBe('Dec');
    expect(re.test('Mayo')).toBe(false);
    expect(MONTH_ABBREVIATIONS).not.toContain('may');
  });

  it('number months by their first three letters, any case, 0 for no month', () => {
    expect(monthNumber('December')).toBe(12);
    expect(monthNumber('sept.')).toBe(9);
    expect(monthNumber('JAN')).toBe(1);
    expect(monthNumber('Smarch')).toBe(0);
  });
});
