import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '#web/app/local-input.ts';
import { variantsFromLines } from './session-form.ts';

describe('the new field session form', () => {
  it('reads the times in the session’s zone', () => {
    expect(fromLocalInput('2024-05-12T06:00', 'Asia/Jakarta')).toBe('2024-05-11T23:00:00.000Z');
    expect(fromLocalInput('2024-05-12T06:00', 'UTC')).toBe('2024-05-12T06:00:00.000Z');
    expect(fromLocalInput('', 'Asia/Jakarta')).toBeNull();
    expect(toLocalInput('2024-05-11T23:00:00Z', 'Asia/Jakarta')).toBe('2024-05-12T06:00');
    expect(toLocalInput('2024-05-12T00:00:00Z', 'UTC')).toBe('2024-05-12T00:00');
  });

  it('takes one variant per line and pairs the target links by position', () => {
    expect(variantsFromLines('Poster A\n\n Poster B \n', 'https://a.example\n\n')).toEqual([
      { name: 'Poster A', targetUrl: 'https://a.example' },
      { name: 'Poster B', targetUrl: null },
    ]);
  });
});
