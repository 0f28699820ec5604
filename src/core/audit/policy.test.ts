import { describe, expect, it } from 'vitest';
import type { Actor, OrganisationTree } from '../access/roles.ts';
import { canManageAudit, canViewAudit, type ProgrammeReach } from './policy.ts';

// KSBN → FBEP → SPTBL, KSBN → FPT; KPMI on its own.
const tree: OrganisationTree = new Map([
  ['ksbn', null],
  ['fbep', 'ksbn'],
  ['sptbl', 'fbep'],
  ['fpt', 'ksbn'],
  ['kpmi', null],
]);
const none: ProgrammeReach = { facilitated: new Set(), reviewed: new Set() };
const actor = (over: Partial<Actor>): Actor => ({
  userId: 'u',
  isPlatformAdmin: false,
  organisationRoles: [],
  programmeRoles: [],
  ...over,
});

const admin = actor({ isPlatformAdmin: true });
const ksbnLead = actor({ organisationRoles: [{ organisationId: 'ksbn', role: 'media_lead' }] });
const kpmiLead = actor({ organisationRoles: [{ organisationId: 'kpmi', role: 'media_lead' }] });
const fbepCadre = actor({ organisationRoles: [{ organisationId: 'fbep', role: 'member' }] });
const joinedForSptbl = actor({
  programmeRoles: [{ programmeId: 'p', role: 'participant', organisationId: 'sptbl', teamId: null }],
});
const stranger = actor({});

describe('audit policy', () => {
  const cases: Array<[string, Actor, ProgrammeReach, string, boolean, boolean]> = [
    // who, actor, reach, organisation, may view, may manage
    ['admin', admin, none, 'ksbn', true, true],
    ['lead of the confederation, its account', ksbnLead, none, 'ksbn', true, true],
    ['lead of the confederation, a federation below', ksbnLead, none, 'fbep', true, true],
    ['lead of another confederation', kpmiLead, none, 'ksbn', false, false],
    ['lead of another confederation, a federation', kpmiLead, none, 'fbep', false, false],
    ['member of a federation, the confederation above', fbepCadre, none, 'ksbn', true, false],
    ['member of a federation, a sibling federation', fbepCadre, none, 'fpt', false, false],
    ['participant who joined for a union, the confederation', joinedForSptbl, none, 'ksbn', true, false],
    ['participant who joined for a union, another confederation', joinedForSptbl, none, 'kpmi', false, false],
    [
      'facilitator of a programme with the confederation',
      stranger,
      { facilitated: new Set(['ksbn']), reviewed: new Set() },
      'fbep',
      true,
      true,
    ],
    [
      'reviewer of a programme with the confederation',
      stranger,
      { facilitated: new Set(), reviewed: new Set(['ksbn']) },
      'ksbn',
      true,
      false,
    ],
    [
      'facilitator of a programme with another confederation',
      stranger,
      { facilitated: new Set(['kpmi']), reviewed: new Set() },
      'ksbn',
      false,
      false,
    ],
    ['nobody in particular', stranger, none, 'ksbn', false, false],
  ];
  it.each(cases)('%s', (_who, who, reach, organisation, view, manage) => {
    expect(canViewAudit(who, tree, reach, organisation)).toBe(view);
    expect(canManageAudit(who, tree, reach, organisation)).toBe(manage);
  });
});
