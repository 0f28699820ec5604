/** Which guidance card a programme theme gets: the two first themes have their own, others a generic one. */
export type ThemeGuide = 'just_transition' | 'freedom_of_association' | 'generic';

export function themeGuide(theme: string): ThemeGuide {
  const text = theme.toLocaleLowerCase();
  if (/just transition|transisi (yang )?berkeadilan|transisi adil/u.test(text)) return 'just_transition';
  if (/freedom of association|kebebasan berserikat/u.test(text)) return 'freedom_of_association';
  return 'generic';
}
