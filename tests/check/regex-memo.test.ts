// Expressions built from word lists at run time, compiled once per source and flags (src/check/regex-memo.ts)
import { describe, expect, it } from 'vitest';
import { cachedRegExp } from '../../src/check/regex-memo.js';

describe('cachedRegExp', () => {
  it('hands out one compiled expression per source and flags', () => {
    const words = ['joined', 'left'].join('|');
    const a = cachedRegExp(`^(.+?)\\s+(?:${words})\\s+(.+)$`, 'i');
    const b = cachedRegExp(`^(.+?)\\s+(?:${['joined', 'left'].join('|')})\\s+(.+)$`, 'i');
    expect(b).toBe(a);
    expect(a.exec('Freedonia JOINED the League')?.[2]).toBe('the League');
    expect(cachedRegExp(`^(.+?)\\s+(?:${words})\\s+(.+)$`)).not.toBe(a);
    expect(cachedRegExp(`^(.+?)\\s+(?:${words})\\s+(.+)$`).flags).toBe('');
  });

  it('hands out a global one with lastIndex 0, as a fresh one starts', () => {
    const re = cachedRegExp('\\bthe\\b', 'gi');
    expect(re.test('the League and the Pact')).toBe(true);
    expect(re.lastIndex).toBeGreaterThan(0);
    const again = cachedRegExp('\\bthe\\b', 'gi');
    expect(again).toBe(re);
    expect(again.lastIndex).toBe(0);
    expect([...'The League, the Pact'.matchAll(again)].length).toBe(2);
  });

  it('stays bounded: a full memo is cleared, and reads the same after', () => {
    const first = cachedRegExp('^Freedonia$');
    for (let i = 0; i < 5000; i++) cachedRegExp(`^name${i}$`);
    const later = cachedRegExp('^Freedonia$');
    expect(later).not.toBe(first);
    expect(later.test('Freedonia')).toBe(true);
  });
});
