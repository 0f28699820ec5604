import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a code-split module only when `enabled` (e.g. facilitator controls), so people who cannot use
 * them never download them.
 */
export function useModule<T>(load: () => Promise<T>, enabled: boolean): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    if (!enabled || mod) return;
    let live = true;
    load().then((m) => {
      if (live) setMod(() => m);
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return mod;
}
