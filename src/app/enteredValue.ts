/*
 * Reading what a visitor entered into prerendered markup before the code
 * that handles it ran. The markup keeps what it was rendered with in the
 * attributes (value, checked, selected), which the DOM reflects as the
 * default value, default checked state and default selection; what the
 * visitor changed is in the live value, checked state and selection.
 */

type FormField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isFormField(element: Element): element is FormField {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
  );
}

/**
 * The field's value when the visitor changed it from the markup's: the
 * text, the chosen option's value, the value of a radio they chose, a
 * checkbox's state. Undefined for a field left as it was rendered, and
 * for a radio they did not choose.
 */
function enteredValue(field: FormField): string | boolean | undefined {
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

/**
 * Every field of `form` with a name whose value the visitor changed, in
 * the order of the form; none without a form.
 */
export function enteredFields(
  form: HTMLFormElement | null,
): { name: string; value: string | boolean }[] {
  if (!form) return [];
  return Array.from(form.elements).flatMap((element) => {
    if (!isFormField(element) || !element.name) return [];
    const value = enteredValue(element);
    return value === undefined ? [] : [{ name: element.name, value }];
  });
}

/** Forms of the prerendered markup that a fresh render replaced, by id. */
const replacedForms = new Map<string, HTMLFormElement>();

/**
 * Keeps each form with an id inside `container`; call it before a fresh
 * render (createRoot) replaces the container's markup. A form in a lazily
 * loaded section is rendered again only once its chunk has arrived, a
 * placeholder standing in until then, and its code reads what was entered
 * from the kept element: off the page it still holds the visitor's
 * values, choices and checks, those entered until the markup went too.
 */
export function keepReplacedForms(container: ParentNode): void {
  const forms = container.querySelectorAll<HTMLFormElement>('form[id]');
  for (const form of forms) replacedForms.set(form.id, form);
}

/**
 * The prerendered form with this id, for the first render of the code
 * that takes it over: on the page while it has not been replaced, else
 * the one keepReplacedForms kept; null for neither. Once that code's own
 * form is on the page, this finds that one.
 */
export function findPrerenderedForm(id: string): HTMLFormElement | null {
  const form = document.getElementById(id);
  if (form instanceof HTMLFormElement) return form;
  return replacedForms.get(id) ?? null;
}
