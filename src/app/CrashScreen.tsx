import { useTranslation } from 'react-i18next';

/** Shown in place of the page when it has thrown; the inputs stay stored. */
export function CrashScreen() {
  const { t } = useTranslation();

  return (
    <main className="crash" role="alert">
      <h1>{t('app.crashTitle')}</h1>
      <p>{t('app.crashText')}</p>
      <button
        type="button"
        className="button"
        onClick={() => window.location.reload()}
      >
        {t('app.reload')}
      </button>
    </main>
  );
}
