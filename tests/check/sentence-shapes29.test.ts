// The asker's confidence around a claim (round 29, src/check/sentence-shapes.ts): "I'm pretty sure
// P", "In my view, P", "As far as I know, P" are peeled as "I think P" is; a "not" in the frame
// ("I'm not sure P") is no such frame.
import { describe, expect, it } from 'vitest';
import { peelSentenceShape } from '../../src/check/sentence-shapes.js';

describe("the asker's confidence", () => {
  it('is peeled, and the claim inside keeps its own "not"', () => {
    expect(peelSentenceShape("I'm pretty sure Freedonia joined the League.")?.core).toBe('Freedonia joined the League.');
    expect(peelSentenceShape('I am fairly certain that Sylvania did not join the League.')?.core).toBe('Sylvania did not join the League.');
    expect(peelSentenceShape('In my view, Freedonia joined the League.')?.core).toBe('Freedonia joined the League.');
    expect(peelSentenceShape('As far as I know, Freedonia joined the League.')?.core).toBe('Freedonia joined the League.');
  });
  it('is not read in a doubt: the frame with a "not" stays', () => {
    expect(peelSentenceShape("I'm not sure Freedonia joined the League.")?.shape).not.toBe("the asker's belief");
    expect(peelSentenceShape('I am not certain that Freedonia joined the League.')?.shape).not.toBe("the asker's belief");
  });
});
