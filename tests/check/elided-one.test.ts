// A narrower noun denied by ellipsis (src/check/elided-one.ts): the two statements it makes.
import { describe, expect, it } from 'vitest';
import { elidedOneCuts } from '../../src/check/elided-one.js';

describe('elidedOneCuts', () => {
  it('says the elided noun again, narrowed and denied', () => {
    expect(elidedOneCuts('Freedonia is a member of the League, though not a founding one.')[0])
      .toEqual(['Freedonia is a member of the League', 'Freedonia is not a founding member of the League']);
    expect(elidedOneCuts('Sylvania is a member of the League but not an active member')[0])
      .toEqual(['Sylvania is a member of the League', 'Sylvania is not an active member of the League']);
  });
  it('tries the adjective before the head noun and before the whole phrase', () => {
    expect(elidedOneCuts('Sylvania is a League member, though not a founding one')).toEqual([
      ['Sylvania is a League member', 'Sylvania is not a League founding member'],
      ['Sylvania is a League member', 'Sylvania is not a founding League member'],
    ]);
  });
  it('leaves other claims alone', () => {
    expect(elidedOneCuts('Freedonia joined the League, but not Sylvania')).toEqual([]);
    expect(elidedOneCuts('Freedonia is a member of the League.')).toEqual([]);
  });
});
