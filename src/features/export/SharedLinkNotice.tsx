import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { LinkPart } from './shareLink';

export interface SharedLinkNoticeProps {
  /** What the opened link held that could not be used; none for no link. */
  ignored: readonly LinkPart[] | undefined;
}

/** Says what a damaged share link lost, until the visitor closes it. */
export function SharedLinkNotice({ ignored }: SharedLinkNoticeProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(true);
  if (!ignored?.length || !isOpen) return null;

  const fields = ignored.flatMap((part) =>
    part === 'link' || part === 'scenario' ? [] : [t(`export.fields.${part}`)],
  );
  const sentences = ignored.includes('link')
    ? [t('export.linkUnreadable')]
    : [
        fields.length > 0 &&
          t('export.linkIgnored', { fields: fields.join('; ') }),
        ignored.includes('scenario') && t('scenarios.linkIgnored'),
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
