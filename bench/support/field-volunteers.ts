/**
 * The simulated volunteers of bench/field.ts, in a process of their own: their phones are not the server,
 * so making and sending their requests must not take the server's thread. Reads one JSON message (the
 * app's address, the volunteers' tokens, the batch size and how many sync at once), sends every
 * volunteer's outbox as one batch, and answers with the tallies accepted and the seconds it took from the
 * first request to the last answer.
 */
import { randomUUID } from 'node:crypto';

export interface VolunteersTask {
  base: string;
  tokens: string[];
  perVolunteer: number;
  concurrency: number;
}

export interface VolunteersResult {
  accepted: number;
  seconds: number;
}

/** Tallies as the outbox sends them: alternating variants and outcomes, details on every fifth. */
export function makeTallies(n: number) {
  const at = new Date(Date.now() - 60_000).toISOString();
  return Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    variant: i % 2 === 0 ? 'poster-a' : 'poster-b',
    outcome: ['cares', 'indifferent', 'angry'][i % 3] as string,
    at,
    ...(i % 5 === 0 ? { age_band: '25-34', group: 'worker', quote: 'Upah layak untuk semua pekerja.' } : {}),
  }));
}

async function run(task: VolunteersTask): Promise<VolunteersResult> {
  // Bodies are made before the clock starts: a phone has its outbox ready when the signal comes back.
  const outboxes = task.tokens.map((token) => ({
    token,
    body: JSON.stringify({ tallies: makeTallies(task.perVolunteer) }),
  }));
  let accepted = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: task.concurrency }, async () => {
      while (next < outboxes.length) {
        const outbox = outboxes[next++];
        if (!outbox) break;
        const response = await fetch(`${task.base}/api/field/tallies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${outbox.token}` },
          body: outbox.body,
        });
        const text = await response.text();
        if (response.status !== 200) throw new Error(`tallies: ${response.status} ${text}`);
        accepted += Number((JSON.parse(text) as { accepted: number }).accepted);
      }
    }),
  );
  return { accepted, seconds: (performance.now() - started) / 1000 };
}

if (process.send) {
  process.once('message', (task: VolunteersTask) => {
    run(task).then(
      (result) => process.send?.(result, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
