/**
 * Validation messages travel through zod and react-hook-form as plain
 * strings: a translation key, optionally followed by «|» and JSON params
 * (e.g. «tooLarge|{"max":1000000000}»). The page translates them when it
 * shows them, so a message follows a language switch.
 */
export function encodeMessage(
  key: string,
  params?: Record<string, number>,
): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

export function decodeMessage(message: string): {
  key: string;
  params: Record<string, number>;
} {
  const separator = message.indexOf('|');
  if (separator === -1) return { key: message, params: {} };

  try {
    const params = JSON.parse(message.slice(separator + 1)) as Record<
      string,
      number
    >;
    return { key: message.slice(0, separator), params };
  } catch {
    return { key: message.slice(0, separator), params: {} };
  }
}
