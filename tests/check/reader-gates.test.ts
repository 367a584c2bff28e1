// Word gates of the readers (`needs` of an UNREAD_READERS entry, src/check/reader-gates.ts): a
// reader whose gate a text fails is not called, so the gate must be implied by the reader's own
// test. These tests fail when a gate and its reader disagree: a reader's own examples (the quoted
// claims of its `reads`) that its gate would turn away, or a text without the gate's word that the
// reader, called directly, still reads.
import { describe, expect, it } from 'vitest';
import { cg, literals } from '../../src/check/context-vocab.js';
import { mayRead, type ReaderInput, type UnreadReader } from '../../src/check/reader-kit.js';
import { lexiconGate, THAN_NEEDS } from '../../src/check/reader-gates.js';
import { UNREAD_READERS } from '../../src/check/readers.js';
import type { CheckResult } from '../../src/check/types.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();
const gated = UNREAD_READERS.filter((r) => r.needs);
const gateOf = (r: UnreadReader): RegExp => (typeof r.needs === 'function' ? r.needs(ctx) : r.needs!);
/** The quoted claims of a reader's `reads` ('"X called off his May 2015 visit to Y": ...'), not what it reads them as ('as "..."'). */
const examples = (r: UnreadReader): string[] => [...r.reads.matchAll(/"([^"]+)"/g)]
  .filter((m) => !/\bas\s*$/.test(r.reads.slice(0, m.index))).map((m) => m[1]!).filter((x) => /\s/.test(x));

describe('reader gates (needs)', () => {
  it('are declared by the readers whose own first test they are (round 24)', () => {
    const names = gated.map((r) => r.name);
    for (const n of ['named-day', 'calendar-part', 'called-off', 'other-unit', 'implied-party', 'clause-comparison', 'rank-comparison', 'superlative', 'have-comparison', 'negated-comparison']) {
      expect(names, n).toContain(n);
    }
  });

  it("let through every example of the reader's own description", () => {
    for (const r of gated) {
      const said = examples(r);
      expect(said.length, r.name).toBeGreaterThan(0);
      for (const x of said) expect(mayRead(r, x, ctx), `${r.name}: "${x}"`).toBe(true);
    }
  });

  it('turn away only texts the reader, called directly with a recheck that reads anything, does not read', async () => {
    // a recheck that supports every claim: a reader past its own first test would return something
    const anything = async (claim: string): Promise<CheckResult> => {
      const r = await check('Freedonia is a member of the League.');
      return { ...r, claim };
    };
    for (const r of gated) {
      const gate = gateOf(r);
      const everywhere = new RegExp(gate.source, gate.flags.includes('g') ? gate.flags : `${gate.flags}g`);
      for (const x of examples(r)) {
        // the example without what the gate looks for (a word, the digits, "than")
        const without = x.replace(everywhere, (m) => (/^\s/.test(m) ? ' zz ' : 'zz')).replace(/^\s*the\s/i, 'zz ');
        if (mayRead(r, without, ctx)) continue;
        const input: ReaderInput = { ctx, text: without, recheck: anything };
        const out = await Promise.resolve(r.read(input)).catch(() => undefined);
        expect(out, `${r.name}: "${without}"`).toBeUndefined();
      }
    }
  });

  it('are tested on the text as typed and as normalised (a curly quote, a dash, a no-break space)', () => {
    const r: UnreadReader = { name: 'x', module: 'x.ts', reads: '', needs: /'s\s/, read: () => undefined };
    expect(mayRead(r, 'Freedonia\u2019s\u00a0aid', ctx)).toBe(true);
    expect(mayRead(r, 'Freedonia aid', ctx)).toBe(false);
    expect(mayRead({ ...r, needs: THAN_NEEDS }, 'A is larger\u00a0than B', ctx)).toBe(true);
  });

  it('built from a lexicon list: any of its words, spaces as any white space, once per lexicon', () => {
    const nouns = literals(ctx.lexicon, null, cg('cancelledTripNoun'));
    expect(nouns.length).toBeGreaterThan(0);
    const gate = lexiconGate(() => [...nouns, 'called  off']);
    expect(gate(ctx)).toBe(gate({ ...ctx }));
    for (const n of nouns) expect(gate(ctx).test(`Rufus cancelled his ${n.toUpperCase()} to Sylvania`)).toBe(true);
    expect(gate(ctx).test('Rufus called\toff it')).toBe(true);
    expect(gate(ctx).test('Rufus joined the League')).toBe(false);
    expect(lexiconGate(() => [])(ctx).test('anything at all')).toBe(false);
  });
});
