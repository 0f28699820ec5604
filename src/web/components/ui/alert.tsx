import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { Icon } from './icon.tsx';

type Tone = 'error' | 'info' | 'success';

/** An inline message. Errors are announced at once (role=alert); other tones politely. */
export function Alert({ tone = 'info', children }: { tone?: Tone; children: ComponentChildren }) {
  return (
    <div class={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={tone === 'error' ? 'alert' : tone === 'success' ? 'check' : 'info'} />
      <div>{children}</div>
    </div>
  );
}

interface ToastItem {
  id: number;
  text: string;
}

const toasts = signal<ToastItem[]>([]);
let nextId = 1;

/** A short confirmation ("Tersimpan") that disappears by itself. */
export function toast(text: string, ms = 3500): void {
  const id = nextId++;
  toasts.value = [...toasts.value, { id, text }];
  setTimeout(() => {
    toasts.value = toasts.value.filter((item) => item.id !== id);
  }, ms);
}

export function Toasts() {
  return (
    <div class="toasts" aria-live="polite" role="status">
      {toasts.value.map((item) => (
        <div class="toast" key={item.id}>
          {item.text}
        </div>
      ))}
    </div>
  );
}
