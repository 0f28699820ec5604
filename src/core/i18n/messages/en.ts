import { app } from './en/app.ts';
import { assessment } from './en/assessment.ts';
import { audit } from './en/audit.ts';
import { campaign } from './en/campaign.ts';
import { caption } from './en/caption.ts';
import { cli } from './en/cli.ts';
import { errors } from './en/errors.ts';
import { field } from './en/field.ts';
import { fieldManage } from './en/field-manage.ts';
import { instruments } from './en/instruments.ts';
import type { MessageKey } from './id.ts';

export const en: Record<MessageKey, string> = {
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
};
