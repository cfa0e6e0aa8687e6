import { z } from 'zod/mini';

import { normalisePhone } from './phone';
import {
  LEAD_LIMITS,
  MASTERCLASS_FORMATS,
  TEAM_SIZES,
  type LeadFormValues,
  type MasterclassFormat,
  type TeamSize,
} from './leadValues';

/**
 * Message keys of the schema, translated under `lead.errors` when shown,
 * so that a message follows a language switch. `tooLong` takes the
 * field's limit from LEAD_LIMITS.
 */
export const LEAD_ERRORS = [
  'nameRequired',
  'companyRequired',
  'emailRequired',
  'emailInvalid',
  'phoneInvalid',
  'tooLong',
  'consentRequired',
] as const;
export type LeadError = (typeof LEAD_ERRORS)[number];

/** The form's shape, as local storage must hold it to restore a draft. */
export const leadFormShape = z.object({
  name: z.string(),
  company: z.string(),
  role: z.string(),
  email: z.string(),
  phone: z.string(),
  teamSize: z.enum(['', ...TEAM_SIZES]),
  format: z.enum(MASTERCLASS_FORMATS),
  comment: z.string(),
  attachCalculation: z.boolean(),
  consent: z.boolean(),
  website: z.string(),
}) satisfies z.ZodMiniType<LeadFormValues>;

/** A request the visitor may send: trimmed, with absent answers as null. */
export interface LeadDetails {
  name: string;
  company: string;
  role: string | null;
  email: string;
  /** E.164, e.g. «+79991234567». */
  phone: string | null;
  teamSize: TeamSize | null;
  format: MasterclassFormat;
  comment: string | null;
  attachCalculation: boolean;
}

const tooLong = (field: keyof typeof LEAD_LIMITS) =>
  z
    .string()
    .check(z.maxLength(LEAD_LIMITS[field], 'tooLong' satisfies LeadError));

const trimmed = () => z.string().check(z.trim());

const required = (field: keyof typeof LEAD_LIMITS, message: LeadError) =>
  z.pipe(trimmed().check(z.minLength(1, message)), tooLong(field));

const optional = (field: keyof typeof LEAD_LIMITS) =>
  z.pipe(
    z.pipe(trimmed(), tooLong(field)),
    z.transform((text) => text || null),
  );

const phone = z.pipe(
  z.pipe(trimmed(), tooLong('phone')),
  z.transform((text, ctx) => {
    if (!text) return null;
    const e164 = normalisePhone(text);
    if (e164) return e164;
    ctx.issues.push({ code: 'custom', message: 'phoneInvalid', input: text });
    return z.NEVER;
  }),
);

/**
 * The request form's zod schema: checks every field and yields the
 * request's details, or one issue per bad field whose message is a
 * LeadError key. Whatever is typed stays as typed, apart from the spaces
 * around it and the phone number, which is brought to E.164.
 */
export const leadSchema = z.pipe(
  z.extend(leadFormShape, {
    name: required('name', 'nameRequired'),
    company: required('company', 'companyRequired'),
    role: optional('role'),
    email: z.pipe(
      required('email', 'emailRequired'),
      z.email('emailInvalid' satisfies LeadError),
    ),
    phone,
    teamSize: z.pipe(
      leadFormShape.shape.teamSize,
      z.transform((size) => size || null),
    ),
    comment: optional('comment'),
    consent: z
      .boolean()
      .check(
        z.refine(Boolean, { error: 'consentRequired' satisfies LeadError }),
      ),
  }),
  z.transform(
    ({ consent: _consent, website: _website, ...details }): LeadDetails =>
      details,
  ),
) satisfies z.ZodMiniType<LeadDetails, LeadFormValues>;
