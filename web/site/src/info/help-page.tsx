import type { HelpDocument, PublicInfoContent } from '#contracts/public-info';
import { format, hrefIn, type Language } from '../shell/i18n';
import { LoadedView } from '../shell/ui';
import { useJson } from '../shell/use-json';
import { HelpMap } from './help-map';
import { infoMessages } from './messages';

/** /info/bantuan: hotlines (click to call), offices on a small offline map, the anonymous report form. */
export function HelpPage({ language }: { language: Language }) {
  const loaded = useJson<PublicInfoContent>(`/api/public/info/content/help?lang=${language}`);
  return (
    <LoadedView loaded={loaded} language={language}>
      {(content) => (content.document.kind === 'help' ? <Help document={content.document} language={language} /> : null)}
    </LoadedView>
  );
}

function Help({ document, language }: { document: HelpDocument; language: Language }) {
  const t = infoMessages[language];
  return (
    <>
      <p>{document.intro}</p>
      <section aria-labelledby="hotlines-title" class="stack">
        <h2 id="hotlines-title">{t.hotlinesTitle}</h2>
        <ul class="result-list">
          {document.hotlines.map((hotline) => (
            <li key={hotline.name} class="card">
              <h3>{hotline.name}</h3>
              <p>{hotline.description}</p>
              <a class="call-link" href={hotline.whatsapp ? `https://wa.me/${hotline.dial}` : `tel:${hotline.dial}`} rel="noreferrer">
                {format(hotline.whatsapp ? t.whatsapp : t.call, { number: hotline.display })}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {document.offices.length > 0 && (
        <section aria-labelledby="offices-title" class="stack">
          <h2 id="offices-title">{t.officesTitle}</h2>
          <HelpMap offices={document.offices} language={language} />
          <ol class="result-list">
            {document.offices.map((office) => (
              <li key={office.name} class="card">
                <h3>{office.name}</h3>
                <p>{office.address}</p>
                <p>{office.description}</p>
                {office.phone && (
                  <a class="call-link" href={`tel:${office.phone}`}>
                    {format(t.call, { number: office.phone })}
                  </a>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="report-title" class="card stack">
        <h2 id="report-title">{t.reportTitle}</h2>
        <p>{document.reportIntro}</p>
        <a href={hrefIn('/lapor', language)}>{t.reportLink}</a>
      </section>
    </>
  );
}
