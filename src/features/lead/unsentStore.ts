import type { LeadPayload } from './leadPayload';
import { unsentLead } from './leadStorage';

export interface UnsentState {
  /** The request not yet confirmed by the receiver, if any. */
  payload: LeadPayload | null;
  /** True while that request is one left over from an earlier visit. */
  isFromLastVisit: boolean;
}

export const NOTHING_UNSENT: UnsentState = {
  payload: null,
  isFromLastVisit: false,
};

/**
 * The unconfirmed request, in storage and in memory, as a store for
 * React's useSyncExternalStore: the page reads it while prerendering as
 * NOTHING_UNSENT and from storage once in the browser, so hydration sees
 * the markup it was built with.
 */
export function createUnsentStore(storage: Storage | undefined) {
  let state: UnsentState | undefined;
  const listeners = new Set<() => void>();

  const set = (next: UnsentState) => {
    state = next;
    if (next.payload) unsentLead.save(storage, next.payload);
    else unsentLead.clear(storage);
    for (const listener of listeners) listener();
  };

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot(): UnsentState {
      if (!state) {
        const payload = unsentLead.load(storage);
        state = payload ? { payload, isFromLastVisit: true } : NOTHING_UNSENT;
      }
      return state;
    },
    /** Keeps a request that is about to be sent. */
    keep: (payload: LeadPayload) => set({ payload, isFromLastVisit: false }),
    clear: () => set(NOTHING_UNSENT),
  };
}

export type UnsentStore = ReturnType<typeof createUnsentStore>;
