/**
 * The least time a person takes from opening the page to sending the
 * form: reading it, typing a name, a company and an address, ticking the
 * consent. Scripts that post forms take a fraction of a second.
 */
export const MIN_FILL_TIME_MS = 3_000;

export interface SubmitSignals {
  /** The hidden field's value: people never see it, bots fill it in. */
  honeypot: string;
  /** When the form appeared, in ms since the epoch (Date.now()). */
  shownAt: number;
  /** When it was sent; now unless given. */
  submittedAt?: number;
}

/**
 * True for a submit that only a script would make. Such a submit is
 * dropped without a request, and the page answers as if it had gone, so
 * that the script learns nothing.
 */
export function isBotLike({
  honeypot,
  shownAt,
  submittedAt = Date.now(),
}: SubmitSignals): boolean {
  return honeypot !== '' || submittedAt - shownAt < MIN_FILL_TIME_MS;
}
