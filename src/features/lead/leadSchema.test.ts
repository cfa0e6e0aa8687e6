import { describe, expect, it } from 'vitest';

import { leadSchema } from './leadSchema';
import { EMPTY_LEAD_FORM, type LeadFormValues } from './leadValues';

function leadForm(overrides: Partial<LeadFormValues> = {}): LeadFormValues {
  return {
    ...EMPTY_LEAD_FORM,
    name: 'Анна Петрова',
    company: 'ООО «Ромашка»',
    email: 'anna@romashka.ru',
    consent: true,
    ...overrides,
  };
}

/** The message of each bad field, as react-hook-form shows the first. */
function messagesOf(values: LeadFormValues): Record<string, string> {
  const parsed = leadSchema.safeParse(values);
  if (parsed.success) return {};

  const messages: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    messages[issue.path.join('.')] ??= issue.message;
  }
  return messages;
}

describe('leadSchema', () => {
  it('yields the details of a minimal request, absent answers as null', () => {
    expect(leadSchema.parse(leadForm())).toEqual({
      name: 'Анна Петрова',
      company: 'ООО «Ромашка»',
      role: null,
      email: 'anna@romashka.ru',
      phone: null,
      teamSize: null,
      format: 'notSure',
      comment: null,
      attachCalculation: true,
    });
  });

  it('keeps text verbatim apart from the spaces around it', () => {
    const parsed = leadSchema.parse(
      leadForm({
        name: "  Д'Артаньян <script>alert(1)</script> ",
        role: 'CX-директор',
        comment: 'Строка 1\n  строка 2 & <b>жирно</b>',
      }),
    );

    expect(parsed.name).toBe("Д'Артаньян <script>alert(1)</script>");
    expect(parsed.role).toBe('CX-директор');
    expect(parsed.comment).toBe('Строка 1\n  строка 2 & <b>жирно</b>');
  });

  it('brings the phone to E.164 and passes the choices on', () => {
    const parsed = leadSchema.parse(
      leadForm({
        phone: '8 (999) 123-45-67',
        teamSize: 'from6To15',
        format: 'onSite',
        attachCalculation: false,
      }),
    );

    expect(parsed).toMatchObject({
      phone: '+79991234567',
      teamSize: 'from6To15',
      format: 'onSite',
      attachCalculation: false,
    });
  });

  it('leaves the honeypot and the consent out of the details', () => {
    const parsed = leadSchema.parse(leadForm({ website: 'http://spam' }));

    expect(parsed).not.toHaveProperty('website');
    expect(parsed).not.toHaveProperty('consent');
  });

  it('names every missing required answer', () => {
    expect(messagesOf({ ...EMPTY_LEAD_FORM, name: '   ' })).toEqual({
      name: 'nameRequired',
      company: 'companyRequired',
      email: 'emailRequired',
      consent: 'consentRequired',
    });
  });

  it.each([
    ['email', 'anna@', 'emailInvalid'],
    ['email', 'anna romashka.ru', 'emailInvalid'],
    ['phone', '8 999 123-45', 'phoneInvalid'],
    ['phone', '+7 999 123 45 67 '.repeat(2), 'tooLong'],
    ['name', 'А'.repeat(101), 'tooLong'],
    ['company', 'Б'.repeat(151), 'tooLong'],
    ['role', 'В'.repeat(101), 'tooLong'],
    ['comment', 'Г'.repeat(1001), 'tooLong'],
  ] as const)('refuses %s = «%s» with %s', (field, text, message) => {
    expect(messagesOf(leadForm({ [field]: text }))).toEqual({
      [field]: message,
    });
  });

  it('takes a comment of exactly 1000 characters', () => {
    const comment = 'Д'.repeat(1000);

    expect(leadSchema.parse(leadForm({ comment })).comment).toBe(comment);
  });

  it('refuses a stored shape that is not the form', () => {
    const broken = { ...leadForm(), format: 'inPerson' };

    expect(leadSchema.safeParse(broken).success).toBe(false);
  });
});
