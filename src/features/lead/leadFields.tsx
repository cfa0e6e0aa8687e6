import { useId, type ReactNode } from 'react';
import {
  useFormContext,
  useFormState,
  useWatch,
  type FieldPath,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FieldNotes } from '../../app/FieldNotes';
import { LEAD_ERRORS, type LeadError } from './leadSchema';
import {
  LEAD_LIMITS,
  MASTERCLASS_FORMATS,
  TEAM_SIZES,
  type LeadFormValues,
  type LimitedField,
} from './leadValues';

type LeadField = FieldPath<LeadFormValues>;

function isLimited(name: LeadField): name is LimitedField {
  return name in LEAD_LIMITS;
}

/** The field's message in the page's language, or null when it is fine. */
function useLeadError(name: LeadField): string | null {
  const { t } = useTranslation();
  const { errors } = useFormState<LeadFormValues>({ name });
  const message = errors[name]?.message;
  if (!message) return null;

  const key: LeadError = LEAD_ERRORS.includes(message as LeadError)
    ? (message as LeadError)
    : 'tooLong';
  const max = isLimited(name) ? LEAD_LIMITS[name] : 0;
  return t(`lead.errors.${key}`, { max });
}

/** Ids and ARIA wiring shared by a field's control, message and hint. */
function useFieldIds(name: LeadField, hint: ReactNode) {
  const id = useId();
  const error = useLeadError(name);
  const errorId = error ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;

  return {
    id,
    error,
    errorId,
    hintId,
    aria: {
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
    },
  };
}

function Label({
  htmlFor,
  text,
  required,
}: {
  htmlFor: string;
  text: string;
  required?: boolean;
}) {
  return (
    <label htmlFor={htmlFor}>
      {text}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

export interface TextFieldProps {
  name: 'name' | 'company' | 'role' | 'email' | 'phone';
  label: string;
  required?: boolean;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  autoComplete: string;
}

/*
 * register sets an input's value only once it is mounted in a browser;
 * defaultValue and defaultChecked put it into the prerendered HTML too,
 * as in the calculator's fields.
 */

export function TextField({
  name,
  label,
  required,
  hint,
  type = 'text',
  autoComplete,
}: TextFieldProps) {
  const { register, getValues } = useFormContext<LeadFormValues>();
  const { id, error, errorId, hintId, aria } = useFieldIds(name, hint);

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <Label htmlFor={id} text={label} required={required} />
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        aria-required={required || undefined}
        {...aria}
        defaultValue={getValues(name)}
        {...register(name)}
      />
      <FieldNotes error={error} errorId={errorId} hint={hint} hintId={hintId} />
    </div>
  );
}

/**
 * A comment of up to LEAD_LIMITS.comment characters. The textarea has no
 * maxLength: a pasted text over the limit would be cut without a word,
 * so it stays whole and the message says what is too long.
 */
export function CommentField() {
  const { t } = useTranslation();
  const { register, getValues } = useFormContext<LeadFormValues>();
  const hint = t('lead.commentHint');
  const { id, error, errorId, hintId, aria } = useFieldIds('comment', hint);

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <Label htmlFor={id} text={t('lead.comment')} />
      <textarea
        id={id}
        rows={4}
        {...aria}
        defaultValue={getValues('comment')}
        {...register('comment')}
      />
      <FieldNotes
        error={error}
        errorId={errorId}
        hintId={hintId}
        hint={
          <span className="lead__counted">
            <span>{hint}</span>
            <CommentCount />
          </span>
        }
      />
    </div>
  );
}

function CommentCount() {
  const { t } = useTranslation();
  const comment = useWatch<LeadFormValues, 'comment'>({ name: 'comment' });

  return (
    <span>
      {t('lead.commentCount', {
        count: comment.length,
        max: LEAD_LIMITS.comment,
      })}
    </span>
  );
}

export function TeamSizeSelect() {
  const { t } = useTranslation();
  const { register, getValues } = useFormContext<LeadFormValues>();
  const id = useId();

  return (
    <div className="field">
      <Label htmlFor={id} text={t('lead.teamSize.label')} />
      <select
        id={id}
        defaultValue={getValues('teamSize')}
        {...register('teamSize')}
      >
        <option value="">{t('lead.teamSize.none')}</option>
        {TEAM_SIZES.map((size) => (
          <option key={size} value={size}>
            {t(`lead.teamSize.${size}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FormatChoice() {
  const { t } = useTranslation();
  const { register, getValues } = useFormContext<LeadFormValues>();
  const checked = getValues('format');

  return (
    <fieldset className="choice">
      <legend>{t('lead.format.legend')}</legend>
      <div className="choice__options">
        {MASTERCLASS_FORMATS.map((format) => (
          <label key={format} className="choice__option">
            <input
              type="radio"
              value={format}
              defaultChecked={format === checked}
              {...register('format')}
            />
            <span>{t(`lead.format.${format}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface CheckboxProps {
  name: 'attachCalculation' | 'consent';
  label: ReactNode;
  required?: boolean;
  hint?: string;
}

export function Checkbox({ name, label, required, hint }: CheckboxProps) {
  const { register, getValues } = useFormContext<LeadFormValues>();
  const { id, error, errorId, hintId, aria } = useFieldIds(name, hint);

  return (
    <div className="lead__check">
      <input
        id={id}
        type="checkbox"
        aria-required={required || undefined}
        {...aria}
        defaultChecked={getValues(name)}
        {...register(name)}
      />
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <FieldNotes error={error} errorId={errorId} hint={hint} hintId={hintId} />
    </div>
  );
}

/**
 * «I agree to the processing of personal data», the policy linked. The
 * text comes in three parts rather than through react-i18next's Trans,
 * which would add its HTML parser to the page's script.
 */
export function ConsentLabel() {
  const { t } = useTranslation();

  return (
    <>
      {t('lead.consent.before')}
      {/* Relative, so that it works wherever the page is served. */}
      <a href="privacy.html" target="_blank" rel="noopener">
        {t('lead.consent.policy')}
      </a>
      {t('lead.consent.after')}
    </>
  );
}

/**
 * The honeypot: off-screen and hidden from screen readers and the tab
 * order, so that only a script filling every field fills it in.
 */
export function Honeypot() {
  const { t } = useTranslation();
  const { register } = useFormContext<LeadFormValues>();
  const id = useId();

  return (
    <div className="lead__trap" aria-hidden="true">
      <label htmlFor={id}>{t('lead.honeypot')}</label>
      <input
        id={id}
        type="text"
        tabIndex={-1}
        autoComplete="off"
        defaultValue=""
        {...register('website')}
      />
    </div>
  );
}
