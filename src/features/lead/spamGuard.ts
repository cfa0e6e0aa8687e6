/**
 * The least time a person takes from turning to the form to sending it:
 * reading it, typing a name, a company and an address, ticking the
 * consent. Scripts that post forms take a fraction of a second.
 */
export const MIN_FILL_TIME_MS = 3_000;

export interface SubmitSignals {
  /** The hidden field's value: people never see it, bots fill it in. */
  honeypot: string;
  /**
   * When the visitor began on the form, in ms since the epoch
   * (Date.now()): their first focus or input in it. Null when there was
   * none, as for a script that submits the form by itself.
   */
  startedAt: number | null;
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
  startedAt,
  submittedAt = Date.now(),
}: SubmitSignals): boolean {
  if (honeypot !== '' || startedAt === null) return true;
  return submittedAt - startedAt < MIN_FILL_TIME_MS;
}
