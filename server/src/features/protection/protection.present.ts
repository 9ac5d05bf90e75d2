import type { ReferralStatus } from '#contracts/protection';
import type { z } from 'zod';
import type {
  assessmentSchema,
  closureSchema,
  consentSchema,
  followUpSchema,
  planItemSchema,
  providerSchema,
  referralSchema,
  returnStepSchema,
} from '#contracts/protection';
import { isOverdue } from './referral-workflow';
import type * as repo from './protection.repository';

type Out<S extends z.ZodType> = z.infer<S>;
// Rows hold codes the contracts validated on the way in; the casts narrow text columns back to them.

export const presentConsent = (r: repo.ConsentRow, workerName: string): Out<typeof consentSchema> => ({
  id: r.id,
  consented: r.consented,
  purposeExplained: r.purposeExplained,
  dataUsesExplained: r.dataUsesExplained,
  researchUseExplained: r.researchUseExplained,
  rightToAccessExplained: r.rightToAccessExplained,
  retentionExplained: r.retentionExplained,
  recordedOn: r.recordedOn,
  notes: r.notes,
  agencyId: r.agencyId,
  workerUserId: r.workerUserId,
  workerName,
  createdAt: r.createdAt.toISOString(),
});

export const presentAssessment = (r: repo.AssessmentRow): Out<typeof assessmentSchema> => ({
  id: r.id,
  assessedOn: r.assessedOn,
  individualRisks: r.individualRisks as Out<typeof assessmentSchema>['individualRisks'],
  householdRisks: r.householdRisks as Out<typeof assessmentSchema>['householdRisks'],
  communityRisks: r.communityRisks as Out<typeof assessmentSchema>['communityRisks'],
  notes: r.notes,
  agencyId: r.agencyId,
  createdAt: r.createdAt.toISOString(),
});

export const presentPlanItem = (r: repo.PlanItemRow): Out<typeof planItemSchema> => ({
  id: r.id,
  type: r.type as Out<typeof planItemSchema>['type'],
  objective: r.objective,
  actionPlan: r.actionPlan,
  providerId: r.providerId,
  plannedEndOn: r.plannedEndOn,
  actualEndOn: r.actualEndOn,
  status: r.status as Out<typeof planItemSchema>['status'],
  agencyId: r.agencyId,
  version: r.version,
});

export const presentProvider = (r: repo.ProviderRow): Out<typeof providerSchema> => ({
  id: r.id,
  agencyId: r.agencyId,
  name: r.name,
  services: r.services as Out<typeof providerSchema>['services'],
  capacity: r.capacity,
  regionCodes: r.regionCodes,
  contactHours: r.contactHours,
  phone: r.phone,
  isActive: r.isActive,
  version: r.version,
});

export const presentReferral = (r: repo.ReferralRow, now: Date, victimPseudonym: string): Out<typeof referralSchema> => ({
  id: r.id,
  caseId: r.caseId,
  casePersonId: r.casePersonId,
  victimPseudonym,
  fromAgencyId: r.fromAgencyId,
  toAgencyId: r.toAgencyId,
  providerId: r.providerId,
  reason: r.reason as Out<typeof referralSchema>['reason'],
  details: r.details,
  dueOn: r.dueOn,
  basis: r.basis as Out<typeof referralSchema>['basis'],
  status: r.status as ReferralStatus,
  statusReason: r.statusReason,
  overdue: isOverdue({ status: r.status as ReferralStatus, dueOn: r.dueOn }, now),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

export const presentReturnStep = (r: repo.ReturnStepRow): Out<typeof returnStepSchema> => ({
  id: r.id,
  step: r.step as Out<typeof returnStepSchema>['step'],
  occurredOn: r.occurredOn,
  agencyId: r.agencyId,
  notes: r.notes,
  recordedAt: r.recordedAt.toISOString(),
});

export const presentFollowUp = (r: repo.FollowUpRow): Out<typeof followUpSchema> => ({
  id: r.id,
  visitedOn: r.visitedOn,
  notes: r.notes,
  agencyId: r.agencyId,
});

export const presentClosure = (r: repo.ClosureRow): Out<typeof closureSchema> => ({
  reason: r.reason as Out<typeof closureSchema>['reason'],
  closedOn: r.closedOn,
  notes: r.notes,
  agencyId: r.agencyId,
});
