import { describe, expect, it } from 'vitest';

import { memoryStorage } from '../../testing/memoryStorage';
import { leadDraft, unsentLead } from './leadStorage';
import { EMPTY_LEAD_FORM } from './leadValues';
import { aLead } from './testLead';

const unsent = aLead({ language: 'en', name: "O'Brien <script>" });

describe('leadDraft', () => {
  it('restores the form as typed, without the honeypot', () => {
    const storage = memoryStorage();
    const typed = { ...EMPTY_LEAD_FORM, name: 'Анна', email: 'anna@' };

    leadDraft.save(storage, { ...typed, website: 'spam' });

    expect(leadDraft.load(storage)).toEqual(typed);
  });

  it('reads nothing once cleared', () => {
    const storage = memoryStorage();
    leadDraft.save(storage, EMPTY_LEAD_FORM);

    leadDraft.clear(storage);

    expect(leadDraft.load(storage)).toBeNull();
  });

  it.each([
    ['not JSON', '{"name": '],
    ['the wrong shape', '{"name": 5}'],
    ['an oversized value', JSON.stringify('x'.repeat(60_000))],
  ])('reads storage holding %s as no draft', (_, text) => {
    const storage = memoryStorage();
    storage.setItem('cltv:lead-draft:v1', text);

    expect(leadDraft.load(storage)).toBeNull();
  });

  it('survives storage that throws', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };

    leadDraft.save(storage, EMPTY_LEAD_FORM);

    expect(leadDraft.load(storage)).toBeNull();
    expect(leadDraft.load(undefined)).toBeNull();
  });
});

describe('unsentLead', () => {
  it('keeps a request with its id until cleared', () => {
    const storage = memoryStorage();

    unsentLead.save(storage, unsent);

    expect(unsentLead.load(storage)).toEqual(unsent);
    unsentLead.clear(storage);
    expect(unsentLead.load(storage)).toBeNull();
  });

  it('drops a stored request that breaks the contract', () => {
    const storage = memoryStorage();

    unsentLead.save(storage, { ...unsent, requestId: 'not-a-uuid' });

    expect(unsentLead.load(storage)).toBeNull();
  });
});
