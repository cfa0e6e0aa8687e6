import type { ReactNode } from 'react';

export interface FieldNotesProps {
  error: string | null;
  errorId: string | undefined;
  hint?: ReactNode;
  hintId: string | undefined;
}

/**
 * The field's message and hint. The message is role="alert", so a screen
 * reader speaks it as it appears; aria-describedby reads both again when
 * the field is focused.
 */
export function FieldNotes({ error, errorId, hint, hintId }: FieldNotesProps) {
  return (
    <>
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </>
  );
}
