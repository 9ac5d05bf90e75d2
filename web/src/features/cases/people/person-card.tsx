import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CasePerson, PersonIdentity } from '#contracts/cases';
import {
  documentIssue,
  documentType,
  exploitationType,
  gender,
  isicSection,
  meansOfControl,
  perpetratorRole,
  recruitmentApp,
  recruitmentMethod,
  relationshipToTrafficker,
  sexExploitationType,
  statusDecisionOrg,
  traffickingStatus,
} from '#contracts/codes/cases';
import { useFormat } from '../../../lib/format-context';
import { Alert, Badge, Button, ShieldIcon } from '../../../ui';
import { useMe } from '../../auth';
import { useCodes } from '../code-labels';
import { useCountryNames } from '../countries';
import { ProvenanceNote } from '../provenance';
import { personName, renderPseudonym } from '../pseudonym';
import { useRegionPaths } from '../reference-api';

type Row = [label: string, value: string | null | undefined];

/** A definition list of the rows that have a value. */
function Facts({ rows }: { rows: Row[] }) {
  const shown = rows.filter(([, value]) => value);
  if (shown.length === 0) return null;
  return (
    <dl className="definition-list person-facts">
      {shown.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** Names, documents and contacts, when they may be shown. */
function useIdentityRows(identity: PersonIdentity | null): Row[] {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useCountryNames();
  if (!identity) return [];
  const passport = identity.passportNumber
    ? `${identity.passportNumber}${identity.passportCountry ? ` (${countries.name(identity.passportCountry)})` : ''}`
    : null;
  return [
    [t('cases.person.fullName'), identity.fullName],
    [t('cases.person.aliases'), identity.aliases.join(', ')],
    [t('cases.person.birthDate'), identity.birthDate ? format.day(identity.birthDate) : null],
    [t('cases.person.nik'), identity.nik],
    [t('cases.person.passportNumber'), passport],
    [t('cases.person.phone'), identity.phone],
    [t('cases.person.address'), identity.address],
  ];
}

/** The HTCDS victim context in words. */
function useVictimRows(person: CasePerson): Row[] {
  const { t } = useTranslation();
  const { label, labels } = useCodes();
  const v = person.victim;
  if (!v) return [];
  const documents = v.documents
    .map((d) => `${label(documentType, d.type)}: ${label(documentIssue, d.issue)}`)
    .join('; ');
  return [
    [t('cases.victim.traffickingStatus'), label(traffickingStatus, v.traffickingStatus)],
    [
      t('cases.victim.statusDecidedBy'),
      v.statusDecidedBy ? label(statusDecisionOrg, v.statusDecidedBy) : null,
    ],
    [t('cases.victim.recruitmentMethods'), labels(recruitmentMethod, v.recruitmentMethods)],
    [t('cases.victim.recruitmentApps'), labels(recruitmentApp, v.recruitmentApps)],
    [t('cases.victim.meansOfControl'), labels(meansOfControl, v.meansOfControl)],
    [t('cases.victim.exploitationTypes'), labels(exploitationType, v.exploitationTypes)],
    [t('cases.victim.sexExploitationTypes'), labels(sexExploitationType, v.sexExploitationTypes)],
    [
      t('cases.victim.forcedLabourIndustry'),
      v.forcedLabourIndustry ? label(isicSection, v.forcedLabourIndustry) : null,
    ],
    [
      t('cases.victim.relationshipToTrafficker'),
      v.relationshipToTrafficker ? label(relationshipToTrafficker, v.relationshipToTrafficker) : null,
    ],
    [t('cases.victim.ageWhenTrafficked'), v.ageWhenTrafficked?.toString()],
    [t('cases.victim.documents'), documents],
  ];
}

interface PersonCardProps {
  person: CasePerson;
  revealed: PersonIdentity | null;
  canEdit: boolean;
  canReveal: boolean;
  onEdit: () => void;
  onReveal: () => void;
}

/** One person of the case: who they are (or their pseudonym), their part in it, and warnings. */
export function PersonCard({ person, revealed, canEdit, canReveal, onEdit, onReveal }: PersonCardProps) {
  const { t } = useTranslation();
  const { label, labels } = useCodes();
  const countries = useCountryNames();
  const regions = useRegionPaths([person.originRegionCode]);
  const identity = revealed ?? person.identity;
  const identityRows = useIdentityRows(identity);
  const victimRows = useVictimRows(person);
  const name = personName(t, person, revealed ?? undefined);
  const me = useMe();
  const age = person.birthYear
    ? t('cases.person.bornIn', { year: person.birthYear })
    : person.estimatedAge !== null
      ? t('cases.person.aboutAge', { age: person.estimatedAge })
      : null;
  return (
    <article className="person-card" aria-labelledby={`person-${person.id}`} data-testid="person-card">
      <header className="person-card__header">
        <div>
          <h3 className="person-card__name" id={`person-${person.id}`}>
            {name}
          </h3>
          {identity?.fullName || identity?.aliases.length ? (
            <p className="muted">{renderPseudonym(t, person.pseudonym)}</p>
          ) : null}
        </div>
        <div className="cluster">
          {person.identityProtected ? (
            <Badge tone={revealed ? 'warning' : 'neutral'}>
              <ShieldIcon />
              {revealed ? t('cases.identity.revealedBadge') : t('cases.identity.protectedBadge')}
            </Badge>
          ) : null}
          {person.role === 'victim' && me.data?.permissions.includes('protection.read') ? (
            <Link className="button button--sm" to={`/protection/victims/${person.id}`} aria-label={t('cases.person.protectionLabel', { name })}>
              {t('cases.person.protection')}
            </Link>
          ) : null}
          {canEdit ? (
            <Button size="sm" onClick={onEdit} aria-label={t('cases.person.editLabel', { name })}>
              {t('common.edit')}
            </Button>
          ) : null}
        </div>
      </header>
      <ProvenanceNote provenance={person.provenance} />
      {person.nikWarnings.length > 0 ? (
        <Alert tone="warning" isLive={false} title={t('cases.person.nikWarningsTitle')}>
          <ul className="plain-list">
            {person.nikWarnings.map((warning) => (
              <li key={warning}>{t(`cases.nikWarnings.${warning}`)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {identity ? null : (
        <div className="identity-hidden">
          <p className="muted">{t('cases.identity.hidden')}</p>
          {canReveal ? (
            <Button
              size="sm"
              icon={<ShieldIcon />}
              onClick={onReveal}
              aria-label={t('cases.identity.revealLabel', { name })}
            >
              {t('cases.identity.reveal')}
            </Button>
          ) : (
            <p className="muted">{t('cases.identity.noRight')}</p>
          )}
        </div>
      )}
      <Facts
        rows={[
          ...identityRows,
          [t('cases.person.sex'), label(gender, person.sex)],
          [t('cases.person.age'), age],
          [t('cases.person.citizenship'), person.citizenship.map(countries.name).join(', ')],
          [
            t('cases.person.originRegion'),
            person.originRegionCode
              ? (regions.get(person.originRegionCode) ?? person.originRegionCode)
              : null,
          ],
          [t('cases.suspect.roles'), person.suspect ? labels(perpetratorRole, person.suspect.roles) : null],
          [t('cases.suspect.roleDetails'), person.suspect?.roleDetails],
          [t('cases.person.notes'), person.notes],
          ...victimRows,
        ]}
      />
    </article>
  );
}
