import { describe, expect, it } from 'vitest';
import * as core from '#core/field/tally.ts';
import { AGE_BANDS, GENDERS, GROUPS } from './choices.ts';

describe('the quick details', () => {
  it('offer exactly the choices the server accepts', () => {
    expect(AGE_BANDS).toEqual(core.AGE_BANDS);
    expect(GENDERS).toEqual(core.GENDERS);
    expect(GROUPS).toEqual(core.GROUPS);
  });
});
