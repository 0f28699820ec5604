/** The signed-in person (`Me`), shared by every page. `undefined` while loading, `null` when signed out. */
import { signal } from '@preact/signals';
import type { Locale } from '#core/i18n/locales.ts';
import { ApiError, api } from './api.ts';
import { applyLocale, locale } from './i18n.ts';
import type { Me } from './types.ts';

export const me = signal<Me | null | undefined>(undefined);

/** Stores a fresh `Me` (after sign-in, join, accept) and adopts the user's saved language. */
export async function setMe(next: Me | null): Promise<void> {
  if (next && next.user.locale !== locale.value) await applyLocale(next.user.locale);
  me.value = next;
}

export async function loadMe(): Promise<void> {
  try {
    await setMe(await api.get<Me>('/api/auth/me'));
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unauthenticated') me.value = null;
    else me.value = null;
  }
}

export async function signOut(): Promise<void> {
  await api.post('/api/auth/logout').catch(() => undefined);
  me.value = null;
  forgetAssessmentsOnThisDevice();
}

/**
 * Phones are passed between people at a workshop: after signing out, nobody may walk into the previous
 * person's assessment (its device key, personal code and unsent answers live under this prefix).
 */
function forgetAssessmentsOnThisDevice(): void {
  try {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('lantang.assessment.')) localStorage.removeItem(key);
  } catch {
    // Storage can be unavailable (private mode, blocked): then nothing was kept there either.
  }
}

/** Changes the language; when signed in it is saved on the account too. */
export async function chooseLocale(next: Locale): Promise<void> {
  await applyLocale(next);
  const current = me.value;
  if (current) {
    try {
      me.value = await api.patch<Me>('/api/auth/me', { locale: next });
    } catch {
      // The cookie already holds the choice; the account keeps its old one until the next switch.
    }
  }
}
