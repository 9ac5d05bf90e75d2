import type { FunctionComponent } from 'preact';
import type { Language } from '../shell/i18n';
import { HelpPage } from './help-page';
import { HomePage } from './home-page';
import { JobCheckPage } from './job-check-page';
import { infoMessages } from './messages';
import { ProcedurePage } from './procedure-page';
import { RecruiterPage } from './recruiter-page';

export interface InfoPage {
  path: string;
  title: (language: Language) => string;
  Component: FunctionComponent<{ language: Language; params: URLSearchParams }>;
}

/** Every page of /info. The server sends the same HTML for /info and /info/*; this table decides. */
export const infoPages: InfoPage[] = [
  { path: '/info', title: (l) => infoMessages[l].homeTitle, Component: HomePage },
  { path: '/info/prosedur', title: (l) => infoMessages[l].procedureTitle, Component: ProcedurePage },
  { path: '/info/cek-p3mi', title: (l) => infoMessages[l].recruiterTitle, Component: RecruiterPage },
  { path: '/info/cek-tawaran', title: (l) => infoMessages[l].offerTitle, Component: JobCheckPage },
  { path: '/info/bantuan', title: (l) => infoMessages[l].helpPageTitle, Component: HelpPage },
];
