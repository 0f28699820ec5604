/**
 * Makes the volunteer page installable and offline: the web manifest is linked only here (the rest of the
 * app is not an offline app), and the service worker (built to /sw.js, src/web/features/field/sw.ts)
 * controls the /f pages only.
 */
export function setUpOffline(): void {
  if (typeof document === 'undefined') return;
  if (!document.querySelector('link[rel="manifest"]')) {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = '/field.webmanifest';
    document.head.append(link);
  }
  if (!('serviceWorker' in navigator)) return;
  // `updateViaCache: 'none'`: a new version is noticed on the next visit with signal, whatever caches say.
  navigator.serviceWorker
    .register('/sw.js', { scope: '/f', updateViaCache: 'none' })
    .catch((error: unknown) => {
      // Without it the page still logs offline while it stays open; only a reload without signal fails.
      console.warn('field: service worker not registered', error);
    });
}
