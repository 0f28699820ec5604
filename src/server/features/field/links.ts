/**
 * Tracked links: `/l/<code>` on a poster's QR code redirects to the variant's target and counts the scan.
 * No IP address or user agent is stored: a repeat the same local day is recognised by a hash of the
 * session's secret salt, the day, the address and the browser (`visitorHash`), and only counted.
 */
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { localHourStart, localIso } from '#core/field/hours.ts';
import { ShortCodeSchema, visitorDay, visitorHash } from '#core/field/links.ts';
import { sha256Hex } from '../../crypto.ts';
import { type Database, queryRows } from '../../db/client.ts';
import { fieldScans, fieldSessions } from '../../db/schema.ts';
import type { AppEnv } from '../../http/context.ts';
import { clientIp } from '../../http/middleware.ts';
import { type SessionRow, variantsOf } from './sessions.ts';

async function findVariant(db: Database, code: string) {
  const [session] = await db
    .select()
    .from(fieldSessions)
    .where(sql`${fieldSessions.variants} @> ${JSON.stringify([{ shortCode: code }])}::jsonb`)
    .limit(1);
  const variant = session ? variantsOf(session).find((v) => v.shortCode === code) : undefined;
  return session && variant ? { session, variant } : null;
}

/** Counts one scan: a new row for the visitor's first scan of the variant that local day, else one more. */
export async function recordScan(
  db: Database,
  session: SessionRow,
  variant: string,
  visitor: { ip: string; userAgent: string },
  at: Date,
) {
  const day = visitorDay(at.getTime(), session.timeZone);
  const hash = visitorHash({ salt: session.scanSalt, day, ...visitor }, sha256Hex);
  await db
    .insert(fieldScans)
    .values({
      sessionId: session.id,
      variant,
      day,
      visitorHash: hash,
      hour: new Date(localHourStart(at.getTime(), session.timeZone)),
    })
    .onConflictDoUpdate({
      target: [fieldScans.sessionId, fieldScans.variant, fieldScans.day, fieldScans.visitorHash],
      set: { scans: sql`${fieldScans.scans} + 1` },
    });
}

/**
 * Scans per variant and local hour: `scans` every scan, `visitors` the different visitors. A repeat scan
 * counts in the hour of that visitor's first scan of the day (one row per visitor and day is all that is kept).
 */
export async function scanCounts(db: Database, session: SessionRow) {
  const rows = await queryRows<{ variant: string; hour: number; scans: number; visitors: number }>(
    db,
    sql`select variant, (extract(epoch from hour) * 1000)::float8 as hour, sum(scans)::int as scans,
        count(*)::int as visitors
      from ${fieldScans} where session_id = ${session.id} group by 1, 2 order by 2`,
  );
  const order = variantsOf(session).map((v) => v.id);
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return rows
    .sort(
      (a, b) => rank(a.variant) - rank(b.variant) || a.variant.localeCompare(b.variant) || a.hour - b.hour,
    )
    .map((r) => ({
      variant: r.variant,
      hour: localIso(r.hour, session.timeZone),
      scans: r.scans,
      visitors: r.visitors,
    }));
}

const notFoundPage = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Tautan tidak ditemukan</title></head>
<body style="font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">
<h1>Tautan tidak ditemukan</h1><p>Tautan ini tidak dikenal atau belum punya tujuan.</p>
<p lang="en">This link is unknown or does not lead anywhere yet.</p></body></html>`;

/** `GET /l/:code`, outside `/api`: no sign-in, no cookies needed. */
export const linkRoutes = new Hono<AppEnv>().get('/l/:code', async (c) => {
  const code = ShortCodeSchema.safeParse(c.req.param('code'));
  const { db, now } = c.get('deps');
  const found = code.success ? await findVariant(db, code.data) : null;
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  if (!found?.variant.targetUrl) return c.html(notFoundPage, 404);
  await recordScan(
    db,
    found.session,
    found.variant.id,
    { ip: clientIp(c), userAgent: c.req.header('user-agent') ?? '' },
    now(),
  );
  return c.redirect(found.variant.targetUrl, 302);
});
