/**
 * The demo's social-media audit: an Instagram and a TikTok account of the first confederation and an
 * Instagram account of the second, each with six months of posts before the demo's date and a few follower
 * counts. The posts are generated from fixed seeds, so every demo shows the same figures (relative to its
 * own date), and shaped so that the audit has something to say: KSBN's Instagram goes quiet for three weeks,
 * reaches few of its followers, grows slowly and posts too few reels for how well they do; KPMI's posts
 * regularly but draws few interactions per follower; the TikTok account is steady. Handles and post ids are
 * fictional; no post has a permalink, so no link leads to a stranger's post.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { localToInstant } from '#core/audit/local-time.ts';
import type { Platform, PostType } from '#core/audit/model.ts';
import { dateInZone } from '#core/i18n/format.ts';
import { type Random, seededRandom } from '#core/random.ts';
import { markPostsChanged } from '../../features/audit/post-digest.ts';
import type { Database } from '../client.ts';
import { auditImports, followerSnapshots, organisations, socialAccounts, socialPosts } from '../schema.ts';
import { DEMO_ORGANISATIONS } from './demo-data.ts';

const ZONE = 'Asia/Jakarta';
const DAY_MS = 86_400_000;
/** How far back the posts go, in days before the demo's date. */
const HISTORY_DAYS = 182;

interface PostKind {
  type: PostType;
  /** The export's own word for the format (Meta's Indonesian labels); null where the export has none. */
  label: string | null;
  /** Relative frequency among the account's posts. */
  weight: number;
  /** Multiplies the account's typical reach (views on TikTok) for this format. */
  audience: number;
  /** Multiplies the account's typical interactions per person reached. */
  rate: number;
}

export interface DemoAuditAccount {
  organisation: 'ksbn' | 'kpmi';
  platform: Platform;
  handle: string;
  displayName: string;
  /** The platform's id of the account, as Meta's exports name it; TikTok's exports have none. */
  platformAccountId: string | null;
  seed: number;
  postsPerWeek: number;
  /** Days (before the demo's date) without any post: `[from, to)`. */
  silences: Array<[number, number]>;
  kinds: PostKind[];
  /** Typical reach (Instagram) or views (TikTok) of a post. */
  audience: number;
  /** Typical interactions per person reached (per view on TikTok). */
  rate: number;
  /** Follower counts, as [days before the demo's date, followers]. */
  followers: Array<[number, number]>;
  followerSource: string;
  /** Posts of another account that appear in this one's export (collabs), left out of its figures. */
  collabs: { count: number; ownerHandle: string; ownerAccountId: string } | null;
  captions: string[];
}

const CAPTIONS_KSBN = [
  'Transisi energi harus adil bagi pekerja tambang. Kawal bersama! #TransisiBerkeadilan',
  'Rapat akbar anggota Sabtu ini, 09.00 WIB. Datang dan ajak kawan satu shift.',
  'Upah layak bukan hadiah, tapi hak. Geser untuk membaca tuntutan kami 👉',
  'Terima kasih kawan-kawan FPT yang turun ke jalan hari ini ✊🏽',
  'Apa itu PHK sepihak dan bagaimana melawannya? Simak penjelasan singkat ini.',
  'Kebebasan berserikat dijamin UU. Kenali hakmu sebelum menandatangani kontrak.',
  'Suara dari lapangan: pekerja tambang Bara Lestari bercerita tentang shift 12 jam.',
  'Pelatihan K3 untuk pengurus basis minggu depan. Daftar lewat tautan di bio.',
];
const CAPTIONS_TIKTOK = [
  'POV: kamu baru tahu lembur wajib dibayar 🤯 #buruh #haknormatif',
  '3 hal yang harus kamu cek di slip gaji',
  'Kenapa kami turun ke jalan hari ini? Dengar langsung dari anggota.',
  'Serikat itu apa sih? Dijelaskan dalam 30 detik',
  'Behind the scene rapat akbar KSBN',
];
const CAPTIONS_KPMI = [
  'Selamat Hari Buruh untuk seluruh pekerja Indonesia! #KPMI',
  'Pendaftaran sekolah organisasi angkatan baru sudah dibuka.',
  'Pernyataan sikap KPMI tentang rancangan aturan pengupahan.',
  'Konsolidasi wilayah Jawa Barat berjalan lancar. Terima kasih para pengurus!',
  'Infografis: berapa upah minimum di kotamu?',
  'Kisah anggota: dari buruh kontrak menjadi pekerja tetap berkat perundingan bersama.',
];

