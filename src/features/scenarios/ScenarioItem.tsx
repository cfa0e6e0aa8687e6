import {
  useEffect,
  useId,
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
  /** Whether another scenario has the name already. */
  isNameTaken: (name: string) => boolean;
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
  isNameTaken,
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
        <RenameForm name={name} isTaken={isNameTaken} onDone={finishRenaming} />
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
  isTaken: (name: string) => boolean;
  /** The new name, or null when the visitor cancelled. */
  onDone: (name: string | null) => void;
}

/**
 * An inline text field: Enter or «Done» keeps the name, Escape drops it.
 * An empty name, or one another scenario has, is refused beside the
 * field, which stays open with the focus in it.
 */
function RenameForm({ name, isTaken, onDone }: RenameFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(name);
  const [refusal, setRefusal] = useState<RenameRefusal | null>(null);
  const isRefused = refusal !== null;
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  const keep = () => {
    const refused = renameRefusal(text, isTaken);
    if (refused) {
      setRefusal(refused);
      input.current?.focus();
      return;
    }
    onDone(text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    // Focus moves to the rename button now; without this, the same Enter
    // would press that button and open the field again.
    event.preventDefault();
    if (event.key === 'Enter') keep();
    else onDone(null);
  };

  return (
    <div className="scenario__rename">
      <input
        ref={input}
        type="text"
        value={text}
        maxLength={MAX_SCENARIO_NAME_LENGTH}
        aria-label={t('scenarios.nameLabel')}
        aria-invalid={isRefused || undefined}
        aria-describedby={isRefused ? errorId : undefined}
        autoFocus
        onChange={(event) => {
          setText(event.target.value);
          setRefusal(null);
        }}
        onKeyDown={onKeyDown}
      />
      <QuietButton onClick={keep}>{t('scenarios.renameDone')}</QuietButton>
      <QuietButton onClick={() => onDone(null)}>
        {t('scenarios.renameCancel')}
      </QuietButton>
      {refusal && (
        <p className="field__error" id={errorId} role="alert">
          {t(refusal)}
        </p>
      )}
    </div>
  );
}

type RenameRefusal = 'scenarios.nameEmpty' | 'scenarios.nameTaken';

/** Why the name cannot be kept, as the message key; null when it can. */
function renameRefusal(
  text: string,
  isTaken: (name: string) => boolean,
): RenameRefusal | null {
  if (text.trim() === '') return 'scenarios.nameEmpty';
  return isTaken(text) ? 'scenarios.nameTaken' : null;
}

function QuietButton(props: ComponentProps<'button'>) {
  return <button type="button" className="button button--quiet" {...props} />;
}
