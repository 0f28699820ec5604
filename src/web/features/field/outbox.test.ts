import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  canUndo,
  countEntries,
  nextBatch,
  nextRelease,
  type OutboxEntry,
  releaseHeld,
  settleBatch,
  splitBatches,
  UNDO_MS,
  withDetails,
} from './outbox.ts';

const entry = (n: number, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  tally: {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    variant: 'a',
    outcome: 'cares',
    at: '2024-05-12T00:00:00Z',
  },
  state: 'pending',
  holdUntil: 0,
  seq: n,
  ...extra,
});

describe('the outbox rules', () => {
  it('sends pending taps whose hold has passed, oldest first, at most the batch size', () => {
    const entries = [
      entry(3),
      entry(1),
      entry(2, { state: 'sent' }),
      entry(4, { holdUntil: 5000 }),
      entry(5),
    ];
    expect(nextBatch(entries, 1000).map((e) => e.seq)).toEqual([1, 3, 5]);
    expect(nextBatch(entries, 5000).map((e) => e.seq)).toEqual([1, 3, 4, 5]);
    expect(nextBatch(entries, 1000, 2).map((e) => e.seq)).toEqual([1, 3]);
    expect(nextRelease(entries, 1000)).toBe(5000);
    expect(nextRelease(entries, 5000)).toBeNull();
  });

  it('splits 1,234 tallies into requests of 500, 500 and 234', () => {
    const items = Array.from({ length: 1234 }, (_, i) => i);
    const batches = splitBatches(items);
    expect(batches.map((b) => b.length)).toEqual([500, 500, 234]);
    expect(batches.flat()).toEqual(items);
    expect(splitBatches([], 500)).toEqual([]);
  });

  it('marks refused tallies with their reason and every other one as sent (duplicates included)', () => {
    const batch = [entry(1), entry(2), entry(3)];
    const settled = settleBatch(batch, {
      accepted: 1,
      duplicates: 1,
      rejected: [
        { id: batch[1]?.tally.id.toUpperCase() ?? null, reason: 'unknown_variant' },
        { id: null, reason: 'invalid' },
      ],
    });
    expect(settled.map((e) => [e.state, e.reason])).toEqual([
      ['sent', undefined],
      ['rejected', 'unknown_variant'],
      ['sent', undefined],
    ]);
  });

  it('backs off exponentially from 1 s to 60 s with jitter between half and all of the step', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((a) => backoffDelay(a, () => 1))).toEqual([
      1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
    expect([0, 1, 2, 6].map((a) => backoffDelay(a, () => 0))).toEqual([500, 1000, 2000, 30000]);
    for (let i = 0; i < 100; i++) {
      const d = backoffDelay(3);
      expect(d).toBeGreaterThanOrEqual(4000);
      expect(d).toBeLessThanOrEqual(8000);
    }
  });

  it('keeps the undo window open for 10 seconds after the tap, and only while unsent', () => {
    expect(canUndo(entry(1), UNDO_MS - 1, 0)).toBe(true);
    expect(canUndo(entry(1), UNDO_MS, 0)).toBe(false);
    expect(canUndo(entry(1, { state: 'sent' }), 1, 0)).toBe(false);
    expect(canUndo(undefined, 1, 0)).toBe(false);
    expect(
      releaseHeld([entry(1, { holdUntil: 9 }), entry(2), entry(3, { state: 'sent', holdUntil: 9 })]),
    ).toEqual([entry(1, { holdUntil: 0 })]);
  });

  it('counts the taps kept, pending and refused', () => {
    const counts = countEntries([
      entry(1),
      entry(2, { state: 'sent' }),
      entry(3, { state: 'rejected', reason: 'bad_time' }),
      { ...entry(4), tally: { ...entry(4).tally, outcome: 'angry' } },
    ]);
    expect(counts).toEqual({ byOutcome: { cares: 2, angry: 1 }, total: 3, pending: 2, rejected: 1 });
  });

  it('adds details after the tap and removes a detail set back to nothing', () => {
    const tally = entry(1).tally;
    const detailed = withDetails(tally, { age_band: '25-34', quote: '  mahal sekali  ' });
    expect(detailed).toEqual({ ...tally, age_band: '25-34', quote: 'mahal sekali' });
    expect(withDetails(detailed, { age_band: '', quote: ' ' })).toEqual(tally);
    expect(withDetails(tally, { quote: 'x'.repeat(300) }).quote).toHaveLength(280);
  });
});
