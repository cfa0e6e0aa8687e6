// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createI18n } from '../i18n/i18n';
import { CrashScreen } from './CrashScreen';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('a part of the page failed');
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the page-wide error boundary', () => {
  it('replaces a failed page with a plain message and a reload', () => {
    // React reports the caught error on the console in development builds.
    vi.spyOn(console, 'error').mockImplementation(() => {});

    render(
      <I18nextProvider i18n={createI18n('ru')}>
        <ErrorBoundary fallback={() => <CrashScreen />}>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );

    expect(screen.getByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('Введённые данные сохранены'),
    );
    expect(screen.getByRole('button', { name: 'Перезагрузить' })).toBeDefined();
  });

  it('shows its children while nothing fails', () => {
    render(
      <ErrorBoundary fallback={() => <p>failed</p>}>
        <p>the form</p>
      </ErrorBoundary>,
    );

    expect(screen.getByText('the form')).toBeDefined();
    expect(screen.queryByText('failed')).toBeNull();
  });
});
