import { hrefIn, type Language } from '../shell/i18n';
import { Link } from '../shell/router';
import { infoMessages } from './messages';

/** /info: three choices and help. */
export function HomePage({ language }: { language: Language }) {
  const t = infoMessages[language];
  const choices = [
    { path: '/info/prosedur', title: t.choiceProcedureTitle, text: t.choiceProcedureText },
    { path: '/info/cek-p3mi', title: t.choiceRecruiterTitle, text: t.choiceRecruiterText },
    { path: '/info/cek-tawaran', title: t.choiceOfferTitle, text: t.choiceOfferText },
    { path: '/info/bantuan', title: t.choiceHelpTitle, text: t.choiceHelpText },
  ];
  return (
    <>
      <p>{t.homeIntro}</p>
      <ul class="choice-list">
        {choices.map((choice) => (
          <li key={choice.path}>
            <Link href={hrefIn(choice.path, language)}>
              <strong>{choice.title}</strong>
              <span>{choice.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
