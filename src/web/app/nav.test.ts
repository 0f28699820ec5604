import { describe, expect, it } from 'vitest';
import {
  canCreateProgramme,
  isCurrent,
  isPrintPath,
  programmeIdFromPath,
  programmeNav,
  userNav,
} from './nav.ts';
import type { Me } from './types.ts';

const me = (
  over: Partial<Me['user']> = {},
  programmes: Me['programmes'] = [],
  organisations: Me['organisations'] = [],
): Me => ({
  user: { id: 'u1', name: 'Sari', email: 'sari@example.org', locale: 'id', isPlatformAdmin: false, ...over },
  programmes,
  organisations,
});

describe('programmeNav', () => {
  it('gives participants only the pages they may use', () => {
    expect(programmeNav('p1', false).map((i) => i.href)).toEqual([
      '/p/p1',
      '/p/p1/campaigns',
      '/p/p1/participants',
      '/p/p1/teams',
    ]);
  });

  it('gives facilitators the management pages too', () => {
    expect(programmeNav('p1', true).map((i) => i.label)).toEqual([
      'nav.home',
      'assessment.nav',
      'campaign.nav',
      'field.nav',
      'nav.agenda',
      'nav.participants',
      'nav.teams',
      'nav.codes',
      'nav.settings',
    ]);
  });

  it('links participants to the assessments only once a round exists', () => {
    expect(programmeNav('p1', false, true).map((i) => i.href)).toEqual([
      '/p/p1',
      '/p/p1/assessments',
      '/p/p1/campaigns',
      '/p/p1/participants',
      '/p/p1/teams',
    ]);
  });
});

describe('userNav', () => {
  it('shows admin only to platform admins', () => {
    expect(userNav(me()).map((i) => i.href)).toEqual(['/', '/audit', '/account', '/organisations']);
    expect(userNav(me({ isPlatformAdmin: true })).map((i) => i.href)).toContain('/admin');
  });

  it('leaves out organisations for someone who joined with a code', () => {
    expect(userNav(me({ email: null })).map((i) => i.href)).toEqual(['/', '/audit', '/account']);
  });
});

describe('canCreateProgramme', () => {
  it('allows admins and facilitators only', () => {
    expect(canCreateProgramme(null)).toBe(false);
    expect(canCreateProgramme(me())).toBe(false);
    expect(canCreateProgramme(me({}, [{ id: 'p', name: 'P', role: 'participant' }]))).toBe(false);
    expect(canCreateProgramme(me({}, [{ id: 'p', name: 'P', role: 'facilitator' }]))).toBe(true);
    expect(canCreateProgramme(me({ isPlatformAdmin: true }))).toBe(true);
  });
});

describe('paths', () => {
  it('reads the programme id', () => {
    expect(programmeIdFromPath('/p/abc')).toBe('abc');
    expect(programmeIdFromPath('/p/abc/teams')).toBe('abc');
    expect(programmeIdFromPath('/programmes/new')).toBeNull();
  });

  it('marks the current item', () => {
    expect(isCurrent('/p/a', '/p/a', true)).toBe(true);
    expect(isCurrent('/p/a/teams', '/p/a', true)).toBe(false);
    expect(isCurrent('/p/a/codes/print', '/p/a/codes', false)).toBe(true);
  });

  it('recognises the print sheet', () => {
    expect(isPrintPath('/p/a/codes/print')).toBe(true);
    expect(isPrintPath('/p/a/codes')).toBe(false);
  });
});
