import type { LeadPayload } from './leadPayload';

/** A valid request for tests, with the given fields changed. */
export function aLead(overrides: Partial<LeadPayload> = {}): LeadPayload {
  return {
    version: 1,
    requestId: '4f1c2b7e-9a3d-4c5e-8f6a-0b1c2d3e4f5a',
    language: 'ru',
    name: 'Анна Петрова',
    company: 'ООО «Ромашка»',
    role: null,
    email: 'anna@romashka.ru',
    phone: null,
    teamSize: null,
    format: 'notSure',
    comment: null,
    consent: true,
    calculation: null,
    ...overrides,
  };
}
