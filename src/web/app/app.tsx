import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { LoginPage } from '#web/features/auth/login-page.tsx';
import { JoinPage } from '#web/features/join/join-page.tsx';
import { ProgrammeHomePage } from '#web/features/programme/home-page.tsx';
import { ProgrammesPage } from '#web/features/programmes/programmes-page.tsx';
import { t, withMessages } from './i18n.ts';
import { Layout } from './layout.tsx';
import { requireAuth } from './require-auth.tsx';

// Everything a participant does not need on a first visit is its own chunk, loaded on demand.
const NewProgrammePage = lazy(() =>
  import('#web/features/programme/new-page.tsx').then((m) => m.NewProgrammePage),
);
const SettingsPage = lazy(() =>
  import('#web/features/programme/settings-page.tsx').then((m) => m.SettingsPage),
);
const AgendaEditorPage = lazy(() =>
  import('#web/features/programme/agenda-editor-page.tsx').then((m) => m.AgendaEditorPage),
);
const ParticipantsPage = lazy(() =>
  import('#web/features/programme/participants-page.tsx').then((m) => m.ParticipantsPage),
);
const TeamsPage = lazy(() => import('#web/features/programme/teams-page.tsx').then((m) => m.TeamsPage));
const CodesPage = lazy(() => import('#web/features/programme/codes-page.tsx').then((m) => m.CodesPage));
const CodesPrintPage = lazy(() =>
  import('#web/features/programme/codes-print-page.tsx').then((m) => m.CodesPrintPage),
);
const OrganisationsPage = lazy(() =>
  import('#web/features/organisations/organisations-page.tsx').then((m) => m.OrganisationsPage),
);
const OrganisationPage = lazy(() =>
  import('#web/features/organisations/organisation-page.tsx').then((m) => m.OrganisationPage),
);
const AssessmentsPage = lazy(
  withMessages(['instruments'], () =>
    import('#web/features/assessment/list-page.tsx').then((m) => m.AssessmentsPage),
  ),
);
const InstrumentsPage = lazy(
  withMessages(['instruments'], () =>
    import('#web/features/assessment/instruments-page.tsx').then((m) => m.InstrumentsPage),
  ),
);
const InstrumentEditorPage = lazy(
  withMessages(['instruments'], () =>
    import('#web/features/assessment/instrument-editor-page.tsx').then((m) => m.InstrumentEditorPage),
  ),
);
const TakePage = lazy(() => import('#web/features/assessment/take-page.tsx').then((m) => m.TakePage));
const ProfilePage = lazy(() =>
  import('#web/features/assessment/profile-page.tsx').then((m) => m.ProfilePage),
);
const ResultsPage = lazy(() =>
  import('#web/features/assessment/results-page.tsx').then((m) => m.ResultsPage),
);
const AuditAccountsPage = lazy(
  withMessages(['audit'], () =>
    import('#web/features/audit/accounts-page.tsx').then((m) => m.AuditAccountsPage),
  ),
);
const AuditAccountPage = lazy(
  withMessages(['audit'], () =>
    import('#web/features/audit/account-page.tsx').then((m) => m.AuditAccountPage),
  ),
);
const AuditComparePage = lazy(
  withMessages(['audit'], () =>
    import('#web/features/audit/compare-page.tsx').then((m) => m.AuditComparePage),
  ),
);
const AuditReportPage = lazy(
  withMessages(['audit'], () => import('#web/features/audit/report-page.tsx').then((m) => m.AuditReportPage)),
);
const CampaignsPage = lazy(
  withMessages(['campaign'], () =>
    import('#web/features/campaign/campaigns-page.tsx').then((m) => m.CampaignsPage),
  ),
);
const CampaignOverviewPage = lazy(
  withMessages(['campaign'], () =>
    import('#web/features/campaign/overview-page.tsx').then((m) => m.CampaignOverviewPage),
  ),
);
const CampaignPage = lazy(
  withMessages(['campaign'], () =>
    import('#web/features/campaign/campaign-page.tsx').then((m) => m.CampaignPage),
  ),
);
// The scorecard says the field's verdicts in the field dashboard's own words.
const ScorecardPage = lazy(
  withMessages(['campaign', 'field'], () =>
    import('#web/features/campaign/scorecard-page.tsx').then((m) => m.ScorecardPage),
  ),
);
const RubricEditorPage = lazy(
  withMessages(['campaign'], () =>
    import('#web/features/campaign/rubric-editor-page.tsx').then((m) => m.RubricEditorPage),
  ),
);
const VolunteerPage = lazy(() =>
  import('#web/features/field/volunteer-page.tsx').then((m) => m.VolunteerPage),
);
const FieldSessionsPage = lazy(
  withMessages(['field'], () =>
    import('#web/features/field/sessions-page.tsx').then((m) => m.FieldSessionsPage),
  ),
);
const FieldLivePage = lazy(
  withMessages(['field'], () => import('#web/features/field/live-page.tsx').then((m) => m.FieldLivePage)),
);
const AdminPage = lazy(() => import('#web/features/admin/admin-page.tsx').then((m) => m.AdminPage));
const InvitePage = lazy(() => import('#web/features/auth/invite-page.tsx').then((m) => m.InvitePage));
const AccountPage = lazy(() => import('#web/features/auth/account-page.tsx').then((m) => m.AccountPage));

