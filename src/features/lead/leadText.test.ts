import { describe, expect, it } from 'vitest';

import { computeCltv } from '../../model/cltv';
import { workedExampleInput } from '../../model/workedExample';
import { sectionI18n } from '../../testing/sectionI18n';
import * as messages from './messages';
import { leadCalculation } from './leadPayload';
import { leadMessage, mailtoLink } from './leadText';
import { aLead } from './testLead';

const payload = aLead({
  name: "Д'Артаньян <script>",
  phone: '+79991234567',
  teamSize: 'from6To15',
  format: 'onSite',
  comment: 'Две строки:\nвторая & <b>',
});

/** Intl's Russian groups use no-break spaces; the tests write plain ones. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('leadMessage', () => {
  // The page is in English now; the request was made in Russian.
  const i18n = sectionI18n('en', messages);

  it('writes one line per given answer in its language, text as typed', () => {
    const message = leadMessage(payload, i18n);

    expect(message.subject).toBe(
      'Заявка на мастер-класс по CLTV: ООО «Ромашка»',
    );
    expect(message.body).toBe(
      [
        'Заявка на мастер-класс по CLTV',
        '',
        "Имя: Д'Артаньян <script>",
        'Компания: ООО «Ромашка»',
        'Почта: anna@romashka.ru',
        'Телефон: +79991234567',
        'Человек в команде: 6–15',
        'Формат: Очно, у вас в компании',
        '',
        'Комментарий:',
        'Две строки:\nвторая & <b>',
        '',
        'Номер заявки: 4f1c2b7e-9a3d-4c5e-8f6a-0b1c2d3e4f5a',
      ].join('\n'),
    );
  });

  it('adds the headline figures of an attached calculation', () => {
    const calculation = leadCalculation(
      { input: workedExampleInput, result: computeCltv(workedExampleInput) },
      'RUB',
    );

    const { body } = leadMessage({ ...payload, calculation }, i18n);

    expect(plainSpaces(body)).toContain(
      [
        'Расчёт (RUB, горизонт 5 лет):',
        'Ценность текущей базы: 3 года — 63 666 667 ₽; 5 лет — 80 009 722 ₽',
        'База вместе с новыми клиентами: 3 года — 73 694 444 ₽; ' +
          '5 лет — 101 435 679 ₽',
        'CLTV одного текущего клиента: 3 года — 63 667 ₽; 5 лет — 80 010 ₽',
        'CLTV одного нового клиента: 3 года — 30 000 ₽; 5 лет — 41 617 ₽',
        'LTV:CAC: 2,66',
        'Окупаемость привлечения: в 1-й год',
      ].join('\n'),
    );
  });
});

describe('mailtoLink', () => {
  it('encodes subject and body, with CRLF line breaks', () => {
    const link = mailtoLink('cx@example.com', {
      subject: 'Заявка: A&B',
      body: "O'Brien\n<script>?",
    });

    expect(link).toBe(
      'mailto:cx@example.com?subject=%D0%97%D0%B0%D1%8F%D0%B2%D0%BA%D0%B0' +
        "%3A%20A%26B&body=O'Brien%0D%0A%3Cscript%3E%3F",
    );
  });
});
