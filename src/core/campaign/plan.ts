/**
 * A team's campaign plan: what it wants, for whom, with which story, on which channels, and how it will be
 * tested in the field. Shared by the server (validation), the web app (forms) and the defaults below.
 */
import { z } from 'zod';
import type { LocalText } from '../assessment/model.ts';

export const CHANNELS = [
  'instagram',
  'facebook',
  'tiktok',
  'whatsapp',
  'x',
  'youtube',
  'offline',
  'other',
] as const;
export const BEAT_KINDS = ['hook', 'problem', 'human_story', 'demand', 'call_to_action', 'other'] as const;
export const CONTENT_STATUSES = ['idea', 'draft', 'ready', 'published'] as const;
export const CONTENT_PLATFORMS = [
  'instagram',
  'facebook',
  'tiktok',
  'whatsapp',
  'x',
  'youtube',
  'other',
] as const;

const line = (max: number) => z.string().trim().max(max);
const localId = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, 'stable_id');

const BeatSchema = z.strictObject({
  id: localId,
  kind: z.enum(BEAT_KINDS),
  title: line(160),
  text: line(4000),
});

const VenueRuleSchema = z.strictObject({
  id: localId,
  text: line(400).min(1),
  checked: z.boolean(),
});

const VariantSchema = z.strictObject({
  id: localId,
  name: line(120).min(1),
  /** The poster shown, when the variant is a poster of this campaign. */
  assetId: z.uuid().nullable(),
});

export const FieldPlanSchema = z.strictObject({
  place: line(300),
  time: line(300),
  roles: z.array(z.strictObject({ role: line(120).min(1), people: line(300) })).max(30),
  materials: line(2000),
  variants: z.array(VariantSchema).max(12),
  /** Which venue's rules were started from (`car_free_day`, or `custom`). */
  venue: z.enum(['car_free_day', 'custom']),
  rules: z.array(VenueRuleSchema).max(40),
});

export const CampaignPlanSchema = z
  .strictObject({
    theme: line(200).min(1),
    title: line(160).min(1),
    objective: line(2000),
    persona: z.strictObject({ who: line(1000), cares: line(1000), fears: line(1000), online: line(1000) }),
    keyMessage: line(1000),
    callToAction: line(500),
    hashtags: z
      .array(
        z
          .string()
          .trim()
          .regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'hashtag'),
      )
      .max(30),
    channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length),
    storyline: z.array(BeatSchema).max(20),
    fieldPlan: FieldPlanSchema,
  })
  .superRefine((plan, ctx) => {
    const clash = (list: Array<{ id: string }>, path: string) => {
      const seen = new Set<string>();
      list.forEach((entry, i) => {
        if (seen.has(entry.id))
          ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: 'duplicate_id' });
        seen.add(entry.id);
      });
    };
    clash(plan.storyline, 'storyline');
    clash(plan.fieldPlan.variants, 'fieldPlan.variants');
    clash(plan.fieldPlan.rules, 'fieldPlan.rules');
  });

export type CampaignPlan = z.output<typeof CampaignPlanSchema>;

export const CreateCampaignInput = z.strictObject({
  teamId: z.uuid(),
  theme: line(200).min(1),
  title: line(160).min(1),
});

export const SaveCampaignInput = z.strictObject({
  /** The version the editor started from: a save on an older one is refused (someone saved meanwhile). */
  baseVersion: z.number().int().positive(),
  plan: CampaignPlanSchema,
});

export const ContentItemSchema = z.strictObject({
  scheduledAt: z.iso.datetime({ offset: true }).nullable(),
  platform: z.enum(CONTENT_PLATFORMS),
  format: line(80),
  caption: z.string().max(70_000),
  assetIds: z.array(z.uuid()).max(20),
  status: z.enum(CONTENT_STATUSES),
  link: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
});

export const SaveContentItemInput = ContentItemSchema.extend({ baseVersion: z.number().int().positive() });

export const CommentInput = z.strictObject({ body: line(4000).min(1) });

/** The storyline every plan starts with: the five beats of a campaign story, to be edited. */
export const DEFAULT_BEATS: ReadonlyArray<{
  id: string;
  kind: (typeof BEAT_KINDS)[number];
  title: LocalText;
}> = [
  { id: 'hook', kind: 'hook', title: { id: 'Pembuka yang menarik perhatian', en: 'Hook' } },
  { id: 'problem', kind: 'problem', title: { id: 'Masalahnya', en: 'The problem' } },
  { id: 'human-story', kind: 'human_story', title: { id: 'Kisah manusianya', en: 'The human story' } },
  { id: 'demand', kind: 'demand', title: { id: 'Tuntutan atau jalan keluar', en: 'Demand or solution' } },
  { id: 'call-to-action', kind: 'call_to_action', title: { id: 'Ajakan bertindak', en: 'Call to action' } },
];

/**
 * Jakarta's Car Free Day rules as organisers publish them: only environment, sport, arts and culture
 * themes; no party-political content, no incitement; a permit for large groups. Teams tick each before
 * going out, and can edit the list for another venue.
 */
export const CAR_FREE_DAY_RULES: ReadonlyArray<{ id: string; text: LocalText }> = [
  {
    id: 'themes',
    text: {
      id: 'Tema hanya lingkungan, olahraga, seni dan budaya: kaitkan pesan dengan salah satunya.',
      en: 'Themes only environment, sport, arts and culture: tie the message to one of them.',
    },
  },
  {
    id: 'no-party-politics',
    text: {
      id: 'Tidak ada atribut atau pesan partai politik maupun kampanye pemilu.',
      en: 'No party-political symbols or messages, no election campaigning.',
    },
  },
  {
    id: 'no-incitement',
    text: {
      id: 'Tidak ada hasutan, ujaran kebencian atau ajakan yang memancing keributan.',
      en: 'No incitement, hate speech or calls that provoke trouble.',
    },
  },
  {
    id: 'permit',
    text: {
      id: 'Rombongan besar sudah punya izin dari penyelenggara atau pemerintah setempat.',
      en: 'Large groups have a permit from the organisers or the local government.',
    },
  },
  {
    id: 'no-selling',
    text: {
      id: 'Tidak berjualan atau membagikan barang yang mengganggu pengguna jalan.',
      en: 'No selling or handing out things that get in the way of the public.',
    },
  },
];

/** A new plan on a theme: the default storyline and the Car Free Day rules, in the reader's language. */
export function newPlan(input: { theme: string; title: string }, language: 'id' | 'en'): CampaignPlan {
  return {
    theme: input.theme,
    title: input.title,
    objective: '',
    persona: { who: '', cares: '', fears: '', online: '' },
    keyMessage: '',
    callToAction: '',
    hashtags: [],
    channels: [],
    storyline: DEFAULT_BEATS.map((b) => ({ id: b.id, kind: b.kind, title: b.title[language], text: '' })),
    fieldPlan: {
      place: '',
      time: '',
      roles: [],
      materials: '',
      variants: [],
      venue: 'car_free_day',
      rules: CAR_FREE_DAY_RULES.map((r) => ({ id: r.id, text: r.text[language], checked: false })),
    },
  };
}
