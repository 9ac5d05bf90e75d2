import type { ProcedureDocument, PublicInfoContent } from '#contracts/public-info';
import type { Language } from '../shell/i18n';
import { Notice, LoadedView } from '../shell/ui';
import { useJson } from '../shell/use-json';
import { infoMessages } from './messages';

/** /info/prosedur: the official placement procedure, as administrators last published it. */
export function ProcedurePage({ language }: { language: Language }) {
  const loaded = useJson<PublicInfoContent>(`/api/public/info/content/procedure?lang=${language}`);
  return (
    <LoadedView loaded={loaded} language={language}>
      {(content) => (content.document.kind === 'procedure' ? <Procedure document={content.document} language={language} /> : null)}
    </LoadedView>
  );
}

function Procedure({ document, language }: { document: ProcedureDocument; language: Language }) {
  const t = infoMessages[language];
  return (
    <>
      <p>{document.intro}</p>
      <section aria-labelledby="steps-title" class="stack">
        <h2 id="steps-title">{t.stepsTitle}</h2>
        <ol class="steps">
          {document.steps.map((step) => (
            <li key={step.title} class="card">
              <h3>{step.title}</h3>
              <p>{step.what}</p>
              <dl>
                <dt>{t.stepWhere}</dt>
                <dd>{step.where}</dd>
                <dt>{t.stepCost}</dt>
                <dd>{step.cost}</dd>
              </dl>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="zero-fee-title" class="card stack">
        <h2 id="zero-fee-title">{document.zeroFee.title}</h2>
        <p>{document.zeroFee.intro}</p>
        <ul>
          {document.zeroFee.jobs.map((job) => (
            <li key={job}>{job}</li>
          ))}
        </ul>
      </section>
      {document.warnings.length > 0 && (
        <Notice tone="danger">
          <h2>{t.warningsTitle}</h2>
          <ul>
            {document.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Notice>
      )}
    </>
  );
}
