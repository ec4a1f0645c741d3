import { Link } from 'wouter';
import { useTitle } from '../components/common';

export function NotFound() {
  useTitle('Not found');
  return (
    <section aria-labelledby="notfound-title">
      <h1 id="notfound-title" tabIndex={-1}>
        Page not found
      </h1>
      <p>
        There is no page here. <Link href="/">Search the graph</Link> instead.
      </p>
    </section>
  );
}
