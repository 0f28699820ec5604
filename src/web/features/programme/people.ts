/** Small pure helpers for lists of people and teams. */

export function nameOf(items: readonly { id: string; name: string }[], id: string | null): string {
  if (!id) return '';
  return items.find((i) => i.id === id)?.name ?? '';
}

export function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name, 'id', { sensitivity: 'base' }));
}

/** `a · b · c`, skipping empty parts (no dangling separators). */
export function joinParts(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p).join(' · ');
}