export const DEMO_AUDIT_ACCOUNTS: DemoAuditAccount[] = [
  {
    organisation: 'ksbn',
    platform: 'instagram',
    handle: 'ksbn.nusantara',
    displayName: 'KSBN Nusantara (Demo)',
    platformAccountId: '17841400000000101',
    seed: 4101,
    postsPerWeek: 3.5,
    silences: [[95, 116]],
    kinds: [
      { type: 'image', label: 'Gambar IG', weight: 55, audience: 0.9, rate: 0.9 },
      { type: 'carousel', label: 'Carousel IG', weight: 35, audience: 1.1, rate: 1 },
      { type: 'reel', label: 'Reel IG', weight: 10, audience: 1.6, rate: 2.2 },
    ],
    audience: 1400,
    rate: 0.07,
    followers: [
      [176, 17_600],
      [120, 17_700],
      [62, 17_840],
      [7, 17_960],
    ],
    followerSource: 'typed',
    collabs: { count: 5, ownerHandle: 'fbep.energi', ownerAccountId: '17841400000000777' },
    captions: CAPTIONS_KSBN,
  },
  {
    organisation: 'ksbn',
    platform: 'tiktok',
    handle: 'ksbn.nusantara',
    displayName: 'KSBN Nusantara (Demo)',
    platformAccountId: null,
    seed: 4102,
    postsPerWeek: 2.5,
    silences: [],
    kinds: [{ type: 'video', label: null, weight: 1, audience: 1, rate: 1 }],
    audience: 2800,
    rate: 0.06,
    followers: [
      [175, 7_800],
      [118, 8_300],
      [60, 8_900],
      [7, 9_500],
    ],
    followerSource: 'tiktok_follower_history',
    collabs: null,
    captions: CAPTIONS_TIKTOK,
  },
  {
    organisation: 'kpmi',
    platform: 'instagram',
    handle: 'kpmi.merdeka',
    displayName: 'KPMI Merdeka (Demo)',
    platformAccountId: '17841400000000202',
    seed: 4201,
    postsPerWeek: 4.2,
    silences: [],
    kinds: [
      { type: 'image', label: 'Gambar IG', weight: 50, audience: 0.95, rate: 1 },
      { type: 'carousel', label: 'Carousel IG', weight: 28, audience: 1.05, rate: 1.1 },
      { type: 'reel', label: 'Reel IG', weight: 22, audience: 1.3, rate: 1.2 },
    ],
    audience: 950,
    rate: 0.027,
    followers: [
      [172, 5_400],
      [110, 5_700],
      [50, 5_950],
      [7, 6_200],
    ],
    followerSource: 'typed',
    collabs: null,
    captions: CAPTIONS_KPMI,
  },
];

/** Posting hours (local) and how many posts go out at each: mornings, lunch, and the evening peak. */
const HOURS: Array<[hour: number, weight: number, rate: number]> = [
  [6, 2, 0.9],
  [7, 4, 1],
  [9, 2, 0.85],
  [12, 4, 0.9],
  [16, 2, 1],
  [19, 5, 1.25],
  [20, 4, 1.3],
  [21, 2, 1.15],
];

