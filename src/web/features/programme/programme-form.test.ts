import { describe, expect, it } from 'vitest';
import { emptyProgrammeForm, programmeBody } from './programme-form.ts';

describe('programme form body', () => {
  it('drops blank themes and an empty venue on create', () => {
    const body = programmeBody(
      {
        ...emptyProgrammeForm(),
        name: ' Pelatihan ',
        startsOn: '2025-12-06',
        endsOn: '2025-12-08',
        themes: ['A', ' ', ''],
      },
      'create',
    );
    expect(body).toEqual({
      name: 'Pelatihan',
      startsOn: '2025-12-06',
      endsOn: '2025-12-08',
      timeZone: 'Asia/Jakarta',
      themes: ['A'],
      organisationIds: [],
    });
  });

  it('clears the venue on edit', () => {
    expect(programmeBody(emptyProgrammeForm(), 'edit').venue).toBeNull();
  });
});
