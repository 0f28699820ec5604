/**
 * The Indonesian messages every page may need: the shell, errors, the assessment and the field page
 * (both taken by participants on their phones). Facilitators' modules bring their own catalogues with
 * their pages (see feature-messages.ts), so a participant's first visit stays light.
 */
import { app } from '#core/i18n/messages/id/app.ts';
import { assessment } from '#core/i18n/messages/id/assessment.ts';
import { errors } from '#core/i18n/messages/id/errors.ts';
import { field } from '#core/i18n/messages/id/field.ts';

export const base = { ...errors, ...app, ...assessment, ...field };
