import { describe, expect, it } from 'vitest';

import { memoryStorage } from '../../testing/memoryStorage';
import { loadFormValues, saveFormValues } from './formStorage';
import { defaultFormValues } from './formValues';

describe('loadFormValues', () => {
  it('finds nothing in empty storage', () => {
    expect(loadFormValues(memoryStorage(), 'ru')).toEqual({ status: 'none' });
  });

  it('restores what was saved, typos included', () => {
    const storage = memoryStorage();
    const values = {
      ...defaultFormValues('ru'),
      acquisitionCost: '25 00x',
      revenuePerCustomer: '1000000.5',
    };

    saveFormValues(storage, 'ru', values);

    expect(loadFormValues(storage, 'ru')).toEqual({
      status: 'restored',
      values,
    });
  });

  it('rewrites figures saved in another language', () => {
    const storage = memoryStorage();
    saveFormValues(storage, 'ru', {
      ...defaultFormValues('ru'),
      revenuePerCustomer: '1 000,5',
    });

    const loaded = loadFormValues(storage, 'en');

    expect(
      loaded.status === 'restored' && loaded.values.revenuePerCustomer,
    ).toBe('1,000.5');
  });

  it.each([
    ['not JSON', '{"values": '],
    ['the wrong shape', '{"language":"ru","values":{"currency":"XXX"}}'],
    ['no language', JSON.stringify({ values: defaultFormValues('ru') })],
    ['an oversized value', 'x'.repeat(60_000)],
  ])('reports corrupt storage holding %s', (_, text) => {
    const storage = memoryStorage({ 'cltv:form:v1': text });

    expect(loadFormValues(storage, 'ru')).toEqual({ status: 'corrupt' });
  });

  it('survives storage that throws', () => {
    const storage = memoryStorage();
    storage.getItem = () => {
      throw new Error('SecurityError');
    };

    expect(loadFormValues(storage, 'ru')).toEqual({ status: 'none' });
  });
});
