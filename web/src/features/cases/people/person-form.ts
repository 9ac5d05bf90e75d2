import type { CasePerson, PersonIdentity, PersonRole } from '#contracts/cases';
import { documentIssue, documentType } from '#contracts/codes/cases';
import { isDeepEqual } from '../../../lib/is-deep-equal';

/** Victim context as the form holds it: codes as strings, the age as typed, documents as `type:issue`. */
function victimValues(person: CasePerson | null) {
  const v = person?.victim;
  return {
    traffickingStatus: v?.traffickingStatus ?? 'possible',
    statusDecidedBy: v?.statusDecidedBy ?? '',
    meansOfControl: [...(v?.meansOfControl ?? [])] as string[],
    exploitationTypes: [...(v?.exploitationTypes ?? [])] as string[],
    forcedLabourIndustry: v?.forcedLabourIndustry ?? '',
    sexExploitationTypes: [...(v?.sexExploitationTypes ?? [])] as string[],
    recruitmentMethods: [...(v?.recruitmentMethods ?? [])] as string[],
    recruitmentApps: [...(v?.recruitmentApps ?? [])] as string[],
    relationshipToTrafficker: v?.relationshipToTrafficker ?? '',
    ageWhenTrafficked: v?.ageWhenTrafficked?.toString() ?? '',
    documents: (v?.documents ?? []).map((d) => `${d.type}:${d.issue}`),
  };
}
export type VictimValues = ReturnType<typeof victimValues>;

/** Everything the person form edits. `identity` is null when it is hidden and not revealed. */
export function personFormValues(
  role: PersonRole,
  person: CasePerson | null,
  identity: PersonIdentity | null,
) {
  const known = identity ?? person?.identity ?? null;
  return {
    role,
    fullName: known?.fullName ?? '',
    aliases: (known?.aliases ?? []).join('\n'),
    sex: person?.sex ?? 'unknown',
    birthDate: known?.birthDate ?? '',
    estimatedAge: person?.estimatedAge?.toString() ?? '',
    nik: known?.nik ?? '',
    passportNumber: known?.passportNumber ?? '',
    passportCountry: known?.passportCountry ?? null,
    citizenship: person?.citizenship[0] ?? (person ? null : 'ID'),
    otherCitizenship: person?.citizenship[1] ?? null,
    originRegionCode: person?.originRegionCode ?? null,
    phone: known?.phone ?? '',
    address: known?.address ?? '',
    notes: person?.notes ?? '',
    victim: victimValues(person),
    suspectRoles: [...(person?.suspect?.roles ?? [])] as string[],
    suspectRoleDetails: person?.suspect?.roleDetails ?? '',
  };
}
export type PersonFormValues = ReturnType<typeof personFormValues>;

const text = (value: string) => (value.trim() === '' ? null : value.trim());
const whole = (value: string) => (value.trim() === '' ? null : Number(value));

/** The documents matrix back into the contract's list of `{ type, issue }`. */
function documentsOf(keys: readonly string[]) {
  return keys.flatMap((key) => {
    const [type, issue] = key.split(':');
    const t = documentType.codes.find((code) => code === type);
    const i = documentIssue.codes.find((code) => code === issue);
    return t && i ? [{ type: t, issue: i }] : [];
  });
}

function victimRequest(v: VictimValues) {
  return {
    traffickingStatus: v.traffickingStatus,
    statusDecidedBy: text(v.statusDecidedBy),
    meansOfControl: v.meansOfControl,
    exploitationTypes: v.exploitationTypes,
    forcedLabourIndustry: text(v.forcedLabourIndustry),
    // Sexual exploitation types only mean something when sexual exploitation is among the types.
    sexExploitationTypes: v.exploitationTypes.includes('sexual_exploitation') ? v.sexExploitationTypes : [],
    recruitmentMethods: v.recruitmentMethods,
    recruitmentApps: v.recruitmentApps,
    relationshipToTrafficker: text(v.relationshipToTrafficker),
    ageWhenTrafficked: whole(v.ageWhenTrafficked),
    documents: documentsOf(v.documents),
  };
}

/** The identity as the form now holds it (shown after saving a revealed person, who stays revealed). */
export function identityOf(values: PersonFormValues): PersonIdentity {
  return identityRequest(values);
}

function identityRequest(values: PersonFormValues) {
  return {
    fullName: text(values.fullName),
    aliases: values.aliases
      .split('\n')
      .map((alias) => alias.trim())
      .filter(Boolean),
    birthDate: text(values.birthDate),
    nik: text(values.nik.replace(/[\s.-]/g, '')),
    passportNumber: text(values.passportNumber.toUpperCase()),
    passportCountry: values.passportCountry,
    phone: text(values.phone),
    address: text(values.address),
  };
}

function bodyOf(values: PersonFormValues, withIdentity: boolean) {
  return {
    ...(withIdentity ? identityRequest(values) : {}),
    sex: values.sex,
    estimatedAge: whole(values.estimatedAge),
    citizenship: [values.citizenship, values.otherCitizenship].filter((c): c is string => Boolean(c)),
    originRegionCode: values.originRegionCode,
    notes: values.notes.trim(),
    victim: values.role === 'victim' ? victimRequest(values.victim) : null,
    suspect:
      values.role === 'suspect'
        ? { roles: values.suspectRoles, roleDetails: values.suspectRoleDetails.trim() }
        : null,
  };
}

/** A new person: everything, identity included (it is hidden once saved when the role is protected). */
export function addRequestOf(values: PersonFormValues): unknown {
  return { role: values.role, ...bodyOf(values, true) };
}

/** A change: only the fields that differ from where the form started, identity only when it was known. */
export function updateRequestOf(
  start: PersonFormValues,
  values: PersonFormValues,
  withIdentity: boolean,
  version: number,
): unknown {
  const before = bodyOf(start, withIdentity) as Record<string, unknown>;
  const after = bodyOf(values, withIdentity) as Record<string, unknown>;
  const changed: Record<string, unknown> = Object.fromEntries(
    Object.entries(after).filter(([key, value]) => value !== null && !isDeepEqual(value, before[key])),
  );
  // A cleared value is sent as null, except the role contexts, which are objects or absent.
  for (const [key, value] of Object.entries(after)) {
    if (value === null && before[key] !== null && key !== 'victim' && key !== 'suspect') changed[key] = null;
  }
  return { ...changed, version };
}