const Programmes = requireAuth(ProgrammesPage);
const ProgrammeHome = requireAuth(ProgrammeHomePage);
const NewProgramme = requireAuth(NewProgrammePage);
const Settings = requireAuth(SettingsPage);
const AgendaEditor = requireAuth(AgendaEditorPage);
const Participants = requireAuth(ParticipantsPage);
const Teams = requireAuth(TeamsPage);
const Codes = requireAuth(CodesPage);
const CodesPrint = requireAuth(CodesPrintPage);
const Organisations = requireAuth(OrganisationsPage);
const Organisation = requireAuth(OrganisationPage);
const Admin = requireAuth(AdminPage);
const AuditAccounts = requireAuth(AuditAccountsPage);
const AuditAccount = requireAuth(AuditAccountPage);
const AuditCompare = requireAuth(AuditComparePage);
const AuditReport = requireAuth(AuditReportPage);
const Assessments = requireAuth(AssessmentsPage);
const Instruments = requireAuth(InstrumentsPage);
const InstrumentEditor = requireAuth(InstrumentEditorPage);
const Take = requireAuth(TakePage);
const Profile = requireAuth(ProfilePage);
const Results = requireAuth(ResultsPage);
const Account = requireAuth(AccountPage);
const FieldSessions = requireAuth(FieldSessionsPage);
const FieldLive = requireAuth(FieldLivePage);
const Campaigns = requireAuth(CampaignsPage);
const CampaignOverview = requireAuth(CampaignOverviewPage);
const Campaign = requireAuth(CampaignPage);
const Scorecard = requireAuth(ScorecardPage);
const RubricEditor = requireAuth(RubricEditorPage);

function NotFound() {
  return (
    <div class="page-narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <a href="/">{t('notFound.home')}</a>
    </div>
  );
}

export function App() {
  return (
    <LocationProvider>
      <Layout>
        <ErrorBoundary>
          <Router
            onRouteChange={() => {
              // Move focus to the new page so screen readers announce it, like a page load would.
              document.getElementById('main')?.focus({ preventScroll: true });
              window.scrollTo(0, 0);
            }}
          >
            <Route path="/login" component={LoginPage} />
            <Route path="/join" component={JoinPage} />
            <Route path="/join/:code" component={JoinPage} />
            <Route path="/invite/:token" component={InvitePage} />
            <Route path="/" component={Programmes} />
            <Route path="/programmes/new" component={NewProgramme} />
            <Route path="/p/:id" component={ProgrammeHome} />
            <Route path="/p/:id/agenda" component={AgendaEditor} />
            <Route path="/p/:id/participants" component={Participants} />
            <Route path="/p/:id/teams" component={Teams} />
            <Route path="/p/:id/codes" component={Codes} />
            <Route path="/p/:id/codes/print" component={CodesPrint} />
            <Route path="/p/:id/settings" component={Settings} />
            <Route path="/p/:id/assessments" component={Assessments} />
            <Route path="/p/:id/instruments" component={Instruments} />
            <Route path="/p/:id/instruments/:instrumentId" component={InstrumentEditor} />
            <Route path="/p/:id/campaigns" component={Campaigns} />
            <Route path="/p/:id/campaigns/overview" component={CampaignOverview} />
            <Route path="/p/:id/campaigns/rubric" component={RubricEditor} />
            <Route path="/c/:id" component={Campaign} />
            <Route path="/c/:id/scorecard" component={Scorecard} />
            <Route path="/p/:id/field" component={FieldSessions} />
            <Route path="/field/:id/live" component={FieldLive} />
            <Route path="/f" component={VolunteerPage} />
            <Route path="/f/:code" component={VolunteerPage} />
            <Route path="/field/join/:code" component={VolunteerPage} />
            <Route path="/a/:id" component={Take} />
            <Route path="/a/:id/profile" component={Profile} />
            <Route path="/a/:id/results" component={Results} />
            <Route path="/organisations" component={Organisations} />
            <Route path="/organisations/:id" component={Organisation} />
            <Route path="/audit" component={AuditAccounts} />
            <Route path="/audit/compare" component={AuditCompare} />
            <Route path="/audit/:id" component={AuditAccount} />
            <Route path="/audit/:id/report" component={AuditReport} />
            <Route path="/admin" component={Admin} />
            <Route path="/account" component={Account} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </Layout>
    </LocationProvider>
  );
}
