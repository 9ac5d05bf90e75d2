import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Permission } from '#contracts/access';
// The file, not the feature's index: the index would pull the protection pages into the main bundle.
import { ReferralBadge } from '../features/protection/referral-badge';

type NavKey = 'home' | 'cases' | 'users' | 'agencies' | 'audit' | 'signInActivity' | 'publicInfo' | 'protection' | 'tips' | 'imports' | 'dashboards' | 'taskforce' | 'map' | 'patrols' | 'linkage';

const navItems: { to: string; key: NavKey; permission?: Permission; Badge?: React.ComponentType }[] = [
  { to: '/', key: 'home' },
  { to: '/cases', key: 'cases', permission: 'cases.read' },
  { to: '/users', key: 'users', permission: 'users.read' },
  { to: '/agencies', key: 'agencies', permission: 'agencies.read' },
  { to: '/audit', key: 'audit', permission: 'audit.read' },
  { to: '/sign-in-activity', key: 'signInActivity', permission: 'audit.read' },
  { to: '/public-info', key: 'publicInfo', permission: 'public-info.manage' },
  { to: '/protection', key: 'protection', permission: 'protection.read', Badge: ReferralBadge },
  { to: '/tips', key: 'tips', permission: 'tips.read' },
  { to: '/imports', key: 'imports', permission: 'imports.run' },
  { to: '/dashboards', key: 'dashboards', permission: 'dashboards.read' },
  { to: '/taskforce', key: 'taskforce', permission: 'taskforce.read' },
  { to: '/map', key: 'map', permission: 'map.read' },
  { to: '/patrols', key: 'patrols', permission: 'patrols.read' },
  { to: '/linkage', key: 'linkage', permission: 'linkage.review' },
];

interface MainNavProps {
  id: string;
  permissions: readonly Permission[];
  isOpen: boolean;
  onNavigate: () => void;
}

/** The sections the user may open: one link per page their permissions allow. */
export function MainNav({ id, permissions, isOpen, onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  const items = navItems.filter((item) => !item.permission || permissions.includes(item.permission));
  return (
    <nav id={id} className={isOpen ? 'main-nav main-nav--open' : 'main-nav'} aria-label={t('nav.label')}>
      <ul className="container main-nav__list">
        {items.map((item) => (
          <li key={item.key}>
            <NavLink to={item.to} end={item.to === '/'} className="main-nav__link" onClick={onNavigate}>
              {t(`nav.${item.key}`)}
              {item.Badge && <item.Badge />}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
