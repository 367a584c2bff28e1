// The memo of slot readings (src/check/slot-memo.ts) rests on one premise: a reading depends on
// the span only through what its key holds. These tests fail when two spans that differ in a keyed
// part share a key, or when the parser's memoised readings differ from fresh ones.
import { describe, expect, it } from 'vitest';
import { parseClaim, readSlot } from '../../src/check/parser.js';
import { memoSlot, readingKind, spanKeys, TOKEN_FIELDS, type SpanShared } from '../../src/check/slot-memo.js';
import { dropIgnorable, tokenize, type Token } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture();
const toks = (text: string) => dropIgnorable(tokenize(text, ctx.morph), ctx.morph);

describe('span keys', () => {
  it('are equal for the same words wherever they stand', () => {
    expect(spanKeys(ctx, toks('Freedonia joined the League')).key(0, 1)).toBe(spanKeys(ctx, toks('So Freedonia signed')).key(1, 2));
  });

  it('differ when any keyed field of a token differs', () => {
    const base: Token = { raw: 'Acme', norm: 'acm', start: 0, end: 4, kind: 'word', cap: true };
    const changed: Partial<Record<keyof Token, unknown>> = {
      raw: 'ACME', norm: 'acme', kind: 'number', cap: false, indef: true, any: true, each: true, some: 2, whole: true, distributive: true, definite: true, initial: true,
    };
    const fields = Object.keys(TOKEN_FIELDS) as Array<keyof Token>;
    for (const f of fields.filter((k) => TOKEN_FIELDS[k] === 'value')) {
      expect(changed[f], `a changed value for ${f}`).toBeDefined();
      const other = { ...base, [f]: changed[f] } as Token;
      expect(spanKeys(ctx, [other]).key(0, 1), f).not.toBe(spanKeys(ctx, [base]).key(0, 1));
    }
  });

  it('are the same string when asked again for the same span', () => {
    const keys = spanKeys(ctx, toks('Freedonia joined the League'));
    expect(keys.key(0, 2)).toBe(keys.key(0, 2));
    expect(keys.key(0, 2)).not.toBe(keys.key(1, 2));
  });

  it('tell "Co-operation" from "Co - operation" (a hyphen inside a word is read as one word)', () => {
    const joined = toks('Co-operation');
    const spaced = toks('Co - operation');
    expect(joined.map((t) => t.raw)).toEqual(spaced.map((t) => t.raw));
    expect(spanKeys(ctx, joined).key(0, 3)).not.toBe(spanKeys(ctx, spaced).key(0, 3));
  });
});

describe('memoised slot readings', () => {
  it('run the reading once per key and context', () => {
    let runs = 0;
    const read = () => { runs++; return []; };
    memoSlot(ctx, readingKind('test|once'), 'span', read);
    memoSlot(ctx, readingKind('test|once'), 'span', read);
    expect(runs).toBe(1);
    // another kind of reading of the same span is another entry
    memoSlot(ctx, readingKind('test|other'), 'span', read);
    expect(runs).toBe(2);
  });

  it('give the parser the readings a fresh context gives, claim after claim', () => {
    const claims = ['Freedonia is a member of the League.', 'Freedonia is not a member of the League.', 'Sylvania and Freedonia are members of the League.', 'Grand Fenwick is a member of the League.'];
    const warm = claims.map((c) => { try { return parseClaim(ctx, c).readings; } catch (e) { return String(e); } });
    const fresh = claims.map((c) => { try { return parseClaim(checkFixture().ctx, c).readings; } catch (e) { return String(e); } });
    expect(warm).toEqual(fresh);
    // and readSlot itself, asked directly, agrees with the memo
    const span = toks('the League');
    expect(readSlot(ctx, 'entity', undefined, span, false, true).map((v) => v.kind)).toEqual(['entity']);
  });
});

// src/check/slot-memo.ts `spanShared`: what a span names is read once for every class of slot.
// Premise: the names a span gives and the offices of a group it names depend on the span alone,
// not on the slot's class or typing mode; this fails when a class-dependent step moves into them.
describe('the class-free part of an entity reading, shared by the classes of a span', () => {
  const phrases = [
    'Freedonia', 'the League', 'Sylvania and Freedonia', 'the President of Sylvania', 'the presidents of Ruritania',
    'the Ruritanian countries except Sylvania', 'two Ruritanian states', 'Grand Fenwick', 'Rufus T. Firefly', 'the author',
  ];
  const classes = [undefined, ...new Set([...ctx.axioms.domain.values(), ...ctx.axioms.range.values()])];
  // readings without the record, in a context of their own
  const other = checkFixture().ctx;

  it('gives every class and mode the readings it gives without it, whichever class fills it first', () => {
    expect(classes.length).toBeGreaterThan(3);
    for (const phrase of phrases) {
      const span = toks(phrase);
      for (const order of [classes, [...classes].reverse()]) {
        const shared: SpanShared = {};
        for (const cls of order) {
          for (const strict of [true, false]) {
            const alone = readSlot(other, 'entity', cls, span, false, strict);
            expect(readSlot(ctx, 'entity', cls, span, false, strict, shared), `${phrase} as ${cls ?? 'anything'}, strict ${strict}`).toEqual(alone);
          }
        }
        // the record was filled: later classes used it
        expect(shared.mentioned, phrase).toBeDefined();
      }
    }
  }, 300_000);
});
