// One memo key for a context and the contexts derived from it to judge otherwise
// (src/check/context-base.ts), and the premise that makes it sound: reading a text does not
// depend on the fields those contexts change.
import { describe, expect, it } from 'vitest';
import { JUDGING_FIELDS, readingKey } from '../../src/check/context-base.js';
import { partContext } from '../../src/check/compound-readers.js';
import { scopedContext, type CheckContext } from '../../src/check/context.js';
import { parseClaim } from '../../src/check/parser.js';
import { resolveMention } from '../../src/check/resolver.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const CLAIMS = [
  'Freedonia is a member of the League.',
  'Freedonia is not a member of the League.',
  'Rufus Firefly is the President of Freedonia.',
  'The canal pipeline costs $10bn.',
  'Marsovia began the process of joining the League in July 2005.',
  'Gloria Teasdale visited Sylvania in 2001.',
  'Freedonia and Sylvania are members of the League.',
  'Freedonia spurned the League.',
  'Sylvania kept away from the League.',
  'It took the Acme Development Bank two months after the Founders Gala to open.',
];

/** What a parse gives, as plain data: its readings, or its error's message. */
function parsed(ctx: CheckContext, text: string): unknown {
  try {
    return JSON.parse(JSON.stringify(parseClaim(ctx, text)));
  } catch (err) {
    return { unread: (err as Error).message };
  }
}

describe('readingKey', () => {
  const { ctx } = checkFixture();

  it('is one key for a context and the contexts derived from it by the judging fields', () => {
    const derived: CheckContext[] = [
      { ...ctx, present: true },
      { ...ctx, present: false, perfect: true },
      { ...ctx, asOf: { period: '2015', mention: 'as of 2015' } } as CheckContext,
      scopedContext(ctx, { kind: 'reader' }),
      partContext(ctx),
      { ...scopedContext(ctx, { kind: 'author' }), present: undefined, perfect: undefined },
    ];
    for (const d of derived) expect(readingKey(d)).toBe(readingKey(ctx));
    expect(JUDGING_FIELDS).toEqual(['scope', 'asOf', 'present', 'perfect']);
  });

  it('is another key for a context that reads otherwise (any other field not the same object)', () => {
    expect(readingKey({ ...ctx, labelIndex: new Map(ctx.labelIndex) })).not.toBe(readingKey(ctx));
    expect(readingKey({ ...ctx, morph: { ...ctx.morph } })).not.toBe(readingKey(ctx));
    expect(readingKey(checkFixture().ctx)).not.toBe(readingKey(ctx));
  });

  it('the premise: a text parses and names the same in a derived context as in its base', () => {
    // a second context of its own: its memos fill first in the derived contexts
    const other = checkFixture().ctx;
    const derived: CheckContext[] = [
      { ...other, present: true, perfect: false },
      { ...other, asOf: { period: '2000', mention: 'as of 2000' } } as CheckContext,
      scopedContext(other, { kind: 'agent', iris: [...ctx.entityLabel.keys()].slice(0, 1), label: 'one' }),
      { ...other, perfect: true },
    ];
    CLAIMS.forEach((claim, i) => {
      const d = derived[i % derived.length]!;
      expect(parsed(d, claim), claim).toEqual(parsed(ctx, claim));
      const span = tokenize(claim.split(' ').slice(0, 2).join(' '), ctx.morph);
      expect(resolveMention(d, span), claim).toEqual(resolveMention(ctx, span));
    });
  });
});
