import type { MessageKey } from '#web/app/i18n.ts';
import type { ProgrammeRole } from '#web/app/types.ts';

export const ROLE_LABEL: Record<ProgrammeRole, MessageKey> = {
  facilitator: 'role.facilitator',
  reviewer: 'role.reviewer',
  participant: 'role.participant',
};
