// The job-offer check's verdict: a pure function of the published rules and the answers, shared
// by the server (tests) and the public page (which evaluates offline). No Zod here on purpose:
// the public site imports this file, and only types come from public-info.ts.
import type { LocalizedText } from './common';
import type { JobCheckAnswer, JobCheckQuestion, JobCheckRules } from './public-info';

export type JobCheckVerdict = 'danger' | 'caution' | 'clear';

export interface JobCheckReason {
  questionId: string;
  indicator: string;
  /** `unknown`: the person could not answer a question that guards against a serious risk. */
  severity: 'high' | 'medium' | 'unknown';
  explanation: LocalizedText;
}

export interface JobCheckOutcome {
  verdict: JobCheckVerdict;
  /** One per answer that raised the verdict, in question order. */
  reasons: JobCheckReason[];
  advice: LocalizedText;
  /** Questions not answered (treated like "unsure"). */
  unanswered: string[];
}

function reasonFor(question: JobCheckQuestion, answer: JobCheckAnswer | undefined): JobCheckReason | null {
  const base = { questionId: question.id, indicator: question.indicator, explanation: question.explanation };
  if (answer === undefined || answer === 'unsure') return { ...base, severity: 'unknown' };
  return answer === question.flagWhen ? { ...base, severity: question.severity } : null;
}

/**
 * The verdict: `danger` when any high-severity flag is raised or at least `mediumFlagsForDanger`
 * medium ones; `caution` for any other flag or an unanswered question; `clear` only when every
 * question was answered and none raised a flag (which is not a guarantee, and the advice says so).
 */
export function evaluateJobOffer(rules: JobCheckRules, answers: Readonly<Record<string, JobCheckAnswer>>): JobCheckOutcome {
  const reasons: JobCheckReason[] = [];
  const unanswered: string[] = [];
  for (const question of rules.questions) {
    const answer = answers[question.id];
    if (answer === undefined) unanswered.push(question.id);
    const reason = reasonFor(question, answer);
    if (reason) reasons.push(reason);
  }
  const high = reasons.filter((r) => r.severity === 'high').length;
  const medium = reasons.filter((r) => r.severity === 'medium').length;
  const verdict: JobCheckVerdict =
    high > 0 || medium >= rules.mediumFlagsForDanger ? 'danger' : reasons.length > 0 ? 'caution' : 'clear';
  return { verdict, reasons, advice: rules.advice[verdict], unanswered };
}
