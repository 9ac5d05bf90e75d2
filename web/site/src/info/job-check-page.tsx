import { useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { evaluateJobOffer, type JobCheckOutcome } from '#contracts/public-info.job-check';
import type { JobCheckAnswer, JobCheckRules, PublicJobCheck } from '#contracts/public-info';
import { format, hrefIn, type Language } from '../shell/i18n';
import { Link } from '../shell/router';
import { Button, LoadedView, Notice } from '../shell/ui';
import { useJson } from '../shell/use-json';
import { infoMessages } from './messages';

/**
 * /info/cek-tawaran: the questionnaire. The verdict is computed here, in the browser, with the
 * published rules (the same function the server tests): answers never leave the phone, and the
 * check works offline once its rules were saved.
 */
export function JobCheckPage({ language }: { language: Language }) {
  const loaded = useJson<PublicJobCheck>('/api/public/info/job-check');
  const t = infoMessages[language];
  return (
    <>
      <p>{t.offerIntro}</p>
      <LoadedView loaded={loaded} language={language}>
        {(check) => <Questionnaire rules={check.rules} language={language} />}
      </LoadedView>
    </>
  );
}

function Questionnaire({ rules, language }: { rules: JobCheckRules; language: Language }) {
  const t = infoMessages[language];
  const [answers, setAnswers] = useState<Record<string, JobCheckAnswer>>({});
  const [outcome, setOutcome] = useState<JobCheckOutcome | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const onSubmit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(evaluateJobOffer(rules, answers));
    window.setTimeout(() => resultHeading.current?.focus(), 0);
  };
  const restart = () => {
    setAnswers({});
    setOutcome(null);
  };
  return (
    <>
      <form onSubmit={onSubmit} class="stack">
        {rules.questions.map((question, index) => (
          <fieldset key={question.id}>
            <legend>
              {index + 1}. {question.text[language]}
            </legend>
            <div class="radio-row">
              {answerOptions.map((answer) => (
                <label key={answer}>
                  <input
                    type="radio"
                    name={question.id}
                    value={answer}
                    checked={answers[question.id] === answer}
                    onChange={() => setAnswers((current) => ({ ...current, [question.id]: answer }))}
                  />
                  {t[`answer${answer}`]}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div class="cluster">
          <Button type="submit">{t.offerSubmit}</Button>
          <Button variant="secondary" onClick={restart}>
            {t.offerAgain}
          </Button>
        </div>
      </form>
      {outcome && <Outcome outcome={outcome} rules={rules} language={language} headingRef={resultHeading} />}
    </>
  );
}

// Not imported from contracts/public-info.ts: that module would bring Zod into the page.
const answerOptions: readonly JobCheckAnswer[] = ['yes', 'no', 'unsure'];

const verdictTone = { danger: 'danger', caution: 'warning', clear: 'success' } as const;

function Outcome({ outcome, rules, language, headingRef }: { outcome: JobCheckOutcome; rules: JobCheckRules; language: Language; headingRef: { current: HTMLHeadingElement | null } }) {
  const t = infoMessages[language];
  const textOf = (id: string) => rules.questions.find((q) => q.id === id)?.text[language] ?? id;
  return (
    <section aria-labelledby="outcome-title" class="stack">
      <h2 id="outcome-title" ref={headingRef} tabIndex={-1}>
        {t.offerResultTitle}
      </h2>
      <Notice tone={verdictTone[outcome.verdict]}>
        <p class="verdict">
          <strong>{t[`verdict${outcome.verdict}`]}</strong>
        </p>
        <p>{outcome.advice[language]}</p>
      </Notice>
      {outcome.unanswered.length > 0 && <p>{format(t.unansweredNote, { count: outcome.unanswered.length })}</p>}
      {outcome.reasons.length > 0 && (
        <>
          <h3>{t.reasonsTitle}</h3>
          <ul class="reasons">
            {outcome.reasons.map((reason) => (
              <li key={reason.questionId} class="card">
                <p>
                  <strong>{t[`reason${reason.severity}`]}</strong>: {textOf(reason.questionId)}
                </p>
                <p>{reason.severity === 'unknown' ? `${t.reasonunknown} ${reason.explanation[language]}` : reason.explanation[language]}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.nextTitle}</h3>
      <ul>
        <li>
          <Link href={hrefIn('/info/cek-p3mi', language)}>{t.choiceRecruiterTitle}</Link>
        </li>
        <li>
          <Link href={hrefIn('/info/prosedur', language)}>{t.choiceProcedureTitle}</Link>
        </li>
        <li>
          <Link href={hrefIn('/info/bantuan', language)}>{t.choiceHelpTitle}</Link>
        </li>
      </ul>
    </section>
  );
}
