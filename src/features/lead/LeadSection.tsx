import './lead.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Currency } from '../../format/format';
import type { Language } from '../../i18n/languages';
import type { LeadDetails } from './leadSchema';
import { LeadForm } from './LeadForm';
import {
  buildLeadPayload,
  leadCalculation,
  newRequestId,
  type CalculationSnapshot,
  type LeadPayload,
} from './leadPayload';
import { MailPanel, SendFailed, ThankYou, UnsentNotice } from './LeadPanels';
import { leadDraft } from './leadStorage';
import { leadSettings } from './settings';
import { isBotLike } from './spamGuard';
import { useLeadDelivery } from './useLeadDelivery';
import { useLeadForm } from './useLeadForm';

export interface LeadSectionProps {
  /** The calculator's current calculation, attached when the visitor asks. */
  calculation: CalculationSnapshot | null;
  currency: Currency;
  /** Browser storage; absent while prerendering at build time. */
  storage: Storage | undefined;
}

/** The masterclass request, below the results. */
export function LeadSection(props: LeadSectionProps) {
  const { t } = useTranslation();
  const { endpoint, email } = leadSettings;

  return (
    <section
      className="page-section lead"
      aria-labelledby="lead-heading"
      id="masterclass"
    >
      <div className="panel">
        <h2 id="lead-heading">{t('lead.heading')}</h2>
        <p className="lead__intro">{t('lead.intro')}</p>
        {endpoint ? (
          <SendByPost {...props} endpoint={endpoint} email={email} />
        ) : (
          <SendByEmail {...props} email={email} />
        )}
      </div>
    </section>
  );
}

/** Turns the form's details into the request, with a fresh id. */
function usePayloadOf({ calculation, currency }: LeadSectionProps) {
  const { i18n } = useTranslation();

  return (details: LeadDetails): LeadPayload =>
    buildLeadPayload(details, {
      requestId: newRequestId(),
      language: i18n.language as Language,
      calculation: calculation && leadCalculation(calculation, currency),
    });
}

interface SendByPostProps extends LeadSectionProps {
  endpoint: string;
  email: string | null;
}

function SendByPost({ endpoint, email, ...props }: SendByPostProps) {
  const { t } = useTranslation();
  const { form, delivery, submit, deliver } = usePostedLead(endpoint, props);
  const { status, unsent } = delivery;

  if (status.kind === 'sent') {
    return <ThankYou payload={status.payload} onAgain={delivery.startOver} />;
  }
  const unsentNotice = delivery.isFromLastVisit && unsent && (
    <UnsentNotice
      unsent={unsent}
      onSend={() => deliver(unsent)}
      onDiscard={delivery.discardUnsent}
    />
  );
  const failure = status.kind === 'failed' && (
    <SendFailed
      outcome={status.outcome}
      onRetry={submit}
      email={email}
      unsent={unsent}
    />
  );
  return (
    <LeadForm
      form={form}
      onSubmit={submit}
      submitLabel={t('lead.submit')}
      isSending={status.kind === 'sending'}
      hasCalculation={props.calculation !== null}
      before={unsentNotice}
      after={failure}
    />
  );
}

/**
 * The form and its delivery to the endpoint. A delivered request clears
 * the draft; a bot-like submit is answered without a request.
 */
function usePostedLead(endpoint: string, props: LeadSectionProps) {
  const { form, fillStartedAt } = useLeadForm(props.storage);
  const delivery = useLeadDelivery(endpoint, props.storage);
  const payloadOf = usePayloadOf(props);

  const deliver = async (payload: LeadPayload) => {
    const outcome = await delivery.send(payload);
    if (outcome?.kind === 'sent') leadDraft.clear(props.storage);
  };
  const submit = form.handleSubmit(async (details) => {
    const payload = payloadOf(details);
    const signals = {
      honeypot: form.getValues('website'),
      startedAt: fillStartedAt(),
    };
    if (isBotLike(signals)) delivery.dropQuietly(payload);
    else await deliver(payload);
  });

  return {
    form,
    delivery,
    submit: () => void submit(),
    deliver: (payload: LeadPayload) => void deliver(payload),
  };
}

interface SendByEmailProps extends LeadSectionProps {
  email: string | null;
}

/**
 * Without an endpoint the request becomes an e-mail or a text to copy.
 * The page cannot tell whether the e-mail went, so the draft stays until
 * the visitor empties the fields; a build with an endpoint clears it once
 * the request is delivered.
 */
function SendByEmail({ email, ...props }: SendByEmailProps) {
  const { t } = useTranslation();
  const { form } = useLeadForm(props.storage);
  const payloadOf = usePayloadOf(props);
  const [payload, setPayload] = useState<LeadPayload | null>(null);

  const submit = form.handleSubmit((details) => setPayload(payloadOf(details)));

  return (
    <LeadForm
      form={form}
      onSubmit={() => void submit()}
      submitLabel={t('lead.mail.prepare')}
      isSending={false}
      hasCalculation={props.calculation !== null}
      after={payload && <MailPanel payload={payload} email={email} />}
    />
  );
}
