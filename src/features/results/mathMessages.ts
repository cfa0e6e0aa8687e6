import type { Texts } from '../../i18n/ru';

/*
 * The texts of the working behind the cards, in the chunk that opens it:
 * registered with the page's i18next when the chunk loads (see
 * src/app/lazySection.tsx). Russian is the reference shape; English must
 * match it.
 */
export const ru = {
  insights: {
    math: {
      heading: 'Как посчитано: {{title}}',
      close: 'Скрыть расчёт',
      rounding:
        'Слагаемые округлены для показа; итоги посчитаны без округления и совпадают с карточкой.',
      net:
        'Чистая маржа на клиента в год: n = R × m − C = {{revenue}} × ' +
        '{{margin}} − {{cost}} = {{net}}. Ставка дисконтирования d = ' +
        '{{discount}}.',
      byYear: 'Расчёт по годам',
      year: 'Год t',
      survivalExisting: 'Доля оставшихся S_t',
      survivalNew: 'Доля оставшихся U_t',
      netMargin: 'n_t',
      discountFactor: '1/(1+d)^t',
      term: 'Вклад года',
      cumulativeExisting: 'E_t, итого',
      cumulativeNew: 'N_t, итого',
      acquisitionRow: 'Привлечение (AC)',
      existingFormula:
        'E_T = Σ S_t × n_t / (1+d)^t: маржа года t приходит в конце года, ' +
        'S_t — доля сегодняшних клиентов, оставшихся к году t (S_1 = 1, ' +
        'S_(t+1) = S_t × r_t).',
      newFormula:
        'N_T = −AC + Σ U_t × n_t / (1+d)^t: клиент привлечён в начале 1-го ' +
        'года за AC, U_t — доля оставшихся к t-му году с компанией (U_1 = ' +
        '1, U_(k+1) = U_k × q_k).',
      baseFormula:
        'Ценность текущей базы = N0 × E_T: число клиентов сегодня на CLTV одного из них.',
      baseLine: 'За {{years}}: {{customers}} × {{cltv}} =',
      portfolioFormula:
        'V_T = Σ по годам [база N0 × S_t × n_t / (1+d)^t + маржа новых ' +
        'когорт (активные новые клиенты × n_t) / (1+d)^t − привлечение a_t ' +
        '× AC / (1+d)^(t−1)].',
      existingBase: 'Текущая база',
      newCohortsMargin: 'Маржа новых когорт',
      acquisition: 'Привлечение',
      yearTotal: 'Итог года',
      cumulativePortfolio: 'V_t, итого',
      portfolioLine:
        'За {{years}}: текущая база {{base}} + новые когорты {{cohorts}} =',
      ltvFormula:
        'LTV:CAC = (N_H + AC) / AC: ценность нового клиента до вычета AC ' +
        'за весь горизонт ({{years}}), делённая на AC.',
      ltvLine: '({{cltv}} + {{ac}}) / {{ac}} =',
      ltvNone: 'AC равна 0: делить не на что, отношения нет.',
      paybackFormula:
        'Окупаемость — первый год T, в котором N_T ≥ 0, то есть маржа ' +
        'нового клиента, приведённая к сегодняшнему дню, покрыла AC.',
      paybackLine: 'N_T впервые не меньше 0 —',
      paybackNone: 'AC равна 0: окупать нечего.',
      resultLine: '{{symbol}} за {{years}} =',
      conventions: {
        heading: 'Сверка с учебниками',
        intro:
          'Здесь маржа года приходит в конце года, и при постоянных n и r ' +
          'и бесконечном горизонте CLTV стремится к n/(1+d−r). В учебниках ' +
          'и других калькуляторах встречаются ещё два соглашения. Для ' +
          'сравнения взяты чистая маржа 1-го года n = {{net}} и среднее ' +
          'удержание текущих клиентов за горизонт r = {{retention}}.',
        convention: 'Соглашение',
        formula: 'Формула',
        value: 'CLTV',
        endOfFirstYear: 'Первая маржа в конце 1-го года (эта страница)',
        upfront: 'Первая маржа сразу',
        afterRenewal: 'Первая маржа только после продления',
        unbounded: 'не ограничена',
        horizonNote:
          'Сама страница за {{years}} даёт {{value}}: конечный горизонт и ' +
          'меняющееся удержание отличают его от предела.',
        noRetention:
          'На горизонте в 1 год удержание не задано, сравнивать не с чем.',
      },
    },
  },
} as const;

