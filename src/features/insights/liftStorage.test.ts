import { describe, expect, it } from 'vitest';

import { memoryStorage } from '../../testing/memoryStorage';
import { loadLift, saveLift } from './liftStorage';

describe('loadLift', () => {
  it('gives back the lift as it was typed, with its language', () => {
    const storage = memoryStorage();

    saveLift(storage, { text: '2,5', language: 'ru' });

    expect(loadLift(storage)).toEqual({ text: '2,5', language: 'ru' });
  });

  it('has none before anything was typed, or for unreadable text', () => {
    const storage = memoryStorage();
    expect(loadLift(storage)).toBeNull();
    expect(loadLift(undefined)).toBeNull();

    storage.setItem('cltv:cxLift', '{not json');
    expect(loadLift(storage)).toBeNull();
    storage.setItem('cltv:cxLift', JSON.stringify({ text: 3, language: 'ru' }));
    expect(loadLift(storage)).toBeNull();
    storage.setItem(
      'cltv:cxLift',
      JSON.stringify({ text: '3', language: 'de' }),
    );
    expect(loadLift(storage)).toBeNull();
  });
});
