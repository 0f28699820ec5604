/**
 * The database schema (one PostgreSQL schema for PGlite and PostgreSQL alike). Migrations in drizzle/ are
 * generated from this file with `npm run db:generate` and never edited after they land.
 * Ids are UUIDs made by the database, so backups restore identically and instances never collide.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-cased; null for participants who joined with a code, name and PIN. */
    email: text('email'),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    pinHash: text('pin_hash'),
    locale: text('locale').notNull().default('id'),
    isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email)],
);

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id, { onDelete: 'restrict' }),
    country: text('country'),
    createdAt: createdAt(),
  },
  (t) => [index('organisations_parent_idx').on(t.parentId)],
);

export const organisationRoles = pgTable(
  'organisation_roles',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    index('organisation_roles_user_idx').on(t.userId),
  ],
);

export const programmes = pgTable('programmes', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  venue: text('venue').notNull().default(''),
  timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
  themes: jsonb('themes').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  /** The audit's flag thresholds per platform where this programme departs from the defaults. */
  auditThresholds: jsonb('audit_thresholds')
    .$type<Record<string, Record<string, number>>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  /** The review rubric when this programme departs from the default one (src/core/review/rubric.ts). */
  reviewRubric: jsonb('review_rubric').$type<Array<Record<string, unknown>>>(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const programmeOrganisations = pgTable(
  'programme_organisations',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.organisationId] })],
);

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('teams_programme_name_unique').on(t.programmeId, t.name)],
);

export const programmeMembers = pgTable(
  'programme_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    /** Normalised name of a participant who joined with a code; unique per programme so they can return. */
    joinName: text('join_name'),
    joinedAt: timestamp('joined_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('programme_members_unique').on(t.programmeId, t.userId),
    uniqueIndex('programme_members_join_name_unique').on(t.programmeId, t.joinName),
    index('programme_members_user_idx').on(t.userId),
  ],
);

export const agendaDays = pgTable(
  'agenda_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    title: text('title').notNull().default(''),
  },
  (t) => [uniqueIndex('agenda_days_programme_date_unique').on(t.programmeId, t.date)],
);

export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dayId: uuid('day_id')
      .notNull()
      .references(() => agendaDays.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    title: text('title').notNull(),
    module: text('module').notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('activities_day_idx').on(t.dayId)],
);

export const joinCodes = pgTable(
  'join_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    label: text('label').notNull().default(''),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('join_codes_code_unique').on(t.code)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a leaked table does not yield usable cookies. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  email: text('email').notNull(),
  name: text('name').notNull().default(''),
  isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
  organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
  organisationRole: text('organisation_role'),
  programmeId: uuid('programme_id').references(() => programmes.id, { onDelete: 'cascade' }),
  programmeRole: text('programme_role'),
  invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
});

/** Failed sign-in and join attempts, counted per key (account, IP, code+name) for rate limits. */
export const authFailures = pgTable(
  'auth_failures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('auth_failures_key_at_idx').on(t.key, t.at)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);

export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
});

// --- assessment ------------------------------------------------------------------------------------

/** An assessment round in a programme: which instrument, which round, and the anonymity threshold k. */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** `baseline`, `follow_up`, or `named` (then `roundLabel` names it). */
    round: text('round').notNull(),
    roundLabel: text('round_label').notNull().default(''),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    k: integer('k').notNull().default(5),
    status: text('status').notNull().default('open'),
    createdAt: createdAt(),
  },
  (t) => [index('assessments_programme_idx').on(t.programmeId)],
);

/**
 * One person's answers. Deliberately not linked to a user: the row carries only a hash of the person's
 * personal code (to resume and to pair baseline with follow-up) and a hash of the device's token.
 */
