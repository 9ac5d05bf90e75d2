import type { ReactNode } from 'react';
import { PageHeader } from '../../ui';

interface AuthCardProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}

/** The narrow centred card every sign-in step is shown in. */
export function AuthCard({ title, intro, children, wide = false }: AuthCardProps) {
  return (
    <div className={wide ? 'auth-card auth-card--wide' : 'auth-card'}>
      <PageHeader title={title} description={intro} />
      {children}
    </div>
  );
}
