import { describe, expect, it } from 'vitest';
import { isValidPin, joinBody, normaliseCode, sanitisePin } from './join.ts';

describe('join form', () => {
  it('uppercases codes and drops stray characters', () => {
    expect(normaliseCode(' demo-join ')).toBe('DEMO-JOIN');
    expect(normaliseCode('ab c!1')).toBe('ABC1');
  });

  it('keeps PINs to at most six digits', () => {
    expect(sanitisePin('12a34-5678')).toBe('123456');
    expect(isValidPin('1234')).toBe(true);
    expect(isValidPin('123')).toBe(false);
    expect(isValidPin('1234567')).toBe(false);
  });

  it('builds the body, leaving out an unchosen organisation', () => {
    expect(joinBody('demo', '  Sari   Dewi ', '1234', '')).toEqual({
      code: 'DEMO',
      name: 'Sari Dewi',
      pin: '1234',
    });
    expect(joinBody('demo', 'Sari', '1234', 'o1').organisationId).toBe('o1');
  });
});
