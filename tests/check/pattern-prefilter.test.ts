import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../src/errors.js';
import { compilePattern, matchPattern } from '../../src/check/pattern.js';
import { parseClaim } from '../../src/check/parser.js';
import { dropIgnorable, tokenize } from '../../src/check/text.js';
import type { CheckValue } from '../../src/check/types.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture();
const toks = (text: string) => dropIgnorable(tokenize(text, ctx.morph), ctx.morph);

describe('pattern pre-filter', () => {
  it('keeps one word of each branch of a required choice, none for an optional one or a branch without a word', () => {
    const p = compilePattern('{s} (hosted|hosts) {o}', ctx.morph);
    expect(p.required).toEqual([]);
    expect(p.requiredAny.map((ws) => ws.map((w) => w.word))).toEqual([['hosted', 'hosts']]);
    expect(compilePattern('{s} [hosted|hosts] {o}', ctx.morph).requiredAny).toEqual([]);
    expect(compilePattern('{s} (hosted|{o}) {o}', ctx.morph).requiredAny).toEqual([]);
  });
  it('skips the slot search when no branch word occurs, and still matches when one does', () => {
    const p = compilePattern('{s} (hosted|hosts) {o}', ctx.morph);
    let asked = 0;
    const env = (text: string) => ({
      tokens: toks(text),
      adjuncts: [],
      slotValues: (_name: string, start: number, end: number): CheckValue[] => {
        asked++;
        return end - start === 1 ? [{ kind: 'string', value: String(start) }] : [];
      },
    });
    expect(matchPattern(p, env('Acme visited Zed'))).toEqual([]);
    expect(asked).toBe(0);
    expect(matchPattern(p, env('Acme hosted Zed')).length).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(0);
  });
});

describe('parseClaim memo', () => {
  it('gives the same reading again and throws the same error again', () => {
    const text = 'Freedonia is not a member of the League.';
    const a = parseClaim(ctx, text);
    expect(parseClaim(ctx, text)).toBe(a);
    expect(a.readings[0]!.interpretation.polarity).toBe('negative');
    const bad = 'Quibble wibble the zorp.';
    const err = (() => { try { parseClaim(ctx, bad); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(ClaimgraphError);
    expect(() => parseClaim(ctx, bad)).toThrow(err as Error);
  });
});
