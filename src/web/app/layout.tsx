import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Toasts } from '#web/components/ui/alert.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { useAssessments } from '#web/features/assessment/list-store.ts';
import { isFieldBarePath } from '#web/features/field/paths.ts';
import { t } from './i18n.ts';
import { LangSwitch } from './lang-switch.tsx';
import { isCurrent, isPrintPath, type NavItem, programmeIdFromPath, programmeNav, userNav } from './nav.ts';
import { forgetProgrammes, useProgramme } from './programme-store.ts';
import { me, signOut } from './session.ts';

function NavLinks({ items, path, label }: { items: NavItem[]; path: string; label: string }) {
  return (
    <ul class="nav-list" aria-label={label}>
      {items.map((item, index) => (
        <li key={item.href}>
          <a href={item.href} aria-current={isCurrent(path, item.href, index === 0) ? 'page' : undefined}>
            {t(item.label)}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Header() {
  const { path, route } = useLocation();
  const [open, setOpen] = useState(false);
  const current = me.value;
  const programmeId = current ? programmeIdFromPath(path) : null;
  const programme = useProgramme(programmeId);
  const assessments = useAssessments(programme.data ? programmeId : null);

  // A followed link closes the menu on a phone.
  useEffect(() => setOpen(false), [path]);

  const programmeItems =
    programmeId && programme.data
      ? programmeNav(programmeId, programme.data.can.manage, (assessments?.length ?? 0) > 0)
      : [];

  return (
    <header class="app-header">
      <div class="app-header__bar">
        <a class="brand" href="/">
          Lantang
          {programme.data && <span class="brand__programme">{programme.data.programme.name}</span>}
        </a>
        {current && (
          <button
            type="button"
            class="nav-toggle"
            data-testid="nav-toggle"
            aria-expanded={open}
            aria-controls="nav-panel"
            onClick={() => setOpen(!open)}
          >
            <Icon name={open ? 'close' : 'menu'} />
            {t('nav.menu')}
          </button>
        )}
      </div>
      {current && (
        <nav id="nav-panel" class={`nav-panel ${open ? 'is-open' : ''}`} aria-label={t('nav.main')}>
          <div class="nav-panel__inner">
            {programmeItems.length > 0 ? (
              <div>
                <p class="nav-group-title">{t('nav.programme')}</p>
                <NavLinks items={programmeItems} path={path} label={t('nav.programme')} />
              </div>
            ) : (
              <span />
            )}
            <div class="nav-user">
              <p class="nav-group-title">{current.user.name}</p>
              <ul class="nav-list" aria-label={t('nav.user')}>
                {userNav(current).map((item) => (
                  <li key={item.href}>
                    <a
                      href={item.href}
                      aria-current={isCurrent(path, item.href, item.href === '/') ? 'page' : undefined}
                    >
                      {t(item.label)}
                    </a>
                  </li>
                ))}
                <li>
                  <button
                    type="button"
                    class="nav-signout"
                    onClick={async () => {
                      await signOut();
                      forgetProgrammes();
                      route('/login');
                    }}
                  >
                    {t('nav.signOut')}
                  </button>
                </li>
              </ul>
              <LangSwitch />
            </div>
          </div>
        </nav>
      )}
    </header>
  );
}

export function Layout({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  const print = isPrintPath(path) || isFieldBarePath(path);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      {!print && <Header />}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <Toasts />
    </>
  );
}
