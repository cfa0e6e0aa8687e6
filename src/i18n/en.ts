import type { Messages } from './ru';

/*
 * English has only «one» and «other» plural forms; the «few» and «many»
 * keys exist because every language shares Russian's keys, and English
 * never reads them.
 */
export const en: Messages = {
  app: {
    title: 'CLTV calculator',
    tagline:
      'What your customer base is worth as an asset: the sum of the CLTV of all customers over 3 and 5 years.',
    language: 'Language',
    skipToResults: 'Skip to results',
    footer:
      'Everything is calculated in your browser: the figures you type reach us only if you attach them to a masterclass request.',
    footerWithoutRequests:
      'Everything is calculated in your browser: the figures you type are not sent anywhere.',
    storageReset:
      'The saved form data was damaged, so the default values are shown.',
    dismiss: 'Close',
    crashTitle: 'Something went wrong',
    crashText:
      'The page hit an error. Your inputs are saved: reload the page to carry on.',
    reload: 'Reload',
    crashDetails: 'Technical details',
  },
  form: {
    heading: 'Inputs',
    reset: 'Restore the defaults',
    sections: {
      base: 'Customer base',
      economics: 'Economics of one customer',
      retention: 'Retention',
      acquisition: 'Acquiring new customers',
      discount: 'Discount rate and horizon',
    },
    existingCustomers: {
      label: 'Active customers today',
      hint: 'How many customers bought from you in the last 12 months (N0): from your CRM or accounts.',
    },
    currency: {
      label: 'Currency',
      hint: 'Every amount is typed in it; nothing is converted.',
    },
    revenuePerCustomer: {
      label: 'Revenue per customer per year',
      hint: "A year's revenue divided by the number of active customers: from your sales report or CRM.",
    },
    marginPercent: {
      label: 'Margin, %',
      hint: 'The share of revenue left after the cost of goods: the gross margin in your management profit and loss report.',
    },
    marginIncludesCosts: {
      legend:
        "Does your finance team's margin already include service and marketing costs?",
      yes: 'Yes, it does',
      no: 'No, it does not',
      unsure: 'Not sure',
      hintYes:
        'The margin is already net of these costs: enter below only what it leaves out, or the costs are counted twice.',
      hintNo: 'Then enter the service and marketing costs below.',
      hintUnsure:
        'Ask your finance team: it decides whether the costs below should be subtracted.',
    },
    serviceCostPerCustomer: {
      label: 'Service and marketing cost per customer per year (C)',
      hint: "A year's support, retention marketing and loyalty rewards divided by the number of active customers: from those teams' budgets.",
    },
    acquisitionCost: {
      label: 'Cost of acquiring one customer (AC)',
      hint: "A year's advertising, sales and first-order discounts divided by the number of customers won that year.",
    },
    retentionExisting: {
      legend: 'Existing customers',
      single: 'One rate for every year',
      perYear: 'A rate for each year',
      percentLabel: 'Retention of existing customers, % a year',
      yearLabel: 'From year {{from}} to year {{to}}, %',
      hint: "The share of this year's customers who stay with you next year: in your CRM, how many of last year's customers bought again this year.",
    },
    retentionNew: {
      legend: 'New customers',
      twoRates: 'First year and after',
      perAge: 'A rate for each year of age',
      firstYearLabel: 'Retention after the first year, %',
      laterLabel: 'Retention in later years, %',
      ageLabel: 'After year {{age}}, %',
      hint: "New customers usually leave more often than existing ones, above all in their first year: see what share of last year's newcomers bought again.",
    },
    newCustomers: {
      legend: 'Acquisition plan',
      single: 'The same every year',
      perYear: 'Year by year',
      perYearLabel: 'New customers a year',
      yearLabel: 'Year {{year}}',
      hint: 'How many new customers you plan to win: from your sales or marketing plan.',
    },
    discountRatePercent: {
      label: 'Discount rate, % a year',
      hint: "The company's cost of capital; ask your finance team (often 12–25 %).",
    },
    horizonYears: {
      label: 'Horizon',
      hint: 'How many years ahead to value; the cards show 3 and 5 years.',
      option_one: '{{count}} year',
      option_few: '{{count}} years',
      option_many: '{{count}} years',
      option_other: '{{count}} years',
    },
  },
  validation: {
    required: 'Enter a number.',
    notANumber: 'This is not a number. Write it like 1,000,000.5',
    negative: 'The value cannot be negative.',
    notWhole: 'Enter a whole number of customers.',
    tooLarge: 'Too large: at most {{max}}.',
    percentRange: 'Enter a percentage from 0 to 100.',
    discountRange: 'The rate must be at least 0 and below 100 %.',
    horizonRange: 'The horizon is 1 to 10 years.',
  },
  results: {
    heading: 'Results',
    stale:
      'These results are for the last valid inputs. Fix the highlighted fields to recalculate.',
    noResult: 'Fix the highlighted fields and the results will appear here.',
    years_one: '{{count}} year',
    years_few: '{{count}} years',
    years_many: '{{count}} years',
    years_other: '{{count}} years',
    beyondHorizon: 'beyond the horizon',
    baseValue: "Value of today's base",
    baseValueHint: 'N0 × CLTV of an existing customer',
    portfolioValue: 'Base with the new customers',
    portfolioValueHint: 'Including the acquisition plan, net of AC',
    cltvExisting: 'CLTV of one existing customer',
    cltvNew: 'CLTV of one new customer',
    cltvNewHint: 'Net of the acquisition cost',
    ltvToCac: 'LTV:CAC',
    ltvToCacHint:
      'Value of a new customer over {{years}} to its acquisition cost',
    ltvToCacNone: 'none: AC is 0',
    payback: 'Acquisition pays back',
    paybackYear: 'in year {{year}}',
    paybackNever: 'not within {{years}}',
  },
  table: {
    heading: 'Year by year',
    caption: 'Cash flows of the customer base by year, {{currency}}',
    year: 'Year',
    existingActive: 'Existing customers',
    newActive: 'New customers',
    revenue: 'Revenue',
    grossMargin: 'Margin',
    serviceCosts: 'Service and marketing',
    acquisitionSpend: 'Acquisition',
    presentValue: "Year's present value",
    cumulativePresentValue: 'Value of the base, cumulative',
  },
  chart: {
    heading: 'Value of the customer base',
    description: "Cumulative present value: today's base and the new cohorts.",
    existingBase: "Today's base",
    newCohorts: 'New cohorts',
    total: 'Total',
    yearLabel: 'Year {{year}}',
    marker: '{{years}}: {{value}}',
    loading: 'Loading the chart…',
    failed: 'The chart could not be shown. The figures are in the table below.',
    retry: 'Try again',
    summary:
      "Over {{years}} the base is worth {{total}}, of which today's base is {{base}}.",
  },
  export: {
    heading: 'Export and share',
    png: 'Chart as PNG',
    svg: 'Chart as SVG',
    csv: 'Table as CSV',
    copyLink: 'Copy link',
    print: 'Print or PDF',
    linkCopied: 'A link to this calculation has been copied.',
    copyFailed:
      'Copying failed: take the link from the address bar, which always matches the form.',
    saveFailed: 'The file could not be saved. Please try again.',
    chartNotReady: 'The chart is still loading; try again in a second.',
    imageSubtitle: 'Currency: {{currency}} · {{date}}',
    csvTitle: 'CLTV calculator: cash flows of the customer base by year',
    csvDate: 'Calculated on',
    linkIgnored:
      'Some values in the link could not be read and were replaced by the defaults: {{fields}}.',
    linkUnreadable:
      'The link could not be read (it is damaged, too long or from another version of the calculator), so the default values are shown.',
    fields: {
      language: 'language',
      currency: 'currency',
      horizonYears: 'horizon, years',
      existingCustomers: 'active customers today',
      revenuePerCustomer: 'revenue per customer per year',
      marginPercent: 'margin, %',
      marginIncludesCosts: 'whether the margin includes costs',
      serviceCostPerCustomer: 'service and marketing cost (C)',
      acquisitionCost: 'acquisition cost (AC)',
      retentionExistingMode: 'how existing-customer retention is given',
      retentionExistingPercent: 'existing-customer retention, %',
      retentionExistingByYear: 'existing-customer retention by year, %',
      retentionNewMode: 'how new-customer retention is given',
      retentionNewFirstYearPercent: 'new-customer retention after year one, %',
      retentionNewLaterPercent: 'new-customer retention in later years, %',
      retentionNewByAge: 'new-customer retention by age, %',
      newCustomersMode: 'how the acquisition plan is given',
      newCustomersPerYear: 'new customers per year',
      newCustomersByYear: 'new customers by year',
      discountRatePercent: 'discount rate, % per year',
    },
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
          'AC is 0 while the plan has {{planned}} new customers. Acquisition is never free: without AC the new cohorts are overvalued and LTV:CAC cannot be worked out. Enter the advertising, sales and first-order discounts per new customer.',
        counted:
          'An AC of {{cost}} per new customer is taken off the value of the new cohorts.',
        noNewCustomers:
          'No new customers are planned, so AC does not change the value of the base.',
      },
      marginMakeupUnknown: {
        title: 'What the margin includes is known',
        titleWarning: 'Margin of unknown make-up',
        unsure:
          'It is not known whether the margin already includes service and marketing costs. The answer decides whether C is subtracted, and a mistake here changes CLTV several times over. Ask your finance team.',
        yes: 'The margin already includes service and marketing costs.',
        no: 'The margin leaves out service and marketing costs: they are entered separately.',
      },
      costsMiscounted: {
        title: 'Costs are counted exactly once',
        titleWarning: 'Costs left out or counted twice',
        leftOut:
          'The margin leaves out service and marketing costs, and C is 0: these costs have dropped out and CLTV is overstated. Enter C per active customer per year.',
        countedTwice:
          'The margin already includes service and marketing costs, and a C of {{cost}} is subtracted again. Keep in C only what the margin leaves out, or the costs are counted twice.',
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
          'Every year and every customer is retained alike, at {{rate}}, although the new customers are {{share}} of the base a year. Newcomers usually leave more often, above all in their first year: give them their own retention.',
        singleAllNew:
          'There is no base yet, so every customer is new, and one retention serves every year. Newcomers leave more often in their first year: give it its own rate.',
        distinct:
          'Retention differs between years or between existing and new customers.',
        fewNew:
          'One rate serves all, but the new customers are only {{share}} of the base a year, so the simplification is fair.',
        noNewCustomers:
          'One rate serves all, but no new customers are planned: the simplification is fair.',
        noRates: 'Over a one-year horizon retention plays no part.',
      },
      retentionAtFull: {
        title: 'Retention is below 100 %',
        titleWarning: 'Retention at 100 %',
        existing:
          'Retention of existing customers after year {{year}} is 100 %: nobody ever leaves. Not even the best companies manage that, and the base is overvalued. Enter the share that really stays.',
        new: 'Retention of new customers after year {{age}} is 100 %: nobody ever leaves. Not even the best companies manage that, and the new cohorts are overvalued.',
        belowFull: 'No retention rate is 100 %.',
      },
      retentionBelowBreakEven: {
        title: 'Retention is above the break-even',
        titleWarning: 'Retention below break-even',
        noNetMargin:
          'The net margin per customer is {{net}} a year: C eats the whole margin. Retention then creates no value; the longer a customer stays, the larger the loss. Check the margin and C.',
        below:
          'To pay back an AC of {{ac}}, new customers must be retained at {{breakEven}} a year or more, and yours reach {{best}} at most. Even over an unbounded horizon such a customer brings at most {{ceiling}}.',
        never:
          'Even a customer who never leaves brings at most {{ceiling}}, less than the AC of {{ac}}. No retention pays back such an acquisition cost: check AC.',
        above:
          'Retention of new customers (up to {{best}}) is above the break-even of {{breakEven}}: acquisition can pay back.',
        anyRetention:
          "The first year's margin alone pays back AC, so acquisition pays back at any retention.",
        noAcquisitionCost:
          'AC is 0, so there is nothing to pay back: with a positive margin retention only adds value.',
        noRates: 'Over a one-year horizon retention plays no part.',
      },
      marginAsRevenue: {
        title: 'The margin is not the revenue',
        titleWarning: 'Margin equals revenue',
        fullMargin:
          'A margin of 100 % looks like revenue typed in place of the margin. Enter the share of revenue left after the cost of goods.',
        belowFull: 'The margin is below 100 %.',
      },
      horizonTooShort: {
        title: 'The horizon lets AC pay back',
        titleWarning: 'Horizon too short to pay back AC',
        extend:
          'Within {{years}} a new customer does not pay back AC: that happens only in year {{year}}. Make the horizon at least {{year}} years, or check AC.',
        never:
          'A new customer does not pay back AC even over {{years}}, the longest horizon here. Check AC and the retention of new customers.',
        unknown:
          'Within {{years}} a new customer does not pay back AC. Try a longer horizon, or check AC.',
        paysBack:
          'A new customer pays back AC in year {{year}}, within the horizon.',
        noAcquisitionCost: 'AC is 0, so there is nothing to pay back.',
      },
    },
    sensitivity: {
      heading: 'What moves the value of the base most',
      intro:
        'How the value of the base over {{years}} ({{value}}) changes when one figure moves and the others stay as they are.',
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
      result:
        'Lifting retention by {{lift}} pp adds {{gain}} to the value of the base over {{years}}. The programme pays for itself if it costs at most {{cost}} a year.',
      formula:
        '{{gain}} ÷ {{factor}} = {{cost}} a year, where {{factor}} is the sum of the factors 1/(1+d)^t for years 1…{{last}}: what 1 at the end of each year is worth today.',
      noGain:
        'With these figures a higher retention does not add to the value of the base, and the programme cannot pay for itself.',
    },
    presets: {
      heading: 'Start from an example',
      note: 'Illustrations, not benchmarks: the order of the figures in such a business, amounts in roubles. Replace them with your own.',
      telecom: 'Mobile operator',
      bank: 'Retail bank',
      saas: 'B2B SaaS',
      eshop: 'Online shop',
      salon: 'Beauty salon',
      applied:
        'The «{{name}}» example is filled in. It is an illustration: replace the figures with your own.',
    },
    math: {
      show: 'Show the math',
      heading: 'The math: {{title}}',
      close: 'Hide the math',
      rounding:
        'The terms are rounded for display; the totals are worked out unrounded and match the card.',
      net: 'Net margin per customer per year: n = R × m − C = {{revenue}} × {{margin}} − {{cost}} = {{net}}. Discount rate d = {{discount}}.',
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
        "E_T = Σ S_t × n_t / (1+d)^t: the margin of year t arrives at the end of the year; S_t is the share of today's customers still there in year t (S_1 = 1, S_(t+1) = S_t × r_t).",
      newFormula:
        'N_T = −AC + Σ U_t × n_t / (1+d)^t: the customer is won at the start of year 1 for AC; U_t is the share still there in their year t (U_1 = 1, U_(k+1) = U_k × q_k).',
      baseFormula:
        "Value of today's base = N0 × E_T: today's customers times the CLTV of one of them.",
      baseLine: 'Over {{years}}: {{customers}} × {{cltv}} =',
      portfolioFormula:
        'V_T = Σ over the years [base N0 × S_t × n_t / (1+d)^t + margin of the new cohorts (active new customers × n_t) / (1+d)^t − acquisition a_t × AC / (1+d)^(t−1)].',
      existingBase: "Today's base",
      newCohortsMargin: "New cohorts' margin",
      acquisition: 'Acquisition',
      yearTotal: "Year's total",
      cumulativePortfolio: 'V_t, total',
      portfolioLine:
        "Over {{years}}: today's base {{base}} + new cohorts {{cohorts}} =",
      ltvFormula:
        'LTV:CAC = (N_H + AC) / AC: the value of a new customer before AC over the whole horizon ({{years}}), divided by AC.',
      ltvLine: '({{cltv}} + {{ac}}) / {{ac}} =',
      ltvNone: 'AC is 0: there is nothing to divide by, so there is no ratio.',
      paybackFormula:
        "The payback year is the first year T with N_T ≥ 0: the new customer's margin, discounted to today, has covered AC.",
      paybackLine: 'N_T first reaches 0 or more',
      resultLine: '{{symbol}} over {{years}} =',
      conventions: {
        heading: 'Reconciling with textbooks',
        intro:
          'Here the margin of a year arrives at its end, so with constant n and r and an unbounded horizon CLTV tends to n/(1+d−r). Textbooks and other calculators use two more conventions. The comparison takes the net margin of year 1, n = {{net}}, and the average retention of existing customers over the horizon, r = {{retention}}.',
        convention: 'Convention',
        formula: 'Formula',
        value: 'CLTV',
        endOfFirstYear: 'First margin at the end of year 1 (this page)',
        upfront: 'First margin at once',
        afterRenewal: 'First margin only after a renewal',
        unbounded: 'unbounded',
        horizonNote:
          'The page itself gives {{value}} over {{years}}: the finite horizon and the changing retention set it apart from the limit.',
        noRetention:
          'Over a one-year horizon no retention is given, so there is nothing to compare.',
      },
    },
  },
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
  scenarios: {
    heading: 'Scenarios',
    intro:
      'Save the calculation as a scenario, change the inputs and see what changed.',
    defaultName: 'Scenario {{letter}}',
    save: 'Save as “{{name}}”',
    saveInvalid: 'Correct the marked fields to save a scenario.',
    saveFull:
      'The most scenarios there is room for are saved: delete one to save another.',
    listLabel: 'Saved scenarios',
    nameLabel: 'Scenario name',
    rename: 'Rename',
    renameLabel: 'Rename “{{name}}”',
    renameDone: 'Done',
    renameCancel: 'Cancel',
    load: 'Load',
    loadLabel: 'Load “{{name}}” into the form',
    compare: 'Compare with current',
    compareLabel: 'Compare “{{name}}” with the current calculation',
    delete: 'Delete',
    deleteLabel: 'Delete “{{name}}”',
    saved: '“{{name}}” is saved and compared with the current calculation.',
    loaded: 'The inputs of “{{name}}” are in the form.',
    deleted: '“{{name}}” is deleted.',
    comparisonHeading: '“{{name}}” and the current calculation',
    comparisonCaption:
      'The difference in money ({{currency}}) and as a percentage of the scenario.',
    stopComparing: 'Stop comparing',
    metric: 'Figure',
    current: 'Current',
    difference: 'Difference',
    differencePercent: 'Difference, %',
    noFigure: '—',
    currencyDiffers:
      '“{{name}}” is in {{saved}} and the current calculation in {{current}}: amounts in two currencies are not compared.',
    notCalculable:
      '“{{name}}” cannot be calculated: it has mistakes. Load it into the form and correct the marked fields.',
    chartSummary: 'The dashed line is “{{name}}”: {{total}} over {{years}}.',
    imageSummary: 'The dashed line is “{{name}}”:',
    csvHeading: 'Compared scenario',
    csvCurrent: 'Current calculation',
    linkIgnored:
      'The scenario to compare with could not be read from the link, so no comparison is shown.',
  },
};