export const assessmentResponses = pgTable(
  'assessment_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    /** SHA-256 of programme id + personal code: the same code pairs rounds within one programme only. */
    codeHash: text('code_hash').notNull(),
    /** Null for answers imported from a file: they have no device, so nothing can open them. */
    tokenHash: text('token_hash'),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    /**
     * JSON text, compact and in instrument order (see src/core/assessment/codec.ts). Text, not jsonb: the
     * database never looks inside, and parsing jsonb on every write made large imports several times slower.
     */
    answers: text('answers').notNull().default('[]'),
    source: text('source').notNull().default('web'),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastAnsweredAt: timestamp('last_answered_at', { withTimezone: true, mode: 'date' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    durationSeconds: integer('duration_seconds'),
    // Scores stored at submission (see storedScoresOf), in instrument order, so that group results are
    // aggregates in the database. Null until submitted.
    overall: doublePrecision('overall'),
    levelScores: doublePrecision('level_scores').array().$type<Array<number | null>>(),
    dimensionScores: doublePrecision('dimension_scores').array().$type<Array<number | null>>(),
    itemPoints: doublePrecision('item_points').array().$type<Array<number | null>>(),
    straightline: boolean('straightline'),
    overclaim: boolean('overclaim'),
  },
  (t) => [
    uniqueIndex('assessment_responses_code_unique').on(t.assessmentId, t.codeHash),
    uniqueIndex('assessment_responses_token_unique').on(t.tokenHash),
  ],
);

/**
 * Who has started which round: one start per person, so nobody can pad a small group with made-up
 * responses. Deliberately not linked to the response itself.
 */
export const assessmentStarts = pgTable(
  'assessment_starts',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.userId] })],
);

/**
 * An instrument made or adapted by facilitators, one row per version. A version that an assessment uses
 * is frozen: saving it makes the next version, so answers always meet the questions they were given.
 * The built-in instruments live in code (src/core/assessment/instruments) and are never stored here.
 */
export const instruments = pgTable(
  'instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    /** The family id assessments refer to (with the version), unique across the whole installation. */
    instrumentId: text('instrument_id').notNull(),
    version: integer('version').notNull(),
    /** The instrument without id and version, as JSON text (checked by InstrumentContentSchema). */
    content: text('content').notNull(),
    /** `id@version` it was copied from. */
    basedOn: text('based_on'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('instruments_family_version_unique').on(t.instrumentId, t.version),
    index('instruments_programme_idx').on(t.programmeId),
  ],
);

// --- social-media audit ----------------------------------------------------------------------------

/** An organisation's account on one platform, audited from the platform's own export files. */
export const socialAccounts = pgTable(
  'social_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    /** Lower-case, without `@`. */
    handle: text('handle').notNull(),
    displayName: text('display_name').notNull().default(''),
    /** The platform's own id of the account (Meta `Account ID` / `Page ID`), learnt from the first import. */
    platformAccountId: text('platform_account_id'),
    /** The zone the exports' local times are read in and the KPIs' days and weeks are counted in. */
    timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
    /** The columns of a generic CSV, kept for the next file of this account. */
    columnMapping: jsonb('column_mapping').$type<Record<string, string>>(),
    /** Raised by every import in its transaction: a digest of an older version is stale. */
    postsVersion: integer('posts_version').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('social_accounts_org_platform_handle_unique').on(t.organisationId, t.platform, t.handle),
  ],
);

/**
 * One post as its newest export saw it. Keyed by the platform's post id: importing again replaces older
 * metrics with newer ones. Posts of another account (collab posts) are kept with `own` false and left
 * out of the account's KPIs.
 */
export const socialPosts = pgTable(
  'social_posts',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id, { onDelete: 'cascade' }),
    platformPostId: text('platform_post_id').notNull(),
    own: boolean('own').notNull(),
    ownerAccountId: text('owner_account_id'),
    ownerHandle: text('owner_handle'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull(),
    type: text('type').notNull(),
    typeLabel: text('type_label'),
    caption: text('caption'),
    permalink: text('permalink'),
    durationSeconds: doublePrecision('duration_seconds'),
    views: doublePrecision('views'),
    reach: doublePrecision('reach'),
    likes: doublePrecision('likes'),
    reactions: doublePrecision('reactions'),
    comments: doublePrecision('comments'),
    shares: doublePrecision('shares'),
    saves: doublePrecision('saves'),
    follows: doublePrecision('follows'),
    clicks: doublePrecision('clicks'),
    /** The day the metrics were exported (the snapshot they belong to). */
    metricsAsOf: date('metrics_as_of', { mode: 'string' }).notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  // Keyed by what identifies a post: no surrogate id, whose index would cost every import of 100k rows.
  (t) => [
    primaryKey({ columns: [t.accountId, t.platformPostId] }),
    index('social_posts_account_published_idx').on(t.accountId, t.publishedAt),
  ],
);

/**
 * What the KPIs read of an account's own posts, one line per post oldest first, built from `social_posts`
 * by every import in its transaction (or by a read that finds none of the account's current
 * `posts_version`: a restored backup, the seeded demo).
 * Reading 100,000 posts' columns costs PGlite about a quarter of a second on every request; one stored
 * text costs it a few milliseconds. Derived data: left out of backups and rebuilt when missing. The
 * body is stored uncompressed (migration 0012), since compressing megabytes costs more than it saves.
 */
