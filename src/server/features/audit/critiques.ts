/**
 * The open critique board of an account: strengths, weaknesses and ideas from the organisation's own
 * people, optionally anonymous (then no author is stored at all), with +1s and pins by the facilitator.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { CritiqueInput, PinInput } from '#core/audit/schemas.ts';
import { AppError } from '#core/errors.ts';
import type { Scope } from '../../auth/actor.ts';
import { queryRows } from '../../db/client.ts';
import { critiques, critiqueVotes } from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';
import { loadAccount } from './access.ts';

interface CritiqueRow {
  id: string;
  kind: string;
  body: string;
  author: string | null;
  pinned: boolean;
  created_at: string;
  votes: number;
  voted: boolean;
  mine: boolean;
}

export async function listCritiques(scope: Scope, accountId: string) {
  const { account, manage } = await loadAccount(scope, accountId);
  const rows = await queryRows<CritiqueRow>(
    scope.db,
    sql`select c.id, c.kind, c.body, u.name as author, c.pinned, c.created_at,
          (select count(*)::int from critique_votes v where v.critique_id = c.id) as votes,
          exists (select 1 from critique_votes v where v.critique_id = c.id and v.user_id = ${scope.actor.userId}) as voted,
          c.author_user_id is not distinct from ${scope.actor.userId}::uuid as mine
        from critiques c left join users u on u.id = c.author_user_id
        where c.account_id = ${account.id}
        order by c.pinned desc, votes desc, c.created_at desc`,
  );
  return {
    canPin: manage,
    critiques: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      body: r.body,
      author: r.author,
      anonymous: r.author === null,
      pinned: r.pinned,
      createdAt: new Date(r.created_at).toISOString(),
      votes: r.votes,
      voted: r.voted,
      // Only a named critique can be one's own: an anonymous one keeps no author to compare with.
      mine: r.author !== null && r.mine,
    })),
  };
}

export async function addCritique(scope: Scope, accountId: string, input: z.output<typeof CritiqueInput>) {
  const { account } = await loadAccount(scope, accountId);
  const [row] = await scope.db
    .insert(critiques)
    .values({
      accountId: account.id,
      kind: input.kind,
      body: input.body,
      authorUserId: input.anonymous ? null : scope.actor.userId,
    })
    .returning({ id: critiques.id });
  if (!row) throw new AppError('internal');
  return { id: row.id };
}

async function loadCritique(scope: Scope, id: string) {
  const [row] = await scope.db
    .select()
    .from(critiques)
    .where(eq(critiques.id, assertUuid(id)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  return row;
}

/** +1 (or take it back). One per person; who voted is never shown. */
export async function voteCritique(scope: Scope, id: string, on: boolean) {
  const critique = await loadCritique(scope, id);
  await loadAccount(scope, critique.accountId);
  if (on) {
    await scope.db
      .insert(critiqueVotes)
      .values({ critiqueId: critique.id, userId: scope.actor.userId })
      .onConflictDoNothing();
  } else {
    await scope.db
      .delete(critiqueVotes)
      .where(and(eq(critiqueVotes.critiqueId, critique.id), eq(critiqueVotes.userId, scope.actor.userId)));
  }
  return { voted: on };
}

export async function pinCritique(scope: Scope, id: string, input: z.output<typeof PinInput>) {
  const critique = await loadCritique(scope, id);
  await loadAccount(scope, critique.accountId, 'manage');
  await scope.db.update(critiques).set({ pinned: input.pinned }).where(eq(critiques.id, critique.id));
  return { pinned: input.pinned };
}

/** Rows for the CSV/XLSX export and the printed report: pinned first, then by +1s. */
export async function critiqueRows(scope: Scope, accountId: string) {
  const { critiques: list } = await listCritiques(scope, accountId);
  return list.map((c) => ({
    kind: c.kind,
    body: c.body,
    author: c.author ?? '',
    votes: c.votes,
    pinned: c.pinned,
    createdAt: c.createdAt,
  }));
}
