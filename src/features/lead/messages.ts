import type { Texts } from '../../i18n/ru';

/*
 * The texts of the masterclass request form, in its own chunk: registered with the
 * page's i18next when the chunk loads (see src/app/lazySection.tsx).
 * Russian is the reference shape; English must match it.
 */
export const ru = {
  lead: {
    heading: 'Мастер-класс по CLTV для вашей команды',
    intro:
      'Разберём на ваших цифрах, как считать и растить ценность ' +
      'клиентской базы. Оставьте заявку — мы свяжемся с вами ' +
      'и согласуем программу.',
    requiredNote: 'Поля со звёздочкой (*) обязательны.',
    name: 'Имя',
    company: 'Компания',
    role: 'Должность',
    email: 'Рабочая почта',
    phone: 'Телефон',
    phoneHint:
      'Например, +7 999 123-45-67 или 8 999 1234567; номер другой страны — с её кодом.',
    teamSize: {
      label: 'Сколько человек в команде',
      none: 'Не выбрано',
      upTo5: 'до 5',
      from6To15: '6–15',
      from16To50: '16–50',
      over50: 'больше 50',
    },
    format: {
      legend: 'Формат',
      online: 'Онлайн',
      onSite: 'Очно, у вас в компании',
      notSure: 'Пока не знаю',
    },
    comment: 'Комментарий',
    commentHint: 'Что для вас важно обсудить на мастер-классе.',
    commentCount: '{{count}} из {{max}} знаков',
    attachCalculation: 'Приложить мой расчёт',
    attachHint:
      'Исходные данные и результаты калькулятора выше уйдут вместе с заявкой.',
    noCalculation:
      'Расчёта пока нет: исправьте поля калькулятора, чтобы его приложить.',
    consent: {
      before: 'Даю согласие на ',
      policy: 'обработку персональных данных',
      after: '',
    },
    honeypot: 'Не заполняйте это поле',
    draftNote:
      'Пока заявка не отправлена, её черновик хранится только в этом браузере.',
    submit: 'Отправить заявку',
    sending: 'Отправляем…',
    errors: {
      nameRequired: 'Укажите, как к вам обращаться.',
      companyRequired: 'Укажите компанию.',
      emailRequired: 'Укажите рабочую почту.',
      emailInvalid: 'Проверьте адрес почты: например, anna@company.ru.',
      phoneInvalid:
        'Не похоже на номер телефона: проверьте цифры и код страны.',
      tooLong: 'Слишком длинно: не больше {{max}} знаков.',
      consentRequired:
        'Без согласия на обработку данных мы не сможем ответить на заявку.',
    },
    failed: {
      timeout_one: 'Сервер не ответил за {{count}} секунду.',
      timeout_few: 'Сервер не ответил за {{count}} секунды.',
      timeout_many: 'Сервер не ответил за {{count}} секунд.',
      timeout_other: 'Сервер не ответил за {{count}} секунды.',
      network:
        'Не удалось связаться с сервером: похоже, пропало соединение с интернетом.',
      http: 'Сервер ответил ошибкой {{status}}.',
      kept: 'Заявка не отправлена, но всё, что вы ввели, сохранено.',
      retry: 'Отправить ещё раз',
      orEmail: 'Можно также написать нам:',
    },
    unsent: {
      text: 'Заявка от имени {{name}} ({{email}}) в прошлый раз не была отправлена.',
      send: 'Отправить её сейчас',
      discard: 'Не отправлять',
    },
    thanks: {
      heading: 'Спасибо, заявка отправлена',
      text:
        'Мы напишем вам на {{email}}, чтобы согласовать дату, формат и ' +
        'программу мастер-класса.',
      calculation:
        'Ваш расчёт пришёл вместе с заявкой: мы посмотрим его заранее.',
      again: 'Отправить ещё одну заявку',
    },
    mail: {
      prepare: 'Подготовить письмо',
      heading: 'Отправьте заявку письмом',
      text:
        'Заявки с этой страницы принимаются по почте. Откройте готовое ' +
        'письмо или скопируйте текст заявки.',
      noAddress:
        'Скопируйте текст заявки и отправьте его нам удобным для вас способом.',
      open: 'Открыть письмо',
      copy: 'Скопировать текст заявки',
      copied: 'Текст заявки скопирован.',
      copyFailed:
        'Скопировать не получилось: выделите текст ниже и скопируйте его вручную.',
      textLabel: 'Текст заявки',
    },
    text: {
      subject: 'Заявка на мастер-класс по CLTV: {{company}}',
      title: 'Заявка на мастер-класс по CLTV',
      name: 'Имя',
      company: 'Компания',
      role: 'Должность',
      email: 'Почта',
      phone: 'Телефон',
      teamSize: 'Человек в команде',
      format: 'Формат',
      comment: 'Комментарий',
      calculation: 'Расчёт ({{currency}}, горизонт {{years}})',
      requestId: 'Номер заявки',
    },
  },
} as const;