export const socialPostDigests = pgTable('social_post_digests', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => socialAccounts.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  posts: integer('posts').notNull(),
  body: text('body').notNull(),
  builtAt: timestamp('built_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** A follower count on a day: typed in, from an audience file, or from a follower history. */
export const followerSnapshots = pgTable(
  'follower_snapshots',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    followers: integer('followers').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.date] })],
);

/** One value of a daily metric file (reach, views, follower change, …). */
export const dailyMetrics = pgTable(
  'daily_metrics',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id, { onDelete: 'cascade' }),
    metric: text('metric').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    value: doublePrecision('value'),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.metric, t.date] })],
);

/** Each file imported: the evidence of where the figures came from. */
export const auditImports = pgTable(
  'audit_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull().default(''),
    format: text('format').notNull(),
    rows: integer('rows').notNull(),
    imported: integer('imported').notNull(),
    updated: integer('updated').notNull(),
    skippedForeign: integer('skipped_foreign').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('audit_imports_account_idx').on(t.accountId)],
);

/**
 * A participant's critique of an account. An anonymous critique keeps no author at all: not hidden, absent.
 */
export const critiques = pgTable(
  'critiques',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    pinned: boolean('pinned').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('critiques_account_idx').on(t.accountId)],
);

/** +1s: one per person and critique. Who voted is never shown. */
export const critiqueVotes = pgTable(
  'critique_votes',
  {
    critiqueId: uuid('critique_id')
      .notNull()
      .references(() => critiques.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.critiqueId, t.userId] })],
);

// --- campaign studio and review ---------------------------------------------------------------------

/**
 * A team's campaign plan. The plan's own fields are one document with a version: a save must name the
 * version it started from, so a save on a stale version is refused instead of silently overwriting.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    /** The plan without id, team and version (CampaignPlanSchema in src/core/campaign). */
    plan: jsonb('plan').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('campaigns_programme_idx').on(t.programmeId), index('campaigns_team_idx').on(t.teamId)],
);

/** One post of the content calendar, versioned on its own so two people can edit two posts at once. */
export const contentItems = pgTable(
  'content_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true, mode: 'date' }),
    platform: text('platform').notNull(),
    format: text('format').notNull().default(''),
    caption: text('caption').notNull().default(''),
    assetIds: jsonb('asset_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status').notNull().default('idea'),
    link: text('link'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('content_items_campaign_idx').on(t.campaignId)],
);

/** What happened to a campaign, for its history: who changed, uploaded, reviewed or replied. */
export const campaignActivity = pgTable(
  'campaign_activity',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('campaign_activity_campaign_idx').on(t.campaignId, t.at)],
);

export const campaignComments = pgTable(
  'campaign_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('campaign_comments_campaign_idx').on(t.campaignId)],
);

/** A poster or image of a campaign; its versions (v1, v2, …) are `asset_versions`. */
export const assets = pgTable(
  'assets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind').notNull().default('poster'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('assets_campaign_idx').on(t.campaignId)],
);

/** One uploaded version, re-encoded without metadata; the files live in the storage under these keys. */
export const assetVersions = pgTable(
  'asset_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key').notNull(),
    format: text('format').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('asset_versions_asset_version_unique').on(t.assetId, t.version)],
);

/**
 * A reviewer's assessment of one thing of a campaign (a poster, a caption, the storyline, the whole
 * campaign) against the programme's rubric: per criterion a score 1–4, a verdict and a comment.
 */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    /** `poster` | `caption` | `storyline` | `campaign`. */
    targetKind: text('target_kind').notNull(),
    /** The asset (poster) or content item (caption); null for the storyline and the whole campaign. */
    targetId: uuid('target_id'),
    reviewerUserId: uuid('reviewer_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scores: jsonb('scores').$type<Array<Record<string, unknown>>>().notNull(),
    summary: text('summary').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('reviews_campaign_idx').on(t.campaignId),
    // One review per reviewer and thing; the storyline and the whole campaign have no target id.
    unique('reviews_one_per_reviewer_unique')
      .on(t.campaignId, t.targetKind, t.targetId, t.reviewerUserId)
      .nullsNotDistinct(),
  ],
);

/**
 * A comment pinned on a poster, at a point given as fractions of the image's width and height (0–1), so
 * it stays in place on any screen and on the poster's later versions.
 */
