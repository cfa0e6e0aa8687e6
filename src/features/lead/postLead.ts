import type { LeadPayload } from './leadPayload';

/** How long a send may take before the page gives up and says so. */
export const SEND_TIMEOUT_MS = 15_000;

export type SendOutcome =
  | { kind: 'sent' }
  /** No answer within SEND_TIMEOUT_MS. */
  | { kind: 'timeout' }
  /** No answer at all: offline, the server unreachable, or CORS refused. */
  | { kind: 'network' }
  /** The receiver answered, but not with 2xx. */
  | { kind: 'http'; status: number };

export type FailedSend = Exclude<SendOutcome, { kind: 'sent' }>;

export interface PostLeadOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * Posts the request as JSON and tells what came of it; never throws.
 * Any 2xx answer counts as delivered: the receiver answers 2xx to a
 * repeat of a request id it already has.
 */
export async function postLead(
  endpoint: string,
  payload: LeadPayload,
  {
    timeoutMs = SEND_TIMEOUT_MS,
    fetch = globalThis.fetch,
  }: PostLeadOptions = {},
): Promise<SendOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);

  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    return response.ok
      ? { kind: 'sent' }
      : { kind: 'http', status: response.status };
  } catch {
    return controller.signal.aborted
      ? { kind: 'timeout' }
      : { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}
