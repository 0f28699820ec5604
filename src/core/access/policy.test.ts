import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  canCreateOrganisation,
  canCreateProgramme,
  canInvite,
  canManageOrganisation,
  canManageProgramme,
  canViewOrganisationPrivate,
  canViewParticipant,
  canViewProgramme,
  leadsOrganisation,
} from './policy.ts';
import type { Actor, OrganisationTree } from './roles.ts';

// conf1 → fed1 → union1; conf1 → fed2; conf2 (a separate confederation)
const tree: OrganisationTree = new Map([
  ['conf1', null],
  ['fed1', 'conf1'],
  ['fed2', 'conf1'],
  ['union1', 'fed1'],
  ['conf2', null],
]);

const actor = (over: Partial<Actor>): Actor => ({
  userId: 'u',
  isPlatformAdmin: false,
  organisationRoles: [],
  programmeRoles: [],
  ...over,
});

const admin = actor({ userId: 'admin', isPlatformAdmin: true });
const lead1 = actor({
  userId: 'lead1',
  organisationRoles: [{ organisationId: 'conf1', role: 'media_lead' }],
});
const fedLead = actor({
  userId: 'fedlead',
  organisationRoles: [{ organisationId: 'fed1', role: 'media_lead' }],
});
const lead2 = actor({
  userId: 'lead2',
  organisationRoles: [{ organisationId: 'conf2', role: 'media_lead' }],
});
const member = actor({ userId: 'member', organisationRoles: [{ organisationId: 'fed1', role: 'member' }] });
const facilitator = actor({
  userId: 'fac',
  programmeRoles: [{ programmeId: 'p1', role: 'facilitator', organisationId: null, teamId: null }],
});
const reviewer = actor({
  userId: 'rev',
  programmeRoles: [{ programmeId: 'p1', role: 'reviewer', organisationId: null, teamId: null }],
});
const participant = actor({
  userId: 'part',
  programmeRoles: [{ programmeId: 'p1', role: 'participant', organisationId: 'fed1', teamId: 't1' }],
});
const stranger = actor({ userId: 'stranger' });

describe('organisation hierarchy', () => {
  it.each([
    ['union1', ['union1', 'fed1', 'conf1']],
    ['conf2', ['conf2']],
    ['unknown', ['unknown']],
  ])('ancestors of %s', (id, expected) => {
    expect(ancestorsOf(tree, id)).toEqual(expected);
  });

  it('stops on a cycle instead of looping', () => {
    const cyclic: OrganisationTree = new Map([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(ancestorsOf(cyclic, 'a')).toEqual(['a', 'b']);
  });

  it.each([
    [lead1, 'conf1', true],
    [lead1, 'union1', true],
    [lead1, 'conf2', false],
    [fedLead, 'union1', true],
    [fedLead, 'conf1', false],
    [fedLead, 'fed2', false],
    [member, 'fed1', false],
    [lead2, 'fed1', false],
  ] as const)('leadsOrganisation(%#)', (who, org, expected) => {
    expect(leadsOrganisation(who, tree, org)).toBe(expected);
  });
});

describe('organisation policies', () => {
  it.each([
    ['admin', admin, 'conf1', true, true],
    ['lead of conf1 on a federation below', lead1, 'fed2', true, true],
    ['lead of conf2 on conf1', lead2, 'conf1', false, false],
    ['lead of conf2 on a union of conf1', lead2, 'union1', false, false],
    ['member of fed1', member, 'fed1', false, false],
    ['federation lead on its parent', fedLead, 'conf1', false, false],
  ] as const)('%s', (_label, who, org, view, manage) => {
    expect(canViewOrganisationPrivate(who, tree, org)).toBe(view);
    expect(canManageOrganisation(who, tree, org)).toBe(manage);
  });

  it.each([
    [admin, null, true],
    [lead1, null, false],
    [lead1, 'fed1', true],
    [lead2, 'fed1', false],
    [member, 'fed1', false],
  ] as const)('canCreateOrganisation(%#)', (who, parent, expected) => {
    expect(canCreateOrganisation(who, tree, parent)).toBe(expected);
  });
});

describe('programme policies', () => {
  const joint = { id: 'p1', organisationIds: ['conf1', 'conf2'] };
  const private1 = { id: 'p2', organisationIds: ['conf1'] };

  it.each([
    ['admin', admin, private1, true],
    ['facilitator of p1 on p1', facilitator, joint, true],
    ['facilitator of p1 on p2', facilitator, private1, false],
    ['lead of a participating confederation', lead2, joint, true],
    ['lead of conf2 on a conf1-only programme', lead2, private1, false],
    ['federation lead below a participating confederation', fedLead, private1, false],
    ['participant on their programme', participant, joint, true],
    ['stranger', stranger, joint, false],
  ] as const)('view: %s', (_label, who, programme, expected) => {
    expect(canViewProgramme(who, tree, programme)).toBe(expected);
  });

  it.each([
    [admin, true],
    [facilitator, true],
    [reviewer, false],
    [participant, false],
    [lead1, false],
  ] as const)('manage p1 (%#)', (who, expected) => {
    expect(canManageProgramme(who, 'p1')).toBe(expected);
  });

  it.each([
    [admin, true],
    [facilitator, true],
    [lead1, false],
    [participant, false],
  ] as const)('create a programme (%#)', (who, expected) => {
    expect(canCreateProgramme(who)).toBe(expected);
  });

  const person = (organisationId: string | null, teamId: string | null, userId = 'someone') => ({
    userId,
    programmeId: 'p1',
    organisationId,
    teamId,
  });
  it.each([
    ['facilitator sees everyone', facilitator, person('conf2', null), true],
    ['reviewer sees everyone', reviewer, person('conf2', null), true],
    ['participant sees their team', participant, person('conf2', 't1'), true],
    ['participant does not see another team', participant, person('fed1', 't2'), false],
    ['participant sees themself', participant, person(null, null, 'part'), true],
    ['lead sees own organisation below', lead1, person('union1', 't9'), true],
    ['lead of conf2 does not see conf1 people', lead2, person('fed1', 't1'), false],
    ['lead of conf2 does not see people without organisation', lead2, person(null, null), false],
  ] as const)('%s', (_label, who, target, expected) => {
    expect(canViewParticipant(who, tree, target)).toBe(expected);
  });
});

describe('invitations', () => {
  it.each([
    ['admin invites an admin', admin, { organisationId: null, programmeId: null, platformAdmin: true }, true],
    [
      'lead invites into own organisation',
      lead1,
      { organisationId: 'fed1', programmeId: null, platformAdmin: false },
      true,
    ],
    [
      'lead invites into another confederation',
      lead1,
      { organisationId: 'conf2', programmeId: null, platformAdmin: false },
      false,
    ],
    [
      'lead cannot make admins',
      lead1,
      { organisationId: 'fed1', programmeId: null, platformAdmin: true },
      false,
    ],
    [
      'facilitator invites into their programme',
      facilitator,
      { organisationId: null, programmeId: 'p1', platformAdmin: false },
      true,
    ],
    [
      'facilitator invites into another programme',
      facilitator,
      { organisationId: null, programmeId: 'p2', platformAdmin: false },
      false,
    ],
    [
      'nobody invites to nothing',
      lead1,
      { organisationId: null, programmeId: null, platformAdmin: false },
      false,
    ],
  ] as const)('%s', (_label, who, target, expected) => {
    expect(canInvite(who, tree, target)).toBe(expected);
  });
});
