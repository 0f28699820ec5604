import type { ComponentChildren, JSX } from 'preact';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonProps extends Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'size'> {
  variant?: Variant;
  size?: 'small' | 'normal' | 'big';
  block?: boolean;
  busy?: boolean;
  children?: ComponentChildren;
}

function classes(variant: Variant, size: string, block: boolean, extra: unknown): string {
  return [
    'btn',
    `btn--${variant}`,
    size !== 'normal' ? `btn--${size}` : '',
    block ? 'btn--block' : '',
    typeof extra === 'string' ? extra : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function Button({
  variant = 'primary',
  size = 'normal',
  block = false,
  busy = false,
  type = 'button',
  class: extra,
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      class={classes(variant, size, block, extra)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {children}
    </button>
  );
}

export interface LinkButtonProps extends JSX.AnchorHTMLAttributes<HTMLAnchorElement> {
  variant?: Variant;
  size?: 'small' | 'normal' | 'big';
  block?: boolean;
  children?: ComponentChildren;
}

export function LinkButton({
  variant = 'primary',
  size = 'normal',
  block = false,
  class: extra,
  children,
  ...rest
}: LinkButtonProps) {
  return (
    <a {...rest} class={classes(variant, size, block, extra)}>
      {children}
    </a>
  );
}
