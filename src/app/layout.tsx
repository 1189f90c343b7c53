import { Suspense, lazy, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { paths } from '../config/paths';
import { useScrollRestoration } from '../hooks/scroll-restoration';
import { ReaderControls } from '../components/ui/reader-controls';
import { SearchBox } from '../features/search/components/search-box';
import { useInterfaceText } from '../hooks/use-interface-text';
import { useReadingLanguage } from '../hooks/use-reading-language';
import { showReadingLanguage } from '../lib/shown-language';
import { useStaticMarkup } from '../hooks/hydration';
import { Bilingual } from '../components/ui/bilingual';
import { interfaceText } from '../lib/interface-text';

/** The English twins of the prerendered page's labels (components/ui/bilingual.tsx). */
const english = interfaceText('en');

// NOTE: the storage notice (and with it the whole library store) loads after the first paint: it only
// matters when storage is blocked or damaged, and keeping it off the first load saves ~4 KB gzip. If its
// chunk cannot load (offline), there is simply no notice, never a crashed shell.
const StorageNotice = lazy(() =>
  import('../features/library/components/storage-notice').then(
    (module) => ({ default: module.StorageNotice }),
    () => ({ default: () => null }),
  ),
);

// The offline notice and the service worker's registration load after the first paint too: until the
// worker is installed there is nothing to say, and a reader offline from the start gets the chunk from
// the worker's cache.
const OfflineStatus = lazy(() =>
  import('../features/offline/offline-status').then(
    (module): { default: () => ReactNode } => ({ default: module.OfflineStatus }),
    () => ({ default: () => null }),
  ),
);

export function Layout() {
  useScrollRestoration();
  const [text, uiLanguage] = useInterfaceText();
  const [language] = useReadingLanguage();
  // <html lang> (index.html says "ko") follows the interface, so the page's own language is right for
  // screen readers and hyphenation; titles and abstracts carry their own lang. <html
  // data-reading-language> is what the paper cards show (lib/shown-language.ts): set before the frame is
  // painted, so the cards (by their styles) and the rest of the page (rendered) switch in the same frame.
  // (Not while hydrating a prerendered page: the head script already set the reader's own.)
  const staticMarkup = useStaticMarkup();
  useLayoutEffect(() => {
    if (staticMarkup) return;
    document.documentElement.lang = uiLanguage;
    showReadingLanguage(language);
  }, [uiLanguage, language, staticMarkup]);
  // NOTE: the same element between renders: a render that reached these boundaries before their part
  // of a prerendered page is hydrated would throw that part away.
  const notices = useMemo(
    () => (
      <Suspense fallback={null}>
        <StorageNotice />
        <OfflineStatus />
      </Suspense>
    ),
    [],
  );
  return (
    <div className="app" lang={uiLanguage}>
      <a className="skip-link" href="#main">
        <Bilingual en={english.skipToContent}>{text.skipToContent}</Bilingual>
      </a>
      <header className="site-header">
        <Link to={paths.home()} className="brand" lang="ko">
          {text.siteName}
        </Link>
        <nav aria-label={text.mainMenu} className="site-nav">
          <NavLink to={paths.archive()}>
            <Bilingual en={english.navArchive}>{text.navArchive}</Bilingual>
          </NavLink>
          <NavLink to={paths.library()}>
            <Bilingual en={english.navLibrary}>{text.navLibrary}</Bilingual>
          </NavLink>
        </nav>
        <SearchBox />
        <ReaderControls />
      </header>
      {notices}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
