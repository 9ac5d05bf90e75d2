import { useId, type ReactNode } from 'react';

interface CardProps {
  title?: ReactNode;
  /** The heading level that fits where the card sits in the page outline. */
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled section on a white surface; with a title it is a labelled region. */
export function Card({ title, headingLevel = 2, actions, children, className }: CardProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={['card', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={title ? headingId : undefined}
    >
      {title || actions ? (
        <div className="card__header">
          {title ? (
            <Heading className="card__title" id={headingId}>
              {title}
            </Heading>
          ) : null}
          {actions ? <div className="card__actions">{actions}</div> : null}
        </div>
      ) : null}
      <div className="card__body">{children}</div>
    </section>
  );
}
