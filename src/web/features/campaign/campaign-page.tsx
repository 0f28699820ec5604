/**
 * `/c/:id`: one team's campaign. The plan (Rencana, Alur cerita, Lapangan) is one draft saved whole with
 * an explicit Save; a save refused because someone saved meanwhile shows both versions field by field.
 * The calendar, posters, review and discussion save item by item.
 */
import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ApiError, api } from '#web/app/api.ts';
import { t } from '#web/app/i18n.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import { useProgramme } from '#web/app/programme-store.ts';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Alert, toast } from '#web/components/ui/alert.tsx';
import { Button, LinkButton } from '#web/components/ui/button.tsx';
import { AssetsTab } from './assets-tab.tsx';
import { TabPanel, Tabs } from './bits.tsx';
import { CalendarTab } from './calendar-tab.tsx';
import { ConflictView, PlanValue, planFieldLabel } from './conflict-view.tsx';
import { DiscussionTab } from './discussion-tab.tsx';
import { FieldPlanForm } from './field-plan-form.tsx';
import { planProblems } from './list-edit.ts';
import {
  compareVersions,
  type FieldConflict,
  isDirty,
  mergeVersions,
  PLAN_FIELDS,
  type PlanFieldKey,
  type Side,
  suggestedChoices,
} from './plan-diff.ts';
import { PlanForm } from './plan-form.tsx';
import { ReviewTab } from './review-tab.tsx';
import { StorylineEditor } from './storyline-editor.tsx';
import type { AssetList, CampaignDetail, CampaignPlan } from './types.ts';
import './campaign.css';

const TAB_KEYS = ['plan', 'story', 'calendar', 'field', 'assets', 'review', 'talk'] as const;
type TabKey = (typeof TAB_KEYS)[number];
const PLAN_TABS: ReadonlySet<TabKey> = new Set(['plan', 'story', 'field']);

const isTab = (value: unknown): value is TabKey =>
  typeof value === 'string' && (TAB_KEYS as readonly string[]).includes(value);

interface Saved {
  version: number;
  plan: CampaignPlan;
}

interface Conflict {
  base: CampaignPlan;
  mine: CampaignPlan;
  theirs: Saved;
  by: string | null;
  conflicts: FieldConflict<PlanFieldKey>[];
  choices: Partial<Record<PlanFieldKey, Side>>;
}

/** Who saved the plan last, from the history (newest first). */
const lastSavedBy = (detail: CampaignDetail) =>
  detail.activity.find((a) => a.action === 'campaign.saved')?.actor ?? null;

