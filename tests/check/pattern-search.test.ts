import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../src/errors.js';
import { anyMayStartAt, compilePattern, findMarker, literalNodes, matchPattern, mayStartAt, restStart, type PatternNode } from '../../src/check/pattern.js';
import { valueStarts } from '../../src/check/value-starts.js';
import { parseMoney, parseYear } from '../../src/check/values.js';
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

describe('pure slots (the matcher leaves unread a span the rest cannot follow)', () => {
  const run = (source: string, text: string, pureSlots: boolean, adjuncts = ['in {year}']) => {
    const asked: string[] = [];
    const tokens = toks(text);
    const ms = matchPattern(compilePattern(source, ctx.morph), {
      tokens,
      adjuncts: adjuncts.map((a) => compilePattern(a, ctx.morph)),
      pureSlots,
      slotValues: (name, start, end): CheckValue[] => {
        asked.push(`${name}:${start}-${end}`);
        if (name === 'year') return end - start === 1 && /^\d+$/.test(tokens[start]!.raw) ? [{ kind: 'year', value: tokens[start]!.raw }] : [];
        return [{ kind: 'string', value: `${start}-${end}` }];
      },
    });
    return { ms, asked };
  };
  it('finds the same matches, in the same order, asking fewer spans', () => {
    for (const [source, text] of [['{a} joined {b}', 'p q joined r s in 2001'], ['{a} {b}', 'p q r'], ['{a} [formally] opened {b}', 'p formally opened q'], ['{a} (hosted|hosts) {b} [in {c}]', 'p q hosts r in s t']] as const) {
      const pure = run(source, text, true);
      const plain = run(source, text, false);
      expect(pure.ms, source).toEqual(plain.ms);
      expect(pure.asked.length, source).toBeLessThanOrEqual(plain.asked.length);
    }
    // "{a} joined": a span of a not followed by "joined" (nor an adjunct) is not asked
    expect(run('{a} joined {b}', 'p q joined r', true, []).asked.filter((a) => a.startsWith('a:'))).toEqual(['a:0-2']);
  });
  it('knows how the rest of a sequence may start', () => {
    const p = compilePattern('{s} [formally] opened {o}', ctx.morph);
    const r = restStart(p.nodes, 1);
    expect(r.lits.map((l) => l.word)).toEqual(['formally', 'opened']);
    expect([r.slot, r.empty]).toEqual([false, false]);
    expect(restStart(p.nodes, 3)).toMatchObject({ slot: true, empty: false });
    expect(restStart(p.nodes, 4)).toMatchObject({ lits: [], slot: false, empty: true });
  });
});

