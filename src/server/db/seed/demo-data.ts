/**
 * The demo programme: every organisation, person and place here is fictional. Titles are content (what a
 * facilitator would type), so they are in Indonesian like the rest of the demo's data.
 */
import type { OrganisationKind, OrganisationRole, ProgrammeRole } from '#core/access/roles.ts';
import type { ActivityModule } from '#core/programme/modules.ts';

export const DEMO_PASSWORD = 'lantang-demo';
export const DEMO_JOIN_CODE = 'DEMO-JOIN';
export const DEMO_PROGRAMME_NAME = 'Penguatan Media Sosial (Demo)';

export interface DemoOrganisation {
  key: string;
  name: string;
  shortName: string;
  kind: OrganisationKind;
  parent: string | null;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'ksbn',
    name: 'Konfederasi Serikat Buruh Nusantara (Demo)',
    shortName: 'KSBN',
    kind: 'confederation',
    parent: null,
  },
  {
    key: 'fbep',
    name: 'Federasi Buruh Energi dan Pertambangan (Demo)',
    shortName: 'FBEP',
    kind: 'federation',
    parent: 'ksbn',
  },
  {
    key: 'fpt',
    name: 'Federasi Pekerja Transportasi (Demo)',
    shortName: 'FPT',
    kind: 'federation',
    parent: 'ksbn',
  },
  {
    key: 'sptb',
    name: 'Serikat Pekerja Tambang Bara Lestari (Demo)',
    shortName: 'SPTBL',
    kind: 'union',
    parent: 'fbep',
  },
  {
    key: 'kpmi',
    name: 'Konfederasi Pekerja Merdeka Indonesia (Demo)',
    shortName: 'KPMI',
    kind: 'confederation',
    parent: null,
  },
];

export interface DemoAccount {
  email: string;
  name: string;
  /** What the login page shows next to the address. */
  role: 'platform_admin' | 'facilitator' | 'reviewer' | 'media_lead' | 'member';
  isPlatformAdmin?: boolean;
  organisation?: { key: string; role: OrganisationRole };
  programme?: { role: ProgrammeRole; organisation?: string; team?: string };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.test', name: 'Admin Demo', role: 'platform_admin', isPlatformAdmin: true },
  {
    email: 'facilitator@demo.test',
    name: 'Dewi Fasilitator',
    role: 'facilitator',
    programme: { role: 'facilitator' },
  },
  { email: 'reviewer@demo.test', name: 'Rudi Konsultan', role: 'reviewer', programme: { role: 'reviewer' } },
  {
    email: 'media.lead@demo.test',
    name: 'Maya Kusuma',
    role: 'media_lead',
    organisation: { key: 'ksbn', role: 'media_lead' },
    programme: { role: 'participant', organisation: 'ksbn', team: 'Tim Energi' },
  },
  {
    email: 'cadre@demo.test',
    name: 'Agus Santoso',
    role: 'member',
    organisation: { key: 'fbep', role: 'member' },
    programme: { role: 'participant', organisation: 'fbep', team: 'Tim Energi' },
  },
  {
    email: 'lead2@demo.test',
    name: 'Lestari Wulandari',
    role: 'media_lead',
    organisation: { key: 'kpmi', role: 'media_lead' },
    programme: { role: 'participant', organisation: 'kpmi', team: 'Tim Merdeka' },
  },
];

/** Participants who joined with the code (name + PIN `123456`), so lists are not empty. */
export const DEMO_JOINED: Array<{ name: string; organisation: string; team: string }> = [
  { name: 'Siti Rahmawati', organisation: 'fbep', team: 'Tim Energi' },
  { name: 'Yohanes Baskoro', organisation: 'fpt', team: 'Tim Transportasi' },
  { name: 'Nur Aini', organisation: 'fpt', team: 'Tim Transportasi' },
  { name: 'Made Wirawan', organisation: 'sptb', team: 'Tim Energi' },
  { name: 'Rina Marpaung', organisation: 'kpmi', team: 'Tim Merdeka' },
  { name: 'Fajar Hidayat', organisation: 'kpmi', team: 'Tim Merdeka' },
];
export const DEMO_JOINED_PIN = '123456';

export const DEMO_TEAMS: Array<{ name: string; organisation: string }> = [
  { name: 'Tim Energi', organisation: 'ksbn' },
  { name: 'Tim Transportasi', organisation: 'ksbn' },
  { name: 'Tim Merdeka', organisation: 'kpmi' },
];

export const DEMO_THEMES = [
  'Transisi Berkeadilan (Just Transition)',
  'Kebebasan Berserikat (Freedom of Association)',
];

export interface DemoActivity {
  startsAt: string;
  endsAt: string;
  title: string;
  module: ActivityModule;
}

/** Three days: assessment and audit, the field campaign and review, the follow-up and the simulation. */
export const DEMO_AGENDA: Array<{ title: string; activities: DemoActivity[] }> = [
  {
    title: 'Hari 1 — Asesmen dan bedah akun',
    activities: [
      { startsAt: '08:30', endsAt: '09:00', title: 'Pembukaan dan perkenalan', module: 'general' },
      { startsAt: '09:00', endsAt: '10:00', title: 'Asesmen awal kesiapan digital', module: 'assessment' },
      {
        startsAt: '10:15',
        endsAt: '12:00',
        title: 'Bedah akun Instagram, Facebook dan TikTok',
        module: 'audit',
      },
      {
        startsAt: '13:00',
        endsAt: '15:00',
        title: 'Kritik terbuka: akun mana yang lambat dan kenapa',
        module: 'audit',
      },
      { startsAt: '15:30', endsAt: '17:00', title: 'Pengantar rencana kampanye per tim', module: 'campaign' },
      {
        startsAt: '19:00',
        endsAt: '23:00',
        title: 'Kerja tim: konsep, pesan kunci, poster, caption',
        module: 'campaign',
      },
    ],
  },
  {
    title: 'Hari 2 — Kampanye lapangan dan penilaian',
    activities: [
      { startsAt: '06:00', endsAt: '09:00', title: 'Kampanye lapangan di Car Free Day', module: 'field' },
      {
        startsAt: '10:00',
        endsAt: '12:00',
        title: 'Refleksi lapangan: siapa peduli, siapa acuh, siapa marah',
        module: 'general',
      },
      { startsAt: '13:00', endsAt: '16:00', title: 'Penilaian poster, caption dan narasi', module: 'review' },
    ],
  },
  {
    title: 'Hari 3 — Tindak lanjut dan simulasi',
    activities: [
      { startsAt: '09:00', endsAt: '10:00', title: 'Asesmen tindak lanjut', module: 'assessment' },
      {
        startsAt: '10:15',
        endsAt: '12:00',
        title: 'Simulasi strategi media: hoaks tentang serikat',
        module: 'simulation',
      },
      { startsAt: '13:00', endsAt: '14:30', title: 'Rencana tindak lanjut dan penutupan', module: 'general' },
    ],
  },
];
