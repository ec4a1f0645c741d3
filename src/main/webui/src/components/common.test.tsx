import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { Router } from 'wouter';
import { CombinedError } from 'urql';
import { ErrorNote, Highlighted } from './common';

afterEach(cleanup);

describe('ErrorNote', () => {
  it('shows the service’s messages and codes, with candidates for an ambiguous name as links', () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: '"Kim" could be Kim Jong-un, Kim Yong-nam; give a fuller name or an id',
          extensions: {
            code: 'AMBIGUOUS_NAME',
            candidates: [
              { id: '52', name: 'Kim Jong-un', kind: 'PERSON' },
              { id: '69', name: 'Kim Yong-nam', kind: 'PERSON' },
            ],
          },
        },
      ],
    });
    const { getByRole } = render(
      <Router>
        <ErrorNote error={error} />
      </Router>,
    );
    const alert = getByRole('alert');
    expect(alert.textContent).toContain('"Kim" could be Kim Jong-un');
    expect(alert.textContent).toContain('(AMBIGUOUS_NAME)');
    expect(getByRole('link', { name: 'Kim Yong-nam' }).getAttribute('href')).toBe('/entity/69');
  });

  it('explains a refused token', () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'No token', extensions: { code: 'UNAUTHENTICATED' } }] });
    const { getByRole } = render(<ErrorNote error={error} />);
    expect(getByRole('alert').textContent).toContain('paste the editor token');
  });
});

describe('Highlighted', () => {
  it('wraps matches in <mark> and keeps markup in the text as text', () => {
    const { container } = render(<Highlighted text="<b>Putin</b> met Kim" query="putin" />);
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')?.textContent).toBe('Putin');
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<b>Putin</b> met Kim');
  });
});
