import type { ComponentChildren, JSX } from 'preact';

export function Card({
  children,
  accent = false,
  ...rest
}: { children: ComponentChildren; accent?: boolean } & JSX.HTMLAttributes<HTMLElement>) {
  return (
    <section {...rest} class={`card ${accent ? 'card--accent' : ''}`}>
      {children}
    </section>
  );
}

export function CardLink({
  href,
  children,
  ...rest
}: { href: string; children: ComponentChildren } & JSX.AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a {...rest} href={href} class="card card--link">
      {children}
    </a>
  );
}
