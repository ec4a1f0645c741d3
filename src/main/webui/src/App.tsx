import { useEffect, useRef } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { SearchView } from './views/SearchView';
import { EntityView } from './views/EntityView';
import { EventView } from './views/EventView';
import { ArticleView } from './views/ArticleView';
import { AskView } from './views/AskView';
import { EditorView } from './views/EditorView';
import { LiveView } from './views/LiveView';
import { NotFound } from './views/NotFound';
import { ErrorBoundary } from './components/ErrorBoundary';

const NAV = [
  { href: '/', label: 'Search', active: (path: string) => path === '/' || path === '/search' },
  { href: '/ask', label: 'Ask', active: (path: string) => path === '/ask' },
  { href: '/live', label: 'Live', active: (path: string) => path === '/live' },
  { href: '/editor', label: 'Editor', active: (path: string) => path === '/editor' },
];

/**
 * When the path changes (not its query string: typing a search keeps the focus), the new view's heading
 * takes the focus, so that keyboard and screen-reader users start reading at the view, as after a page load.
 */
function useFocusOnNavigation() {
  const [location] = useLocation();
  // "/" and "/search" are one view: a search submitted from "/" keeps its focus in the search form
  const path = location === '/search' ? '/' : location;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus();
  }, [path]);
}

export function App() {
  const [path] = useLocation();
  useFocusOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <nav aria-label="Main">
          <Link href="/" className="brand">
            NewsGraph
          </Link>
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={item.active(path) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={path}>
          <Switch>
            <Route path="/" component={SearchView} />
            <Route path="/search" component={SearchView} />
            <Route path="/entity/:id" component={EntityView} />
            <Route path="/event/:id" component={EventView} />
            <Route path="/article/:id" component={ArticleView} />
            <Route path="/ask" component={AskView} />
            <Route path="/editor" component={EditorView} />
            <Route path="/live" component={LiveView} />
            <Route component={NotFound} />
          </Switch>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          NewsGraph explorer · the API it uses is at <code>/graphql</code>, its schema at{' '}
          <a href="/schema.graphql">/schema.graphql</a>
        </p>
      </footer>
    </>
  );
}
