import {
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';

import { MAX_SCENARIO_NAME_LENGTH, type Scenario } from './scenarioStore';

export interface ScenarioItemProps {
  scenario: Scenario;
  isCompared: boolean;
  onRename: (name: string) => void;
  onLoad: () => void;
  /** Starts comparing with this scenario, or stops when it is compared. */
  onCompare: () => void;
  onRemove: () => void;
}

/** One saved scenario: its name, renamed in place, and what to do with it. */
export function ScenarioItem({
  scenario,
  isCompared,
  onRename,
  onLoad,
  onCompare,
  onRemove,
}: ScenarioItemProps) {
  const { t } = useTranslation();
  const [isRenaming, setIsRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const hasRenamed = useRef(false);
  const { name } = scenario;

  // Focus goes back where the visitor started, once the button is back.
  useEffect(() => {
    if (isRenaming || !hasRenamed.current) return;
    hasRenamed.current = false;
    renameButton.current?.focus();
  }, [isRenaming]);

  const finishRenaming = (newName: string | null) => {
    if (newName !== null) onRename(newName);
    hasRenamed.current = true;
    setIsRenaming(false);
  };

  return (
    <li className={isCompared ? 'scenario scenario--compared' : 'scenario'}>
      {isRenaming ? (
        <RenameForm name={name} onDone={finishRenaming} />
      ) : (
        <span className="scenario__name">{name}</span>
      )}
      <div className="scenario__actions">
        {!isRenaming && (
          <QuietButton
            ref={renameButton}
            aria-label={t('scenarios.renameLabel', { name })}
            onClick={() => setIsRenaming(true)}
          >
            {t('scenarios.rename')}
          </QuietButton>
        )}
        <QuietButton
          aria-label={t('scenarios.loadLabel', { name })}
          onClick={onLoad}
        >
          {t('scenarios.load')}
        </QuietButton>
        <QuietButton
          aria-label={t('scenarios.compareLabel', { name })}
          aria-pressed={isCompared}
          onClick={onCompare}
        >
          {t('scenarios.compare')}
        </QuietButton>
        <QuietButton
          aria-label={t('scenarios.deleteLabel', { name })}
          onClick={onRemove}
        >
          {t('scenarios.delete')}
        </QuietButton>
      </div>
    </li>
  );
}

interface RenameFormProps {
  name: string;
  /** The new name, or null when the visitor cancelled. */
  onDone: (name: string | null) => void;
}

/** An inline text field: Enter or «Done» keeps the name, Escape drops it. */
function RenameForm({ name, onDone }: RenameFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(name);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    // Focus moves to the rename button now; without this, the same Enter
    // would press that button and open the field again.
    event.preventDefault();
    onDone(event.key === 'Enter' ? text : null);
  };

  return (
    <span className="scenario__rename">
      <input
        type="text"
        value={text}
        maxLength={MAX_SCENARIO_NAME_LENGTH}
        aria-label={t('scenarios.nameLabel')}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <QuietButton onClick={() => onDone(text)}>
        {t('scenarios.renameDone')}
      </QuietButton>
      <QuietButton onClick={() => onDone(null)}>
        {t('scenarios.renameCancel')}
      </QuietButton>
    </span>
  );
}

function QuietButton(props: ComponentProps<'button'>) {
  return <button type="button" className="button button--quiet" {...props} />;
}
