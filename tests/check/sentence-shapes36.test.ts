// Round 36 (src/check/sentence-shapes.ts): "How come P?" takes P for granted and is labelled by P;
// a claim typed in capitals is read in small letters.
import { describe, expect, it } from 'vitest';
import { inCapitals, peelSentenceShape } from '../../src/check/sentence-shapes.js';

describe('"How come P?"', () => {
  it('is read as P, keeping its own "not"', () => {
    expect(peelSentenceShape('How come Freedonia joined the League?')?.core).toBe('Freedonia joined the League.');
    expect(peelSentenceShape("How come Sylvania didn't join the League?")?.core).toBe("Sylvania didn't join the League.");
    expect(peelSentenceShape('How is it that Freedonia joined the League?')?.core).toBe('Freedonia joined the League.');
  });
  it('is not a plain "how" question', () => {
    expect(peelSentenceShape('How did Freedonia join the League?')).toBeUndefined();
  });
});

describe('a claim in capitals', () => {
  it('is read in small letters', () => {
    expect(peelSentenceShape("RUFUS FIREFLY BECAME THE LEAGUE'S FIRST PRESIDENT.")?.core).toBe("Rufus firefly became the league's first president.");
    expect(inCapitals('FREEDONIA JOINED THE LEAGUE')).toBe('Freedonia joined the league');
  });
  it('leaves acronyms among small letters and short shouts alone', () => {
    expect(inCapitals('Freedonia joined the LEAGUE.')).toBeUndefined();
    expect(inCapitals('NATO OK.')).toBeUndefined();
  });
});
