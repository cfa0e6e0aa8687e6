export type FormField =
  HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function isFormField(element: Element): element is FormField {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
  );
}

/**
 * What the visitor entered in a field of prerendered markup, when it
 * differs from the markup: the text, the chosen option or radio value,
 * a checkbox's state. Undefined for a field left as rendered.
 */
export function enteredValue(field: FormField): string | boolean | undefined {
  if (field instanceof HTMLSelectElement) {
    const selected = field.selectedOptions[0];
    return selected && !selected.defaultSelected ? field.value : undefined;
  }
  if (field instanceof HTMLInputElement && field.type === 'checkbox') {
    return field.checked === field.defaultChecked ? undefined : field.checked;
  }
  if (field instanceof HTMLInputElement && field.type === 'radio') {
    return field.checked && !field.defaultChecked ? field.value : undefined;
  }
  return field.value === field.defaultValue ? undefined : field.value;
}
