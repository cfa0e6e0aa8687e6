import { describe, expect, it, vi } from 'vitest';

import { memoryStorage } from '../../testing/memoryStorage';
import { unsentLead } from './leadStorage';
import { aLead } from './testLead';
import { createUnsentStore, NOTHING_UNSENT } from './unsentStore';

const lead = aLead();

describe('createUnsentStore', () => {
  it('offers a request stored on an earlier visit', () => {
    const storage = memoryStorage();
    unsentLead.save(storage, lead);

    expect(createUnsentStore(storage).getSnapshot()).toEqual({
      payload: lead,
      isFromLastVisit: true,
    });
  });

  it('keeps a request being sent in storage and tells its readers', () => {
    const storage = memoryStorage();
    const store = createUnsentStore(storage);
    const listener = vi.fn();
    store.subscribe(listener);

    store.keep(lead);

    expect(store.getSnapshot()).toEqual({
      payload: lead,
      isFromLastVisit: false,
    });
    expect(unsentLead.load(storage)).toEqual(lead);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('forgets a confirmed request', () => {
    const storage = memoryStorage();
    const store = createUnsentStore(storage);
    store.keep(lead);

    store.clear();

    expect(store.getSnapshot()).toBe(NOTHING_UNSENT);
    expect(createUnsentStore(storage).getSnapshot()).toBe(NOTHING_UNSENT);
  });

  it('returns the same snapshot until something changes', () => {
    const storage = memoryStorage();
    unsentLead.save(storage, lead);
    const store = createUnsentStore(storage);

    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });
});
