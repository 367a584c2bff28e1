// The purpose connectives' route frame (src/check/purpose-connectives.ts routeParts), round 16.
import { describe, expect, it } from 'vitest';
import { routeParts } from '../../src/check/purpose-connectives.js';

describe('a pipeline built to carry gas', () => {
  it('reads "is being built to carry" and a source with no end', () => {
    expect(routeParts('The canal pipeline is being built to carry gas to Sylvania.')).toEqual(['The canal pipeline will carry gas to Sylvania']);
    expect(routeParts('The canal pipeline is meant to carry gas from the Marsovian field.')).toEqual(['The canal pipeline will carry gas from the Marsovian field']);
    expect(routeParts('The canal pipeline is meant to carry Marsovian gas to Sylvania.')).toEqual(['The canal pipeline will carry gas from Marsovian', 'The canal pipeline will carry gas to Sylvania']);
  });
  it('reads no route from a carry frame with neither end, or a denial', () => {
    expect(routeParts('The canal pipeline is meant to carry gas.')).toEqual([]);
    expect(routeParts('The canal pipeline is not meant to carry gas from the Marsovian field.')).toEqual([]);
  });
});
