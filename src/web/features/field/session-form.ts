/** The new-session form's rules, apart from the page: variants by line (times: #web/app/local-input.ts). */

export interface VariantDraft {
  name: string;
  targetUrl: string | null;
}

/** One variant per non-empty line; the n-th target line belongs to the n-th variant (blank: none). */
export function variantsFromLines(names: string, targets: string): VariantDraft[] {
  const urls = targets.split('\n').map((l) => l.trim());
  return names
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((name, i) => ({ name, targetUrl: urls[i] ? (urls[i] as string) : null }));
}
