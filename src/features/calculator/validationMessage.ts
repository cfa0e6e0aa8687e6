/*
 * Validation messages travel through zod and react-hook-form as plain
 * strings: a translation key, optionally followed by «|» and JSON params
 * (e.g. «tooLarge|{"max":1000000000}»). The page translates them when it
 * shows them, so a message follows a language switch.
 */

/** A message's params: figures to format, or words such as «RUB». */
export type MessageParams = Record<string, number | string>;

export function encodeMessage(key: string, params?: MessageParams): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

export function decodeMessage(message: string): {
  key: string;
  params: MessageParams;
} {
  const separator = message.indexOf('|');
  if (separator === -1) return { key: message, params: {} };

  try {
    const params = JSON.parse(message.slice(separator + 1)) as MessageParams;
    return { key: message.slice(0, separator), params };
  } catch {
    return { key: message.slice(0, separator), params: {} };
  }
}
