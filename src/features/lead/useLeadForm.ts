import { zodResolver } from '@hookform/resolvers/zod';
import { useLayoutEffect, useRef, useState } from 'react';
import { useForm, type KeepStateOptions } from 'react-hook-form';

import { findPrerenderedForm } from '../../app/enteredValue';
import { firstEntryAt } from '../../app/firstEntry';
import { enteredBeforeHydration } from './enteredBeforeHydration';
import { leadSchema, type LeadDetails } from './leadSchema';
import { leadDraft } from './leadStorage';
import {
  EMPTY_LEAD_FORM,
  LEAD_FORM_ID,
  type LeadFormValues,
} from './leadValues';

const resolver = zodResolver(leadSchema);

/**
 * Puts values into the mounted form. The fields stay registered: a radio
 * button registered again with defaultChecked is read from the page
 * instead of set, so a restored choice would be lost. reset(), unlike
 * setValue(), also tells every watcher (the comment's count, the draft)
 * of a value react-hook-form already took from the page when the field
 * registered, as it does for text entered before hydration.
 */
const RESTORE: KeepStateOptions = {
  keepDefaultValues: true,
  keepFieldsRef: true,
};

/**
 * What the visitor entered in the prerendered form before this code
 * arrived, read in the render that hydrates it: once hydrated,
 * react-hook-form has registered the format radios one by one, and the
 * last of them leaves none checked. A key pressed before that render is
 * committed makes React start it again, so nothing typed is missed.
 * When the page was rendered afresh instead, the prerendered form is
 * off the page, kept with what was entered (findPrerenderedForm). Nothing
 * while prerendering, where there is no page.
 */
function useEnteredBeforeHydration() {
  const [entered] = useState(() =>
    typeof document === 'undefined'
      ? null
      : enteredBeforeHydration(findPrerenderedForm(LEAD_FORM_ID)),
  );
  return entered;
}

/**
 * The request form, with its draft kept in storage on every change. The
 * first render matches the prerendered page, which holds an empty form;
 * once mounted, the form takes the draft, then over it whatever the
 * visitor entered before the form's code arrived, which is newer.
 *
 * `fillStartedAt` is when the visitor began on the form, the start of
 * the fill time (spamGuard.ts): their first focus or input in it, noted
 * even before this code arrived (firstEntry.ts).
 */
export function useLeadForm(storage: Storage | undefined) {
  const form = useForm<LeadFormValues, unknown, LeadDetails>({
    defaultValues: EMPTY_LEAD_FORM,
    resolver,
  });
  const entered = useEnteredBeforeHydration();
  const hasDraft = useRef(false);

  // Before the values are put in, so that the draft takes them too.
  useLayoutEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => leadDraft.save(storage, values),
    });
  }, [form, storage]);

  // In the commit that mounts the form, not after it: a key pressed in
  // between would reach the form first and be undone by these values.
  useLayoutEffect(() => {
    const draft = leadDraft.load(storage);
    hasDraft.current = draft !== null;
    if (!draft && !entered) return;
    form.reset({ ...(draft ?? EMPTY_LEAD_FORM), ...entered }, RESTORE);
  }, [form, storage, entered]);

  // A restored draft was typed on an earlier visit: its fill time has
  // passed, and a visitor who sends it at once is no bot.
  const fillStartedAt = () =>
    hasDraft.current ? 0 : firstEntryAt(LEAD_FORM_ID);

  return { form, fillStartedAt };
}
