/** The programme being looked at, shared by the header navigation and the programme pages. */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { type ApiError, api, asApiError } from './api.ts';
import type { ProgrammeDetail } from './types.ts';

interface Entry {
  data?: ProgrammeDetail;
  error?: ApiError;
}

const programmes = signal<Record<string, Entry>>({});
const inFlight = new Set<string>();

function fetchProgramme(id: string): void {
  if (inFlight.has(id)) return;
  inFlight.add(id);
  api
    .get<ProgrammeDetail>(`/api/programmes/${encodeURIComponent(id)}`)
    .then(
      (data) => {
        programmes.value = { ...programmes.value, [id]: { data } };
      },
      (error: unknown) => {
        programmes.value = { ...programmes.value, [id]: { error: asApiError(error) } };
      },
    )
    .finally(() => inFlight.delete(id));
}

export function useProgramme(id: string | null): Entry {
  const entry = id ? programmes.value[id] : undefined;
  useEffect(() => {
    if (id && !programmes.value[id]) fetchProgramme(id);
  }, [id]);
  return entry ?? {};
}

export function refreshProgramme(id: string): void {
  fetchProgramme(id);
}

export function forgetProgrammes(): void {
  programmes.value = {};
}
