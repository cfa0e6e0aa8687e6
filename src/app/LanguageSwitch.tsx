import { useTranslation } from 'react-i18next';

import { LANGUAGES, type Language } from '../i18n/languages';

export interface LanguageSwitchProps {
  language: Language;
  onChange: (language: Language) => void;
}

export function LanguageSwitch({ language, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();

  return (
    <div
      className="language-switch"
      role="group"
      aria-label={t('app.language')}
    >
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === language}
          onClick={() => onChange(code)}
        >
          {code === 'ru' ? 'Русский' : 'English'}
        </button>
      ))}
    </div>
  );
}
