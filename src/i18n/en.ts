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
      acquisition: 'New customers',
      discount: 'Discount rate and horizon',
    },
    existingCustomers: {
      label: 'Active customers today',
      hint: 'How many customers buy from you today (N0).',
    },
    currency: { label: 'Currency' },
    revenuePerCustomer: {
      label: 'Revenue per customer per year',
      hint: 'Average annual revenue from one active customer.',
    },
    marginPercent: {
      label: 'Margin, %',
      hint: 'The share of revenue left after the cost of goods.',
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
      hint: 'Support, retention marketing, loyalty rewards: per active customer.',
    },
    acquisitionCost: {
      label: 'Cost of acquiring one customer (AC)',
      hint: 'Advertising, sales, first-order discounts: per new customer.',
    },
    retentionExisting: {
      legend: 'Existing customers',
      single: 'One rate for every year',
      perYear: 'A rate for each year',
      percentLabel: 'Retention of existing customers, % a year',
      yearLabel: 'From year {{from}} to year {{to}}, %',
      hint: "The share of this year's customers who stay with you next year.",
    },
    retentionNew: {
      legend: 'New customers',
      twoRates: 'First year and after',
      perAge: 'A rate for each year of age',
      firstYearLabel: 'Retention after the first year, %',
      laterLabel: 'Retention in later years, %',
      ageLabel: 'After year {{age}}, %',
      hint: 'New customers usually leave more often than existing ones, above all in their first year.',
    },
    newCustomers: {
      legend: 'Acquisition plan',
      single: 'The same every year',
      perYear: 'Year by year',
      perYearLabel: 'New customers a year',
      yearLabel: 'Year {{year}}',
    },
    discountRatePercent: {
      label: 'Discount rate, % a year',
      hint: "The company's cost of capital; ask your finance team (often 12–25 %).",
    },
    horizonYears: {
      label: 'Horizon',
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