describe('typed slot starts (MatchEnv.mayStart, src/check/value-starts.ts)', () => {
  // slots read as the parser reads them: an amount, a year, anything else as a string
  const run = (source: string, text: string, typed: boolean) => {
    const asked: string[] = [];
    const tokens = toks(text);
    const starts = valueStarts(tokens);
    const typeOf = (name: string) => (name === 'amount' ? 'amount' : name === 'year' ? 'year' : 'string') as const;
    const ms = matchPattern(compilePattern(source, ctx.morph), {
      tokens,
      adjuncts: ['in {year}', '{year}', '{amount}', 'worth {amount}'].map((a) => compilePattern(a, ctx.morph)),
      pureSlots: true,
      ...(typed ? { mayStart: (name: string, start: number) => starts(typeOf(name), start) } : {}),
      slotValues: (name, start, end): CheckValue[] => {
        asked.push(`${name}:${start}-${end}`);
        const span = tokens.slice(start, end);
        if (name === 'amount') { const a = parseMoney(span); return a ? [{ kind: 'amount', amounts: a }] : []; }
        if (name === 'year') { const y = parseYear(span); return y ? [y] : []; }
        return span.length <= 2 ? [{ kind: 'string', value: span.map((t) => t.raw).join(' ') }] : [];
      },
    });
    return { ms, asked };
  };
  it('finds the same matches, in the same order, offering typed slots fewer spans', () => {
    for (const [source, text] of [
      ['{a} {b}', 'p q in 2001 US$ 5 million'], ['{a} signed deals {amount} with {b}', 'p signed deals US$ 5 million with q in 2015'], ['{a} signed deals with {b}', 'p signed deals worth US$ 5 million with q in 2015'],
      ['{a} joined {b}', 'p joined q r 2001'], ['{a} gave {amount} to {b}', 'p gave more than US$ 5 million to q'],
    ] as const) {
      const typed = run(source, text, true);
      const plain = run(source, text, false);
      expect(typed.ms, source).toEqual(plain.ms);
      expect(typed.ms.length, source).toBeGreaterThan(0);
      expect(typed.asked.length, source).toBeLessThan(plain.asked.length);
      // no amount offered a span that opens with no amount's token
      expect(typed.asked.filter((a) => a.startsWith('amount:')).every((a) => ['$', 'US$', 'more', 'worth'].includes(toks(text)[Number(a.split(/[:-]/)[1])]!.raw) || /\d/.test(toks(text)[Number(a.split(/[:-]/)[1])]!.raw)), source).toBe(true);
    }
  });
  it('rules out an adjunct that opens with a slot no value starts at', () => {
    expect(mayStartAt(compilePattern('{amount}', ctx.morph), tok('worth'), () => false)).toBe(false);
    expect(mayStartAt(compilePattern('{amount}', ctx.morph), tok('worth'), () => true)).toBe(true);
    // the slot's first token: none past the end
    expect(mayStartAt(compilePattern('{amount}', ctx.morph), undefined)).toBe(false);
  });
  it('tests a list of adjuncts at once as each of them alone', () => {
    for (const text of ['Freedonia signed deals worth US$ 5 million with Sylvania in 2015', 'In 2015 the League met at Zenda for its summit', 'more than five states joined by 2019']) {
      const tokens = toks(text);
      const starts = valueStarts(tokens);
      const mayStart = (name: string, i: number) => starts(name === 'amount' ? 'amount' : name === 'year' || name === 'byYear' ? 'year' : 'entity', i);
      for (let i = 0; i <= tokens.length; i++) {
        const each = ctx.adjuncts.some((a) => mayStartAt(a, tokens[i], (name) => mayStart(name, i)));
        expect(anyMayStartAt(ctx.adjuncts, tokens[i], mayStart, i), `${text} @${i}`).toBe(each);
      }
    }
  });
});

describe('findMarker', () => {
  it('finds a marker wherever it stands, with the first-word filter', () => {
    const tokens = toks('Freedonia plans to join the League and may not intend to leave it, set to stay');
    const said = (source: string) => findMarker(compilePattern(source, ctx.morph), tokens).map(([a, b]) => tokens.slice(a, b).map((t) => t.raw).join(' '));
    expect(said('(plan|intend) to')).toEqual(['plans to', 'intend to']);
    expect(said('[formally] set to')).toEqual(['set to']);
    expect(said('may')).toEqual(['may']);
    // a marker that may open with a slot is searched everywhere (and, having no words for it, matches nothing)
    expect(said('{x} to')).toEqual([]);
  });
});

describe('literalNodes (the one walk over a pattern\'s words)', () => {
  it('lists every literal word, in choices and optional parts too, in the order they are written', () => {
    const p = compilePattern('{s} [has] (joined|signed up to) {o} [as (a member|an observer)]', ctx.morph);
    // ("has", "a", "an" are words the compiler drops)
    expect(literalNodes(p.nodes).map((n) => n.word)).toEqual(['joined', 'signed', 'up', 'to', 'as', 'member', 'observer']);
    // a list, walked as often as asked (it was a generator, which a second loop found empty)
    const nodes = literalNodes(p.nodes);
    expect([...nodes].length).toBe([...nodes].length);
    expect(literalNodes(compilePattern('{s} {o}', ctx.morph).nodes)).toEqual([]);
  });
});
