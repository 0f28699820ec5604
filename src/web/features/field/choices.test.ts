import { describe, expect, it } from 'vitest';
import * as outcomes from '#core/field/outcomes.ts';
import * as core from '#core/field/tally.ts';
import { AGE_BANDS, GENDERS, GROUPS, SUGGESTED_EXTRAS } from './choices.ts';

describe('the quick details', () => {
  it('offer exactly the choices the server accepts', () => {
    expect(AGE_BANDS).toEqual(core.AGE_BANDS);
    expect(GENDERS).toEqual(core.GENDERS);
    expect(GROUPS).toEqual(core.GROUPS);
  });

  it('suggest the same extras as the core, without loading its schemas', () => {
    expect(SUGGESTED_EXTRAS).toEqual(outcomes.SUGGESTED_EXTRAS.map(({ extra: _extra, ...rest }) => rest));
  });
});
