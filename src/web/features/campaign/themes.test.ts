import { describe, expect, it } from 'vitest';
import { themeGuide } from './themes.ts';

describe('themeGuide', () => {
  it('knows the first two themes in either language, and gives others the generic card', () => {
    expect(themeGuide('Transisi Berkeadilan (Just Transition)')).toBe('just_transition');
    expect(themeGuide('just transition')).toBe('just_transition');
    expect(themeGuide('Kebebasan Berserikat (Freedom of Association)')).toBe('freedom_of_association');
    expect(themeGuide('Freedom of association')).toBe('freedom_of_association');
    expect(themeGuide('Upah layak')).toBe('generic');
  });
});