export function CampaignPage() {
  const { params, query } = useRoute();
  const id = params.id ?? '';
  const path = `/api/campaigns/${encodeURIComponent(id)}`;
  const detail = useResource<CampaignDetail>(path);
  const assets = useResource<AssetList>(`${path}/assets`);
  const programme = useProgramme(detail.data?.campaign.programmeId ?? null);
  const [tab, setTab] = useState<TabKey>(isTab(query.tab) ? query.tab : 'plan');
  const [saved, setSaved] = useState<Saved | null>(null);
  const [draft, setDraft] = useState<CampaignPlan | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const action = useAction();
  const dirty = !!saved && !!draft && isDirty(saved.plan, draft);

  // The first answer starts the draft; a later, newer version replaces it only when nothing is unsaved.
  useEffect(() => {
    const campaign = detail.data?.campaign;
    if (!campaign) return;
    if (!saved || (!dirty && !conflict && campaign.version > saved.version)) {
      setSaved({ version: campaign.version, plan: campaign.plan });
      setDraft(campaign.plan);
    }
  }, [detail.data]);

  // Leaving with unsaved changes asks first (the browser's own dialog).
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  useTitle(detail.data?.campaign.plan.title ?? t('campaign.title'));

  if (detail.error) {
    const missing = detail.error.code === 'not_found' || detail.error.code === 'forbidden';
    return missing ? (
      <div class="page-narrow" data-testid="campaign-missing">
        <h1>{t('campaign.missing.title')}</h1>
        <p>{t('campaign.missing.text')}</p>
        <a href="/">{t('notFound.home')}</a>
      </div>
    ) : (
      <LoadError error={detail.error} onRetry={detail.reload} />
    );
  }
  if (!detail.data || !saved || !draft) return <Loading />;

  const data = detail.data;
  const campaign = data.campaign;
  const editable = campaign.canEdit && !conflict;
  const timeZone = programme.data?.programme.timeZone ?? 'Asia/Jakarta';
  const themes = programme.data?.programme.themes ?? [];
  const assetList = assets.data?.assets ?? [];

  const adopt = (next: CampaignDetail) => {
    detail.setData(next);
    setSaved({ version: next.campaign.version, plan: next.campaign.plan });
    setDraft(next.campaign.plan);
  };

  async function save(plan: CampaignPlan, baseVersion: number, base: CampaignPlan) {
    const missing = planProblems(plan);
    setProblems(missing.map((key) => planFieldLabel(key)));
    if (missing.length > 0) return;
    const ok = await action.run(async () => {
      try {
        adopt(await api.put<CampaignDetail>(path, { baseVersion, plan }));
        setConflict(null);
      } catch (failure) {
        if (!(failure instanceof ApiError) || failure.code !== 'stale_version') throw failure;
        // Someone saved meanwhile: fetch their version and lay both side by side.
        const latest = await api.get<CampaignDetail>(path);
        detail.setData(latest);
        const theirs = { version: latest.campaign.version, plan: latest.campaign.plan };
        const conflicts = compareVersions(PLAN_FIELDS, base, plan, theirs.plan);
        if (conflicts.length === 0) {
          adopt(latest);
          return;
        }
        setConflict({
          base,
          mine: plan,
          theirs,
          by: lastSavedBy(latest),
          conflicts,
          choices: suggestedChoices(conflicts),
        });
        throw failure;
      }
    });
    if (ok) toast(t('common.saved'));
  }

  const selectTab = (key: TabKey) => {
    setTab(key);
    const url = new URL(window.location.href);
    url.searchParams.set('tab', key);
    window.history.replaceState(window.history.state, '', url);
  };

  const tabs = TAB_KEYS.map((key) => ({ key, label: t(`campaign.tab.${key}`) }));

  return (
    <div class="stack c-page" data-testid="campaign-page" data-version={saved.version}>
      <div>
        <p class="c-meta">
          <a href={`/p/${encodeURIComponent(campaign.programmeId)}/campaigns`}>{t('campaign.list.title')}</a>{' '}
          · {campaign.team.name}
        </p>
        <div class="page-head">
          <h1 data-testid="campaign-title">{saved.plan.title}</h1>
          <LinkButton
            href={`/c/${encodeURIComponent(campaign.id)}/scorecard`}
            variant="secondary"
            size="small"
            data-testid="scorecard-link"
          >
            {t('campaign.scorecard.link')}
          </LinkButton>
        </div>
        <p class="muted">{saved.plan.theme}</p>
        {!campaign.canEdit && (
          <p class="badge" data-testid="read-only">
            {campaign.canReview ? t('campaign.readOnly.review') : t('campaign.readOnly.view')}
          </p>
        )}
      </div>

      {conflict && (
        <ConflictView
          testId="plan-conflict"
          intro={t('campaign.conflict.intro', {
            name: conflict.by ?? t('campaign.someone'),
            version: conflict.theirs.version,
          })}
          theirsLabel={t('campaign.conflict.theirs', { name: conflict.by ?? t('campaign.someone') })}
          conflicts={conflict.conflicts}
          choices={conflict.choices}
          label={planFieldLabel}
          render={(key, value) => <PlanValue field={key} value={value} assets={assetList} />}
          onChoice={(key, side) =>
            setConflict({ ...conflict, choices: { ...conflict.choices, [key]: side } })
          }
          busy={action.busy}
          onSaveChoices={() =>
            save(
              mergeVersions(PLAN_FIELDS, conflict.mine, conflict.theirs.plan, conflict.choices),
              conflict.theirs.version,
              conflict.theirs.plan,
            )
          }
          onKeepMine={() => save(conflict.mine, conflict.theirs.version, conflict.theirs.plan)}
          onTakeTheirs={() => {
            setSaved(conflict.theirs);
            setDraft(conflict.theirs.plan);
            setConflict(null);
            action.setError(null);
            toast(t('campaign.conflict.taken'));
          }}
        >
          {action.error?.code !== 'stale_version' && <FormError error={action.error} />}
        </ConflictView>
      )}

      <Tabs tabs={tabs} current={tab} onSelect={selectTab} label={t('campaign.tabs')} />

      <TabPanel id={tab}>
        {tab === 'plan' && (
          <PlanForm plan={draft} onPlan={setDraft} themes={themes} editable={editable} key={saved.version} />
        )}
        {tab === 'story' && <StorylineEditor plan={draft} onPlan={setDraft} editable={editable} />}
        {tab === 'field' && (
          <FieldPlanForm plan={draft} onPlan={setDraft} editable={editable} assets={assetList} />
        )}
        {tab === 'calendar' && (
          <CalendarTab
            campaignId={campaign.id}
            content={data.content}
            assets={assetList}
            timeZone={timeZone}
            editable={campaign.canEdit}
            onChanged={detail.reload}
          />
        )}
        {tab === 'assets' && (
          <AssetsTab
            campaignId={campaign.id}
            assets={assets}
            editable={campaign.canEdit}
            onChanged={() => {
              assets.reload();
              detail.reload();
            }}
          />
        )}
        {tab === 'review' && (
          <ReviewTab
            campaignId={campaign.id}
            assets={assets}
            content={data.content}
            onChanged={detail.reload}
          />
        )}
        {tab === 'talk' && <DiscussionTab campaignId={campaign.id} detail={data} onChanged={detail.reload} />}
      </TabPanel>

      {campaign.canEdit && PLAN_TABS.has(tab) && !conflict && (
        <div class="c-savebar" data-testid="save-bar">
          <div class="c-savebar__inner">
            <p
              class={`save-mark ${dirty ? '' : 'save-mark--saved'}`}
              data-testid="save-state"
              data-dirty={dirty}
              aria-live="polite"
            >
              {dirty ? t('campaign.save.dirty') : t('campaign.save.clean', { version: saved.version })}
            </p>
            <Button
              busy={action.busy}
              disabled={!dirty}
              onClick={() => save(draft, saved.version, saved.plan)}
              data-testid="plan-save"
            >
              {t('common.save')}
            </Button>
          </div>
          {problems.length > 0 && (
            <Alert tone="error">
              <p>{t('campaign.save.problems', { fields: problems.join(', ') })}</p>
            </Alert>
          )}
          {action.error?.code !== 'stale_version' && <FormError error={action.error} />}
        </div>
      )}
    </div>
  );
}
