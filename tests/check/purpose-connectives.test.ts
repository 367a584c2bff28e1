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

describe('a route opened (round 41)', () => {
  it('reads "open Y\'s first route to Z" and "open a route to Z for Y" as a route given', () => {
    const both = ['The canal pipeline will run from Freedonia', 'The canal pipeline will run to the sea'];
    expect(routeParts("The canal pipeline would open Freedonia's first route to the sea.")).toEqual(both);
    expect(routeParts('The canal pipeline will open a route to the sea for Freedonia.')).toEqual(both);
    expect(routeParts("The canal pipeline opened Freedonia's route to the sea.")).toEqual(['The canal pipeline runs from Freedonia', 'The canal pipeline runs to the sea']);
  });
  it('reads no route from a denial or a route with no owner', () => {
    expect(routeParts("The canal pipeline would not open Freedonia's first route to the sea.")).toEqual([]);
    expect(routeParts('The canal pipeline would open a route to the sea.')).toEqual([]);
  });
});
