import type { ComponentChildren, JSX } from 'preact';

export function List({ children, label }: { children: ComponentChildren; label?: string }) {
  return (
    <ul class="list" aria-label={label}>
      {children}
    </ul>
  );
}

export function ListItem({
  children,
  ...rest
}: { children: ComponentChildren } & JSX.HTMLAttributes<HTMLLIElement>) {
  return <li {...rest}>{children}</li>;
}

/** A data table that scrolls inside its own box on a narrow screen, never the page. */
export function Table({ caption, children }: { caption: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Skeleton({ lines = 3 }: { lines?: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} class="skeleton" style={{ width: `${90 - i * 15}%` }} />
      ))}
    </div>
  );
}