export const en: Texts<typeof ru> = {
  lead: {
    heading: 'A CLTV masterclass for your team',
    intro:
      'We work through your own figures: how to measure the value of ' +
      'your customer base and how to grow it. Leave a request and ' +
      "we'll get in touch to agree the programme.",
    requiredNote: 'Fields marked with an asterisk (*) are required.',
    name: 'Name',
    company: 'Company',
    role: 'Role',
    email: 'Work email',
    phone: 'Phone',
    phoneHint:
      'With the country code, e.g. +44 20 7946 0958; Russian numbers also as 8 999 1234567.',
    teamSize: {
      label: 'How many people are in the team',
      none: 'Not chosen',
      upTo5: 'up to 5',
      from6To15: '6–15',
      from16To50: '16–50',
      over50: 'more than 50',
    },
    format: {
      legend: 'Format',
      online: 'Online',
      onSite: 'On site, at your company',
      notSure: 'Not sure yet',
    },
    comment: 'Comment',
    commentHint: 'What you would like the masterclass to cover.',
    commentCount: '{{count}} of {{max}} characters',
    attachCalculation: 'Attach my calculation',
    attachHint:
      'The inputs and results of the calculator above travel with the request.',
    noCalculation:
      'There is no calculation yet: fix the calculator fields to attach one.',
    consent: {
      before: 'I agree to the ',
      policy: 'processing of my personal data',
      after: '',
    },
    honeypot: 'Leave this field empty',
    draftNote:
      'Until the request is sent, its draft is kept in this browser only.',
    submit: 'Send the request',
    sending: 'Sending…',
    errors: {
      nameRequired: 'Tell us how to address you.',
      companyRequired: 'Enter your company.',
      emailRequired: 'Enter your work email.',
      emailInvalid: 'Check the address, e.g. anna@company.com.',
      phoneInvalid:
        'This does not look like a phone number: check the digits and the country code.',
      tooLong: 'Too long: at most {{max}} characters.',
      consentRequired:
        'We cannot answer the request without your consent to process the data.',
    },
    failed: {
      timeout_one: 'The server did not answer within {{count}} second.',
      timeout_few: 'The server did not answer within {{count}} seconds.',
      timeout_many: 'The server did not answer within {{count}} seconds.',
      timeout_other: 'The server did not answer within {{count}} seconds.',
      network:
        'Could not reach the server: the internet connection seems to be down.',
      http: 'The server answered with error {{status}}.',
      kept: 'The request was not sent, but everything you typed is kept.',
      retry: 'Send again',
      orEmail: 'You can also write to us:',
    },
    unsent: {
      text: 'The request from {{name}} ({{email}}) was not sent last time.',
      send: 'Send it now',
      discard: 'Do not send',
    },
    thanks: {
      heading: 'Thank you, your request has been sent',
      text:
        'We will write to you at {{email}} to agree the date, format ' +
        'and programme of the masterclass.',
      calculation:
        'Your calculation came with the request: we will look at it beforehand.',
      again: 'Send another request',
    },
    mail: {
      prepare: 'Prepare an email',
      heading: 'Send the request by email',
      text:
        'Requests from this page are taken by email. Open the prepared ' +
        'message or copy the text of the request.',
      noAddress:
        'Copy the text of the request and send it to us in whatever way suits you.',
      open: 'Open the email',
      copy: 'Copy the request text',
      copied: 'The request text has been copied.',
      copyFailed:
        'Copying did not work: select the text below and copy it by hand.',
      textLabel: 'Request text',
    },
    text: {
      subject: 'CLTV masterclass request: {{company}}',
      title: 'CLTV masterclass request',
      name: 'Name',
      company: 'Company',
      role: 'Role',
      email: 'Email',
      phone: 'Phone',
      teamSize: 'People in the team',
      format: 'Format',
      comment: 'Comment',
      calculation: 'Calculation ({{currency}}, {{years}} horizon)',
      requestId: 'Request number',
    },
  },
};
