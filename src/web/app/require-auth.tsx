import type { AnyComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Loading } from './page-state.tsx';
import { me } from './session.ts';

/** Wraps a page for signed-in people; others go to /login and come back here afterwards. */
export function requireAuth<P extends object>(Page: AnyComponent<P>) {
  return function Guarded(props: P) {
    const { url, route } = useLocation();
    const current = me.value;
    useEffect(() => {
      if (current === null) route(`/login?next=${encodeURIComponent(url)}`, true);
    }, [current, url, route]);
    if (!current) return <Loading />;
    return <Page {...props} />;
  };
}
