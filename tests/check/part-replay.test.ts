// readCompound's calls with a part reader, kept with the reader's answers and replayed (src/check/part-replay.ts)
import { describe, expect, it } from 'vitest';
import { askPart, replayed } from '../../src/check/part-replay.js';
import { readCompound } from '../../src/check/compound.js';
import { checkFixture } from '../helpers/check-fixture.js';

/** A reader answering from `known`, noting every question in order, as the traversals' reader does. */
const noting = (known: Map<string, string[] | undefined>) => {
  const asked: string[] = [];
  const reader = (text: string): string[] | undefined => (asked.push(text), known.get(text));
  return { asked, reader };
};

/** A call that asks two parts, and a third only when the first reads: its result names what it read. */
const call = (reader: (t: string) => string[] | undefined, runs: { n: number }) => (): string => {
  runs.n++;
  const a = askPart(reader, 'A');
  const b = askPart(reader, 'B');
  const c = a ? askPart(reader, 'C') : undefined;
  return [a, b, c].map((x) => x?.join('+') ?? '-').join(' ');
};

describe('replayed', () => {
  it('runs a call once while the reader answers its questions the same way, asking them again in order', () => {
    const known = new Map<string, string[] | undefined>();
    const { asked, reader } = noting(known);
    const runs = { n: 0 };
    expect(replayed(reader, '0|x', call(reader, runs))).toBe('- - -');
    expect(replayed(reader, '0|x', call(reader, runs))).toBe('- - -');
    expect(runs.n).toBe(1);
    expect(asked).toEqual(['A', 'B', 'A', 'B']);
    // a part now known unread answers as before: still the kept result
    known.set('B', undefined);
    expect(replayed(reader, '0|x', call(reader, runs))).toBe('- - -');
    expect(runs.n).toBe(1);
  });

  it('runs the call afresh from the first answer that changed (the very object compared)', () => {
    const known = new Map<string, string[] | undefined>();
    const { asked, reader } = noting(known);
    const runs = { n: 0 };
    replayed(reader, '0|x', call(reader, runs));
    known.set('A', ['a']);
    asked.length = 0;
    expect(replayed(reader, '0|x', call(reader, runs))).toBe('a - -');
    expect(runs.n).toBe(2);
    // the replay stopped at A, then the fresh run asked A, B and C
    expect(asked).toEqual(['A', 'A', 'B', 'C']);
    known.set('A', ['a']); // an equal array, not the same object: the answer changed
    expect(replayed(reader, '0|x', call(reader, runs))).toBe('a - -');
    expect(runs.n).toBe(3);
  });

  it('records a sub-call\'s questions in the call around it, so the outer replay asks them too', () => {
    const known = new Map<string, string[] | undefined>();
    const { reader } = noting(known);
    const runs = { n: 0 };
    const inner = { n: 0 };
    const outer = (): string => {
      runs.n++;
      return `${replayed(reader, '1|y', call(reader, inner))} ${askPart(reader, 'D') ? 'd' : '-'}`;
    };
    expect(replayed(reader, '0|x', outer)).toBe('- - - -');
    known.set('B', ['b']); // asked only inside the sub-call
    expect(replayed(reader, '0|x', outer)).toBe('- b - -');
    expect(runs.n).toBe(2);
    expect(inner.n).toBe(2);
  });

  it('keeps no call per reader across readers', () => {
    const runs = { n: 0 };
    const r1 = noting(new Map()).reader;
    const r2 = noting(new Map()).reader;
    replayed(r1, '0|x', call(r1, runs));
    replayed(r2, '0|x', call(r2, runs));
    expect(runs.n).toBe(2);
  });
});

describe('readCompound with a part reader', () => {
  it('gives the parts a fresh reader gives, with the same questions asked in the same order', () => {
    const { ctx } = checkFixture();
    const text = 'Freedonia is a member of the League, and Sylvania is neutral and is the only Ruritanian country outside the League.';
    const run = (reader: (t: string) => undefined) => readCompound(ctx, text, 0, reader);
    const fresh: string[] = [];
    const kept: string[] = [];
    const a = run((t) => void fresh.push(t));
    // the same reader twice: the second call is replayed (asking again), and equal to a fresh one
    const again = (t: string) => void kept.push(t);
    run(again);
    const firstQuestions = kept.length;
    const b = run(again);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(kept.slice(0, firstQuestions)).toEqual(fresh);
    expect(kept.slice(firstQuestions)).toEqual(fresh);
  });
});
