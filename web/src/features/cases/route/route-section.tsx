import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, RouteEvent } from '#contracts/cases';
import { routeEventType, transportMode } from '#contracts/codes/cases';
import { useFormat } from '../../../lib/format-context';
import { Button, Card, ConfirmDialog, ErrorAlert, Loading, PlusIcon } from '../../../ui';
import { useCodes } from '../code-labels';
import { useDeleteRouteEvent, useReorderRoute } from '../case-parts-api';
import { useCountryNames } from '../countries';
import { personName } from '../pseudonym';
import { usePorts, useRegions } from '../reference-api';
import { RouteEventDialog } from './route-event-dialog';
import { describePlace, mapPoints } from './route-places';

// The map and its land data load only when a case's route is shown.
const RouteMap = lazy(() => import('./route-map'));

type Editing = { event: RouteEvent | null } | null;

/** The ids in a new order: the step at `index` swapped with its neighbour. */
function moved(route: readonly RouteEvent[], index: number, by: -1 | 1): string[] {
  const ids = route.map((event) => event.id);
  const other = index + by;
  return ids.map((id, i) => (i === index ? (ids[other] ?? id) : i === other ? (ids[index] ?? id) : id));
}

/**
 * Keeps the keyboard on the step that moved: its same button, or the other one when the step
 * reached an end of the route (the re-ordered list would otherwise drop the focus).
 */
function focusMoveButton(eventId: string, direction: 'up' | 'down') {
  requestAnimationFrame(() => {
    const step = document.querySelector(`[data-step-id="${CSS.escape(eventId)}"]`);
    const same = step?.querySelector<HTMLButtonElement>(`button[data-move="${direction}"]`);
    const other = step?.querySelector<HTMLButtonElement>(
      `button[data-move="${direction === 'up' ? 'down' : 'up'}"]`,
    );
    (same && !same.disabled ? same : other)?.focus();
  });
}

interface StepProps {
  detail: CaseDetail;
  event: RouteEvent;
  index: number;
  onEdit: () => void;
  onDelete: () => void;
  onMove: (by: -1 | 1) => void;
  isMoving: boolean;
}

function RouteStep({ detail, event, index, onEdit, onDelete, onMove, isMoving }: StepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { label } = useCodes();
  const countries = useCountryNames();
  const person = detail.people.find((p) => p.id === event.casePersonId);
  const name = t('cases.route.stepName', { n: index + 1, type: label(routeEventType, event.type) });
  return (
    <li className="route-step" data-testid="route-step" data-step-id={event.id}>
      <div className="route-step__text">
        <p className="route-step__title">
          <span className="route-step__number" aria-hidden="true">
            {index + 1}
          </span>
          <span className="visually-hidden">{t('cases.route.stepNumber', { n: index + 1 })}</span>
          {label(routeEventType, event.type)}
          {event.occurredOn ? <span className="muted">{` · ${format.day(event.occurredOn)}`}</span> : null}
        </p>
        <p>
          {describePlace(t, event, countries.name)}
          {event.placeKind === 'unofficial_landing' ? null : (
            <span className="muted">{` · ${t(`cases.route.kinds.${event.placeKind}`)}`}</span>
          )}
        </p>
        {event.transport || person ? (
          <p className="muted">
            {[
              event.transport ? label(transportMode, event.transport) : null,
              person ? personName(t, person) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        ) : null}
        {event.description ? <p className="route-step__description">{event.description}</p> : null}
      </div>
      {detail.canEdit ? (
        <div className="route-step__actions" role="group" aria-label={name}>
          <Button
            size="sm"
            variant="ghost"
            data-move="up"
            onClick={() => onMove(-1)}
            disabled={index === 0 || isMoving}
            aria-label={t('cases.route.moveUp', { step: name })}
          >
            {t('cases.route.up')}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            data-move="down"
            onClick={() => onMove(1)}
            disabled={index === detail.route.length - 1 || isMoving}
            aria-label={t('cases.route.moveDown', { step: name })}
          >
            {t('cases.route.down')}
          </Button>
          <Button size="sm" onClick={onEdit} aria-label={t('cases.route.editLabel', { step: name })}>
            {t('common.edit')}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onClick={onDelete}
            aria-label={t('cases.route.deleteLabel', { step: name })}
          >
            {t('cases.route.delete')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** The route as an ordered list (the text alternative of the map) and a small offline map. */
export function RouteSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<RouteEvent | null>(null);
  const reorder = useReorderRoute(detail.id);
  const remove = useDeleteRouteEvent(detail.id);
  const ports = usePorts();
  const countries = useCountryNames();
  const regions = useRegions(detail.route.map((event) => event.regionCode));
  const points = mapPoints(t, detail.route, ports.data?.items ?? [], regions, countries.name);
  const routePortIds = new Set(detail.route.map((event) => event.portId));
  return (
    <div className="route-layout">
      <Card
        title={t('cases.route.title')}
        actions={
          detail.canEdit ? (
            <Button size="sm" icon={<PlusIcon />} onClick={() => setEditing({ event: null })}>
              {t('cases.route.add')}
            </Button>
          ) : null
        }
      >
        <div className="stack">
          <ErrorAlert error={reorder.error} />
          {detail.route.length === 0 ? (
            <p className="muted">{t('cases.route.none')}</p>
          ) : (
            <ol className="route-steps" aria-label={t('cases.route.listLabel')}>
              {detail.route.map((event, index) => (
                <RouteStep
                  key={event.id}
                  detail={detail}
                  event={event}
                  index={index}
                  isMoving={reorder.isPending}
                  onEdit={() => setEditing({ event })}
                  onDelete={() => {
                    remove.reset();
                    setDeleting(event);
                  }}
                  onMove={(by) =>
                    reorder.mutate(moved(detail.route, index, by), {
                      onSuccess: () => focusMoveButton(event.id, by === -1 ? 'up' : 'down'),
                    })
                  }
                />
              ))}
            </ol>
          )}
        </div>
      </Card>
      <Card title={t('cases.map.title')}>
        <Suspense fallback={<Loading label={t('cases.map.loading')} />}>
          <RouteMap
            points={points}
            ports={(ports.data?.items ?? []).filter((port) => !routePortIds.has(port.id))}
            description={t('cases.map.description', { shown: points.length, total: detail.route.length })}
          />
        </Suspense>
      </Card>
      {editing ? (
        <RouteEventDialog detail={detail} event={editing.event} onClose={() => setEditing(null)} />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          isOpen
          title={t('cases.route.deleteTitle', { n: detail.route.indexOf(deleting) + 1 })}
          confirmLabel={t('cases.route.delete')}
          tone="danger"
          isPending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          onCancel={() => setDeleting(null)}
        >
          <p>{describePlace(t, deleting, countries.name)}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
