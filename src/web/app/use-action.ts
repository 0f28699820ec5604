import { useState } from 'preact/hooks';
import { type ApiError, asApiError } from './api.ts';

/** Runs one server call for a form or button: tracks busy and the last error; inputs stay as typed. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  async function run(work: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(asApiError(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run, setError };
}
