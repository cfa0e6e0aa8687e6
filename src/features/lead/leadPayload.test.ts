import { describe, expect, it } from 'vitest';

import { computeCltv } from '../../model/cltv';
import { workedExampleInput } from '../../model/workedExample';
import {
  buildLeadPayload,
  isSameRequest,
  leadCalculation,
  leadPayloadSchema,
  newRequestId,
  type LeadPayload,
} from './leadPayload';
import type { LeadDetails } from './leadSchema';

const REQUEST_ID = '4f1c2b7e-9a3d-4c5e-8f6a-0b1c2d3e4f5a';

function details(overrides: Partial<LeadDetails> = {}): LeadDetails {
  return {
    name: 'Анна Петрова',
    company: 'ООО «Ромашка»',
    role: null,
    email: 'anna@romashka.ru',
    phone: '+79991234567',
    teamSize: 'from6To15',
    format: 'online',
    comment: null,
    attachCalculation: true,
    ...overrides,
  };
}

const calculation = leadCalculation(
  { input: workedExampleInput, result: computeCltv(workedExampleInput) },
  'RUB',
);

function payload(overrides: Partial<LeadDetails> = {}): LeadPayload {
  return buildLeadPayload(details(overrides), {
    requestId: REQUEST_ID,
    language: 'ru',
    calculation,
  });
}

describe('leadCalculation', () => {
  it('carries the inputs and the headline results of the worked example', () => {
    const [threeYears, fiveYears] = calculation.results.byHorizon;

    expect(calculation.currency).toBe('RUB');
    expect(calculation.inputs).toEqual(workedExampleInput);
    // V_3 and V_5 of the README's table; E_5 = 80 009.72; N_3 = 30 000.
    expect(threeYears!.years).toBe(3);
    expect(threeYears!.portfolioValue).toBeCloseTo(73_694_444.44, 2);
    expect(threeYears!.cltvNew).toBeCloseTo(30_000, 2);
    expect(fiveYears!.portfolioValue).toBeCloseTo(101_435_679.01, 2);
    expect(fiveYears!.cltvExisting).toBeCloseTo(80_009.72, 2);
    // (41 616.67 + 25 000) / 25 000; N_1 = 5 000 ≥ 0 pays back in year 1.
    expect(calculation.results.ltvToCac).toBeCloseTo(2.6647, 4);
    expect(calculation.results.paybackYear).toBe(1);
  });
});

describe('buildLeadPayload', () => {
  it('sends the details with id, language, consent and the calculation', () => {
    const sent = payload();

    expect(sent).toEqual({
      version: 1,
      requestId: REQUEST_ID,
      language: 'ru',
      name: 'Анна Петрова',
      company: 'ООО «Ромашка»',
      role: null,
      email: 'anna@romashka.ru',
      phone: '+79991234567',
      teamSize: 'from6To15',
      format: 'online',
      comment: null,
      consent: true,
      calculation,
    });
    expect(leadPayloadSchema.parse(sent)).toEqual(sent);
  });

  it('leaves the calculation out when the visitor does not attach it', () => {
    expect(payload({ attachCalculation: false }).calculation).toBeNull();
  });
});

describe('isSameRequest', () => {
  it('ignores the request id and the order of keys', () => {
    const first = payload();
    const { calculation: attached, ...rest } = first;
    const reordered = { calculation: attached, ...rest };

    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(first));
    expect(
      isSameRequest({ ...reordered, requestId: newRequestId() }, first),
    ).toBe(true);
  });

  it('tells apart requests that say something else', () => {
    expect(isSameRequest(payload({ comment: 'Да' }), payload())).toBe(false);
    expect(
      isSameRequest(payload({ attachCalculation: false }), payload()),
    ).toBe(false);
  });
});

describe('newRequestId', () => {
  it('gives a different UUID each time', () => {
    const first = newRequestId();

    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
    expect(newRequestId()).not.toBe(first);
  });

  it('builds a version 4 UUID where randomUUID is missing', () => {
    const bytes = Array.from({ length: 16 }, (_, i) => i * 17);
    const random = {
      getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
        (array as unknown as Uint8Array).set(bytes);
        return array;
      },
    };

    // Byte 6 (0x66) becomes 0x46, byte 8 (0x88) keeps 0x88.
    expect(newRequestId(random)).toBe('00112233-4455-4677-8899-aabbccddeeff');
  });
});
