// The explorer's shell: header with the search box, and the view the URL fragment names.
// Each navigation aborts the previous view's requests and moves focus to the new view's heading.
import './styles.css';
import { createCombobox } from './combobox';
import { h, replace } from './dom';
import { ErrorNote } from './parts';
import { entityHref, formatRoute, parseRoute, type Route } from './route';
import { renderClub } from './views/club';
import { renderConnect } from './views/connect';
import { renderHome } from './views/home';
import { renderPerson } from './views/person';
import type { ViewContext } from './views/view';

const SITE = 'Belgian Football Graph';

function shell(): { main: HTMLElement } {
  const search = createCombobox({
    label: 'Search people and clubs',
    hiddenLabel: true,
    placeholder: 'Search people and clubs: Defour, Malinwa, Standard Luik…',
    types: ['PERSON', 'CLUB'],
    name: 'q',
    onPick: (pick) => {
      const href = entityHref(pick.id);
      if (href) location.hash = href;
    },
  });
  search.element.classList.add('site-search');
  const main = <main id="main" tabindex="-1" />;
  const app = document.getElementById('app')!;
  replace(
    app,
    <header class="site-header">
      <a class="brand" href="#/">
        <span class="brand-name">Career-link explorer</span>
        <span class="brand-sub">{SITE}</span>
      </a>
      <div role="search">{search.element}</div>
      <nav aria-label="Views">
        <a href={formatRoute({ view: 'connect', maxHops: 4, types: [] })}>Connections</a>
      </nav>
    </header>,
    main,
    <footer class="site-footer">
      <p>Data: five founding articles, curated by the editors, and open datasets with their licences. Every fact lists its sources.</p>
    </footer>,
  );
  // The skip link must not touch the URL fragment: the fragment names the view.
  document.querySelector('.skip-link')?.addEventListener('click', (ev) => {
    ev.preventDefault();
    main.focus();
  });
  return { main };
}

function start(): void {
  const { main } = shell();
  let controller: AbortController | undefined;

  /** `navigated`: the reader moved here from another view (not the first load). */
  const render = async (navigated: boolean) => {
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    const route: Route = parseRoute(location.hash);
    const ctx: ViewContext = {
      main,
      signal,
      setTitle: (title) => {
        document.title = `${title} · ${SITE}`;
      },
      updateUrl: (next, push) => history[push ? 'pushState' : 'replaceState'](null, '', formatRoute(next)),
    };
    main.setAttribute('aria-busy', 'true');
    try {
      switch (route.view) {
        case 'home':
          renderHome(ctx);
          break;
        case 'person':
          await renderPerson(ctx, route);
          break;
        case 'club':
          await renderClub(ctx, route);
          break;
        case 'connect':
          await renderConnect(ctx, route);
          break;
        case 'missing':
          ctx.setTitle('Not found');
          replace(main, <h1 tabindex="-1">Nothing here</h1>, <p>This address names no view of the explorer.</p>, <a href="#/">Start again</a>);
          break;
      }
    } catch (err) {
      if (signal.aborted) return;
      replace(main, <h1 tabindex="-1">Something went wrong</h1>, <ErrorNote error={err} />);
    } finally {
      if (!signal.aborted) {
        main.removeAttribute('aria-busy');
        main.dataset.view = route.view;
        if (navigated) {
          // Screen readers announce the new view; keyboard users continue from its top.
          window.scrollTo(0, 0);
          main.querySelector<HTMLElement>('h1')?.focus();
        }
      }
    }
  };

  window.addEventListener('hashchange', () => void render(true));
  void render(false);
}

start();
