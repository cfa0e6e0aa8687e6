/** Russian texts of the page: the default language and the reference shape. */
export const ru = {
  app: {
    title: 'Калькулятор CLTV',
    tagline:
      'Сколько стоит ваша клиентская база как актив: сумма CLTV всех клиентов на горизонте 3 и 5 лет.',
    language: 'Язык',
    skipToResults: 'К результатам',
    footer:
      'Расчёт выполняется в вашем браузере: введённые цифры никуда не отправляются.',
    storageReset:
      'Сохранённые данные формы повреждены, поэтому открыты значения по умолчанию.',
    dismiss: 'Закрыть',
    crashTitle: 'Что-то пошло не так',
    crashText:
      'Страница столкнулась с ошибкой. Введённые данные сохранены — перезагрузите страницу, чтобы продолжить.',
    reload: 'Перезагрузить',
    crashDetails: 'Техническая информация',
  },
  form: {
    heading: 'Исходные данные',
    reset: 'Вернуть значения по умолчанию',
    sections: {
      base: 'Клиентская база',
      economics: 'Экономика одного клиента',
      retention: 'Удержание',
      acquisition: 'Новые клиенты',
      discount: 'Ставка дисконтирования и горизонт',
    },
    existingCustomers: {
      label: 'Активных клиентов сейчас',
      hint: 'Сколько клиентов покупают у вас сегодня (N0).',
    },
    currency: { label: 'Валюта' },
    revenuePerCustomer: {
      label: 'Выручка на клиента в год',
      hint: 'Средняя годовая выручка с одного активного клиента.',
    },
    marginPercent: {
      label: 'Маржинальность, %',
      hint: 'Доля выручки, которая остаётся после себестоимости.',
    },
    marginIncludesCosts: {
      legend:
        'Учитывает ли маржа вашего финансового отдела расходы на обслуживание и маркетинг?',
      yes: 'Да, уже учитывает',
      no: 'Нет, не учитывает',
      unsure: 'Не уверен',
      hintYes:
        'Маржа уже за вычетом этих расходов: укажите ниже только то, что в неё не вошло, иначе расходы будут учтены дважды.',
      hintNo: 'Тогда расходы на обслуживание и маркетинг нужно указать ниже.',
      hintUnsure:
        'Уточните у финансового отдела: от этого зависит, вычитать ли расходы ниже.',
    },
    serviceCostPerCustomer: {
      label: 'Расходы на обслуживание и маркетинг на клиента в год (C)',
      hint: 'Поддержка, удерживающий маркетинг, бонусы — на одного активного клиента.',
    },
    acquisitionCost: {
      label: 'Стоимость привлечения одного клиента (AC)',
      hint: 'Реклама, продажи, скидки первого заказа — на одного нового клиента.',
    },
    retentionExisting: {
      legend: 'Текущие клиенты',
      single: 'Одна ставка на все годы',
      perYear: 'Своя ставка на каждый год',
      percentLabel: 'Удержание текущих клиентов, % в год',
      yearLabel: 'Из года {{from}} в год {{to}}, %',
      hint: 'Доля клиентов этого года, которые останутся с вами в следующем.',
    },
    retentionNew: {
      legend: 'Новые клиенты',
      twoRates: 'Первый год и последующие',
      perAge: 'Своя ставка на каждый год жизни',
      firstYearLabel: 'Удержание после первого года, %',
      laterLabel: 'Удержание в последующие годы, %',
      ageLabel: 'После {{age}}-го года, %',
      hint: 'Новые клиенты обычно уходят чаще текущих, особенно в первый год.',
    },
    newCustomers: {
      legend: 'План привлечения',
      single: 'Одинаково каждый год',
      perYear: 'По годам',
      perYearLabel: 'Новых клиентов в год',
      yearLabel: 'Год {{year}}',
    },
    discountRatePercent: {
      label: 'Ставка дисконтирования, % в год',
      hint: 'Стоимость капитала компании; спросите финансовый отдел (часто 12–25 %).',
    },
    horizonYears: {
      label: 'Горизонт расчёта',
      option_one: '{{count}} год',
      option_few: '{{count}} года',
      option_many: '{{count}} лет',
      option_other: '{{count}} года',
    },
  },
  validation: {
    required: 'Введите число.',
    notANumber: 'Это не число. Пример записи: 1 000 000,5',
    negative: 'Значение не может быть отрицательным.',
    notWhole: 'Нужно целое число клиентов.',
    tooLarge: 'Слишком большое значение: не больше {{max}}.',
    percentRange: 'Введите процент от 0 до 100.',
    discountRange: 'Ставка должна быть не меньше 0 и меньше 100 %.',
    horizonRange: 'Горизонт — от 1 до 10 лет.',
  },
  results: {
    heading: 'Результаты',
    stale:
      'Показаны результаты для последних верных данных. Исправьте отмеченные поля, чтобы пересчитать.',
    noResult: 'Исправьте отмеченные поля — и здесь появится расчёт.',
    years_one: '{{count}} год',
    years_few: '{{count}} года',
    years_many: '{{count}} лет',
    years_other: '{{count}} года',
    beyondHorizon: 'за горизонтом',
    baseValue: 'Ценность текущей базы',
    baseValueHint: 'N0 × CLTV текущего клиента',
    portfolioValue: 'База вместе с новыми клиентами',
    portfolioValueHint: 'Включая план привлечения за вычетом AC',
    cltvExisting: 'CLTV одного текущего клиента',
    cltvNew: 'CLTV одного нового клиента',
    cltvNewHint: 'За вычетом стоимости привлечения',
    ltvToCac: 'LTV:CAC',
    ltvToCacHint:
      'Ценность нового клиента за {{years}} к стоимости привлечения',
    ltvToCacNone: 'нет — AC равна 0',
    payback: 'Окупаемость привлечения',
    paybackYear: 'в {{year}}-й год',
    paybackNever: 'не окупается за {{years}}',
  },
  table: {
    heading: 'По годам',
    caption: 'Денежные потоки клиентской базы по годам, {{currency}}',
    year: 'Год',
    existingActive: 'Текущих клиентов',
    newActive: 'Новых клиентов',
    revenue: 'Выручка',
    grossMargin: 'Маржа',
    serviceCosts: 'Обслуживание и маркетинг',
    acquisitionSpend: 'Привлечение',
    presentValue: 'Приведённая стоимость года',
    cumulativePresentValue: 'Ценность базы нарастающим итогом',
  },
  chart: {
    heading: 'Ценность клиентской базы',
    description:
      'Приведённая ценность нарастающим итогом: текущая база и новые когорты.',
    existingBase: 'Текущая база',
    newCohorts: 'Новые когорты',
    total: 'Итого',
    yearLabel: '{{year}}-й год',
    marker: '{{years}}: {{value}}',
    loading: 'Загружаем график…',
    failed: 'График не удалось показать. Цифры — в таблице ниже.',
    retry: 'Попробовать снова',
    summary:
      'За {{years}} ценность базы составит {{total}}, из них текущая база — {{base}}.',
  },
  export: {
    heading: 'Экспорт и ссылка',
    png: 'График в PNG',
    svg: 'График в SVG',
    csv: 'Таблица в CSV',
    copyLink: 'Скопировать ссылку',
    print: 'Печать и PDF',
    linkCopied: 'Ссылка на этот расчёт скопирована.',
    copyFailed:
      'Скопировать не удалось: возьмите ссылку из адресной строки — она всегда соответствует форме.',
    saveFailed: 'Файл не удалось сохранить. Попробуйте ещё раз.',
    chartNotReady: 'График ещё загружается — попробуйте через секунду.',
    imageSubtitle: 'Валюта: {{currency}} · {{date}}',
    csvTitle: 'Калькулятор CLTV: денежные потоки клиентской базы по годам',
    csvDate: 'Дата расчёта',
    linkIgnored:
      'Часть значений из ссылки не прочитана, вместо них взяты значения по умолчанию: {{fields}}.',
    linkUnreadable:
      'Ссылку не удалось прочитать (она повреждена, слишком длинная или из другой версии калькулятора), поэтому открыты значения по умолчанию.',
    fields: {
      language: 'язык',
      currency: 'валюта',
      horizonYears: 'горизонт расчёта, лет',
      existingCustomers: 'активных клиентов сейчас',
      revenuePerCustomer: 'выручка на клиента в год',
      marginPercent: 'маржинальность, %',
      marginIncludesCosts: 'учитывает ли маржа расходы',
      serviceCostPerCustomer: 'расходы на обслуживание и маркетинг (C)',
      acquisitionCost: 'стоимость привлечения (AC)',
      retentionExistingMode: 'способ задать удержание текущих клиентов',
      retentionExistingPercent: 'удержание текущих клиентов, %',
      retentionExistingByYear: 'удержание текущих клиентов по годам, %',
      retentionNewMode: 'способ задать удержание новых клиентов',
      retentionNewFirstYearPercent: 'удержание новых после первого года, %',
      retentionNewLaterPercent: 'удержание новых в последующие годы, %',
      retentionNewByAge: 'удержание новых клиентов по году жизни, %',
      newCustomersMode: 'способ задать план привлечения',
      newCustomersPerYear: 'новых клиентов в год',
      newCustomersByYear: 'новых клиентов по годам',
      discountRatePercent: 'ставка дисконтирования, % в год',
    },
    summary: {
      customers: 'клиентов {{value}}',
      revenue: 'выручка {{value}}',
      margin: 'маржа {{value}}',
      serviceCost: 'C {{value}}',
      acquisitionCost: 'AC {{value}}',
      retentionExisting: 'удержание {{value}}',
      retentionNew: 'удержание новых {{value}}',
      newCustomers: 'новых в год {{value}}',
      discountRate: 'ставка {{value}}',
      horizon: 'горизонт {{value}}',
    },
  },
} as const;

type Texts<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]>;
};

/** Every language must have the same keys as Russian. */
export type Messages = Texts<typeof ru>;
