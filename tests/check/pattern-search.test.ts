import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../src/errors.js';
import { compilePattern, matchPattern, mayStartAt, type PatternNode } from '../../src/check/pattern.js';
import { parseClaim } from '../../src/check/parser.js';
import { dropIgnorable, tokenize } from '../../src/check/text.js';
import type { CheckValue } from '../../src/check/types.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture();
const toks = (text: string) => dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
const tok = (word: string) => toks(word)[0];

describe('mayStartAt (the adjunct pre-filter of the matcher)', () => {
  it('rules out a pattern only when its first token must be one of its words', () => {
    expect(mayStartAt(compilePattern('in {year}', ctx.morph), tok('worth'))).toBe(false);
    expect(mayStartAt(compilePattern('in {year}', ctx.morph), tok('in'))).toBe(true);
    expect(mayStartAt(compilePattern('in {year}', ctx.morph), undefined)).toBe(false);
    // a slot first, or a pattern that may consume nothing: anything may start it
    expect(mayStartAt(compilePattern('{amount}', ctx.morph), tok('worth'))).toBe(true);
    expect(mayStartAt(compilePattern('[in] [the]', ctx.morph), tok('worth'))).toBe(true);
    // optional and chosen openings: any of their words, and the word after an optional part
    const p = compilePattern('[in order|so as] to (fund|build) {purpose}', ctx.morph);
    for (const w of ['in', 'so', 'to']) expect(mayStartAt(p, tok(w))).toBe(true);
    expect(mayStartAt(p, tok('fund'))).toBe(false);
    expect(mayStartAt(compilePattern('(for|{purpose}) x', ctx.morph), tok('worth'))).toBe(true);
  });
  it('reads derived alternatives of a word live, also when they are added after its first use', () => {
    const p = compilePattern('worth {amount}', ctx.morph);
    expect(mayStartAt(p, tok('valued'))).toBe(false);
    (p.nodes[0] as Extract<PatternNode, { t: 'lit' }>).alts = new Set([tok('valued')!.norm]);
    expect(mayStartAt(p, tok('valued'))).toBe(true);
  });
});

describe('matchPattern search order', () => {
  const env = (text: string, limit?: number, asked: string[] = []) => ({
    tokens: toks(text),
    adjuncts: [compilePattern('in {year}', ctx.morph)],
    ...(limit ? { limit } : {}),
    slotValues: (name: string, start: number, end: number): CheckValue[] => {
      asked.push(`${name}:${start}-${end}`);
      return name === 'year' ? (end - start === 1 && /^\d+$/.test(toks(text)[start]!.raw) ? [{ kind: 'year', value: toks(text)[start]!.raw }] : []) : [{ kind: 'string', value: `${start}-${end}` }];
    },
  });
  it('gives matches depth first, shorter first slots first, and stops at the limit', () => {
    const all = matchPattern(compilePattern('{a} {b}', ctx.morph), env('p q r s'));
    expect(all.map((m) => `${m.spans.a}|${m.spans.b}`)).toEqual(['0,1|1,4', '0,2|2,4', '0,3|3,4']);
    const two = matchPattern(compilePattern('{a} {b}', ctx.morph), env('p q r s', 2));
    expect(two).toEqual(all.slice(0, 2));
  });
  it('reads an adjunct between parts, and asks no slot of an adjunct that cannot start where it is tried', () => {
    const asked: string[] = [];
    const ms = matchPattern(compilePattern('{a} joined {b}', ctx.morph), env('p joined q in 2001', undefined, asked));
    expect(ms.some((m) => m.bindings.year?.kind === 'year' && m.adjunctTokens === 2)).toBe(true);
    // the adjunct's year slot is read only after an "in"
    expect(asked.filter((a) => a.startsWith('year:')).every((a) => a.startsWith('year:4-'))).toBe(true);
  });
});

describe('the second reading run (unknown names allowed)', () => {
  it('still reads an unknown name when the first run found nothing', () => {
    expect(parseClaim(ctx, 'Atlantis is a member of the League.').readings[0]!.interpretation.subject).toEqual({ kind: 'unknown-entity', mention: 'Atlantis' });
  });
  it('still says which part could not be read when no span reads as an unknown name either', () => {
    const err = (() => { try { parseClaim(ctx, 'the League is a member of quickly.'); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(ClaimgraphError);
    expect((err as ClaimgraphError).code).toBe('CHECK_UNINTERPRETABLE');
  });
});
