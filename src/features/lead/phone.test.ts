import { describe, expect, it } from 'vitest';

import { normalisePhone } from './phone';

describe('normalisePhone', () => {
  it.each([
    ['+7 (999) 123-45-67', '+79991234567'],
    ['8 999 1234567', '+79991234567'],
    ['8 (999) 123-45-67', '+79991234567'],
    ['8-999-123-45-67', '+79991234567'],
    ['89991234567', '+79991234567'],
    ['7 999 123 45 67', '+79991234567'],
    ['999 123-45-67', '+79991234567'],
    // A St Petersburg landline: area code 812.
    ['8 (812) 123-45-67', '+78121234567'],
    ['(812) 123-45-67', '+78121234567'],
    ['+7\u00a0999\u00a0123\u201145\u201167', '+79991234567'],
  ])('reads the Russian number «%s» as %s', (typed, e164) => {
    expect(normalisePhone(typed)).toBe(e164);
  });

  it.each([
    ['+44 20 7946 0958', '+442079460958'],
    ['+1 (415) 555-0132', '+14155550132'],
    ['0049 30 901820', '+4930901820'],
    ['+49.30.901820', '+4930901820'],
    ['+290 1234', '+2901234'],
  ])('keeps the international number «%s» as %s', (typed, e164) => {
    expect(normalisePhone(typed)).toBe(e164);
  });

  it.each([
    ['letters', '8 999 CALL-NOW'],
    ['an extension', '+7 999 123-45-67 доб. 12'],
    ['a plus inside', '8 999 +1234567'],
    ['too few digits after +7', '+7 999 123-45-6'],
    ['too many digits after +7', '+7 999 123-45-678'],
    ['a Russian number one digit short', '8 999 123-45-6'],
    ['ten digits with no Russian code', '1234567890'],
    ['a country code starting with 0', '+0123456789'],
    ['more than 15 digits', '+1234567890123456'],
    ['fewer than 7 digits', '+123456'],
    ['only separators', ' - ( ) '],
  ])('refuses %s', (_, typed) => {
    expect(normalisePhone(typed)).toBeNull();
  });
});
