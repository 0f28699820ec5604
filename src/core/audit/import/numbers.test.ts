import { describe, expect, it } from 'vitest';
import { type NumberStyle, parseCount, parseDecimal } from './numbers.ts';

describe('reading counts', () => {
  it.each<[string, NumberStyle, number | null | 'invalid']>([
    ['', 'en', null],
    ['  ', 'en', null],
    ['undefined', 'en', null],
    ['0', 'en', 0],
    ['1234', 'en', 1234],
    [' 42 ', 'id', 42],
    ['-3', 'en', -3],
    ['\u22123', 'en', -3],
    ['1,234', 'en', 1234],
    ['1,234,567', 'en', 1234567],
    ['1.234', 'id', 1234],
    ['1.234.567', 'id', 1234567],
    ['1 234', 'en', 1234],
    ['1\u00a0234', 'id', 1234],
    ['1\u202f234', 'en', 1234],
    // A separator the style does not group with, or groups of the wrong size, are not guessed at.
    ['1.234', 'en', 'invalid'],
    ['1,234', 'id', 'invalid'],
    ['1,23', 'en', 'invalid'],
    ['12,34', 'en', 'invalid'],
    ['1.5', 'en', 'invalid'],
    ['1,5', 'id', 'invalid'],
    ['12k', 'en', 'invalid'],
    ['abc', 'en', 'invalid'],
    ['--1', 'en', 'invalid'],
    ['99999999999999999999', 'en', 'invalid'],
  ])('%j in %s style is %j', (raw, style, expected) => {
    expect(parseCount(raw, style)).toBe(expected);
  });

  it.each<[string, NumberStyle, number | null | 'invalid']>([
    ['184.5', 'en', 184.5],
    ['184,5', 'id', 184.5],
    ['184,5', 'en', 'invalid'],
    ['31', 'id', 31],
    ['', 'en', null],
  ])('duration %j in %s style is %j', (raw, style, expected) => {
    expect(parseDecimal(raw, style)).toBe(expected);
  });
});
