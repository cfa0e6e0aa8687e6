import { useTranslation } from 'react-i18next';

/** «Undo» of a replacement of the whole form, beside its notice. */
export function UndoButton({ onUndo }: { onUndo: () => void }) {
  const { t } = useTranslation();

  return (
    <button type="button" className="button button--quiet" onClick={onUndo}>
      {t('form.undo')}
    </button>
  );
}
