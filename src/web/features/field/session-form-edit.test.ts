import { describe, expect, it } from 'vitest';
import {
  createBody,
  draftOf,
  type EditableSession,
  extraChoices,
  issuePart,
  issuesByVariant,
  newDraft,
  updateBody,
} from './session-form.ts';

const session: EditableSession = {
  id: 's1',
  programmeId: 'p1',
  name: 'CFD Sudirman',
  place: 'Sudirman',
  startsAt: '2024-05-11T23:00:00.000Z',
  endsAt: '2024-05-12T03:00:00.000Z',
  timeZone: 'Asia/Jakarta',
  joinCode: 'ABCD-EFGH',
  joinUrl: 'http://x/f/ABCD-EFGH',
  variants: [
    {
      id: 'a',
      name: 'Poster A',
      shortCode: 'aaaaaaa',
      shortUrl: 'http://x/l/aaaaaaa',
      targetUrl: 'https://example.org/a',
      campaignId: 'plan-1',
      assetId: 'poster-1',
    },
    {
      id: 'b',
      name: 'Poster B',
      shortCode: 'bbbbbbb',
      shortUrl: 'http://x/l/bbbbbbb',
      targetUrl: null,
      campaignId: null,
      assetId: null,
    },
  ],
  outcomes: [
    { id: 'cares', label: { id: 'Peduli', en: 'Cares' }, colour: '--c-success', extra: false },
    { id: 'signed', label: { id: 'Tanda tangan', en: 'Signed' }, colour: '--c-accent', extra: true },
  ],
  teams: [{ id: 't1', name: 'Tim Energi' }],
  retentionDays: 14,
};

const summary = { by_variant: [{ variant: 'a', total: 7, by_outcome: {} }] };

describe('the session form for an existing session', () => {
  it('fills in the session in its own zone, each variant with its responses so far', () => {
    const draft = draftOf(session, summary);
    expect(draft).toMatchObject({
      name: 'CFD Sudirman',
      startsAt: '2024-05-12T06:00',
      endsAt: '2024-05-12T10:00',
      timeZone: 'Asia/Jakarta',
      teamIds: ['t1'],
      retention: '14',
      extras: [{ id: 'signed', label: { id: 'Tanda tangan', en: 'Signed' }, colour: '--c-accent' }],
    });
    expect(draft.rows.map((r) => [r.id, r.tallied, r.targetUrl, r.campaignId])).toEqual([
      ['a', 7, 'https://example.org/a', 'plan-1'],
      ['b', 0, '', ''],
    ]);
  });

  it('sends nothing about a variant that did not change, and never the join code', () => {
    const body = updateBody(draftOf(session, summary), session);
    expect(body.variants).toEqual([]);
    expect(body).not.toHaveProperty('joinCode');
    expect(body).toMatchObject({ retentionDays: 14, teamIds: ['t1'], timeZone: 'Asia/Jakarta' });
    // Untouched times are not sent again (the inputs hold whole minutes; the session may have seconds).
    expect(body).not.toHaveProperty('startsAt');
    expect(body).not.toHaveProperty('endsAt');
  });

  it('sends a time that was changed, and both when the zone changed (they are read in it)', () => {
    const draft = draftOf(session, summary);
    draft.endsAt = '2024-05-12T11:30';
    expect(updateBody(draft, session)).toMatchObject({ endsAt: '2024-05-12T04:30:00.000Z' });
    expect(updateBody(draft, session)).not.toHaveProperty('startsAt');
    draft.timeZone = 'Asia/Makassar';
    expect(updateBody(draft, session)).toMatchObject({
      startsAt: '2024-05-11T22:00:00.000Z',
      endsAt: '2024-05-12T03:30:00.000Z',
    });
  });

  it('sends the changes of the session’s variants, removals, then the new ones', () => {
    const draft = draftOf(session, summary);
    const [a, b] = draft.rows;
    if (!a || !b) throw new Error('two rows');
    draft.rows = [
      { ...a, name: ' Poster A2 ', targetUrl: '', campaignId: 'plan-2', assetId: '' },
      { ...b, remove: true },
    ];
    draft.lines = 'Poster C\n';
    draft.targets = 'https://example.org/c';
    draft.posters = [{ campaignId: 'plan-1', assetId: 'poster-9', name: 'Poster dari rencana' }];
    expect(updateBody(draft, session).variants).toEqual([
      { id: 'a', name: ' Poster A2 ', targetUrl: null, campaignId: 'plan-2', assetId: null },
      { id: 'b', remove: true },
      {
        name: 'Poster dari rencana',
        targetUrl: 'https://example.org/c',
        campaignId: 'plan-1',
        assetId: 'poster-9',
      },
      { name: 'Poster C', targetUrl: null },
    ]);
  });

  it('offers the suggested extras and the session’s own', () => {
    expect(extraChoices(session).map((e) => e.id)).toEqual(['joined', 'signed']);
    expect(extraChoices().map((e) => e.id)).toEqual(['joined']);
  });

  it('puts each of the server’s issues beside the variant it is about', () => {
    const sent = [
      { id: 'a', name: '' },
      { id: 'b', remove: true },
      { name: 'C', targetUrl: 'x' },
    ];
    const issues = [
      { field: 'variants.0.name', rule: 'required' },
      { field: 'variants.1', rule: 'variant_has_tallies', params: { name: 'Poster B' } },
      { field: 'variants.2.targetUrl', rule: 'invalid' },
      { field: 'variants', rule: 'too_many' },
      { field: 'name', rule: 'required' },
    ];
    const { rows, other } = issuesByVariant(issues, sent);
    expect(rows.get('a')?.map(issuePart)).toEqual(['name']);
    expect(rows.get('b')?.map((i) => [issuePart(i), i.rule])).toEqual([['', 'variant_has_tallies']]);
    expect(other.map((i) => i.field)).toEqual(['variants.2.targetUrl', 'variants']);
  });
});

describe('the session form for a new session', () => {
  it('starts at the next full hour in Jakarta, and sends posters before the typed variants', () => {
    const draft = newDraft(Date.parse('2024-05-11T22:10:00Z'));
    expect([draft.startsAt, draft.endsAt]).toEqual(['2024-05-12T06:00', '2024-05-12T10:00']);
    draft.name = 'CFD';
    draft.lines = 'Poster B';
    draft.posters = [{ campaignId: 'plan-1', assetId: 'poster-1', name: 'Poster A' }];
    draft.extras = [{ id: 'joined', label: { id: ' Ikut ', en: 'Joined' }, colour: '--c-info' }];
    expect(createBody(draft)).toMatchObject({
      startsAt: '2024-05-11T23:00:00.000Z',
      variants: [
        { name: 'Poster A', targetUrl: null, campaignId: 'plan-1', assetId: 'poster-1' },
        { name: 'Poster B', targetUrl: null },
      ],
      extraOutcomes: [{ id: 'joined', label: { id: 'Ikut', en: 'Joined' }, colour: '--c-info' }],
      retentionDays: 30,
    });
  });
});
