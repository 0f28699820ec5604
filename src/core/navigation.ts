/**
 * Where to send someone after signing in: only a path on this site (never `//elsewhere`, a full URL or a
 * backslash trick), and never back to the sign-in page. Used by the server's form handler and the web app.
 */
export function safeNext(next: string | undefined | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}
