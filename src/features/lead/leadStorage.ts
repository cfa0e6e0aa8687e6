import type { z } from 'zod/mini';

import { leadPayloadSchema, type LeadPayload } from './leadPayload';
import { leadFormShape } from './leadSchema';
import type { LeadFormValues } from './leadValues';

/** Far above a real request (a few kB); anything larger is not ours. */
const MAX_STORED_LENGTH = 50_000;

/**
 * One value kept in local storage as JSON. Storage may be missing, full
 * or switched off, and may hold anything: a value that does not match
 * its schema reads as absent.
 */
function storedValue<T>(key: string, schema: z.ZodMiniType<T>) {
  return {
    load(storage: Storage | undefined): T | null {
      try {
        const text = storage?.getItem(key);
        if (text == null || text.length > MAX_STORED_LENGTH) return null;
        const parsed = schema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(storage: Storage | undefined, value: T): void {
      try {
        storage?.setItem(key, JSON.stringify(value));
      } catch {
        // Full or disabled storage: the page works on, without a copy.
      }
    },
    clear(storage: Storage | undefined): void {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to clear when storage is unavailable.
      }
    },
  };
}

const draft = storedValue('cltv:lead-draft:v1', leadFormShape);

/**
 * The form as the visitor left it, kept until the request is delivered.
 * The honeypot is never kept: a restored form must not look bot-filled.
 */
export const leadDraft = {
  load: draft.load,
  save: (storage: Storage | undefined, values: LeadFormValues) =>
    draft.save(storage, { ...values, website: '' }),
  clear: draft.clear,
};

/**
 * The request being sent, kept from the first attempt until the receiver
 * confirms it, so that one that could not go is offered again on the
 * next visit, with the same id.
 */
export const unsentLead = storedValue<LeadPayload>(
  'cltv:lead-unsent:v1',
  leadPayloadSchema,
);
