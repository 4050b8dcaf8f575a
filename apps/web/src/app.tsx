import type { ReactNode } from 'react';
import { Redirect, Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AssistantCase } from './consoles/assistant/case';
import { AssistantFile } from './consoles/assistant/file';
import { AssistantHome } from './consoles/assistant/home';
import { AuditConsole } from './consoles/audit/audit';
import { DeskQueue } from './consoles/desk/queue';
import { DeskReview } from './consoles/desk/review';
import { DriverCase } from './consoles/driver/case';
import { ConfirmOwnParty } from './consoles/driver/confirm';
import { DriverHome } from './consoles/driver/home';
import { JoinCase } from './consoles/driver/join';
import { MediatorMediation } from './consoles/mediator/mediation';
import { MediatorQueue } from './consoles/mediator/queue';
import { ReportAccident } from './consoles/driver/report';
import { InsurerClaim } from './consoles/insurer/claim';
import { InsurerClaims } from './consoles/insurer/claims';
import { InsurerPayouts } from './consoles/insurer/payouts';
import { SignIn } from './consoles/signin';
import { VerifyDocument } from './consoles/verify/verify';
import { useI18n } from './i18n';
import type { Role } from './lib/claims';
import { districtById } from './lib/districts';
import { insurerName } from './lib/insurers';
import { maskMiddle } from './lib/masking';
import { districtOfCommittee } from './lib/mediation';
import { homeOf, href, pathOf, rolesFor, routeAt, type Route } from './lib/routes';
import { useSession } from './session';

const NAVIGATION: Record<
  Role,
  {
    route: Route;
    label:
      | 'nav.myCases'
      | 'nav.queue'
      | 'nav.claims'
      | 'nav.payouts'
      | 'nav.audit'
      | 'nav.assistantCases'
      | 'nav.mediations';
  }[]
> = {
  driver: [{ route: { name: 'driver' }, label: 'nav.myCases' }],
  officer: [{ route: { name: 'desk' }, label: 'nav.queue' }],
  adjuster: [
    { route: { name: 'insurer' }, label: 'nav.claims' },
    { route: { name: 'insurer-payouts' }, label: 'nav.payouts' },
  ],
  auditor: [{ route: { name: 'audit' }, label: 'nav.audit' }],
  admin: [{ route: { name: 'audit' }, label: 'nav.audit' }],
  assistant: [{ route: { name: 'assistant' }, label: 'nav.assistantCases' }],
  mediator: [{ route: { name: 'mediator' }, label: 'nav.mediations' }],
};

/** The consoles on wouter's hash location: the page is always `/`, the screen is in the hash. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Consoles />
    </Router>
  );
}

function Consoles() {
  const [location] = useLocation();
  const route = routeAt(location);
  const { claims } = useSession();
  const allowed = rolesFor(route);
  let screen: ReactNode;
  if (route.name === 'signin') screen = <SignIn {...(route.next ? { next: route.next } : {})} />;
  else if (route.name === 'verify')
    screen = <VerifyDocument {...(route.reference ? { reference: route.reference } : {})} />;
  else if (!claims) screen = <SignIn next={pathOf(route)} />;
  else if (allowed !== 'anyone' && allowed !== 'public' && !allowed.includes(claims.role))
    screen = <Elsewhere role={claims.role} />;
  else screen = <Screen route={route} role={claims.role} />;
  return (
    <div className="app">
      <Header />
      <main>{screen}</main>
    </div>
  );
}

function Screen({ route, role }: { route: Route; role: Role }) {
  switch (route.name) {
    case 'home':
    case 'signin':
      return <Redirect to={pathOf(homeOf(role))} replace />;
    case 'driver':
      return <DriverHome />;
    case 'driver-report':
      return <ReportAccident />;
    case 'driver-join':
      return <JoinCase {...(route.caseId && route.code ? { caseId: route.caseId, code: route.code } : {})} />;
    case 'driver-case':
      return <DriverCase caseId={route.caseId} />;
    case 'desk':
      return <DeskQueue />;
    case 'desk-case':
      return <DeskReview caseId={route.caseId} />;
    case 'insurer':
      return <InsurerClaims />;
    case 'insurer-claim':
      return <InsurerClaim claimId={route.claimId} />;
    case 'insurer-payouts':
      return <InsurerPayouts />;
    case 'audit':
      return <AuditConsole key={route.caseId ?? ''} {...(route.caseId ? { caseId: route.caseId } : {})} />;
    case 'assistant':
      return <AssistantHome />;
    case 'assistant-file':
      return <AssistantFile />;
    case 'assistant-case':
      return <AssistantCase caseId={route.caseId} />;
    case 'mediator':
      return <MediatorQueue />;
    case 'mediator-mediation':
      return <MediatorMediation mediationId={route.mediationId} />;
    case 'confirm':
      return <ConfirmOwnParty caseId={route.caseId} party={route.party} />;
    case 'verify':
      return <VerifyDocument {...(route.reference ? { reference: route.reference } : {})} />;
    case 'not-found':
      return <Elsewhere role={role} />;
    default: {
      const exhaustive: never = route;
      return exhaustive;
    }
  }
}

function Elsewhere({ role }: { role: Role }) {
  const { t } = useI18n();
  return (
    <p className="card">
      <a href={href(homeOf(role))}>{t('common.back')}</a>
    </p>
  );
}

function Header() {
  const { t, tv, language, setLanguage } = useI18n();
  const { claims, token, signOut } = useSession();
  const [, navigate] = useLocation();
  const district = claims?.district ? (districtById(claims.district)?.[language] ?? claims.district) : null;
  const committeeDistrict = claims?.committee ? districtOfCommittee(claims.committee) : null;
  const where = claims?.committee
    ? committeeDistrict
      ? t('mediation.committeeOf', { district: districtById(committeeDistrict)?.[language] ?? committeeDistrict })
      : claims.committee
    : claims?.organisation
      ? [claims.organisation, district].filter(Boolean).join(' · ')
      : district
        ? district
        : claims?.insurer
          ? insurerName(claims.insurer, language)
          : null;
  return (
    <header className="topbar">
      <a className="brand" href={claims ? href(homeOf(claims.role)) : '#/'}>
        <span className="logo" aria-hidden="true">
          ⚡
        </span>
        {t('app.name')}
      </a>
      <nav>
        {claims
          ? NAVIGATION[claims.role].map((item) => (
              <a key={item.label} href={href(item.route)}>
                {t(item.label)}
              </a>
            ))
          : null}
      </nav>
      <span className="grow" />
      {claims && token ? (
        <span className="identity" title={maskMiddle(token)}>
          {tv('role', claims.role)} · {claims.sub}
          {where ? ` · ${where}` : ''}
        </span>
      ) : null}
      <button
        type="button"
        className="link"
        lang={language === 'zh' ? 'en' : 'zh-CN'}
        onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
      >
        {t('nav.language')}
      </button>
      {claims ? (
        <button
          type="button"
          className="link"
          onClick={() => {
            signOut();
            navigate(pathOf({ name: 'signin' }));
          }}
        >
          {t('nav.signOut')}
        </button>
      ) : null}
    </header>
  );
}
