/** Pure helpers of the programme create/edit form. */
import type { Programme } from '#web/app/types.ts';

export interface ProgrammeFormValues {
  name: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  timeZone: string;
  themes: string[];
  organisationIds: string[];
}

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export function emptyProgrammeForm(): ProgrammeFormValues {
  return {
    name: '',
    startsOn: '',
    endsOn: '',
    venue: '',
    timeZone: DEFAULT_TIME_ZONE,
    themes: [''],
    organisationIds: [],
  };
}

export function formFromProgramme(p: Programme): ProgrammeFormValues {
  return {
    name: p.name,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    venue: p.venue ?? '',
    timeZone: p.timeZone,
    themes: p.themes.length ? [...p.themes] : [''],
    organisationIds: p.organisations.map((o) => o.id),
  };
}

/**
 * The request body. Blank theme rows are dropped; a blank venue is left out on create and cleared
 * (null) on edit.
 */
export function programmeBody(values: ProgrammeFormValues, mode: 'create' | 'edit'): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: values.name.trim(),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    timeZone: values.timeZone.trim() || DEFAULT_TIME_ZONE,
    themes: values.themes.map((t) => t.trim()).filter(Boolean),
    organisationIds: values.organisationIds,
  };
  const venue = values.venue.trim();
  if (venue) body.venue = venue;
  else if (mode === 'edit') body.venue = null;
  return body;
}
