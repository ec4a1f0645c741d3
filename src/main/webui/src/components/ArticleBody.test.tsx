import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { Router } from 'wouter';
import { ArticleBody } from './ArticleBody';

afterEach(cleanup);

function renderBody(body: string, mentions = [] as Parameters<typeof ArticleBody>[0]['mentions'], quotes = [] as Parameters<typeof ArticleBody>[0]['quotes']) {
  return render(
    <Router>
      <ArticleBody body={body} mentions={mentions} quotes={quotes} />
    </Router>,
  );
}

describe('ArticleBody', () => {
  it('renders markup in a body as text, never as elements', () => {
    const body = 'Before <script>alert(1)</script> and <img src=x onerror=alert(1)> after.\n\n<b>bold</b>';
    const { container } = renderBody(body, [{ id: 'm1', start: 0, end: 6, entity: { id: '1', name: 'X', kind: 'PERSON' } }]);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelectorAll('p')).toHaveLength(2);
    expect(container.querySelectorAll('p')[1].textContent).toBe('<b>bold</b>');
  });

  it('marks quotes, focusable and described by their speaker, with the mentions inside them as links', () => {
    const body = 'Putin said: “Kim Jong-un is welcome.”\n\nThe end.';
    const qs = body.indexOf('Kim');
    const qe = body.indexOf('.”') + 1;
    const { container, getByRole } = renderBody(
      body,
      [
        { id: 'm1', start: 0, end: 5, entity: { id: '51', name: 'Vladimir Putin', kind: 'PERSON' } },
        { id: 'm2', start: qs, end: qs + 11, entity: { id: '52', name: 'Kim Jong-un', kind: 'PERSON' } },
      ],
      [{ id: 'q1', start: qs, end: qe, speaker: { id: '51', name: 'Vladimir Putin' } }],
    );
    const quote = container.querySelector('.quote') as HTMLElement;
    expect(quote.tabIndex).toBe(0);
    expect(quote.textContent).toBe('Kim Jong-un is welcome.');
    const described = document.getElementById(quote.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Said by Vladimir Putin');
    expect(quote.querySelector('a')?.getAttribute('href')).toBe('/entity/52');
    expect(getByRole('link', { name: 'Putin' }).getAttribute('href')).toBe('/entity/51');
  });
});
