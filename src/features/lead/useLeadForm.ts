import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm, type UseFormSetValue } from 'react-hook-form';

import { leadSchema, type LeadDetails } from './leadSchema';
import { leadDraft } from './leadStorage';
import { enteredBeforeHydration } from './typedBeforeHydration';
import { EMPTY_LEAD_FORM, type LeadFormValues } from './leadValues';

const resolver = zodResolver(leadSchema);

/**
 * Puts the draft into the mounted form field by field. Not reset(): it
 * drops the form's registry of fields, and a radio button registered
 * again with defaultChecked is read from the page instead of set, so the
 * restored choice would be lost.
 */
function restore(
  setValue: UseFormSetValue<LeadFormValues>,
  draft: Partial<LeadFormValues>,
) {
  for (const name of Object.keys(draft) as (keyof LeadFormValues)[]) {
    setValue(name, draft[name]!);
  }
}

/**
 * The request form, with its draft kept in storage on every change. The
 * draft is restored after the first render, not in it, so that the first
 * render matches the prerendered page, which holds an empty form.
 *
 * What the visitor entered in the prerendered form before this chunk
 * arrived is set into the form once mounted, over a stored draft (it is
 * newer), and saved as the draft.
 */
/*
 * Read when this chunk is evaluated, which is before React hydrates the
 * prerendered form (see enteredBeforeHydration); nothing while
 * prerendering, where there is no document.
 */
const enteredEarly =
  typeof document === 'undefined'
    ? null
    : enteredBeforeHydration(document.querySelector('form.lead__form'));

export function useLeadForm(storage: Storage | undefined) {
  const form = useForm<LeadFormValues, unknown, LeadDetails>({
    defaultValues: EMPTY_LEAD_FORM,
    resolver,
  });
  /** When the form appeared: the start of the fill time (spamGuard.ts). */
  const shownAt = useRef(0);

  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => leadDraft.save(storage, values),
    });
  }, [form, storage]);

  useEffect(() => {
    const draft = leadDraft.load(storage);
    // A restored draft was typed on an earlier visit, and text entered
    // before the form's code arrived has taken its time too: a visitor
    // who sends either at once is no bot.
    shownAt.current = draft || enteredEarly ? 0 : Date.now();
    if (draft) restore(form.setValue, draft);
    if (enteredEarly) restore(form.setValue, enteredEarly);
  }, [form, storage]);

  return { form, shownAt };
}
