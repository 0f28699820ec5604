import type { ComponentChildren } from 'preact';

/** An empty page that teaches: what the page is for, and the one action that fills it. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ComponentChildren;
  action?: ComponentChildren;
}) {
  return (
    <div class="empty">
      <p class="empty__title">
        <strong>{title}</strong>
      </p>
      {children && <p class="muted">{children}</p>}
      {action}
    </div>
  );
}
