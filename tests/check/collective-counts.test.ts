// Counted leaders read as their countries (src/check/collective-counts.ts), except when the
// leaders are named beside the count: then they are people (round 35: "Two Ruritanian leaders,
// Rufus and Pinky, visited X" became "Two Ruritanian countries, Rufus and Pinky, ..." and each
// name was refuted as a country, a false REFUTED).
import { describe, expect, it } from 'vitest';
import { collectiveRewrite } from '../../src/check/collective-counts.js';

describe('collectiveRewrite: counted leaders', () => {
  it('counts leaders said with a region adjective as their countries', () => {
    expect(collectiveRewrite('Four Ruritanian presidents attended the gala.')).toBe('Four Ruritanian countries attended the gala.');
    expect(collectiveRewrite('One Ruritanian leader hosted the gala.')).toBe('One Ruritanian country hosted the gala.');
  });
  it('leaves leaders named beside the count as people', () => {
    expect(collectiveRewrite('Two Ruritanian leaders, Rufus and Pinky, visited Sylvania.')).toBeUndefined();
    expect(collectiveRewrite('Two Ruritanian presidents (Rufus and Pinky) attended the gala.')).toBeUndefined();
    expect(collectiveRewrite('One Ruritanian leader, Rufus, hosted the gala.')).toBeUndefined();
  });
});
