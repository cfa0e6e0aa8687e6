import { z } from 'zod/mini';

/** Hosts a page may post to over plain http: the developer's own machine. */
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function isAllowedEndpoint(text: string): boolean {
  const url = new URL(text);
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname))
  );
}

/** Unset and empty mean the same: the owner has not set the variable. */
function optionalSetting<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.transform((value: unknown): unknown => value || undefined),
    z.optional(schema),
  );
}

const settingsSchema = z.object({
  VITE_LEAD_ENDPOINT: optionalSetting(
    z
      .url({
        abort: true,
        error: (issue) =>
          `VITE_LEAD_ENDPOINT must be a full URL such as ` +
          `https://example.com/leads, not «${String(issue.input)}»`,
      })
      .check(
        z.refine(isAllowedEndpoint, {
          error: (issue) =>
            `VITE_LEAD_ENDPOINT must use https:// (http:// only for ` +
            `localhost), not «${String(issue.input)}»`,
        }),
      ),
  ),
  VITE_LEAD_EMAIL: optionalSetting(
    z.email({
      error: (issue) =>
        `VITE_LEAD_EMAIL must be an e-mail address, not ` +
        `«${String(issue.input)}»`,
    }),
  ),
});

/** Where the request form sends what a visitor submits. */
export interface LeadSettings {
  /** The URL that receives the request as JSON; null offers e-mail. */
  endpoint: string | null;
  /** The address for requests by e-mail; null when there is none. */
  email: string | null;
}

export class LeadSettingsError extends Error {
  override name = 'LeadSettingsError';
}

/**
 * Reads the build-time settings of the request form from the environment
 * Vite builds with (import.meta.env, or loadEnv in vite.config.ts).
 * Unset or empty variables are allowed: without an endpoint the form
 * offers an e-mail instead. A value that is set but wrong throws a
 * LeadSettingsError naming the variable, so that the build stops.
 *
 * @example readLeadSettings({ VITE_LEAD_EMAIL: 'cx@example.com' })
 *   // { endpoint: null, email: 'cx@example.com' }
 */
export function readLeadSettings(env: Record<string, unknown>): LeadSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => issue.message);
    throw new LeadSettingsError(
      `The request form's build settings are wrong:\n- ${reasons.join('\n- ')}`,
    );
  }
  return {
    endpoint: parsed.data.VITE_LEAD_ENDPOINT ?? null,
    email: parsed.data.VITE_LEAD_EMAIL ?? null,
  };
}
