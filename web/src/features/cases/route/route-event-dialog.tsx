import { lazy, Suspense, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { routeEventRequestSchema, type CaseDetail, type RouteEvent } from '#contracts/cases';
import { placeKind, routeEventType, transportMode } from '#contracts/codes/cases';
import { useFocusFirstInvalid, useFormValues, type FormState } from '../../../lib/use-form';
import type { FieldErrors } from '../../../lib/form-errors';
import {
  Button,
  Dialog,
  ErrorAlert,
  Loading,
  Select,
  TextArea,
  TextField,
  VersionConflictAlert,
} from '../../../ui';
import { useCodes } from '../code-labels';
import { isApiError } from '../../../lib/api';
import { useSaveRouteEvent } from '../case-parts-api';
import { useInvalidateCase } from '../cases-api';
import { CountrySelect } from '../country-select';
import { checkWith, serverErrorsByPath } from '../contract-check';
import { PortSelect } from '../port-select';
import { personName } from '../pseudonym';
import { usePorts } from '../reference-api';
import { RegionPicker } from '../region-picker';

const RouteMap = lazy(() => import('./route-map'));

function eventValues(event: RouteEvent | null) {
  return {
    type: event?.type ?? 'recruitment',
    occurredOn: event?.occurredOn ?? '',
    placeKind: event?.placeKind ?? 'region',
    regionCode: event?.regionCode ?? null,
    portId: event?.portId ?? null,
    lat: event?.lat?.toString() ?? '',
    lng: event?.lng?.toString() ?? '',
    placeName: event?.placeName ?? '',
    country: event?.country ?? null,
    transport: event?.transport ?? '',
    description: event?.description ?? '',
    casePersonId: event?.casePersonId ?? '',
  };
}
type EventValues = ReturnType<typeof eventValues>;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const degrees = (value: string) => (value.trim() === '' ? null : Number(value.replace(',', '.')));

/** The step as the contract takes it: only the place fields of the chosen kind are sent. */
function requestOf(v: EventValues) {
  const kind = v.placeKind;
  return {
    type: v.type,
    occurredOn: orNull(v.occurredOn),
    placeKind: kind,
    regionCode: kind === 'region' ? v.regionCode : null,
    portId: kind === 'port' ? v.portId : null,
    lat: kind === 'unofficial_landing' ? degrees(v.lat) : null,
    lng: kind === 'unofficial_landing' ? degrees(v.lng) : null,
    placeName: kind === 'unofficial_landing' || kind === 'abroad' ? orNull(v.placeName) : null,
    country: kind === 'abroad' ? v.country : null,
    transport: orNull(v.transport),
    description: v.description.trim(),
    casePersonId: orNull(v.casePersonId),
  };
}

/** A landing is a point: typed as latitude and longitude, or clicked on the map. */
function LandingFields({ form, errors }: { form: FormState<EventValues>; errors: FieldErrors }) {
  const { t } = useTranslation();
  const ports = usePorts();
  const lat = degrees(form.values.lat);
  const lng = degrees(form.values.lng);
  const picked =
    lat !== null && lng !== null && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;
  return (
    <>
      <TextField
        label={t('cases.route.placeName')}
        hint={t('cases.route.landingNameHint')}
        isOptional
        {...form.bind('placeName')}
        error={errors.placeName}
      />
      <div className="form-grid">
        <TextField
          label={t('cases.route.lat')}
          hint={t('cases.route.latHint')}
          inputMode="decimal"
          required
          {...form.bind('lat')}
          error={errors.lat}
        />
        <TextField
          label={t('cases.route.lng')}
          hint={t('cases.route.lngHint')}
          inputMode="decimal"
          required
          {...form.bind('lng')}
          error={errors.lng}
        />
      </div>
      <Suspense fallback={<Loading />}>
        <RouteMap
          points={[]}
          ports={ports.data?.items ?? []}
          description={t('cases.map.pickDescription')}
          picked={picked}
          onPick={(point) => {
            form.set('lat', point.lat.toString());
            form.set('lng', point.lng.toString());
          }}
        />
      </Suspense>
    </>
  );
}

function PlaceFields({ form, errors }: { form: FormState<EventValues>; errors: FieldErrors }) {
  const { t } = useTranslation();
  const { values, set } = form;
  switch (values.placeKind) {
    case 'region':
      return (
        <RegionPicker
          legend={t('cases.route.region')}
          depth={4}
          value={values.regionCode}
          onChange={(code) => set('regionCode', code)}
          error={errors.regionCode}
        />
      );
    case 'port':
      return (
        <PortSelect
          label={t('cases.route.port')}
          required
          value={values.portId}
          onChange={(portId) => set('portId', portId)}
          error={errors.portId}
        />
      );
    case 'unofficial_landing':
      return <LandingFields form={form} errors={errors} />;
    case 'abroad':
      return (
        <div className="form-grid">
          <CountrySelect
            label={t('cases.route.country')}
            required
            value={values.country}
            onChange={(code) => set('country', code)}
            error={errors.country}
          />
          <TextField
            label={t('cases.route.placeName')}
            hint={t('cases.route.abroadNameHint')}
            isOptional
            {...form.bind('placeName')}
            error={errors.placeName}
          />
        </div>
      );
  }
}

interface RouteEventDialogProps {
  detail: CaseDetail;
  event: RouteEvent | null;
  onClose: () => void;
}

/** Adds a step at the end of the route, or corrects one (the whole step, version-checked). */
export function RouteEventDialog({ detail, event, onClose }: RouteEventDialogProps) {
  const { t } = useTranslation();
  const { options } = useCodes();
  const save = useSaveRouteEvent(detail.id, event);
  const reload = useInvalidateCase(detail.id);
  const isConflict = isApiError(save.error) && save.error.code === 'VERSION_CONFLICT';
  const form = useFormValues(eventValues(event));
  const formRef = useFocusFirstInvalid([form.clientErrors, save.error]);
  const serverErrors = serverErrorsByPath(t, save.error);
  const errors = { ...serverErrors, ...form.clientErrors };
  const { bind } = form;

  const submit = (submitEvent: FormEvent) => {
    submitEvent.preventDefault();
    const checked = checkWith(t, routeEventRequestSchema, requestOf(form.values));
    form.setClientErrors(checked.errors ?? {});
    if (checked.data) save.mutate(checked.data, { onSuccess: onClose });
  };

  return (
    <Dialog
      isOpen
      onClose={onClose}
      size="lg"
      title={event ? t('cases.route.editTitle', { n: event.position }) : t('cases.route.addTitle')}
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate data-testid="route-form">
        <div className="form-grid">
          <Select
            label={t('cases.route.type')}
            options={options(routeEventType)}
            {...bind('type')}
            error={errors.type}
          />
          <TextField
            label={t('cases.route.occurredOn')}
            type="date"
            isOptional
            {...bind('occurredOn')}
            error={errors.occurredOn}
          />
          <Select
            label={t('cases.route.placeKind')}
            options={options(placeKind)}
            {...bind('placeKind')}
            error={errors.placeKind}
          />
          <Select
            label={t('cases.route.transport')}
            emptyOption={t('cases.fields.notKnown')}
            isOptional
            options={options(transportMode)}
            {...bind('transport')}
            error={errors.transport}
          />
        </div>
        <PlaceFields form={form} errors={errors} />
        <Select
          label={t('cases.route.person')}
          hint={t('cases.route.personHint')}
          emptyOption={t('cases.route.wholeCase')}
          isOptional
          options={detail.people.map((person) => ({ value: person.id, label: personName(t, person) }))}
          {...bind('casePersonId')}
          error={errors.casePersonId}
        />
        <TextArea
          label={t('cases.route.description')}
          isOptional
          rows={3}
          {...bind('description')}
          error={errors.description}
        />
        {isConflict ? <VersionConflictAlert onReload={() => void reload().then(onClose)} /> : null}
        {isConflict || Object.keys(serverErrors).length > 0 ? null : <ErrorAlert error={save.error} />}
        <div className="form-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isPending={save.isPending}>
            {event ? t('common.saveChanges') : t('cases.route.add')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
