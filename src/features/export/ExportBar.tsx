import './export.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../i18n/languages';
import { useLatestProps } from '../../app/lazySection';
import { readCltvInput } from '../calculator/formSchema';
import type { CalculatorFormValues } from '../calculator/formValues';
import type { Calculation } from '../calculator/useCalculator';
import { copyText } from './clipboard';
import { saveExport, type ExportFormat } from './saveExport';
import { linkedScenario, shareUrl, type ComparedExport } from './shareLink';

export interface ExportBarProps {
  /** The calculation shown on the page; null while there is none. */
  calculation: Calculation | null;
  values: CalculatorFormValues;
  /** A scenario compared with the form: the link and the files carry it. */
  compared?: ComparedExport | null;
}

/** What the bar says about the visitor's last export. */
type ExportMessage =
  | 'export.chartNotReady'
  | 'export.saveFailed'
  | 'export.copyFailed'
  | 'export.linkCopied'
  | 'export.linkCopiedWithMistakes';

/**
 * Buttons that take the result away: the chart as PNG and SVG, the table
 * as CSV, a link to this calculation, and printing. The export code is
 * loaded on the first click, so it costs the page nothing until then.
 */
export function ExportBar(props: ExportBarProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  // Kept as a key, so that a language switch translates it too.
  const [message, setMessage] = useState<ExportMessage | null>(null);
  // The files and the link are made of the figures on the page now.
  const latestProps = useLatestProps(props);

  const download = async (format: ExportFormat) => {
    setMessage(null);
    const { calculation, values, compared } = latestProps();
    if (!calculation) return;
    try {
      const data = {
        calculation,
        currency: values.currency,
        marginMakeup: values.marginIncludesCosts,
        language,
        t,
        compared,
      };
      const isSaved = await saveExport(format, data);
      if (!isSaved) setMessage('export.chartNotReady');
    } catch {
      setMessage('export.saveFailed');
    }
  };

  const copyLink = async () => {
    const { values, compared } = latestProps();
    const scenario = linkedScenario(compared);
    const link = shareUrl(window.location.href, values, language, scenario);
    const isCopied = await copyText(link);
    if (!isCopied) return setMessage('export.copyFailed');
    // The link leaves out what the form refuses (shareLink.ts).
    const hasMistakes = readCltvInput(values, language).input === null;
    setMessage(
      hasMistakes ? 'export.linkCopiedWithMistakes' : 'export.linkCopied',
    );
  };

  return (
    <div className="export-bar" role="group" aria-label={t('export.heading')}>
      <div className="export-bar__buttons">
        {(['png', 'svg', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--quiet"
            disabled={!props.calculation}
            onClick={() => void download(format)}
          >
            {t(`export.${format}`)}
          </button>
        ))}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void copyLink()}
        >
          {t('export.copyLink')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => window.print()}
        >
          {t('export.print')}
        </button>
      </div>
      <p className="export-bar__message" role="status">
        {message && t(message)}
      </p>
    </div>
  );
}
