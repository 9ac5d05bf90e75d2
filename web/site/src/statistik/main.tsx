import { render } from 'preact';
import '../shell/site.css';
import './statistik.css';
import { hrefIn } from '../shell/i18n';
import { Layout } from '../shell/layout';
import { shellMessages } from '../shell/messages';
import { Link, usePlace } from '../shell/router';
import { statistikMessages } from './messages';
import { StatistikPage } from './statistik-page';

/** The /statistik area: public aggregate figures (`?year=2025` for one year). */
function StatistikApp() {
  const place = usePlace();
  const t = statistikMessages[place.language];
  if (place.path === '/statistik') {
    const asked = Number(place.params.get('year'));
    const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : null;
    return (
      <Layout language={place.language} path={place.path} title={t.title} home="/statistik">
        <StatistikPage language={place.language} year={year} />
      </Layout>
    );
  }
  const shell = shellMessages[place.language];
  return (
    <Layout language={place.language} path={place.path} title={shell.notFoundTitle} home="/statistik">
      <Link href={hrefIn('/statistik', place.language)}>{shell.backHome}</Link>
    </Layout>
  );
}

render(<StatistikApp />, document.getElementById('root')!);
