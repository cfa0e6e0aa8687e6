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

  const fields = ignored
    .filter((part) => part !== 'link')
    .map((part) => t(`export.fields.${part}`));
  const text = ignored.includes('link')
    ? t('export.linkUnreadable')
    : t('export.linkIgnored', { fields: fields.join('; ') });

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
