/**
 * The review rubric and its arithmetic. A reviewer scores each criterion 1–4 against descriptors, gives a
 * verdict (kuat / lemah / perlu diperbaiki) and a comment; several reviewers' scores are averaged and their
 * agreement reported, so a team can tell a shared judgement from one person's taste.
 */
import { z } from 'zod';
import type { LocalText } from '../assessment/model.ts';

export const REVIEW_TARGETS = ['poster', 'caption', 'storyline', 'campaign'] as const;
export type ReviewTarget = (typeof REVIEW_TARGETS)[number];

export const VERDICTS = ['kuat', 'lemah', 'perlu_diperbaiki'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Criterion {
  id: string;
  name: LocalText;
  /** What a 1, 2, 3 and 4 look like. */
  descriptors: [LocalText, LocalText, LocalText, LocalText];
  /** The things it applies to (visual hierarchy only to posters). */
  appliesTo: ReviewTarget[];
}

const ALL: ReviewTarget[] = ['poster', 'caption', 'storyline', 'campaign'];
const d = (id: string, en: string): LocalText => ({ id, en });

export const DEFAULT_RUBRIC: readonly Criterion[] = [
  {
    id: 'clarity',
    name: d('Kejelasan pesan', 'Clarity of message'),
    descriptors: [
      d('Pesan utama tidak bisa ditangkap.', 'The main message cannot be made out.'),
      d(
        'Pesan ada, tetapi tenggelam di antara hal lain.',
        'There is a message, but it drowns among other things.',
      ),
      d('Pesan jelas setelah dibaca sampai habis.', 'The message is clear once read in full.'),
      d('Pesan tertangkap dalam tiga detik pertama.', 'The message lands in the first three seconds.'),
    ],
    appliesTo: ALL,
  },
  {
    id: 'relevance',
    name: d('Relevan bagi khalayak', 'Relevance to the audience'),
    descriptors: [
      d('Tidak menyentuh kepentingan khalayak sasaran.', 'Does not touch what the audience cares about.'),
      d('Menyentuh, tetapi dengan bahasa orang dalam.', 'Touches it, but in insiders’ language.'),
      d(
        'Bicara tentang kepentingan khalayak dengan bahasanya.',
        'Speaks to the audience’s concerns in its language.',
      ),
      d('Khalayak akan merasa ini tentang dirinya.', 'The audience will feel it is about them.'),
    ],
    appliesTo: ALL,
  },
  {
    id: 'story',
    name: d('Daya tarik emosi dan cerita', 'Emotional pull and story'),
    descriptors: [
      d('Hanya data atau slogan, tanpa manusia.', 'Only data or slogans, no people.'),
      d('Ada manusia, tetapi tanpa cerita.', 'There are people, but no story.'),
      d('Ada cerita yang menggerakkan.', 'There is a story that moves.'),
      d('Cerita kuat yang orang ingin teruskan.', 'A strong story people want to pass on.'),
    ],
    appliesTo: ALL,
  },
  {
    id: 'call_to_action',
    name: d('Ajakan bertindak', 'Call to action'),
    descriptors: [
      d('Tidak ada ajakan.', 'No call to action.'),
      d('Ajakan samar (mis. “dukung kami”).', 'A vague call (e.g. “support us”).'),
      d('Ajakan jelas, satu langkah.', 'A clear call, one step.'),
      d('Ajakan jelas, mudah, dan mendesak.', 'A clear, easy and urgent call.'),
    ],
    appliesTo: ALL,
  },
  {
    id: 'visual',
    name: d('Hierarki visual dan keterbacaan', 'Visual hierarchy and legibility'),
    descriptors: [
      d('Sulit dibaca di layar ponsel.', 'Hard to read on a phone screen.'),
      d(
        'Terbaca, tetapi mata tidak tahu mulai dari mana.',
        'Legible, but the eye does not know where to start.',
      ),
      d('Urutan baca jelas, teks cukup besar.', 'Clear reading order, text large enough.'),
      d('Satu titik fokus, terbaca dari jauh.', 'One focal point, legible from afar.'),
    ],
    appliesTo: ['poster'],
  },
  {
    id: 'platform_fit',
    name: d('Cocok dengan platform', 'Platform fit'),
    descriptors: [
      d('Tidak sesuai format atau kebiasaan platform.', 'Ignores the platform’s format and habits.'),
      d('Format benar, gaya tidak.', 'Right format, wrong style.'),
      d('Sesuai format dan gaya platform.', 'Fits the platform’s format and style.'),
      d('Memanfaatkan kekuatan platform.', 'Uses the platform’s strengths.'),
    ],
    appliesTo: ['poster', 'caption', 'campaign'],
  },
  {
    id: 'accuracy',
    name: d('Akurasi dan keamanan', 'Accuracy and safety'),
    descriptors: [
      d('Ada klaim keliru atau data pribadi orang lain.', 'False claims or other people’s personal data.'),
      d('Klaim tanpa sumber, atau risiko hukum.', 'Unsourced claims, or legal risk.'),
      d('Klaim bersumber, tanpa risiko yang terlihat.', 'Sourced claims, no visible risk.'),
      d('Bersumber, aman, dan siap dibela.', 'Sourced, safe, and ready to be defended.'),
    ],
    appliesTo: ALL,
  },
  {
    id: 'theme',
    name: d('Konsisten dengan tema', 'Consistency with the theme'),
    descriptors: [
      d('Lepas dari tema program.', 'Unrelated to the programme’s theme.'),
      d('Menyinggung tema secara umum.', 'Touches the theme in general.'),
      d('Jelas bagian dari tema.', 'Clearly part of the theme.'),
      d('Memperkuat tema dengan sudut yang segar.', 'Strengthens the theme with a fresh angle.'),
    ],
    appliesTo: ALL,
  },
];

const text = (max: number) =>
  z.strictObject({ id: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

/** A programme's own rubric (editable per programme). */
export const RubricSchema = z
  .array(
    z.strictObject({
      id: z
        .string()
        .trim()
        .min(1)
        .max(40)
        .regex(/^[a-z0-9_]+$/, 'stable_id'),
      name: text(120),
      descriptors: z.tuple([text(400), text(400), text(400), text(400)]),
      appliesTo: z.array(z.enum(REVIEW_TARGETS)).min(1),
    }),
  )
  .min(1)
  .max(20)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'duplicate_id' });
      seen.add(c.id);
    });
  });

