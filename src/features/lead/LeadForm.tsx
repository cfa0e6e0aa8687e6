import type { ReactNode } from 'react';
import { FormProvider, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import {
  Checkbox,
  CommentField,
  ConsentLabel,
  FormatChoice,
  Honeypot,
  TeamSizeSelect,
  TextField,
} from './leadFields';
import type { LeadDetails } from './leadSchema';
import { LEAD_FORM_ID, type LeadFormValues } from './leadValues';

export interface LeadFormProps {
  form: UseFormReturn<LeadFormValues, unknown, LeadDetails>;
  onSubmit: () => void;
  submitLabel: string;
  isSending: boolean;
  hasCalculation: boolean;
  /** Notices above the fields and answers below the button. */
  before?: ReactNode;
  after?: ReactNode;
}

/**
 * The request form's fields. It has a FormProvider of its own: the page
 * around it provides the calculator's form, which must not be reached
 * from here.
 */
export function LeadForm({
  form,
  onSubmit,
  submitLabel,
  isSending,
  hasCalculation,
  before,
  after,
}: LeadFormProps) {
  const { t } = useTranslation();

  return (
    <FormProvider {...form}>
      <form
        id={LEAD_FORM_ID}
        className="lead__form"
        aria-labelledby="lead-heading"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {before}
        <p className="field__hint">{t('lead.requiredNote')}</p>
        <div className="lead__grid">
          <TextField
            name="name"
            label={t('lead.name')}
            autoComplete="name"
            required
          />
          <TextField
            name="company"
            label={t('lead.company')}
            autoComplete="organization"
            required
          />
          <TextField
            name="role"
            label={t('lead.role')}
            autoComplete="organization-title"
          />
          <TextField
            name="email"
            label={t('lead.email')}
            type="email"
            autoComplete="email"
            required
          />
          <TextField
            name="phone"
            label={t('lead.phone')}
            type="tel"
            autoComplete="tel"
            hint={t('lead.phoneHint')}
          />
          <TeamSizeSelect />
        </div>
        <FormatChoice />
        <CommentField />
        <Honeypot />
        <Checkbox
          name="attachCalculation"
          label={t('lead.attachCalculation')}
          hint={t(hasCalculation ? 'lead.attachHint' : 'lead.noCalculation')}
        />
        <Checkbox name="consent" label={<ConsentLabel />} required />

        <div className="lead__actions">
          <button type="submit" className="button" disabled={isSending}>
            {isSending ? t('lead.sending') : submitLabel}
          </button>
          <p className="field__hint">{t('lead.draftNote')}</p>
        </div>
        {after}
      </form>
    </FormProvider>
  );
}