export const en: Texts<typeof ru> = {
  insights: {
    math: {
      heading: 'The math: {{title}}',
      close: 'Hide the math',
      rounding:
        'The terms are rounded for display; the totals are worked out ' +
        'unrounded and match the card.',
      net:
        'Net margin per customer per year: n = R × m − C = {{revenue}} × ' +
        '{{margin}} − {{cost}} = {{net}}. Discount rate d = {{discount}}.',
      byYear: 'The working year by year',
      year: 'Year t',
      survivalExisting: 'Share left S_t',
      survivalNew: 'Share left U_t',
      netMargin: 'n_t',
      discountFactor: '1/(1+d)^t',
      term: "Year's part",
      cumulativeExisting: 'E_t, total',
      cumulativeNew: 'N_t, total',
      acquisitionRow: 'Acquisition (AC)',
      existingFormula:
        'E_T = Σ S_t × n_t / (1+d)^t: the margin of year t arrives at the ' +
        "end of the year; S_t is the share of today's customers still " +
        'there in year t (S_1 = 1, S_(t+1) = S_t × r_t).',
      newFormula:
        'N_T = −AC + Σ U_t × n_t / (1+d)^t: the customer is won at the ' +
        'start of year 1 for AC; U_t is the share still there in their ' +
        'year t (U_1 = 1, U_(k+1) = U_k × q_k).',
      baseFormula:
        "Value of today's base = N0 × E_T: today's customers times the CLTV of one of them.",
      baseLine: 'Over {{years}}: {{customers}} × {{cltv}} =',
      portfolioFormula:
        'V_T = Σ over the years [base N0 × S_t × n_t / (1+d)^t + margin of ' +
        'the new cohorts (active new customers × n_t) / (1+d)^t − ' +
        'acquisition a_t × AC / (1+d)^(t−1)].',
      existingBase: "Today's base",
      newCohortsMargin: "New cohorts' margin",
      acquisition: 'Acquisition',
      yearTotal: "Year's total",
      cumulativePortfolio: 'V_t, total',
      portfolioLine:
        "Over {{years}}: today's base {{base}} + new cohorts {{cohorts}} =",
      ltvFormula:
        'LTV:CAC = (N_H + AC) / AC: the value of a new customer before AC ' +
        'over the whole horizon ({{years}}), divided by AC.',
      ltvLine: '({{cltv}} + {{ac}}) / {{ac}} =',
      ltvNone: 'AC is 0: there is nothing to divide by, so there is no ratio.',
      paybackFormula:
        'The payback year is the first year T with N_T ≥ 0: the new ' +
        "customer's margin, discounted to today, has covered AC.",
      paybackLine: 'N_T first reaches 0 or more',
      paybackNone: 'AC is 0: there is nothing to pay back.',
      resultLine: '{{symbol}} over {{years}} =',
      conventions: {
        heading: 'Reconciling with textbooks',
        intro:
          'Here the margin of a year arrives at its end, so with constant ' +
          'n and r and an unbounded horizon CLTV tends to n/(1+d−r). ' +
          'Textbooks and other calculators use two more conventions. The ' +
          'comparison takes the net margin of year 1, n = {{net}}, and the ' +
          'average retention of existing customers over the horizon, r = ' +
          '{{retention}}.',
        convention: 'Convention',
        formula: 'Formula',
        value: 'CLTV',
        endOfFirstYear: 'First margin at the end of year 1 (this page)',
        upfront: 'First margin at once',
        afterRenewal: 'First margin only after a renewal',
        unbounded: 'unbounded',
        horizonNote:
          'The page itself gives {{value}} over {{years}}: the finite ' +
          'horizon and the changing retention set it apart from the limit.',
        noRetention:
          'Over a one-year horizon no retention is given, so there is nothing to compare.',
      },
    },
  },
};
