import type { Texts } from '../../i18n/ru';

/*
 * The texts of the insights panel, in its own chunk: registered with the
 * page's i18next when the chunk loads (see src/app/lazySection.tsx).
 * Russian is the reference shape; English must match it.
 */
export const ru = {
  insights: {
    heading: 'Проверка и рычаги',
    checks: {
      heading: 'Проверка на типичные ошибки',
      mistakes: 'Четыре частые ошибки',
      sanity: 'Проверки здравого смысла',
      allPassed: 'Все проверки пройдены.',
      warnings_one:
        '{{count}} предупреждение — посмотрите, прежде чем показывать цифры.',
      warnings_few:
        '{{count}} предупреждения — посмотрите, прежде чем показывать цифры.',
      warnings_many:
        '{{count}} предупреждений — посмотрите, прежде чем показывать цифры.',
      warnings_other:
        '{{count}} предупреждения — посмотрите, прежде чем показывать цифры.',
      status: {
        passed: 'Пройдено',
        warning: 'Предупреждение',
        pending: 'Ждёт ответа',
      },
      fix: 'Перейти к полю',
      acquisitionCostMissing: {
        title: 'Стоимость привлечения учтена',
        titleWarning: 'Стоимость привлечения не учтена',
        missing:
          'AC равна 0, а в плане {{planned}} новых клиентов. Привлечение ' +
          'не бывает бесплатным: без AC ценность новых когорт завышена, а ' +
          'LTV:CAC не посчитать. Укажите расходы на рекламу, продажи и ' +
          'скидки первого заказа на одного нового клиента.',
        counted:
          'AC {{cost}} на нового клиента вычитается из ценности новых когорт.',
        noNewCustomers:
          'Новые клиенты не запланированы — AC на ценность базы не влияет.',
      },
      marginMakeupUnknown: {
        title: 'Известно, что входит в маржу',
        titleWarning: 'Неизвестно, что входит в маржу',
        unsure:
          'Неясно, учтены ли в марже расходы на обслуживание и маркетинг. ' +
          'От ответа зависит, вычитать ли C, а ошибка здесь меняет CLTV в ' +
          'разы. Уточните у финансового отдела.',
        yes: 'Маржа уже включает расходы на обслуживание и маркетинг.',
        no: 'Маржа не включает расходы на обслуживание и маркетинг: они указаны отдельно.',
      },
      costsMiscounted: {
        title: 'Расходы учтены ровно один раз',
        titleWarning: 'Расходы пропущены или учтены дважды',
        leftOut:
          'Маржа не включает расходы на обслуживание и маркетинг, а C ' +
          'равна 0: эти расходы выпали из расчёта, и CLTV завышен. Укажите ' +
          'C на одного активного клиента в год.',
        countedTwice:
          'Маржа уже включает расходы на обслуживание и маркетинг, а C = ' +
          '{{cost}} вычитается ещё раз. Оставьте в C только то, что в ' +
          'маржу не вошло, иначе расходы учтены дважды.',
        entered: 'Расходы {{cost}} на клиента в год вычитаются из маржи.',
        inMargin: 'Расходы уже в марже, и C = 0: двойного счёта нет.',
        awaitingMakeup: 'Проверим, когда станет ясно, что входит в маржу.',
      },
      singleRetentionRate: {
        title: 'У новых клиентов своё удержание',
        titleWarning: 'Одна ставка удержания на всех',
        single:
          'Все годы и все клиенты удерживаются одинаково, на {{rate}}, ' +
          'хотя новые клиенты — {{share}} базы в год. Новички обычно ' +
          'уходят чаще, особенно в первый год: задайте для них своё ' +
          'удержание.',
        singleAllNew:
          'Текущей базы нет, все клиенты новые, а удержание одно на все ' +
          'годы. Новички чаще уходят в первый год: задайте его удержание ' +
          'отдельно.',
        distinct:
          'Удержание различается по годам или между текущими и новыми клиентами.',
        fewNew:
          'Ставка одна, но новые клиенты — лишь {{share}} базы в год, так что упрощение допустимо.',
        noNewCustomers:
          'Ставка одна, но новых клиентов не планируется: упрощение допустимо.',
        noRates: 'На горизонте в 1 год удержание в расчёте не участвует.',
      },
      retentionAtFull: {
        title: 'Удержание ниже 100 %',
        titleWarning: 'Удержание 100 %',
        existing:
          'Удержание текущих клиентов после {{year}}-го года — 100 %: ' +
          'никто никогда не уходит. Так не бывает даже у лучших компаний, ' +
          'и ценность базы завышена. Укажите реальную долю оставшихся.',
        new:
          'Удержание новых клиентов после {{age}}-го года — 100 %: никто ' +
          'никогда не уходит. Так не бывает даже у лучших компаний, и ' +
          'ценность новых когорт завышена.',
        belowFull: 'Ни одна ставка удержания не равна 100 %.',
      },
      retentionBelowBreakEven: {
        title: 'Удержание выше точки безубыточности',
        titleWarning: 'Удержание ниже точки безубыточности',
        noNetMargin:
          'Чистая маржа на клиента — {{net}} в год: расходы C съедают всю ' +
          'маржу. Тогда удержание не создаёт ценности — чем дольше клиент ' +
          'остаётся, тем больше убыток. Проверьте маржу и C.',
        nilNetMargin:
          'Чистая маржа на клиента — {{net}} в год: расходы C равны марже. ' +
          'Тогда клиент ничего не приносит, сколько бы он ни оставался, и ' +
          'удержание не меняет ценность базы. Проверьте маржу и C.',
        below:
          'Чтобы окупить AC {{ac}}, новые клиенты должны удерживаться хотя ' +
          'бы на {{breakEven}} в год, а у вас не выше {{best}}. Даже при ' +
          'бесконечном горизонте такой клиент принесёт не больше ' +
          '{{ceiling}}.',
        never:
          'Даже клиент, который никогда не уходит, принесёт не больше ' +
          '{{ceiling}} — меньше AC {{ac}}. Никакое удержание не окупит ' +
          'такое привлечение: проверьте AC.',
        above:
          'Удержание новых клиентов (до {{best}}) выше точки ' +
          'безубыточности {{breakEven}}: привлечение может окупиться.',
        anyRetention:
          'Маржа первого же года окупает AC, так что привлечение окупается при любом удержании.',
        noNewCustomers:
          'Новые клиенты не запланированы, так что окупать AC не нужно: ' +
          'при положительной марже удержание только добавляет ценность.',
        noAcquisitionCost:
          'AC равна 0, окупать нечего: при положительной марже удержание ' +
          'только добавляет ценность.',
        noRates: 'На горизонте в 1 год удержание в расчёте не участвует.',
      },
      marginAsRevenue: {
        title: 'Маржа не равна выручке',
        titleWarning: 'Маржа равна выручке',
        fullMargin:
          'Маржинальность 100 %: похоже, вместо маржи введена выручка. ' +
          'Укажите долю выручки, которая остаётся после себестоимости.',
        belowFull: 'Маржинальность ниже 100 %.',
      },
      horizonTooShort: {
        title: 'Горизонт позволяет окупить AC',
        titleWarning: 'Горизонт слишком короток, чтобы окупить AC',
        extend:
          'За {{years}} новый клиент не окупает AC: окупаемость наступает ' +
          'только в {{year}}-й год. Увеличьте горизонт хотя бы до {{year}} ' +
          'лет или проверьте AC.',
        never:
          'Новый клиент не окупает AC даже за {{years}} — самый длинный ' +
          'горизонт калькулятора. Проверьте AC и удержание новых клиентов.',
        unknown:
          'За {{years}} новый клиент не окупает AC. Попробуйте горизонт длиннее или проверьте AC.',
        paysBack:
          'Новый клиент окупает AC в {{year}}-й год, в пределах горизонта.',
        noAcquisitionCost: 'AC равна 0, окупать нечего.',
        noNewCustomers:
          'Новые клиенты не запланированы: AC не тратится, и окупать её ' +
          'не нужно при любом горизонте.',
      },
    },
    sensitivity: {
      heading: 'Что сильнее всего меняет ценность базы',
      intro:
        'Как изменится ценность базы за {{years}} ({{value}}), если ' +
        'сдвинуть один показатель, а остальные оставить как есть.',
      levers: {
        retentionExisting: '+1 п.п. удержания текущих клиентов',
        retentionNew: '+1 п.п. удержания новых клиентов',
        margin: '+1 п.п. маржи',
        serviceCost: '−10 % расходов на обслуживание (C)',
        acquisitionCost: '−10 % стоимости привлечения (AC)',
      },
      shortLevers: {
        retentionExisting: '+1 п.п. удерж. текущих',
        retentionNew: '+1 п.п. удерж. новых',
        margin: '+1 п.п. маржи',
        serviceCost: '−10 % C',
        acquisitionCost: '−10 % AC',
      },
      headline_one:
        '{{lever}} стоит {{change}} за {{years}} — в {{ratio}} раз больше, чем {{second}}.',
      headline_few:
        '{{lever}} стоит {{change}} за {{years}} — в {{ratio}} раза больше, чем {{second}}.',
      headline_many:
        '{{lever}} стоит {{change}} за {{years}} — в {{ratio}} раз больше, чем {{second}}.',
      headline_other:
        '{{lever}} стоит {{change}} за {{years}} — в {{ratio}} раза больше, чем {{second}}.',
      headlineTie:
        '{{lever}} стоит {{change}} за {{years}} — почти столько же, сколько {{second}}.',
      headlineAlone:
        '{{lever}} стоит {{change}} за {{years}}; остальные рычаги ценность не увеличивают.',
      headlineNone:
        'При этих данных ни один рычаг не увеличивает ценность базы.',
      loading: 'Загружаем диаграмму…',
      failed: 'Диаграмму не удалось показать. Цифры — в таблице ниже.',
      caption: 'Изменение ценности базы за {{years}}, {{currency}}',
      lever: 'Рычаг',
      change: 'Изменение',
      relativeChange: 'Изменение, %',
      noRelativeChange: '—',
    },
    programme: {
      heading: 'Сколько может стоить CX-программа',
      liftLabel: 'Программа поднимает удержание на, п.п.',
      liftHint:
        'Для текущих и новых клиентов, в каждый год горизонта; ставки не выше 100 %.',
      invalid: 'Введите число пунктов больше 0 и не больше 100.',
      currencySign:
        'Это поле — в процентных пунктах, а не в деньгах: уберите знак валюты.',
      result:
        'Рост удержания на {{lift}} п.п. добавляет {{gain}} к ценности ' +
        'базы за {{years}}. Программа окупается, если стоит не больше ' +
        '{{cost}} в год.',
      formula:
        '{{gain}} ÷ {{factor}} = {{cost}} в год, где {{factor}} — сумма ' +
        'множителей 1/(1+d)^t за годы 1…{{last}}: столько сегодня стоит ' +
        'единица денег, полученная в конце каждого года.',
      noGain:
        'При этих данных рост удержания не увеличивает ценность базы, и программа не окупится.',
      nilNetMargin:
        'Чистая маржа на клиента — {{net}} в год: клиент ничего не ' +
        'приносит, сколько бы он ни оставался, так что рост удержания не ' +
        'меняет ценность базы, и программе нечем окупиться.',
    },
  },
} as const;

