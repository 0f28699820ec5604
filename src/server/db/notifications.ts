/**
 * LISTEN for the database's notifications, once per app instance, on either engine. Live pages (the field
 * dashboard) are told of changes through PostgreSQL's NOTIFY, so two app servers on one database show the
 * same live data; a feature sends with `select pg_notify(channel, payload)` in its own statement and
 * subscribes here.
 *
 * PostgreSQL: one dedicated connection outside the pool (a pooled connection would be handed to other
 * queries), reconnected with backoff when it drops; after a reconnect the `onReconnect` handlers run,
 * since notifications sent while it was down are lost and listeners must catch up from the tables.
 * PGlite: its own `listen`, in the same process.
 */
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type NotificationHandler = (payload: string) => void;

export interface Notifications {
  /** Calls `onMessage` for every notification on the channel until the returned function is called. */
  listen(channel: string, onMessage: NotificationHandler, onReconnect?: () => void): Promise<() => void>;
  close(): Promise<void>;
}

const CHANNEL = /^[a-z_][a-z0-9_]*$/;

function checkChannel(channel: string): string {
  // Channels are identifiers written into LISTEN: only names the code chooses, never input.
  if (!CHANNEL.test(channel)) throw new Error(`Not a channel name: ${channel}`);
  return channel;
}

interface Listeners {
  message: Set<NotificationHandler>;
  reconnect: Set<() => void>;
}

export function pgliteNotifications(pglite: PGlite): Notifications {
  const unlisteners = new Set<() => Promise<void>>();
  return {
    async listen(channel, onMessage) {
      const unlisten = await pglite.listen(checkChannel(channel), onMessage);
      unlisteners.add(unlisten);
      return () => {
        unlisteners.delete(unlisten);
        unlisten().catch((error: unknown) => console.error('[db] could not stop listening', channel, error));
      };
    },
    async close() {
      await Promise.all([...unlisteners].map((u) => u()));
      unlisteners.clear();
    },
  };
}

export function postgresNotifications(url: string): Notifications {
  const channels = new Map<string, Listeners>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let retryMs = 250;
  let retryTimer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<pg.Client> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      const listeners = channels.get(message.channel);
      for (const handler of listeners?.message ?? []) handler(message.payload ?? '');
    });
    next.on('error', (error) => {
      console.error('[db] the notification connection failed:', error.message);
      drop(next);
    });
    next.on('end', () => drop(next));
    await next.connect();
    for (const channel of channels.keys()) await next.query(`listen ${channel}`);
    return next;
  };

  const drop = (which: pg.Client) => {
    if (client !== which) return;
    client = null;
    which
      .end()
      .catch((error: unknown) => console.error('[db] closing a failed notification connection', error));
    if (!closed) scheduleReconnect();
  };

  const scheduleReconnect = () => {
    if (retryTimer || closed) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      ensure()
        .then(() => {
          retryMs = 250;
          for (const listeners of channels.values()) for (const handler of listeners.reconnect) handler();
        })
        .catch((error: unknown) => {
          console.error('[db] reconnecting for notifications failed; retrying:', String(error));
          retryMs = Math.min(retryMs * 2, 5000);
          scheduleReconnect();
        });
    }, retryMs);
    retryTimer.unref();
  };

  const ensure = async (): Promise<pg.Client> => {
    if (client) return client;
    connecting ??= connect().finally(() => {
      connecting = null;
    });
    const next = await connecting;
    if (closed) {
      await next.end();
      throw new Error('notifications closed');
    }
    client = next;
    return next;
  };

  return {
    async listen(channel, onMessage, onReconnect) {
      checkChannel(channel);
      let listeners = channels.get(channel);
      const fresh = !listeners;
      if (!listeners) {
        listeners = { message: new Set(), reconnect: new Set() };
        channels.set(channel, listeners);
      }
      listeners.message.add(onMessage);
      if (onReconnect) listeners.reconnect.add(onReconnect);
      const connection = await ensure();
      // A new connection listens to every known channel already; an existing one learns the new channel.
      if (fresh) await connection.query(`listen ${channel}`);
      return () => {
        listeners.message.delete(onMessage);
        if (onReconnect) listeners.reconnect.delete(onReconnect);
      };
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = null;
      await current?.end();
    },
  };
}

/** The notifications of an open database: PGlite's own, or a dedicated connection to the PostgreSQL URL. */
export function notificationsFor(handle: { pglite: PGlite | null; url: string | null }): Notifications {
  if (handle.pglite) return pgliteNotifications(handle.pglite);
  if (handle.url) return postgresNotifications(handle.url);
  throw new Error('notificationsFor: neither a PGlite instance nor a PostgreSQL URL');
}
