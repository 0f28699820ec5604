import { describe, expect, it } from 'vitest';
import { mergeSession, REFRESH_MS, readSession, refreshDue } from './session-refresh.ts';
import type { VolunteerSession } from './types.ts';

const OUTCOMES = [
  { id: 'cares', label: { id: 'Peduli', en: 'Cares' }, colour: '--c-success' },
  { id: 'indifferent', label: { id: 'Acuh', en: 'Indifferent' }, colour: '--c-text-muted' },
  { id: 'angry', label: { id: 'Marah', en: 'Angry' }, colour: '--c-danger' },
];

const session = (patch: Partial<VolunteerSession> = {}): VolunteerSession => ({
  id: 's1',
  name: 'CFD Sudirman',
  variants: [
    { id: 'a', name: 'Poster A' },
    { id: 'b', name: 'Poster B' },
  ],
  outcomes: OUTCOMES,
  teams: [
    { id: 't1', name: 'Tim Merah' },
    { id: 't2', name: 'Tim Biru' },
  ],
  ...patch,
});

const joined = (patch: { variant?: string; team?: string; session?: VolunteerSession } = {}) => ({
  token: 'tok',
  name: 'Rina',
  session: session(),
  variant: 'a',
  team: '',
  ...patch,
});

describe('taking in the session as edited', () => {
  it('changes nothing when the session is the same', () => {
    expect(mergeSession(joined({ variant: 'b', team: 't2' }), session())).toBeNull();
  });

  it('shows renamed variants, relabelled buttons and new variants, keeping the choices', () => {
    const fresh = session({
      variants: [
        { id: 'a', name: 'Poster A (revisi)' },
        { id: 'b', name: 'Poster B' },
        { id: 'c', name: 'Poster C' },
      ],
      outcomes: [...OUTCOMES, { id: 'joined', label: { id: 'Daftar', en: 'Signed up' }, colour: '--c-info' }],
    });
    const merged = mergeSession(joined({ variant: 'b', team: 't1' }), fresh);
    expect(merged?.notices).toEqual([]);
    expect(merged?.next).toEqual({ ...joined(), session: fresh, variant: 'b', team: 't1' });
  });

  it('falls back to the first variant when the chosen one was removed, and says so', () => {
    const fresh = session({
      variants: [
        { id: 'c', name: 'Poster C' },
        { id: 'a', name: 'Poster A' },
      ],
    });
    const merged = mergeSession(joined({ variant: 'b' }), fresh);
    expect(merged?.next.variant).toBe('c');
    expect(merged?.notices).toEqual([{ kind: 'variant', gone: 'Poster B', now: 'Poster C' }]);
  });

  it('takes a removed team away (no team, rather than someone else’s) and says so', () => {
    const fresh = session({ teams: [{ id: 't1', name: 'Tim Merah' }] });
    const merged = mergeSession(joined({ team: 't2' }), fresh);
    expect(merged?.next.team).toBe('');
    expect(merged?.notices).toEqual([{ kind: 'team', gone: 'Tim Biru' }]);
    // A session without teams any more: the same.
    expect(mergeSession(joined({ team: 't1' }), session({ teams: [] }))?.next.team).toBe('');
    expect(mergeSession(joined({ team: 't1' }), session({ teams: undefined }))?.next.team).toBe('');
  });

  it('says both when the variant and the team are gone, and keeps what the volunteer did not choose', () => {
    const fresh = session({ variants: [{ id: 'b', name: 'Poster B' }], teams: [] });
    const merged = mergeSession(joined({ variant: 'a', team: 't1' }), fresh);
    expect(merged?.next).toMatchObject({ variant: 'b', team: '', token: 'tok', name: 'Rina' });
    expect(merged?.notices.map((n) => n.kind)).toEqual(['variant', 'team']);
    // No team chosen: removing teams needs no word.
    expect(mergeSession(joined({ team: '' }), session({ teams: [] }))?.notices).toEqual([]);
  });

  it('quietly picks the first variant when the kept choice was unknown anyway', () => {
    const merged = mergeSession(joined({ variant: 'zz' }), session());
    expect(merged?.next.variant).toBe('a');
    expect(merged?.notices).toEqual([]);
  });

  it('ignores the answer for another session (left and joined another meanwhile)', () => {
    expect(mergeSession(joined(), session({ id: 's2', name: 'Lain' }))).toBeNull();
  });

  it('leaves the state it was given untouched', () => {
    const before = joined({ variant: 'b' });
    const copy = structuredClone(before);
    mergeSession(before, session({ variants: [{ id: 'a', name: 'Poster A' }] }));
    expect(before).toEqual(copy);
  });
});

describe('reading the server’s answer', () => {
  it('takes a well-formed session, extra fields and all', () => {
    const body = { session: { ...session(), place: 'Sudirman', timeZone: 'Asia/Jakarta' } };
    expect(readSession(body)).toEqual(body.session);
    expect(readSession({ session: { ...session(), teams: undefined } })?.id).toBe('s1');
  });

  it('refuses what the page could not show, so the phone keeps its session', () => {
    for (const bad of [
      null,
      'text',
      {},
      { session: null },
      { session: { ...session(), variants: [] } },
      { session: { ...session(), variants: [{ id: 'a' }] } },
      { session: { ...session(), outcomes: [] } },
      { session: { ...session(), outcomes: [{ id: 'cares', label: 'Peduli', colour: '--c-success' }] } },
      { session: { ...session(), teams: [{ id: 1, name: 'x' }] } },
      { session: { ...session(), id: 5 } },
    ])
      expect(readSession(bad), JSON.stringify(bad)).toBeNull();
  });
});

describe('when to read the session again', () => {
  it('reads at most every 30 s after syncs, and at once on start and back online', () => {
    const now = Date.parse('2026-03-08T06:00:00Z');
    // Never read yet (0): due.
    expect(refreshDue(0, now, false)).toBe(true);
    expect(refreshDue(10_000, 10_000 + REFRESH_MS - 1, false)).toBe(false);
    expect(refreshDue(10_000, 10_000 + REFRESH_MS, false)).toBe(true);
    expect(refreshDue(10_000, 10_001, true)).toBe(true);
  });
});
