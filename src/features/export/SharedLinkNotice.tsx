import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../i18n/languages';
import {
  defaultFormValues,
  isSameForm,
  type CalculatorFormValues,
} from '../calculator/formValues';
import type { LinkPart } from './shareLink';

export interface SharedLinkNoticeProps {
  /** What the opened link held that could not be used; none for no link. */
  ignored: readonly LinkPart[] | undefined;
  /** What the form opened on: an unreadable link leaves it on stored ones. */
  openedValues: CalculatorFormValues;
  /** The scenario keeping the figures the link replaced in the form. */
  ownKeptAs?: string | null;
}

/**
 * Says what a damaged share link lost, and where the figures it replaced
 * were kept, until the visitor closes it.
 */
export function SharedLinkNotice({
  ignored,
  openedValues,
  ownKeptAs,
}: SharedLinkNoticeProps) {
  const { t, i18n } = useTranslation();
  // Read once: a later language switch rewrites the form, not this.
  const [opensDefaults] = useState(
    () =>
      ignored?.includes('link') &&
      isSameForm(openedValues, defaultFormValues(i18n.language as Language)),
  );
  const [isOpen, setIsOpen] = useState(true);
  if (!(ignored?.length || ownKeptAs) || !isOpen) return null;

  const fields = (ignored ?? []).flatMap((part) =>
    part === 'link' || part === 'scenario' ? [] : [t(`export.fields.${part}`)],
  );
  const unreadable = opensDefaults
    ? 'export.linkUnreadable'
    : 'export.linkUnreadableStored';
  const sentences = ignored?.includes('link')
    ? [t(unreadable)]
    : [
        fields.length > 0 &&
          t('export.linkIgnored', { fields: fields.join('; ') }),
        ignored?.includes('scenario') && t('scenarios.linkIgnored'),
        ownKeptAs && t('export.ownKept', { name: ownKeptAs }),
      ];
  const text = sentences.filter(Boolean).join(' ');

  return (
    <div className="notice notice--warning page-notice" role="status">
      <p>{text}</p>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => setIsOpen(false)}
      >
        {t('app.dismiss')}
      </button>
    </div>
  );
}
