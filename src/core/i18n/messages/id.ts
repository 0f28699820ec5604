import { app } from './id/app.ts';
import { assessment } from './id/assessment.ts';
import { audit } from './id/audit.ts';
import { campaign } from './id/campaign.ts';
import { caption } from './id/caption.ts';
import { cli } from './id/cli.ts';
import { errors } from './id/errors.ts';
import { field } from './id/field.ts';
import { fieldManage } from './id/field-manage.ts';
import { instruments } from './id/instruments.ts';

/** The source catalogue: Bahasa Indonesia. Every other language must have exactly these keys. */
export const id = {
  ...errors,
  ...cli,
  ...app,
  ...assessment,
  ...instruments,
  ...audit,
  ...caption,
  ...campaign,
  ...field,
  ...fieldManage,
} as const;
export type MessageKey = keyof typeof id;
