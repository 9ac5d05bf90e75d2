import { render } from 'preact';
import '../shell/site.css';
import { hrefIn } from '../shell/i18n';
import { Layout } from '../shell/layout';
import { shellMessages } from '../shell/messages';
import { Link, usePlace } from '../shell/router';
import { FollowUpPage } from './follow-up-page';
import { laporMessages } from './messages';
import { ReportPage } from './report-page';

/** The /lapor area: send an anonymous report (/lapor) or follow it up with the receipt (/lapor/cek). */
function LaporApp() {
  const place = usePlace();
  const t = laporMessages[place.language];
  const shell = shellMessages[place.language];
  if (place.path === '/lapor')
    return (
      <Layout language={place.language} path={place.path} title={t.reportTitle} home="/lapor">
        <ReportPage language={place.language} />
      </Layout>
    );
  if (place.path === '/lapor/cek')
    return (
      <Layout language={place.language} path={place.path} title={t.followTitle} home="/lapor">
        <FollowUpPage language={place.language} />
      </Layout>
    );
  return (
    <Layout language={place.language} path={place.path} title={shell.notFoundTitle} home="/lapor">
      <Link href={hrefIn('/lapor', place.language)}>{shell.backHome}</Link>
    </Layout>
  );
}

render(<LaporApp />, document.getElementById('root')!);
