import './styles.css';

const root = document.getElementById('app');

function boot(): void {
  if (root) void import('./boot.tsx').then((app) => app.start(root));
}

if (root?.firstElementChild) {
  // A prerendered page (sign-in, join) is complete on screen without scripts: let the browser show it
  // first, then start the app, which takes it over.
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    boot();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  // No animation frames come to a hidden tab.
  setTimeout(once, 250);
} else {
  boot();
}
