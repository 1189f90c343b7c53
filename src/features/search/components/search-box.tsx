import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useHref, useLocation, useNavigate, useNavigationType } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { isTypingTarget } from '../../../lib/keyboard';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { searchBoxText } from '../search-box-text';
import './search-box.css';
import { Bilingual } from '../../../components/ui/bilingual';
import { useStaticMarkup } from '../../../hooks/hydration';
import { EN_PLACEHOLDER_ATTRIBUTE } from '../../../config/prerender-contract';

const english = searchBoxText('en');

/** The header's search input; the results page moves focus between it and the results. */
export const SEARCH_INPUT_ID = 'site-search';
/** Marks each result's main link, so arrow keys can move between them. */
export const RESULT_LINK_ATTRIBUTE = 'data-search-result';

const DEBOUNCE_MS = 150;

/** History entries this box wrote carry this state, so it can tell its own navigations apart. */
const OWN_ENTRY = { fromSearchBox: true } as const;

function isOwnEntry(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'fromSearchBox' in state;
}

/**
 * The search field in the header, on every page. Typing goes to `/search?q=...` (pushed once, then
 * replaced while typing, so Back leaves the search in one step). The input stays mounted across
 * pages, which keeps the Korean IME's composition intact while the URL follows along.
 */
export function SearchBox() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const [, language] = useInterfaceText();
  const text = searchBoxText(language);
  const staticMarkup = useStaticMarkup();
  const inputRef = useRef<HTMLInputElement>(null);

  const onSearchPage = location.pathname === paths.search();
  const urlQuery = onSearchPage ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [draft, setDraft] = useState({ text: urlQuery, key: location.key });
  // What the reader typed wins, unless the URL changed under us (Back, Forward, a link).
  const ownEntry = navigationType !== 'POP' && isOwnEntry(location.state);
  const value = draft.key === location.key || ownEntry ? draft.text : urlQuery;

  const go = useCallback(
    (query: string) => {
      const params = new URLSearchParams(onSearchPage ? location.search : '');
      if (query.trim()) params.set('q', query);
      else params.delete('q');
      const search = params.toString();
      navigate(
        { pathname: paths.search(), search: search ? `?${search}` : '' },
        { replace: onSearchPage, state: OWN_ENTRY },
      );
    },
    [navigate, onSearchPage, location.search],
  );

  useEffect(() => {
    if (value === urlQuery || (!onSearchPage && !value.trim())) return;
    const timer = setTimeout(() => go(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value, urlQuery, onSearchPage, go]);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // What the field shows: on a prerendered page it may have been typed before the app took it over.
    const typed = inputRef.current?.value ?? value;
    if (!onSearchPage || typed !== urlQuery) go(typed);
  };
  // Without the app (a prerendered page before its code arrives) the form is a plain one: Enter opens the
  // search page with the query.
  const searchPage = useHref(paths.search());

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' || event.nativeEvent.isComposing || !onSearchPage) return;
    const first = document.querySelector<HTMLElement>(`[${RESULT_LINK_ATTRIBUTE}]`);
    if (!first) return;
    event.preventDefault();
    first.focus();
  };

  return (
    <form role="search" className="search-box" action={searchPage} onSubmit={onSubmit}>
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        <Bilingual en={english.label}>{text.label}</Bilingual>
      </label>
      <input
        ref={inputRef}
        id={SEARCH_INPUT_ID}
        name="q"
        className="search-box__input"
        type="search"
        value={value}
        placeholder={text.placeholder}
        // The prerendered page's twin for a reader in English (the head script swaps it in).
        {...{ [EN_PLACEHOLDER_ATTRIBUTE]: staticMarkup ? english.placeholder : undefined }}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        onChange={(event) => setDraft({ text: event.target.value, key: location.key })}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-box__hint" aria-hidden="true">
        /
      </kbd>
    </form>
  );
}
