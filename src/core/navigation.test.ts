import { describe, expect, it } from 'vitest';
import { safeNext } from './navigation.ts';

describe('where to go after signing in', () => {
  it.each([
    ['/p/a', '/p/a'],
    ['/p/a?x=1', '/p/a?x=1'],
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/login?next=/x', '/'],
    ['', '/'],
    [undefined, '/'],
    [null, '/'],
  ])('%j → %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