export const ReviewInput = z.strictObject({
  scores: z
    .array(
      z.strictObject({
        criterion: z.string().trim().min(1).max(40),
        score: z.number().int().min(1).max(4),
        verdict: z.enum(VERDICTS),
        comment: z.string().trim().max(2000),
      }),
    )
    .min(1)
    .max(20),
  summary: z.string().trim().max(4000),
});
export type ReviewScores = z.output<typeof ReviewInput>['scores'];

export const PinInput = z.strictObject({
  assetVersionId: z.uuid(),
  /** Fractions of the image's width and height, so the pin stays on its spot on any screen. */
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  body: z.string().trim().min(1).max(2000),
  verdict: z.enum(VERDICTS).nullable(),
});

export const ReplyInput = z.strictObject({ body: z.string().trim().min(1).max(4000) });

/** The criteria that apply to a kind of thing, in rubric order. */
export const criteriaFor = (rubric: readonly Criterion[], target: ReviewTarget) =>
  rubric.filter((c) => c.appliesTo.includes(target));

/** Scores must cover exactly the criteria that apply, once each. Returns the problems as field issues. */
export function scoreProblems(rubric: readonly Criterion[], target: ReviewTarget, scores: ReviewScores) {
  const wanted = new Set(criteriaFor(rubric, target).map((c) => c.id));
  const problems: Array<{ field: string; rule: string }> = [];
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    if (!wanted.has(s.criterion)) problems.push({ field: `scores.${i}.criterion`, rule: 'choice' });
    else if (seen.has(s.criterion)) problems.push({ field: `scores.${i}.criterion`, rule: 'duplicate_id' });
    seen.add(s.criterion);
  });
  for (const id of wanted) if (!seen.has(id)) problems.push({ field: `scores.${id}`, rule: 'required' });
  return problems;
}

export interface CriterionSummary {
  criterion: string;
  reviewers: number;
  mean: number | null;
  /** Population standard deviation of the reviewers' scores; null below two reviewers. */
  spread: number | null;
  /** Share of reviewer pairs whose scores differ by at most one point; null below two reviewers. */
  agreement: number | null;
  verdicts: Record<Verdict, number>;
}

/** Per criterion: the reviewers' mean score, how far apart they are, and how many gave each verdict. */
export function summariseReviews(
  rubric: readonly Criterion[],
  target: ReviewTarget,
  reviews: ReadonlyArray<ReviewScores>,
): CriterionSummary[] {
  return criteriaFor(rubric, target).map((criterion) => {
    const given = reviews.flatMap((r) => r.filter((s) => s.criterion === criterion.id));
    const scores = given.map((s) => s.score);
    const n = scores.length;
    const mean = n === 0 ? null : scores.reduce((a, b) => a + b, 0) / n;
    let pairs = 0;
    let close = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        pairs++;
        if (Math.abs((scores[i] as number) - (scores[j] as number)) <= 1) close++;
      }
    const spread =
      n < 2 || mean === null ? null : Math.sqrt(scores.reduce((a, s) => a + (s - mean) ** 2, 0) / n);
    const verdicts: Record<Verdict, number> = { kuat: 0, lemah: 0, perlu_diperbaiki: 0 };
    for (const s of given) verdicts[s.verdict]++;
    return {
      criterion: criterion.id,
      reviewers: n,
      mean,
      spread,
      agreement: n < 2 ? null : close / pairs,
      verdicts,
    };
  });
}
