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
      'What your customer base is worth as an asset: the sum of the CLTV ' +
      'of all customers over 3 and 5 years.',
    language: 'Language',
    skipToResults: 'Skip to results',
    footer:
      'Everything is calculated in your browser: the figures you type ' +
      'reach us only if you attach them to a masterclass request.',
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
    sectionFailed:
      'This part of the page did not load. Reload the page to see it.',
    languageUnavailable:
      'The Russian version did not load: no connection to the server. ' +
      'The page stays in English.',
    languageRetry: 'Try again',
  },
  form: {
    heading: 'Inputs',
    reset: 'Restore the defaults',
    resetDone: 'The defaults are restored.',
    undo: 'Undo',
    sections: {
      base: 'Customer base',
      economics: 'Economics of one customer',
      retention: 'Retention',
      acquisition: 'Acquiring new customers',
      discount: 'Discount rate and horizon',
    },
    existingCustomers: {
      label: 'Active customers today',
      hint:
        'How many customers bought from you in the last 12 months (N0): from ' +
        'your CRM or accounts.',
    },
    currency: {
      label: 'Currency',
      hint: 'Every amount is typed in it; nothing is converted.',
    },
    revenuePerCustomer: {
      label: 'Revenue per customer per year',
      hint:
        "A year's revenue divided by the number of active customers: from " +
        'your sales report or CRM.',
    },
    marginPercent: {
      label: 'Margin, %',
      hint:
        'The share of revenue left after the cost of goods: the gross margin ' +
        'in your management profit and loss report.',
    },
    marginIncludesCosts: {
      legend:
        "Does your finance team's margin already include service and marketing costs?",
      yes: 'Yes, it does',
      no: 'No, it does not',
      unsure: 'Not sure',
      hintYes:
        'The margin is already net of these costs: enter below only what ' +
        'it leaves out, or the costs are counted twice.',
      hintNo: 'Then enter the service and marketing costs below.',
      hintUnsure:
        'Ask your finance team: it decides whether the costs below should be subtracted.',
    },
    serviceCostPerCustomer: {
      label: 'Service and marketing cost per customer per year (C)',
      hint:
        "A year's support, retention marketing and loyalty rewards divided " +
        "by the number of active customers: from those teams' budgets.",
    },
    acquisitionCost: {
      label: 'Cost of acquiring one customer (AC)',
      hint:
        "A year's advertising, sales and first-order discounts divided by " +
        'the number of customers won that year.',
    },
    retentionExisting: {
      legend: 'Existing customers',
      single: 'One rate for every year',
      perYear: 'A rate for each year',
      percentLabel: 'Retention of existing customers, % a year',
      yearLabel: 'From year {{from}} to year {{to}}, %',
      hint:
        "The share of this year's customers who stay with you next year: in " +
        "your CRM, how many of last year's customers bought again this year.",
    },
    retentionNew: {
      legend: 'New customers',
      twoRates: 'First year and after',
      perAge: 'A rate for each year of age',
      firstYearLabel: 'Retention after the first year, %',
      laterLabel: 'Retention in later years, %',
      ageLabel: 'After year {{age}}, %',
      hint:
        'New customers usually leave more often than existing ones, above ' +
        "all in their first year: see what share of last year's newcomers " +
        'bought again.',
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
    notANumber: 'This is not a number. Write it like {{example}}',
    negative: 'The value cannot be negative.',
    notWhole: 'Enter a whole number of customers.',
    tooLarge: 'Too large: at most {{max}}.',
    tooLargeForBase:
      'Too large: at most {{max}} per customer. With the new ones over the ' +
      'horizon the base has {{customers}} customers, and its sums for a ' +
      'year are at most {{limit}}.',
    tooLargeForNew:
      'Too large: at most {{max}} per customer. The horizon plans ' +
      '{{customers}} new customers, and acquiring them all costs at most ' +
      '{{limit}}.',
    percentRange: 'Enter a percentage from 0 to 100.',
    discountRange: 'The rate must be at least 0 and below 100 %.',
    horizonRange: 'The horizon is 1 to 10 years.',
    otherCurrency:
      'Amounts are in the currency chosen above, {{currency}}: remove the ' +
      'sign of the other currency or change the currency.',
    percentInMoney:
      'This field is an amount of money, not a percentage: remove the “%”.',
    currencyInPercent:
      'This field is a percentage, not money: remove the currency sign.',
    unitInCount:
      'This is a number of customers: remove the “%” or currency sign.',
    ambiguousComma:
      'In English a point marks decimals, as in “0.04”; a comma only ' +
      'separates thousands, as in “1,000”.',
    digitGroups:
      'The digit groups look wrong. Did you mean {{meant}}? Write it like ' +
      'that, or without commas: {{meantPlain}}.',
    digitGroupsShort:
      'The digit groups look wrong. Did you mean {{meant}}? Write it like ' +
      'that.',
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
    paybackNothing: 'nothing to pay back: AC is 0',
    paybackNotPlanned: 'no new customers planned',
    paybackWouldYear: 'A new customer would pay back in year {{year}}',
    paybackWouldNever: 'A new customer would not pay back within {{years}}',
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
    ownKeptName: 'My calculation before the link',
    ownKept:
      'The link replaced your earlier calculation in the form; it is kept ' +
      'as the scenario “{{name}}”, which you can load into the form under ' +
      'Scenarios.',
    linkIgnored:
      'Some values in the link could not be read and were replaced by the defaults: {{fields}}.',
    linkUnreadable:
      'The link could not be read (it is damaged, too long or from another ' +
      'version of the calculator), so the default values are shown.',
    linkUnreadableStored:
      'The link could not be read (it is damaged, too long or from another ' +
      'version of the calculator), so the figures saved in this browser ' +
      'are shown.',
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
  },
  insights: {
    presets: {
      heading: 'Start from an example',
      note:
        'Illustrations, not benchmarks: the order of the figures in such a ' +
        'business, amounts in roubles. Replace them with your own.',
      telecom: 'Mobile operator',
      bank: 'Retail bank',
      saas: 'B2B SaaS',
      eshop: 'Online shop',
      salon: 'Beauty salon',
      applied:
        'The “{{name}}” example is filled in. It is an illustration: ' +
        'replace the figures with your own.',
      currencyReplaced:
        'Amounts in the examples are in roubles, so the currency changed from {{from}} to {{to}}.',
    },
    math: {
      show: 'Show the math',
      /** The button's name for screen readers: which card it opens. */
      showFor: 'Show the math: {{title}}',
    },
  },
  scenarios: {
    chartSummary: 'The dashed line is “{{name}}”: {{total}} over {{years}}.',
    imageSummary: 'The dashed line is “{{name}}”:',
    csvHeading: 'Compared scenario',
    csvCurrent: 'Current calculation',
    linkIgnored:
      'The scenario to compare with could not be read from the link, so no comparison is shown.',
  },
};
