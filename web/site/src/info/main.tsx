import { render } from 'preact';
import '../shell/site.css';
import { hrefIn } from '../shell/i18n';
import { Layout } from '../shell/layout';
import { shellMessages } from '../shell/messages';
import { Link, usePlace } from '../shell/router';
import { OfflineButton } from './offline-button';
import { infoPages } from './pages';

/** The /info area: one bundle, its pages chosen by path (see pages.tsx). */
function InfoApp() {
  const place = usePlace();
  const page = infoPages.find((candidate) => candidate.path === place.path);
  const shell = shellMessages[place.language];
  if (!page) {
    return (
      <Layout language={place.language} path={place.path} title={shell.notFoundTitle} home="/info">
        <Link href={hrefIn('/info', place.language)}>{shell.backHome}</Link>
      </Layout>
    );
  }
  return (
    <Layout language={place.language} path={place.path} title={page.title(place.language)} home="/info" footer={<OfflineButton language={place.language} />}>
      <page.Component language={place.language} params={place.params} />
    </Layout>
  );
}

render(<InfoApp />, document.getElementById('root')!);
