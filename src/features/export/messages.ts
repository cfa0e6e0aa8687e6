import type { Texts } from '../../i18n/ru';

/*
 * The texts of the export bar, in its own chunk: registered with the
 * page's i18next when the chunk loads (see src/app/lazySection.tsx).
 * Russian is the reference shape; English must match it.
 */
export const ru = {
  export: {
    heading: 'Экспорт и ссылка',
    png: 'График в PNG',
    svg: 'График в SVG',
    csv: 'Таблица в CSV',
    copyLink: 'Скопировать ссылку',
    print: 'Печать и PDF',
    linkCopied: 'Ссылка на этот расчёт скопирована.',
    linkCopiedWithMistakes:
      'Ссылка скопирована, но в форме есть ошибки: в полях с ошибками ' +
      'получатель увидит значения по умолчанию.',
    copyFailed:
      'Скопировать не удалось: возьмите ссылку из адресной строки — она ' +
      'всегда соответствует форме.',
    saveFailed: 'Файл не удалось сохранить. Попробуйте ещё раз.',
    chartNotReady: 'График ещё загружается — попробуйте через секунду.',
    imageSubtitle: 'Валюта: {{currency}} · {{date}}',
    csvTitle: 'Калькулятор CLTV: денежные потоки клиентской базы по годам',
    csvDate: 'Дата расчёта',
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

export const en: Texts<typeof ru> = {
  export: {
    heading: 'Export and share',
    png: 'Chart as PNG',
    svg: 'Chart as SVG',
    csv: 'Table as CSV',
    copyLink: 'Copy link',
    print: 'Print or PDF',
    linkCopied: 'A link to this calculation has been copied.',
    linkCopiedWithMistakes:
      'The link has been copied, but the form has mistakes: in the fields ' +
      'with mistakes the recipient gets the defaults.',
    copyFailed:
      'Copying failed: take the link from the address bar, which always matches the form.',
    saveFailed: 'The file could not be saved. Please try again.',
    chartNotReady: 'The chart is still loading; try again in a second.',
    imageSubtitle: 'Currency: {{currency}} · {{date}}',
    csvTitle: 'CLTV calculator: cash flows of the customer base by year',
    csvDate: 'Calculated on',
    summary: {
      customers: 'customers {{value}}',
      revenue: 'revenue {{value}}',
      margin: 'margin {{value}}',
      serviceCost: 'C {{value}}',
      acquisitionCost: 'AC {{value}}',
      retentionExisting: 'retention {{value}}',
      retentionNew: 'new-customer retention {{value}}',
      newCustomers: 'new per year {{value}}',
      discountRate: 'discount rate {{value}}',
      horizon: 'horizon {{value}}',
    },
  },
};
