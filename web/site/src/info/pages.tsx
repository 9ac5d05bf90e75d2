import type { FunctionComponent } from 'preact';
import type { Language } from '../shell/i18n';
import { HomePage } from './home-page';
import { infoMessages } from './messages';

export interface InfoPage {
  path: string;
  title: (language: Language) => string;
  Component: FunctionComponent<{ language: Language; params: URLSearchParams }>;
}

/** Every page of /info. The server sends the same HTML for /info and /info/*; this table decides. */
export const infoPages: InfoPage[] = [{ path: '/info', title: (l) => infoMessages[l].homeTitle, Component: HomePage }];
