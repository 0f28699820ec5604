/**
 * Assessment at scale on PGlite: 10,000 respondents × the 60-item instrument.
 * Measures, in one run: parsing the CSV alone (the baseline), the import (parse + store), scoring every
 * respondent, and the programme dashboard query. Budgets: ≤ 3 s for import + scoring + dashboard, ≤ 300 ms
 * for the dashboard query (median of 5). Exits non-zero when over budget.
 */

import { eq } from 'drizzle-orm';
import { DEFAULT_INSTRUMENT as I } from '#core/assessment/instruments/registry.ts';
import type { Item } from '#core/assessment/model.ts';
import { parseResponsesCsv } from '#core/assessment/responses-csv.ts';
import { scoreRound } from '#core/assessment/round.ts';
import { loadActor, loadOrganisationTree } from '#server/auth/actor.ts';
import { migrateDatabase, openPglite } from '#server/db/client.ts';
import { assessments, programmes, users } from '#server/db/schema.ts';
import { seedDemo } from '#server/db/seed/demo.ts';
import { importResponses } from '#server/features/assessments/import.ts';
import { assessmentResults } from '#server/features/assessments/results.ts';

const RESPONDENTS = 10_000;
const TOTAL_BUDGET_MS = 3000;
const DASHBOARD_BUDGET_MS = 300;

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pickOf = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function cell(item: Item): string {
  switch (item.type) {
    case 'single_choice':
    case 'scenario':
      return pickOf(item.options).id;
    case 'checklist':
      return (
        item.options
          .filter(() => random() < 0.4)
          .map((o) => o.id)
          .join('|') ||
        (item.options[0]?.id ?? '')
      );
    case 'numeric':
      return String(item.inputMin + Math.floor(random() * Math.min(100, item.inputMax - item.inputMin)));
    case 'open_text':
      return random() < 0.2 ? 'Pelatihan video pendek' : '';
  }
}

function makeCsv(groups: string[]): string {
  const lines = [['respondent', 'group', 'duration_seconds', ...I.items.map((i) => i.id)].join(',')];
  for (let n = 0; n < RESPONDENTS; n++) {
    lines.push(
      [`R${n}`, pickOf(groups), String(300 + Math.floor(random() * 1200)), ...I.items.map(cell)].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

const time = async <T>(run: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
};
const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;

async function main() {
  const handle = await openPglite({});
  await migrateDatabase(handle);
  await seedDemo(handle.db);
  const db = handle.db;
  const [programme] = await db.select().from(programmes).limit(1);
  if (!programme) throw new Error('no demo programme');
  const [assessment] = await db
    .insert(assessments)
    .values({
      programmeId: programme.id,
      name: 'Bench',
      round: 'baseline',
      instrumentId: I.id,
      instrumentVersion: I.version,
    })
    .returning();
  if (!assessment) throw new Error('no assessment');
  const csv = makeCsv(['KSBN', 'KPMI', 'Tim Energi', 'Tim Transportasi', 'Tim Merdeka', '']);
  console.log(
    `${RESPONDENTS} respondents × ${I.items.length} items, ${(csv.length / 1024 / 1024).toFixed(1)} MiB of CSV`,
  );

  const [, parseMs] = await time(() => parseResponsesCsv(csv, I));
  const [imported, importMs] = await time(() => importResponses(handle, assessment.id, csv, new Date()));
  if (imported.problems.length > 0)
    throw new Error(`import problems: ${JSON.stringify(imported.problems.slice(0, 3))}`);
  const parsed = parseResponsesCsv(csv, I).respondents;
  const [, scoreMs] = await time(() => scoreRound(I, parsed));

  const [facilitator] = await db.select().from(users).where(eq(users.email, 'facilitator@demo.test'));
  if (!facilitator) throw new Error('no facilitator');
  const scope = { db, actor: await loadActor(db, facilitator), tree: await loadOrganisationTree(db) };
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push((await time(() => assessmentResults(scope, assessment.id)))[1]);
  const dashboardMs = [...runs].sort((a, b) => a - b)[2] ?? Number.NaN;

  const total = importMs + scoreMs + dashboardMs;
  console.log(`parse only (baseline)      ${ms(parseMs)}`);
  console.log(`import (parse + store)     ${ms(importMs)}  (${(importMs / parseMs).toFixed(1)}× parsing)`);
  console.log(`score all respondents      ${ms(scoreMs)}`);
  console.log(
    `dashboard query (median 5) ${ms(dashboardMs)}  budget ${DASHBOARD_BUDGET_MS} ms ${dashboardMs <= DASHBOARD_BUDGET_MS ? 'ok' : 'EXCEEDED'}`,
  );
  console.log(
    `import + score + dashboard ${ms(total)}  budget ${TOTAL_BUDGET_MS} ms ${total <= TOTAL_BUDGET_MS ? 'ok' : 'EXCEEDED'}`,
  );
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  await handle.close();
  const failed = total > TOTAL_BUDGET_MS || dashboardMs > DASHBOARD_BUDGET_MS;
  console.log(failed ? 'assessment: over budget' : 'assessment: within budget');
  process.exit(failed ? 1 : 0);
}

await main();
