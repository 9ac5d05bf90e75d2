import type { ComponentChildren, JSX } from 'preact';
import type { Language } from './i18n';
import { shellMessages } from './messages';
import type { Loaded } from './use-json';

type ButtonProps = JSX.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' };

export function Button({ variant = 'primary', type = 'button', ...props }: ButtonProps) {
  return <button {...props} type={type} class={`button button-${variant}`} />;
}

/** A boxed message; `alert` interrupts screen readers, `status` waits politely. */
export function Notice({ tone, role, children }: { tone: 'info' | 'success' | 'warning' | 'danger'; role?: 'status' | 'alert'; children: ComponentChildren }) {
  return (
    <div class={`notice notice-${tone}`} role={role}>
      {children}
    </div>
  );
}

/** Renders loaded data, or the shared loading and failure states. */
export function LoadedView<T>({ loaded, language, children }: { loaded: Loaded<T>; language: Language; children: (data: T) => ComponentChildren }) {
  const t = shellMessages[language];
  switch (loaded.state) {
    case 'loading':
      return (
        <p role="status" class="muted">
          {t.loading}
        </p>
      );
    case 'failed':
      return (
        <Notice tone="warning" role="alert">
          <p>{loaded.offline ? t.failedNetwork : t.failedOther}</p>
          <Button variant="secondary" onClick={loaded.retry}>
            {t.retry}
          </Button>
        </Notice>
      );
    case 'ready':
      return <>{children(loaded.data)}</>;
  }
}
