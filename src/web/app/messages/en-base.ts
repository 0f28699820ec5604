/** The English counterpart of id-base.ts, loaded as its own chunk when someone chooses English. */
import { app } from '#core/i18n/messages/en/app.ts';
import { assessment } from '#core/i18n/messages/en/assessment.ts';
import { errors } from '#core/i18n/messages/en/errors.ts';
import { field } from '#core/i18n/messages/en/field.ts';

export const base = { ...errors, ...app, ...assessment, ...field };
