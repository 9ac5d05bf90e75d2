import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CasePerson, PersonIdentity, PersonRole } from '#contracts/cases';
import { personRole } from '#contracts/codes/cases';
import { Button, Card, PlusIcon } from '../../../ui';
import { useCodes } from '../code-labels';
import { useRevealIdentity } from '../case-parts-api';
import { personName } from '../pseudonym';
import { ReasonDialog } from '../reason-dialog';
import { PersonCard } from './person-card';
import { PersonDialog } from './person-dialog';

/** The server's rule: at least 10 characters saying why. */
const minimumRevealReason = 10;

type Editing = { role: PersonRole; person: CasePerson | null } | null;

function RevealDialog({
  caseId,
  person,
  onRevealed,
  onClose,
}: {
  caseId: string;
  person: CasePerson;
  onRevealed: (identity: PersonIdentity) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reveal = useRevealIdentity(caseId, person.id);
  return (
    <ReasonDialog
      title={t('cases.identity.dialogTitle', { name: personName(t, person) })}
      description={t('cases.identity.dialogIntro')}
      minLength={minimumRevealReason}
      confirmLabel={t('cases.identity.reveal')}
      tone="danger"
      isPending={reveal.isPending}
      error={reveal.error}
      onConfirm={(reason) => reveal.mutate(reason, { onSuccess: onRevealed })}
      onCancel={onClose}
    />
  );
}

interface PeopleSectionProps {
  detail: CaseDetail;
  canReveal: boolean;
  /** Identities revealed during this visit of the case page (held by the page, never stored). */
  revealed: ReadonlyMap<string, PersonIdentity>;
  onRevealed: (casePersonId: string, identity: PersonIdentity) => void;
}

/** Victims, suspects, witnesses and reporters, each group with its own "add" button. */
export function PeopleSection({ detail, canReveal, revealed, onRevealed }: PeopleSectionProps) {
  const { t } = useTranslation();
  const { labelInText } = useCodes();
  const [editing, setEditing] = useState<Editing>(null);
  const [revealing, setRevealing] = useState<CasePerson | null>(null);

  return (
    <div className="stack">
      {personRole.codes.map((role) => {
        const people = detail.people.filter((person) => person.role === role);
        return (
          <Card
            key={role}
            title={t(`cases.people.${role}`, { n: people.length })}
            actions={
              detail.canEdit ? (
                <Button size="sm" icon={<PlusIcon />} onClick={() => setEditing({ role, person: null })}>
                  {t('cases.people.add', { role: labelInText(personRole, role) })}
                </Button>
              ) : null
            }
          >
            {people.length === 0 ? (
              <p className="muted">{t('cases.people.none')}</p>
            ) : (
              <div className="people-list">
                {people.map((person) => (
                  <PersonCard
                    key={person.id}
                    person={person}
                    revealed={revealed.get(person.id) ?? null}
                    canEdit={detail.canEdit}
                    canReveal={canReveal}
                    onEdit={() => setEditing({ role, person })}
                    onReveal={() => setRevealing(person)}
                  />
                ))}
              </div>
            )}
          </Card>
        );
      })}
      {editing ? (
        <PersonDialog
          caseId={detail.id}
          role={editing.role}
          person={editing.person}
          revealed={editing.person ? (revealed.get(editing.person.id) ?? null) : null}
          onClose={() => setEditing(null)}
          onIdentitySaved={(identity) => editing.person && onRevealed(editing.person.id, identity)}
        />
      ) : null}
      {revealing ? (
        <RevealDialog
          caseId={detail.id}
          person={revealing}
          onClose={() => setRevealing(null)}
          onRevealed={(identity) => {
            onRevealed(revealing.id, identity);
            setRevealing(null);
          }}
        />
      ) : null}
    </div>
  );
}
