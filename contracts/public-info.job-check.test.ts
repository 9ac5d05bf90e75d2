import { describe, expect, it } from 'vitest';
import { evaluateJobOffer } from './public-info.job-check';
import { jobCheckRulesSchema, type JobCheckAnswer, type JobCheckRules } from './public-info';

const text = (s: string) => ({ id: s, en: s, ms: s });
const rules: JobCheckRules = {
  mediumFlagsForDanger: 2,
  questions: [
    { id: 'licensed', indicator: 'id.unlicensed-recruiter', text: text('licensed?'), flagWhen: 'no', severity: 'high', explanation: text('only licensed') },
    { id: 'contract', indicator: 'ilo.deception', text: text('contract?'), flagWhen: 'no', severity: 'medium', explanation: text('contract') },
    { id: 'office', indicator: 'id.no-physical-office', text: text('only online?'), flagWhen: 'yes', severity: 'medium', explanation: text('office') },
  ],
  advice: { danger: text('stop'), caution: text('check'), clear: text('fine') },
};
const safe: Record<string, JobCheckAnswer> = { licensed: 'yes', contract: 'yes', office: 'no' };

describe('evaluateJobOffer', () => {
  it('is clear only when every question is answered and none raises a flag', () => {
    expect(evaluateJobOffer(rules, safe)).toEqual({ verdict: 'clear', reasons: [], advice: text('fine'), unanswered: [] });
  });

  it('says danger for one high flag and explains that answer', () => {
    const outcome = evaluateJobOffer(rules, { ...safe, licensed: 'no' });
    expect(outcome.verdict).toBe('danger');
    expect(outcome.reasons).toEqual([{ questionId: 'licensed', indicator: 'id.unlicensed-recruiter', severity: 'high', explanation: text('only licensed') }]);
    expect(outcome.advice).toEqual(text('stop'));
  });

  it('says caution for one medium flag and danger from the configured number of them', () => {
    expect(evaluateJobOffer(rules, { ...safe, contract: 'no' }).verdict).toBe('caution');
    const two = evaluateJobOffer(rules, { ...safe, contract: 'no', office: 'yes' });
    expect(two.verdict).toBe('danger');
    expect(two.reasons.map((r) => r.questionId)).toEqual(['contract', 'office']);
    expect(evaluateJobOffer({ ...rules, mediumFlagsForDanger: 3 }, { ...safe, contract: 'no', office: 'yes' }).verdict).toBe('caution');
  });

  it('treats "unsure" and unanswered questions as something to check, never as clear', () => {
    const unsure = evaluateJobOffer(rules, { ...safe, licensed: 'unsure' });
    expect(unsure.verdict).toBe('caution');
    expect(unsure.reasons[0]).toMatchObject({ questionId: 'licensed', severity: 'unknown' });
    const missing = evaluateJobOffer(rules, { licensed: 'yes', contract: 'yes' });
    expect(missing).toMatchObject({ verdict: 'caution', unanswered: ['office'] });
  });

  it('does not let the answer that is not the flag raise it', () => {
    expect(evaluateJobOffer(rules, { ...safe, office: 'no', licensed: 'yes' }).reasons).toEqual([]);
  });

  it('refuses rule sets with a repeated question id', () => {
    const repeated = { ...rules, questions: [...rules.questions, rules.questions[0]!] };
    expect(jobCheckRulesSchema.safeParse(repeated).success).toBe(false);
    expect(jobCheckRulesSchema.safeParse(rules).success).toBe(true);
  });
});
