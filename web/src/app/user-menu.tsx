import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { timeZones, type TimeZone } from '#contracts/common';
import type { Me } from '#contracts/auth';
import { useChangeTimeZone, useLogout } from '../features/auth';
import { Button, ChevronDownIcon, Select } from '../ui';
import { useDismiss } from './use-dismiss';

function initialsOf(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, '')
    .trim()
    .split(/\s+/);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

/** Who is signed in, their agency, and the account actions (a disclosure, not an ARIA menu). */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setIsOpen(false), []);
  useDismiss(isOpen, containerRef, buttonRef, close);
  const logout = useLogout();
  const timeZone = useChangeTimeZone();

  return (
    <div className="user-menu" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
        data-testid="user-menu"
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {initialsOf(me.displayName)}
        </span>
        <span className="user-menu__name">{me.displayName}</span>
        <span className="visually-hidden">{t('userMenu.label')}</span>
        <ChevronDownIcon />
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!isOpen}>
        <div className="user-menu__who">
          <p className="user-menu__who-name">{me.displayName}</p>
          <p className="muted">{me.email}</p>
          <p className="muted">{me.agency.name}</p>
        </div>
        <Select
          label={t('fields.timeZone')}
          value={me.timeZone}
          disabled={timeZone.isPending}
          options={timeZones.map((zone) => ({ value: zone, label: t(`timeZones.${zone}`) }))}
          onChange={(event) => timeZone.mutate(event.target.value as TimeZone)}
        />
        <Link to="/change-password" className="user-menu__link" onClick={close}>
          {t('userMenu.changePassword')}
        </Link>
        <Button
          variant="secondary"
          onClick={() => logout.mutate()}
          isPending={logout.isPending}
          data-testid="sign-out"
        >
          {t('userMenu.signOut')}
        </Button>
      </div>
    </div>
  );
}
