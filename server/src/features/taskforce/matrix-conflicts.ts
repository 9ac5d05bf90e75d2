import { processSteps, type Assignment, type MatrixConflict } from '#contracts/taskforce';

/**
 * The disputes a responsibility matrix leaves open, step by step in process order: two or more
 * agencies Accountable, nobody Accountable (nobody leads), nobody Responsible (nobody does it).
 */
export function detectConflicts(assignments: readonly Assignment[]): MatrixConflict[] {
  const conflicts: MatrixConflict[] = [];
  for (const step of processSteps) {
    const holders = (role: Assignment['role']) => [...new Set(assignments.filter((a) => a.step === step && a.role === role).map((a) => a.agencyId))].sort();
    const accountable = holders('A');
    if (accountable.length > 1) conflicts.push({ step, kind: 'multiple_accountable', agencyIds: accountable });
    if (accountable.length === 0) conflicts.push({ step, kind: 'no_accountable', agencyIds: [] });
    if (holders('R').length === 0) conflicts.push({ step, kind: 'no_responsible', agencyIds: [] });
  }
  return conflicts;
}

/** The index of the first assignment that repeats an earlier one (same step, agency and role), or -1. */
export function firstDuplicate(assignments: readonly Assignment[]): number {
  const seen = new Set<string>();
  return assignments.findIndex((a) => {
    const key = `${a.step}|${a.agencyId}|${a.role}`;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}
