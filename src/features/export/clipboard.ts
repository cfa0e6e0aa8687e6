/**
 * Copies text to the clipboard; false when the browser refused. The
 * Clipboard API needs a secure context and a permission, so the older
 * copy command on a selected text field is tried when it fails.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text);
  }
}

function copyWithSelection(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  try {
    // Deprecated, but still the only fallback browsers offer.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
