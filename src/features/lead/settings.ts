import { readLeadSettings } from './leadSettings';

/**
 * The request form's settings of this build. vite.config.ts reads the
 * same variables before building and stops on a wrong one, so reading
 * them here cannot fail.
 */
export const leadSettings = readLeadSettings(import.meta.env);
