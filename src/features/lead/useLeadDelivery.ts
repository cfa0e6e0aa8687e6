import { useCallback, useRef, useState, useSyncExternalStore } from 'react';

import { isSameRequest, type LeadPayload } from './leadPayload';
import { postLead, type FailedSend, type SendOutcome } from './postLead';
import { createUnsentStore, NOTHING_UNSENT } from './unsentStore';

export type DeliveryStatus =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'failed'; outcome: FailedSend }
  | { kind: 'sent'; payload: LeadPayload };

const nothingUnsent = () => NOTHING_UNSENT;

/**
 * Sends requests to the endpoint, one at a time, and keeps each in
 * storage from the first attempt until the receiver confirms it. A
 * request that says the same as the unconfirmed one goes with that one's
 * id, so a retry after a lost answer is a repeat the receiver can drop.
 */
export function useLeadDelivery(
  endpoint: string,
  storage: Storage | undefined,
) {
  const [status, setStatus] = useState<DeliveryStatus>({ kind: 'idle' });
  const [store] = useState(() => createUnsentStore(storage));
  const unsent = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    nothingUnsent,
  );
  // A ref, not state: a second click arrives before React re-renders.
  const isInFlight = useRef(false);

  /** Sends the request; null when another one is still on its way. */
  const send = useCallback(
    async (fresh: LeadPayload): Promise<SendOutcome | null> => {
      if (isInFlight.current) return null;
      isInFlight.current = true;
      const previous = store.getSnapshot().payload;
      const payload =
        previous && isSameRequest(previous, fresh) ? previous : fresh;
      store.keep(payload);
      setStatus({ kind: 'sending' });

      const outcome = await postLead(endpoint, payload);
      isInFlight.current = false;
      if (outcome.kind === 'sent') {
        store.clear();
        setStatus({ kind: 'sent', payload });
      } else {
        setStatus({ kind: 'failed', outcome });
      }
      return outcome;
    },
    [endpoint, store],
  );

  return {
    status,
    /** The request not yet confirmed, if any. */
    unsent: unsent.payload,
    /** True while `unsent` is one left over from an earlier visit. */
    isFromLastVisit: unsent.isFromLastVisit,
    send,
    /** Answers a bot-like submit as if it had been sent, sending nothing. */
    dropQuietly: (payload: LeadPayload) => setStatus({ kind: 'sent', payload }),
    discardUnsent: store.clear,
    startOver: () => setStatus({ kind: 'idle' }),
  };
}
