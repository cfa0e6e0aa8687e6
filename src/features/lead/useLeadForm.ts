import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm, type UseFormSetValue } from 'react-hook-form';

import { leadSchema, type LeadDetails } from './leadSchema';
import { leadDraft } from './leadStorage';
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
  draft: LeadFormValues,
) {
  for (const name of Object.keys(draft) as (keyof LeadFormValues)[]) {
    setValue(name, draft[name]);
  }
}

/**
 * The request form, with its draft kept in storage on every change. The
 * draft is restored after the first render, not in it, so that the first
 * render matches the prerendered page, which holds an empty form.
 *
 * Known shortcoming: what a visitor enters in the prerendered form before
 * its chunk arrives is only partly taken over. react-hook-form picks up
 * the text fields, the select and the checkboxes, but the masterclass
 * format radios register one by one and end with none checked (a send
 * then asks for the format), and the comment's counter and the draft in
 * storage wait for the next change. It goes away when the form reads the
 * checked radio before registering them and sets the typed values again
 * once mounted.
 */
export function useLeadForm(storage: Storage | undefined) {
  const form = useForm<LeadFormValues, unknown, LeadDetails>({
    defaultValues: EMPTY_LEAD_FORM,
    resolver,
  });
  /** When the form appeared: the start of the fill time (spamGuard.ts). */
  const shownAt = useRef(0);

  useEffect(() => {
    const draft = leadDraft.load(storage);
    // A restored draft was typed on an earlier visit: its fill time has
    // passed, and a visitor who sends it at once is no bot.
    shownAt.current = draft ? 0 : Date.now();
    if (draft) restore(form.setValue, draft);
  }, [form, storage]);

  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => leadDraft.save(storage, values),
    });
  }, [form, storage]);

  return { form, shownAt };
}
