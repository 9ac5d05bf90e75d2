import type { Deps } from '../src/platform/deps';
import { cases, casePersons, caseShares, routeEvents } from '../src/features/cases/cases.schema';
import { refreshCaseFacets } from '../src/features/cases/cases.facets';
import { createPerson } from '../src/features/people';

/**
 * Cases written straight into the tables, for tests of finding and exporting cases: fast, and
 * independent of the case-editing API. People go through the people feature (so their name search
 * key is the real one); the facets are refreshed as the service would.
 */
export interface PersonSeed {
  role: 'victim' | 'suspect' | 'witness' | 'reporter';
  fullName?: string | null;
  aliases?: string[];
  sex?: 'female' | 'male' | 'unknown';
  nik?: string | null;
  passportNumber?: string | null;
  phone?: string | null;
  birthDate?: string | null;
  estimatedAge?: number | null;
  originRegionCode?: string | null;
  citizenship?: string[];
  exploitationTypes?: string[];
  meansOfControl?: string[];
  recruitmentMethods?: string[];
  recruitmentApps?: string[];
  ageWhenTrafficked?: number | null;
  perpetratorRoles?: string[];
  roleDetails?: string;
}

export interface RouteSeed {
  type: 'recruitment' | 'transit' | 'interception' | 'exploitation' | 'return';
  placeKind: 'region' | 'port' | 'unofficial_landing' | 'abroad';
  regionCode?: string;
  portId?: string;
  country?: string;
  lat?: number;
  lng?: number;
  occurredOn?: string;
  description?: string;
}

export interface ShareSeed {
  agencyId: string;
  access: 'read' | 'contribute';
  expiresAt?: Date | null;
  revokedAt?: Date | null;
}

export interface CaseSeed {
  agencyId: string;
  number?: string;
  title?: string;
  summary?: string;
  reportedOn?: string;
  status?: string;
  sensitivity?: 'standard' | 'sensitive' | 'restricted';
  discoveryChannel?: string;
  reportedRegionCode?: string | null;
  reportedPortId?: string | null;
  updatedAt?: Date;
  people?: PersonSeed[];
  route?: RouteSeed[];
  shares?: ShareSeed[];
}

let sequence = 0;

/** A case with its people, route and shares, facets refreshed; returns its id and number. */
export async function makeCase(deps: Deps, seed: CaseSeed): Promise<{ id: string; number: string }> {
  const now = deps.clock.now();
  const reportedOn = seed.reportedOn ?? '2026-01-15';
  const year = Number(reportedOn.slice(0, 4));
  const number = seed.number ?? `TPPO/KEPRI/${year}/${String(++sequence).padStart(4, '0')}`;
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(cases)
      .values({
        number,
        year,
        title: seed.title ?? `Kasus uji ${number}`,
        summary: seed.summary ?? '',
        reportedOn,
        reportedRegionCode: seed.reportedRegionCode ?? null,
        reportedPortId: seed.reportedPortId ?? null,
        discoveryChannel: seed.discoveryChannel ?? 'port_check',
        owningAgencyId: seed.agencyId,
        status: seed.status ?? 'reported',
        statusChangedAt: now,
        sensitivity: seed.sensitivity ?? 'standard',
        createdAt: now,
        updatedAt: seed.updatedAt ?? now,
      })
      .returning({ id: cases.id });
    const caseId = row!.id;
    const ordinals = new Map<string, number>();
    for (const p of seed.people ?? []) {
      const person = await createPerson(
        tx,
        {
          fullName: p.fullName === undefined ? `Orang ${++sequence}` : p.fullName,
          aliases: p.aliases ?? [],
          sex: p.sex ?? 'unknown',
          birthDate: p.birthDate ?? null,
          estimatedAge: p.estimatedAge ?? null,
          nik: p.nik ?? null,
          passportNumber: p.passportNumber ?? null,
          passportCountry: p.passportNumber ? 'ID' : null,
          citizenship: p.citizenship ?? ['ID'],
          originRegionCode: p.originRegionCode ?? null,
          phone: p.phone ?? null,
          address: null,
        },
        { agencyId: seed.agencyId, userId: null, now },
      );
      const ordinal = (ordinals.get(p.role) ?? 0) + 1;
      ordinals.set(p.role, ordinal);
      await tx.insert(casePersons).values({
        caseId,
        personId: person.id,
        role: p.role,
        ordinal,
        traffickingStatus: p.role === 'victim' ? 'possible' : null,
        exploitationTypes: p.exploitationTypes ?? [],
        meansOfControl: p.meansOfControl ?? [],
        recruitmentMethods: p.recruitmentMethods ?? [],
        recruitmentApps: p.recruitmentApps ?? [],
        ageWhenTrafficked: p.ageWhenTrafficked ?? null,
        perpetratorRoles: p.perpetratorRoles ?? (p.role === 'suspect' ? ['recruiter'] : []),
        roleDetails: p.roleDetails ?? '',
        createdAt: now,
        updatedAt: now,
      });
    }
    let position = 0;
    for (const r of seed.route ?? []) {
      await tx.insert(routeEvents).values({
        caseId,
        position: ++position,
        type: r.type,
        placeKind: r.placeKind,
        regionCode: r.regionCode ?? null,
        portId: r.portId ?? null,
        country: r.country ?? null,
        lat: r.lat ?? null,
        lng: r.lng ?? null,
        occurredOn: r.occurredOn ?? null,
        description: r.description ?? '',
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const s of seed.shares ?? []) {
      await tx.insert(caseShares).values({
        caseId,
        agencyId: s.agencyId,
        access: s.access,
        reason: 'Koordinasi penanganan',
        expiresAt: s.expiresAt ?? null,
        revokedAt: s.revokedAt ?? null,
        createdAt: now,
      });
    }
    await refreshCaseFacets(tx, [caseId]);
    return { id: caseId, number };
  });
}
