import { describe, expect, it } from 'vitest';
import { isFieldBarePath } from './paths.ts';

describe('pages without the header', () => {
  it('are the volunteer page and the live dashboard only', () => {
    for (const path of ['/f', '/f/', '/f/DEMO-CFD', '/field/abc/live', '/field/join/DEMO-CFD'])
      expect(isFieldBarePath(path)).toBe(true);
    for (const path of ['/', '/field', '/fa', '/p/1/field', '/field/abc', '/f/a/b'])
      expect(isFieldBarePath(path)).toBe(false);
  });
});
