import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { LeadPayload } from './leadPayload';
import { leadMessage, mailtoLink } from './leadText';
import { SEND_TIMEOUT_MS, type FailedSend } from './postLead';

export interface SendFailedProps {
  outcome: FailedSend;
  onRetry: () => void;
  /** Offered as another way in when the build has an address. */
  email: string | null;
  unsent: LeadPayload | null;
}

/** What went wrong, in plain words, and the ways on. */
export function SendFailed({
  outcome,
  onRetry,
  email,
  unsent,
}: SendFailedProps) {
  const { t, i18n } = useTranslation();
  const reason =
    outcome.kind === 'timeout'
      ? t('lead.failed.timeout', { count: SEND_TIMEOUT_MS / 1000 })
      : outcome.kind === 'network'
        ? t('lead.failed.network')
        : t('lead.failed.http', { status: outcome.status });

  return (
    <div className="notice lead__notice lead__notice--error" role="alert">
      <p>
        {reason} {t('lead.failed.kept')}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t('lead.failed.retry')}
      </button>
      {email && unsent && (
        <p>
          {t('lead.failed.orEmail')}{' '}
          <a href={mailtoLink(email, leadMessage(unsent, i18n))}>{email}</a>
        </p>
      )}
    </div>
  );
}

export interface UnsentNoticeProps {
  unsent: LeadPayload;
  onSend: () => void;
  onDiscard: () => void;
}

/** A request from an earlier visit that never reached the receiver. */
export function UnsentNotice({ unsent, onSend, onDiscard }: UnsentNoticeProps) {
  const { t } = useTranslation();

  return (
    <div className="notice notice--warning lead__notice" role="status">
      <p>{t('lead.unsent.text', { name: unsent.name, email: unsent.email })}</p>
      <button type="button" className="button" onClick={onSend}>
        {t('lead.unsent.send')}
      </button>{' '}
      <button
        type="button"
        className="button button--quiet"
        onClick={onDiscard}
      >
        {t('lead.unsent.discard')}
      </button>
    </div>
  );
}

export interface ThankYouProps {
  payload: LeadPayload;
  onAgain: () => void;
}

export function ThankYou({ payload, onAgain }: ThankYouProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  // The button the visitor pressed is gone: keep keyboard focus here.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="lead__thanks" role="status">
      <h3 ref={heading} tabIndex={-1}>
        {t('lead.thanks.heading')}
      </h3>
      <p>{t('lead.thanks.text', { email: payload.email })}</p>
      {payload.calculation && <p>{t('lead.thanks.calculation')}</p>}
      <button type="button" className="button button--quiet" onClick={onAgain}>
        {t('lead.thanks.again')}
      </button>
    </div>
  );
}

export interface MailPanelProps {
  payload: LeadPayload;
  email: string | null;
}

type CopyResult = 'copied' | 'failed';

/** The request as an e-mail to open or a text to copy. */
export function MailPanel({ payload, email }: MailPanelProps) {
  const { t, i18n } = useTranslation();
  const message = leadMessage(payload, i18n);
  // The result belongs to the request copied: a new one shows none.
  const [copied, setCopied] = useState<{
    payload: LeadPayload;
    result: CopyResult;
  } | null>(null);
  const copy = copied?.payload === payload ? copied.result : null;
  const text = useRef<HTMLTextAreaElement>(null);

  const copyText = () => {
    navigator.clipboard.writeText(message.body).then(
      () => setCopied({ payload, result: 'copied' }),
      () => {
        setCopied({ payload, result: 'failed' });
        text.current?.select();
      },
    );
  };

  return (
    <section className="lead__mail" aria-labelledby="lead-mail-heading">
      <h3 id="lead-mail-heading">{t('lead.mail.heading')}</h3>
      <p>{t(email ? 'lead.mail.text' : 'lead.mail.noAddress')}</p>
      <div className="lead__actions">
        {email && (
          <a className="button" href={mailtoLink(email, message)}>
            {t('lead.mail.open')}
          </a>
        )}
        <button
          type="button"
          className="button button--quiet"
          onClick={copyText}
        >
          {t('lead.mail.copy')}
        </button>
      </div>
      <p role="status" className="field__hint">
        {copy === 'copied' && t('lead.mail.copied')}
        {copy === 'failed' && t('lead.mail.copyFailed')}
      </p>
      <div className="field">
        <label htmlFor="lead-mail-text">{t('lead.mail.textLabel')}</label>
        <textarea
          id="lead-mail-text"
          ref={text}
          readOnly
          rows={10}
          value={message.body}
        />
      </div>
    </section>
  );
}
