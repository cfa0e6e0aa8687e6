/**
 * The request form's id, by which its prerendered markup is found before
 * the form's code has arrived (useLeadForm).
 */
export const LEAD_FORM_ID = 'lead-form';

/** Team sizes the visitor can pick, as codes the receiver can rely on. */
export const TEAM_SIZES = [
  'upTo5',
  'from6To15',
  'from16To50',
  'over50',
] as const;
export type TeamSize = (typeof TEAM_SIZES)[number];

export const MASTERCLASS_FORMATS = ['online', 'onSite', 'notSure'] as const;
export type MasterclassFormat = (typeof MASTERCLASS_FORMATS)[number];

/**
 * What the request form holds, as typed. `website` is the honeypot: a
 * field people never see, which only bots fill in.
 */
export interface LeadFormValues {
  name: string;
  company: string;
  role: string;
  email: string;
  phone: string;
  teamSize: TeamSize | '';
  format: MasterclassFormat;
  comment: string;
  attachCalculation: boolean;
  consent: boolean;
  website: string;
}

export const EMPTY_LEAD_FORM: LeadFormValues = {
  name: '',
  company: '',
  role: '',
  email: '',
  phone: '',
  teamSize: '',
  format: 'notSure',
  comment: '',
  attachCalculation: true,
  consent: false,
  website: '',
};

/** Longest text each field takes, in UTF-16 code units (string length). */
export const LEAD_LIMITS = {
  name: 100,
  company: 150,
  role: 100,
  email: 254,
  phone: 30,
  comment: 1000,
} as const;
export type LimitedField = keyof typeof LEAD_LIMITS;
