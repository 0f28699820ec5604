import { useEffect } from 'preact/hooks';
import { setTitle } from './i18n.ts';

export function useTitle(text: string): void {
  useEffect(() => setTitle(text), [text]);
}