export const reviewPins = pgTable(
  'review_pins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id, { onDelete: 'cascade' }),
    /** The version it was placed on. */
    assetVersionId: uuid('asset_version_id')
      .notNull()
      .references(() => assetVersions.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    x: doublePrecision('x').notNull(),
    y: doublePrecision('y').notNull(),
    body: text('body').notNull(),
    verdict: text('verdict'),
    resolved: boolean('resolved').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('review_pins_asset_idx').on(t.assetId)],
);

/** Replies of the team (and the reviewer) to a review or to a pin. */
export const reviewReplies = pgTable(
  'review_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id').references(() => reviews.id, { onDelete: 'cascade' }),
    pinId: uuid('pin_id').references(() => reviewPins.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('review_replies_review_idx').on(t.reviewId), index('review_replies_pin_idx').on(t.pinId)],
);

// --- field campaign --------------------------------------------------------------------------------

/**
 * A field session: a place and a time window where volunteers log the public's response to the variants
 * (posters or messages) being tested. Volunteers join with the session's code and a name, no account.
 */
export const fieldSessions = pgTable(
  'field_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    place: text('place').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
    /** Upper-case, unique: what volunteers type or scan. */
    joinCode: text('join_code').notNull(),
    /** [{id, name, campaignId?, assetId?, targetUrl?, shortCode}] in the order the buttons show them. */
    variants: jsonb('variants').$type<Array<Record<string, unknown>>>().notNull(),
    /** Extra outcomes beside cares / indifferent / angry: [{id, label:{id,en}}]. */
    extraOutcomes: jsonb('extra_outcomes')
      .$type<Array<Record<string, unknown>>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Team ids of the programme taking part. */
    teamIds: jsonb('team_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    retentionDays: integer('retention_days').notNull().default(30),
    /** A fresh random salt per session for the daily visitor hash of link scans; never leaves the server. */
    scanSalt: text('scan_salt').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('field_sessions_join_code_unique').on(t.joinCode),
    index('field_sessions_programme_idx').on(t.programmeId),
  ],
);

/** A volunteer of one session: a name and the hash of their token (tokens survive restarts and instances). */
export const fieldVolunteers = pgTable(
  'field_volunteers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => fieldSessions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('field_volunteers_token_unique').on(t.tokenHash),
    index('field_volunteers_session_idx').on(t.sessionId),
  ],
);

/**
 * One tap: a person's response to a variant. The id is made on the phone, so however often a batch is sent
 * again, a tally counts once. Nothing identifies the person; the quote is deleted when retention ends.
 *
 * No foreign keys: a key costs a lookup per inserted row, a quarter of the ingest's time on PGlite, and
 * both ids come from the server's own token lookup, never from the phone. Deleting a session deletes its
 * tallies through a trigger on `field_sessions` (migration 0013); volunteers are deleted only with their
 * session.
 */
export const fieldTallies = pgTable(
  'field_tallies',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id').notNull(),
    volunteerId: uuid('volunteer_id'),
    variant: text('variant').notNull(),
    outcome: text('outcome').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    team: text('team'),
    ageBand: text('age_band'),
    gender: text('gender'),
    group: text('group'),
    quote: text('quote'),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('field_tallies_session_at_idx').on(t.sessionId, t.at)],
);

/** A documentation photo, re-encoded without metadata; deleted with its files when retention ends. */
export const fieldPhotos = pgTable(
  'field_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => fieldSessions.id, { onDelete: 'cascade' }),
    volunteerId: uuid('volunteer_id').references(() => fieldVolunteers.id, { onDelete: 'set null' }),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** Whether an identifiable person is in it; such a photo needs their consent (recorded here). */
    identifiable: boolean('identifiable').notNull(),
    consent: boolean('consent').notNull(),
    caption: text('caption'),
    deleteAt: timestamp('delete_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('field_photos_session_idx').on(t.sessionId), index('field_photos_delete_idx').on(t.deleteAt)],
);

/**
 * Scans of a variant's tracked link, one row per visitor and day at most: the visitor is known only by a
 * salted hash of the day, address and browser, which cannot be turned back into an address.
 */
export const fieldScans = pgTable(
  'field_scans',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => fieldSessions.id, { onDelete: 'cascade' }),
    variant: text('variant').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    visitorHash: text('visitor_hash').notNull(),
    /** The local hour of the first scan that day. */
    hour: timestamp('hour', { withTimezone: true, mode: 'date' }).notNull(),
    scans: integer('scans').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.variant, t.day, t.visitorHash] })],
);
