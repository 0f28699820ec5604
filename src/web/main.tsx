import './styles.css';

const root = document.getElementById('app');

function boot(): void {
  if (root) void import('./boot.tsx').then((app) => app.start(root));
}

if (root?.firstElementChild) {
  // A prerendered page (sign-in, join) is complete on screen without scripts: let the browser show it
  // first (its first paint is reported once it is on screen), then start the app, which takes it over.
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    boot();
  };
  if (
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint')
  ) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(once, 0);
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
  // A hidden tab paints nothing; start anyway.
  setTimeout(once, 300);
} else {
  boot();
}
