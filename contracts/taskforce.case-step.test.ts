import { describe, expect, it } from 'vitest';
import { processStepOfCase } from './taskforce';

describe('the process step of a case', () => {
  it('follows how a new case came to light, then the workflow; a closed case is at no step', () => {
    expect(processStepOfCase('reported', 'port_check')).toBe('detection_at_official_ports');
    expect(processStepOfCase('verified', 'patrol')).toBe('interception_at_unofficial_landings');
    expect(processStepOfCase('reported', 'deportee_screening')).toBe('repatriation_from_malaysia');
    expect(processStepOfCase('reported', 'tip')).toBe('victim_identification');
    expect(processStepOfCase('investigation', 'port_check')).toBe('investigation');
    expect(processStepOfCase('court_decision', 'tip')).toBe('prosecution');
    expect(processStepOfCase('closed', 'tip')).toBeNull();
  });
});
