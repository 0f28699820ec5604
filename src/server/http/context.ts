import type { Actor } from '#core/access/roles.ts';
import type { Locale } from '#core/i18n/locales.ts';
import type { Database, Engine } from '../db/client.ts';
import type { Notifications } from '../db/notifications.ts';
import type { Config } from '../env.ts';
import type { Storage } from '../storage/storage.ts';

export interface AppDeps {
  db: Database;
  engine: Engine;
  config: Config;
  /** Uploaded files (posters, thumbnails). */
  storage: Storage;
  version: string;
  /** Injected so tests can move time (rate-limit windows, "today" in a programme). */
  now: () => Date;
  /**
   * The database's notifications (LISTEN), for live pages across app instances. Without them a live page
   * still gets its first figures but no updates.
   */
  notifications?: Notifications;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string | null;
  locale: Locale;
  isPlatformAdmin: boolean;
  sessionId: string;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    locale: Locale;
    user: SessionUser | null;
    actor: Actor | null;
  };
}
