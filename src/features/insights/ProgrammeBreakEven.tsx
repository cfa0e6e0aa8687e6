import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FieldNotes } from '../../app/FieldNotes';
import { useTypedBeforeHydration } from '../../app/useTypedBeforeHydration';
import { formatForInput } from '../../format/format';
import type { Language } from '../../i18n/languages';
import type { CltvInput } from '../../model/cltv';
import { programmeBreakEven } from '../../model/sensitivity';
import type { Figures } from '../results/useFigures';
import { hasNilNetMargin } from './netMargin';
import {
  DEFAULT_LIFT_POINTS,
  readLiftPoints,
  retypeLiftPoints,
} from './liftPoints';
import { loadLift, saveLift } from './liftStorage';

export interface ProgrammeBreakEvenProps {
  input: CltvInput;
  figures: Figures;
  /** Keeps the typed lift over reloads. */
  storage?: Storage | undefined;
}

/** What a CX programme may cost a year for a chosen lift in retention. */
export function ProgrammeBreakEven({
  input,
  figures,
  storage,
}: ProgrammeBreakEvenProps) {
  const { t } = useTranslation();
  const id = useId();
  const { language } = figures;
  const [entry, setEntry] = useState(() => ({
    text: formatForInput(DEFAULT_LIFT_POINTS, language),
    language,
  }));
  // A language switch rewrites the typed lift, as it does the form's.
  if (entry.language !== language) {
    const text = retypeLiftPoints(entry.text, entry.language, language);
    setEntry({ text, language });
  }
  useStoredLift(storage, setEntry);
  // The visitor's own entries are stored; a language switch's rewrite of
  // them need not be, the stored text keeps its language.
  const typeLift = (text: string) => {
    setEntry({ text, language });
    saveLift(storage, { text, language });
  };
  const field = useTypedBeforeHydration(entry.text, typeLift);
  const { lift, refusal } = readLiftPoints(entry.text, language);
  const breakEven = useMemo(
    () => (lift === null ? null : programmeBreakEven(input, lift)),
    [input, lift],
  );
  const error = refusal && t(`insights.programme.${refusal}`);
  const errorId = error ? `${id}-error` : undefined;
  const hintId = `${id}-hint`;

  return (
    <section className="insights__part" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('insights.programme.heading')}</h3>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={id}>{t('insights.programme.liftLabel')}</label>
        <input
          ref={field}
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="programme__lift"
          value={entry.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => typeLift(event.target.value)}
        />
        <FieldNotes
          error={error}
          errorId={errorId}
          hint={t('insights.programme.liftHint')}
          hintId={hintId}
        />
      </div>
      <div aria-live="polite" data-testid="programme-result">
        {breakEven && (
          <BreakEvenText
            breakEven={breakEven}
            lift={lift!}
            figures={figures}
            hasNilMargin={hasNilNetMargin(input)}
          />
        )}
      </div>
    </section>
  );
}

interface BreakEvenTextProps {
  breakEven: ReturnType<typeof programmeBreakEven>;
  lift: number;
  figures: Figures;
  /** The net margin is nil: any gain is floating-point dust. */
  hasNilMargin: boolean;
}

function BreakEvenText({
  breakEven,
  lift,
  figures,
  hasNilMargin,
}: BreakEvenTextProps) {
  const { t } = useTranslation();
  if (hasNilMargin) {
    const net = figures.money(0);
    return <p>{t('insights.programme.nilNetMargin', { net })}</p>;
  }
  if (breakEven.valueGain <= 0) {
    return <p>{t('insights.programme.noGain')}</p>;
  }

  const params = {
    lift: formatForInput(lift * 100, figures.language),
    gain: figures.money(breakEven.valueGain),
    cost: figures.money(breakEven.maxAnnualCost),
    factor: figures.factor(breakEven.annuityFactor),
    years: t('results.years', { count: breakEven.years }),
    last: breakEven.years,
  };
  return (
    <>
      <p className="programme__result">
        {t('insights.programme.result', params)}
      </p>
      <p className="insights__note">
        {t('insights.programme.formula', params)}
      </p>
    </>
  );
}

interface LiftEntry {
  text: string;
  language: Language;
}

/**
 * The lift typed on an earlier visit comes back once mounted: the page is
 * prerendered with the default, which hydration must find first. Called
 * before useTypedBeforeHydration, whose text typed into the prerendered
 * field then wins.
 */
function useStoredLift(
  storage: Storage | undefined,
  setEntry: (entry: LiftEntry) => void,
) {
  useEffect(() => {
    const stored = loadLift(storage);
    if (stored) setEntry(stored);
    // Once, on mount: later entries are the visitor's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
