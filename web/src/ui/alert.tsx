import type { ReactNode } from 'react';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Live alerts are read out when they appear; static ones (page notes) are not. */
  isLive?: boolean;
  className?: string;
}

export function Alert({ tone = 'info', title, children, isLive = true, className }: AlertProps) {
  const role = !isLive ? undefined : tone === 'danger' ? 'alert' : 'status';
  return (
    <div className={['alert', `alert--${tone}`, className ?? ''].filter(Boolean).join(' ')} role={role}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}