export const en: Texts<typeof ru> = {
  insights: {
    heading: 'Checks and levers',
    checks: {
      heading: 'Checks for the common mistakes',
      mistakes: 'Four common mistakes',
      sanity: 'Sanity checks',
      allPassed: 'Every check passed.',
      warnings_one:
        '{{count}} warning: look at it before you show the figures.',
      warnings_few:
        '{{count}} warnings: look at them before you show the figures.',
      warnings_many:
        '{{count}} warnings: look at them before you show the figures.',
      warnings_other:
        '{{count}} warnings: look at them before you show the figures.',
      status: {
        passed: 'Passed',
        warning: 'Warning',
        pending: 'Waiting for an answer',
      },
      fix: 'Go to the field',
      acquisitionCostMissing: {
        title: 'The acquisition cost is counted',
        titleWarning: 'Acquisition cost left out',
        missing:
          'AC is 0 while the plan has {{planned}} new customers. ' +
          'Acquisition is never free: without AC the new cohorts are ' +
          'overvalued and LTV:CAC cannot be worked out. Enter the ' +
          'advertising, sales and first-order discounts per new customer.',
        counted:
          'An AC of {{cost}} per new customer is taken off the value of the new cohorts.',
        noNewCustomers:
          'No new customers are planned, so AC does not change the value of the base.',
      },
      marginMakeupUnknown: {
        title: 'What the margin includes is known',
        titleWarning: 'Margin of unknown make-up',
        unsure:
          'It is not known whether the margin already includes service and ' +
          'marketing costs. The answer decides whether C is subtracted, ' +
          'and a mistake here changes CLTV several times over. Ask your ' +
          'finance team.',
        yes: 'The margin already includes service and marketing costs.',
        no: 'The margin leaves out service and marketing costs: they are entered separately.',
      },
      costsMiscounted: {
        title: 'Costs are counted exactly once',
        titleWarning: 'Costs left out or counted twice',
        leftOut:
          'The margin leaves out service and marketing costs, and C is 0: ' +
          'these costs have dropped out and CLTV is overstated. Enter C ' +
          'per active customer per year.',
        countedTwice:
          'The margin already includes service and marketing costs, and a ' +
          'C of {{cost}} is subtracted again. Keep in C only what the ' +
          'margin leaves out, or the costs are counted twice.',
        entered:
          'Costs of {{cost}} per customer per year are taken off the margin.',
        inMargin:
          'The costs are in the margin and C is 0: nothing is counted twice.',
        awaitingMakeup:
          'This is checked once it is known what the margin includes.',
      },
      singleRetentionRate: {
        title: 'New customers have their own retention',
        titleWarning: 'One retention rate for everyone',
        single:
          'Every year and every customer is retained alike, at {{rate}}, ' +
          'although the new customers are {{share}} of the base a year. ' +
          'Newcomers usually leave more often, above all in their first ' +
          'year: give them their own retention.',
        singleAllNew:
          'There is no base yet, so every customer is new, and one ' +
          'retention serves every year. Newcomers leave more often in ' +
          'their first year: give it its own rate.',
        distinct:
          'Retention differs between years or between existing and new customers.',
        fewNew:
          'One rate serves all, but the new customers are only {{share}} ' +
          'of the base a year, so the simplification is fair.',
        noNewCustomers:
          'One rate serves all, but no new customers are planned: the simplification is fair.',
        noRates: 'Over a one-year horizon retention plays no part.',
      },
      retentionAtFull: {
        title: 'Retention is below 100 %',
        titleWarning: 'Retention at 100 %',
        existing:
          'Retention of existing customers after year {{year}} is 100 %: ' +
          'nobody ever leaves. Not even the best companies manage that, ' +
          'and the base is overvalued. Enter the share that really stays.',
        new:
          'Retention of new customers after year {{age}} is 100 %: nobody ' +
          'ever leaves. Not even the best companies manage that, and the new ' +
          'cohorts are overvalued.',
        belowFull: 'No retention rate is 100 %.',
      },
      retentionBelowBreakEven: {
        title: 'Retention is above the break-even',
        titleWarning: 'Retention below break-even',
        noNetMargin:
          'The net margin per customer is {{net}} a year: C eats the whole ' +
          'margin. Retention then creates no value; the longer a customer ' +
          'stays, the larger the loss. Check the margin and C.',
        nilNetMargin:
          'The net margin per customer is {{net}} a year: C equals the ' +
          'margin. A customer then brings nothing, however long they stay, ' +
          'and retention does not change the value of the base. Check the ' +
          'margin and C.',
        below:
          'To pay back an AC of {{ac}}, new customers must be retained at ' +
          '{{breakEven}} a year or more, and yours reach {{best}} at most. ' +
          'Even over an unbounded horizon such a customer brings at most ' +
          '{{ceiling}}.',
        never:
          'Even a customer who never leaves brings at most {{ceiling}}, ' +
          'less than the AC of {{ac}}. No retention pays back such an ' +
          'acquisition cost: check AC.',
        above:
          'Retention of new customers (up to {{best}}) is above the ' +
          'break-even of {{breakEven}}: acquisition can pay back.',
        anyRetention:
          "The first year's margin alone pays back AC, so acquisition pays back at any retention.",
        noNewCustomers:
          'No new customers are planned, so no AC has to pay back: with a ' +
          'positive margin retention only adds value.',
        noAcquisitionCost:
          'AC is 0, so there is nothing to pay back: with a positive ' +
          'margin retention only adds value.',
        noRates: 'Over a one-year horizon retention plays no part.',
      },
      marginAsRevenue: {
        title: 'The margin is not the revenue',
        titleWarning: 'Margin equals revenue',
        fullMargin:
          'A margin of 100 % looks like revenue typed in place of the ' +
          'margin. Enter the share of revenue left after the cost of goods.',
        belowFull: 'The margin is below 100 %.',
      },
      horizonTooShort: {
        title: 'The horizon lets AC pay back',
        titleWarning: 'Horizon too short to pay back AC',
        extend:
          'Within {{years}} a new customer does not pay back AC: that ' +
          'happens only in year {{year}}. Make the horizon at least ' +
          '{{year}} years, or check AC.',
        never:
          'A new customer does not pay back AC even over {{years}}, the ' +
          'longest horizon here. Check AC and the retention of new ' +
          'customers.',
        unknown:
          'Within {{years}} a new customer does not pay back AC. Try a ' +
          'longer horizon, or check AC.',
        paysBack:
          'A new customer pays back AC in year {{year}}, within the horizon.',
        noAcquisitionCost: 'AC is 0, so there is nothing to pay back.',
        noNewCustomers:
          'No new customers are planned: no AC is spent, so none has to pay ' +
          'back, whatever the horizon.',
      },
    },
    sensitivity: {
      heading: 'What moves the value of the base most',
      intro:
        'How the value of the base over {{years}} ({{value}}) changes when ' +
        'one figure moves and the others stay as they are.',
      levers: {
        retentionExisting: '+1 pp of retention of existing customers',
        retentionNew: '+1 pp of retention of new customers',
        margin: '+1 pp of margin',
        serviceCost: '−10 % of service costs (C)',
        acquisitionCost: '−10 % of the acquisition cost (AC)',
      },
      shortLevers: {
        retentionExisting: '+1 pp existing retention',
        retentionNew: '+1 pp new retention',
        margin: '+1 pp margin',
        serviceCost: '−10 % C',
        acquisitionCost: '−10 % AC',
      },
      headline_one:
        '{{lever}} is worth {{change}} over {{years}}, {{ratio}} times more than {{second}}.',
      headline_few:
        '{{lever}} is worth {{change}} over {{years}}, {{ratio}} times more than {{second}}.',
      headline_many:
        '{{lever}} is worth {{change}} over {{years}}, {{ratio}} times more than {{second}}.',
      headline_other:
        '{{lever}} is worth {{change}} over {{years}}, {{ratio}} times more than {{second}}.',
      headlineTie:
        '{{lever}} is worth {{change}} over {{years}}, about as much as {{second}}.',
      headlineAlone:
        '{{lever}} is worth {{change}} over {{years}}; no other lever adds value.',
      headlineNone:
        'With these figures no lever adds to the value of the base.',
      loading: 'Loading the chart…',
      failed:
        'The chart could not be shown. The figures are in the table below.',
      caption: 'Change in the value of the base over {{years}}, {{currency}}',
      lever: 'Lever',
      change: 'Change',
      relativeChange: 'Change, %',
      noRelativeChange: '—',
    },
    programme: {
      heading: 'What a CX programme may cost',
      liftLabel: 'The programme lifts retention by, pp',
      liftHint:
        'For existing and new customers, in every year of the horizon; no rate goes above 100 %.',
      invalid: 'Enter a number of points above 0 and at most 100.',
      currencySign:
        'This field is in percentage points, not money: remove the currency sign.',
      result:
        'Lifting retention by {{lift}} pp adds {{gain}} to the value of ' +
        'the base over {{years}}. The programme pays for itself if it ' +
        'costs at most {{cost}} a year.',
      formula:
        '{{gain}} ÷ {{factor}} = {{cost}} a year, where {{factor}} is the ' +
        'sum of the factors 1/(1+d)^t for years 1…{{last}}: what 1 at the ' +
        'end of each year is worth today.',
      noGain:
        'With these figures a higher retention does not add to the value ' +
        'of the base, and the programme cannot pay for itself.',
      nilNetMargin:
        'The net margin per customer is {{net}} a year: a customer brings ' +
        'nothing, however long they stay, so a higher retention does not ' +
        'change the value of the base, and the programme has nothing to ' +
        'pay for itself with.',
    },
  },
};
