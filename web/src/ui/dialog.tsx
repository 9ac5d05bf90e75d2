import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from './icons';

interface DialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'md' | 'lg';
  /** A dialog that must not be dismissed by Escape (e.g. one-time secrets until confirmed). */
  isDismissable?: boolean;
}

/**
 * A modal on the native <dialog>: the browser traps focus, makes the page behind inert and
 * returns focus to the opener on close.
 */
export function Dialog({
  isOpen,
  onClose,
  title,
  description,
  children,
  footer,
  size = 'md',
  isDismissable = true,
}: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
    // Closing (rather than just removing) the element returns focus to the control that opened it.
    return () => {
      if (dialog.open) dialog.close();
    };
  }, [isOpen]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (isDismissable) onClose();
      }}
      // The browser may still close a modal on a repeated Escape; the state follows it.
      onClose={() => {
        if (isOpen) onClose();
      }}
    >
      {isOpen ? (
        <div className="dialog__frame">
          <div className="dialog__header">
            <h2 className="dialog__title" id={titleId}>
              {title}
            </h2>
            {isDismissable ? (
              <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
                <CloseIcon />
              </button>
            ) : null}
          </div>
          {description ? (
            <p className="dialog__description" id={descriptionId}>
              {description}
            </p>
          ) : null}
          <div className="dialog__body">{children}</div>
          {footer ? <div className="dialog__footer">{footer}</div> : null}
        </div>
      ) : null}
    </dialog>
  );
}