function pickWeighted<T>(random: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let at = random() * total;
  for (const item of items) {
    at -= weight(item);
    if (at < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** A factor around 1 with a long right tail (a few posts do far better than the rest). */
function spread(random: Random, sigma: number): number {
  // Sum of three uniforms: close enough to a normal for demo data, and cheap.
  const normal = (random() + random() + random() - 1.5) * 2;
  return Math.exp(normal * sigma);
}

const isoDate = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

export interface DemoPost {
  platformPostId: string;
  own: boolean;
  ownerAccountId: string | null;
  ownerHandle: string | null;
  publishedAt: Date;
  type: PostType;
  typeLabel: string | null;
  caption: string;
  views: number;
  reach: number | null;
  likes: number;
  comments: number;
  shares: number;
  saves: number | null;
  follows: number | null;
}

/** The account's posts and follower counts up to the day before `today` (`YYYY-MM-DD`, local). Pure. */
export function demoAuditData(spec: DemoAuditAccount, today: string) {
  const random = seededRandom(spec.seed);
  const todayNumber = Math.round(Date.parse(`${today}T00:00:00Z`) / DAY_MS);
  const instagram = spec.platform === 'instagram';
  const chance = spec.postsPerWeek / 7;
  const posts: DemoPost[] = [];
  let serial = 0;
  for (let back = HISTORY_DAYS; back >= 1; back--) {
    const silent = spec.silences.some(([from, to]) => back <= to && back > from);
    // Up to two posts a day: the second only on busy days.
    const count = random() < chance ? (random() < 0.15 ? 2 : 1) : 0;
    if (silent) continue;
    const [year, month, day] = isoDate(todayNumber - back)
      .split('-')
      .map(Number) as [number, number, number];
    const hours = new Set<number>();
    for (let i = 0; i < count; i++) {
      const kind = pickWeighted(random, spec.kinds, (k) => k.weight);
      // TikTok's exports date a post by its day only: the post sits at local midnight, as imported.
      const [hour, , hourRate] = instagram
        ? pickWeighted(random, HOURS, ([, weight]) => weight)
        : ([0, 0, 1] as const);
      if (instagram && hours.has(hour)) continue;
      hours.add(hour);
      const minute = instagram ? Math.floor(random() * 60) : 0;
      const at = localToInstant({ year, month, day, hour, minute, second: 0, millisecond: 0 }, ZONE);
      const audience = Math.max(40, Math.round(spec.audience * kind.audience * spread(random, 0.45)));
      const interactions = Math.max(
        1,
        Math.round(audience * spec.rate * kind.rate * hourRate * spread(random, 0.3)),
      );
      const comments = Math.round(interactions * (0.05 + random() * 0.05));
      const shares = Math.round(interactions * (0.04 + random() * 0.05));
      const saves = instagram ? Math.round(interactions * (0.03 + random() * 0.05)) : null;
      serial++;
      posts.push({
        platformPostId: instagram
          ? `${spec.platformAccountId?.slice(-3) ?? '000'}7900000${String(serial).padStart(5, '0')}`
          : `73${spec.seed}0000${String(serial).padStart(6, '0')}`,
        own: true,
        ownerAccountId: spec.platformAccountId,
        ownerHandle: spec.handle,
        publishedAt: new Date(at),
        type: kind.type,
        typeLabel: kind.label,
        caption: spec.captions[Math.floor(random() * spec.captions.length)] ?? '',
        // Instagram counts a person once in reach and every showing in views.
        views: instagram ? Math.round(audience * (1.3 + random() * 0.4)) : audience,
        reach: instagram ? audience : null,
        likes: interactions - comments - shares - (saves ?? 0),
        comments,
        shares,
        saves,
        follows: instagram ? Math.round(random() * 4) : null,
      });
    }
  }
  if (spec.collabs) {
    const { count, ownerHandle, ownerAccountId } = spec.collabs;
    for (let i = 0; i < count; i++) {
      const back = 10 + Math.floor((i * (HISTORY_DAYS - 20)) / count);
      const [year, month, day] = isoDate(todayNumber - back)
        .split('-')
        .map(Number) as [number, number, number];
      const reach = Math.round(spec.audience * 2.5 * spread(random, 0.3));
      const interactions = Math.round(reach * spec.rate * 1.2);
      posts.push({
        platformPostId: `7777900000${String(i + 1).padStart(5, '0')}`,
        own: false,
        ownerAccountId,
        ownerHandle,
        publishedAt: new Date(
          localToInstant({ year, month, day, hour: 10, minute: 0, second: 0, millisecond: 0 }, ZONE),
        ),
        type: 'reel',
        typeLabel: 'Reel IG',
        caption: 'Kolaborasi: suara pekerja energi dari lapangan',
        views: Math.round(reach * 1.5),
        reach,
        likes: Math.round(interactions * 0.85),
        comments: Math.round(interactions * 0.08),
        shares: Math.round(interactions * 0.07),
        saves: 0,
        follows: 0,
      });
    }
  }
  const snapshots = spec.followers.map(([back, followers]) => ({
    date: isoDate(todayNumber - back),
    followers,
  }));
  return { posts, snapshots };
}

/**
 * Adds the demo's audit accounts that are missing (by organisation, platform and handle), with their
 * posts, follower counts and one line of import history. Does nothing without the demo's organisations
 * or when the accounts are already there, so it may run on every seeding. Returns how many it added.
 */
export async function seedDemoAudit(db: Database, now: Date): Promise<number> {
  const names = new Map(DEMO_ORGANISATIONS.map((o) => [o.name, o.key]));
  const orgRows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.name, [...names.keys()]));
  const orgIds = new Map(orgRows.map((o) => [names.get(o.name), o.id]));
  const today = dateInZone(now, ZONE);
  const metricsAsOf = dateInZone(new Date(now.getTime() - DAY_MS), ZONE);
  let added = 0;
  for (const spec of DEMO_AUDIT_ACCOUNTS) {
    const organisationId = orgIds.get(spec.organisation);
    if (!organisationId) continue;
    const [existing] = await db
      .select({ id: socialAccounts.id })
      .from(socialAccounts)
      .where(
        and(
          eq(socialAccounts.organisationId, organisationId),
          eq(socialAccounts.platform, spec.platform),
          eq(socialAccounts.handle, spec.handle),
        ),
      )
      .limit(1);
    if (existing) continue;
    const [account] = await db
      .insert(socialAccounts)
      .values({
        organisationId,
        platform: spec.platform,
        handle: spec.handle,
        displayName: spec.displayName,
        platformAccountId: spec.platformAccountId,
        timeZone: ZONE,
      })
      .returning({ id: socialAccounts.id });
    if (!account) continue;
    const { posts, snapshots } = demoAuditData(spec, today);
    await db.insert(socialPosts).values(
      posts.map((p) => ({
        ...p,
        accountId: account.id,
        reactions: null,
        clicks: null,
        permalink: null,
        durationSeconds: null,
        metricsAsOf,
      })),
    );
    // As every writer of posts does: the KPIs' stored digest of the account's posts is out of date.
    await markPostsChanged(db, account.id);
    await db.insert(followerSnapshots).values(
      snapshots.map((s) => ({
        accountId: account.id,
        date: s.date,
        followers: s.followers,
        source: spec.followerSource,
      })),
    );
    const own = posts.filter((p) => p.own).length;
    await db.insert(auditImports).values({
      accountId: account.id,
      fileName: 'Data contoh (demo)',
      format: spec.platform === 'tiktok' ? 'tiktok_content' : 'meta_posts',
      rows: posts.length,
      imported: own,
      updated: 0,
      skippedForeign: posts.length - own,
      createdBy: null,
    });
    added++;
  }
  return added;
}
