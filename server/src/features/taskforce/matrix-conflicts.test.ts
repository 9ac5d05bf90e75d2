import { describe, expect, it } from 'vitest';
import { processSteps, type Assignment } from '#contracts/taskforce';
import { detectConflicts, firstDuplicate } from './matrix-conflicts';

const polda = '00000000-0000-4000-8000-000000000001';
const bp3mi = '00000000-0000-4000-8000-000000000002';
const imigrasi = '00000000-0000-4000-8000-000000000003';
/** Every step led (A) and done (R) by Polda: no conflict. */
const settled = (): Assignment[] => processSteps.flatMap((step) => [{ step, agencyId: polda, role: 'A' as const }, { step, agencyId: polda, role: 'R' as const }]);

describe('responsibility matrix conflicts', () => {
  it('finds none when every step has one Accountable and a Responsible', () => {
    expect(detectConflicts(settled())).toEqual([]);
  });

  it('flags two Accountable agencies for one step, naming them', () => {
    const matrix = [...settled(), { step: 'shelter' as const, agencyId: bp3mi, role: 'A' as const }];
    expect(detectConflicts(matrix)).toEqual([{ step: 'shelter', kind: 'multiple_accountable', agencyIds: [polda, bp3mi] }]);
  });

  it('flags a step nobody leads and a step nobody does, in process order', () => {
    const matrix = settled()
      .filter((a) => !(a.step === 'repatriation_from_malaysia' && a.role === 'A'))
      .filter((a) => !(a.step === 'detection_at_official_ports'))
      .concat([{ step: 'detection_at_official_ports', agencyId: imigrasi, role: 'C' }]);
    expect(detectConflicts(matrix)).toEqual([
      { step: 'detection_at_official_ports', kind: 'no_accountable', agencyIds: [] },
      { step: 'detection_at_official_ports', kind: 'no_responsible', agencyIds: [] },
      { step: 'repatriation_from_malaysia', kind: 'no_accountable', agencyIds: [] },
    ]);
  });

  it('flags every step of an empty matrix as led and done by nobody', () => {
    const conflicts = detectConflicts([]);
    expect(conflicts).toHaveLength(processSteps.length * 2);
    expect(new Set(conflicts.map((c) => c.kind))).toEqual(new Set(['no_accountable', 'no_responsible']));
  });

  it('finds an assignment given twice (an agency may be both Accountable and Responsible)', () => {
    expect(firstDuplicate(settled())).toBe(-1);
    expect(firstDuplicate([...settled(), { step: 'investigation', agencyId: polda, role: 'R' }])).toBe(processSteps.length * 2);
  });
});
