import { readLeadSettings } from './leadSettings';

/**
 * The request form's settings of this build. vite.config.ts reads the
 * same variables before building and stops on a wrong one, so reading
 * them here cannot fail.
 */
export const leadSettings = readLeadSettings(import.meta.env);

/**
 * Whether this build can deliver a request at all: to the endpoint, or as
 * an e-mail. With neither, the page leaves the request form out rather
 * than take details it has nowhere to send.
 */
export const canTakeRequests =
  leadSettings.endpoint !== null || leadSettings.email !== null;
