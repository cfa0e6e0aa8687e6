import { describe, expect, it } from 'vitest';

import { readLeadSettings } from './leadSettings';

describe('readLeadSettings', () => {
  it('reads both settings', () => {
    expect(
      readLeadSettings({
        VITE_LEAD_ENDPOINT: 'https://cx.example.com/api/leads',
        VITE_LEAD_EMAIL: 'masterclass@cx.example.com',
        VITE_OTHER: 'ignored',
      }),
    ).toEqual({
      endpoint: 'https://cx.example.com/api/leads',
      email: 'masterclass@cx.example.com',
    });
  });

  it('takes unset and empty variables as not configured', () => {
    expect(readLeadSettings({ VITE_LEAD_ENDPOINT: '' })).toEqual({
      endpoint: null,
      email: null,
    });
  });

  it('allows plain http to the local machine only', () => {
    const local = 'http://127.0.0.1:4390/leads';

    expect(readLeadSettings({ VITE_LEAD_ENDPOINT: local }).endpoint).toBe(
      local,
    );
    expect(() =>
      readLeadSettings({ VITE_LEAD_ENDPOINT: 'http://cx.example.com/leads' }),
    ).toThrow(
      'VITE_LEAD_ENDPOINT must use https:// (http:// only for localhost), ' +
        'not «http://cx.example.com/leads»',
    );
  });

  it('names every variable that is wrong', () => {
    expect(() =>
      readLeadSettings({
        VITE_LEAD_ENDPOINT: 'cx.example.com/leads',
        VITE_LEAD_EMAIL: 'masterclass',
      }),
    ).toThrow(
      "The request form's build settings are wrong:\n" +
        '- VITE_LEAD_ENDPOINT must be a full URL such as ' +
        'https://example.com/leads, not «cx.example.com/leads»\n' +
        '- VITE_LEAD_EMAIL must be an e-mail address, not «masterclass»',
    );
  });
});
