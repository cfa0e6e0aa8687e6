import type { Locator, Page } from '@playwright/test';

import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { ANNA, LeadForm } from './support/leadForm';
import { LEAD_APP_ORIGIN, MAIL_BUILD_PATH } from './support/leadSetup';
import { expect, test } from './support/fixtures';

/** What a visitor may type or paste into any figure of the form. */
const CASES: { text: string; outcome: 'message' | 'message or figure' }[] = [
  { text: '', outcome: 'message' },
  { text: '   ', outcome: 'message' },
  { text: 'abc', outcome: 'message' },
  { text: '-', outcome: 'message' },
  { text: ',', outcome: 'message' },
  { text: '1e9999', outcome: 'message' },
  { text: '12,5,6', outcome: 'message' },
  { text: '😀', outcome: 'message' },
  { text: '9'.repeat(1000), outcome: 'message' },
  { text: '-5', outcome: 'message' },
  { text: '1 234 567,89', outcome: 'message or figure' },
  { text: '1,234,567.89', outcome: 'message or figure' },
];

const DEFAULT_PORTFOLIO = ruMoney('101 435 679 ₽');

async function textFields(page: Page): Promise<Locator[]> {
  return page.locator('form.calculator-form input[type="text"]').all();
}

/** The message shown for a field, read through its aria-describedby. */
async function messageOf(page: Page, field: Locator): Promise<string | null> {
  if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
  return errorId ? page.locator(`[id="${errorId}"]`).innerText() : null;
}

for (const { text, outcome } of CASES) {
  const name =
    text.length > 20 ? `${text.slice(0, 12)}… (${text.length})` : text;

  test(`every figure of the form takes «${name}» without breaking`, async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const fields = await textFields(page);
    expect(fields.length).toBeGreaterThanOrEqual(15);

    for (const field of fields) {
      const original = await field.inputValue();

      await field.fill(text);
      const message = await messageOf(page, field);

      if (outcome === 'message')
        expect(message, `message for «${name}»`).toBeTruthy();
      if (message) expect(message).not.toMatch(/NaN|Infinity|undefined/);
      await expect(page.locator('#results')).not.toContainText(/NaN|Infinity/);

      // Putting the figure back must bring the page back to the defaults.
      await field.fill(original);
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    }

    await expect(calculator.cardValue('portfolio-value', 5)).toHaveText(
      DEFAULT_PORTFOLIO,
    );
  });
}

test('the CX programme lift takes every bad text and says what to fix', async ({
  page,
}) => {
  const calculator = new CalculatorPage(page);
  await calculator.open();
  const lift = page.getByLabel('Программа поднимает удержание на, п.п.');
  const result = page.getByTestId('programme-result');

  for (const { text, outcome } of CASES) {
    await lift.fill(text);

    if (outcome === 'message') {
      await expect(lift).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(result).not.toContainText(/NaN|Infinity|undefined/);
  }

  // Back to a sane lift, the break-even is worked out again.
  await lift.fill('2');
  await expect(result).toContainText(
    /Программа окупается, если стоит не больше/,
  );
});

test('corrupt local storage opens the defaults with a notice', async ({
  page,
}) => {
  const calculator = new CalculatorPage(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(
        'cltv:form:v1',
        '{"language":"ru","values":{"currency":7',
      );
      sessionStorage.setItem('seeded', 'yes');
    }
  });

  await calculator.open();

  await expect(
    page.getByText(/Сохранённые данные формы повреждены/),
  ).toBeVisible();
  await expect(calculator.cardValue('portfolio-value', 5)).toHaveText(
    DEFAULT_PORTFOLIO,
  );
  // The page keeps working: a change is calculated and saved afresh.
  await calculator.fill('Активных клиентов сейчас', '2 000');
  await page.reload();
  await expect(calculator.field('Активных клиентов сейчас')).toHaveValue(
    '2 000',
  );
});

test('an unknown stored language falls back to Russian', async ({ page }) => {
  const calculator = new CalculatorPage(page);
  await page.addInitScript(() =>
    localStorage.setItem('cltv:language', 'klingon'),
  );

  await calculator.open();

  await expect(
    page.getByRole('heading', { name: 'Калькулятор CLTV' }),
  ).toBeVisible();
  await expect(calculator.cardValue('portfolio-value', 5)).toHaveText(
    DEFAULT_PORTFOLIO,
  );
});

test.describe('the request form', () => {
  // The default build has nowhere to send requests and leaves the form out;
  // the e-mail build has it.
  test.use({ baseURL: LEAD_APP_ORIGIN });
  const FIELDS = [
    'Имя',
    'Компания',
    'Должность',
    'Рабочая почта',
    'Телефон',
    'Комментарий',
  ];

  test('every text field takes every bad text, keeps it as typed, and explains', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const lead = new LeadForm(page);
    await calculator.open(MAIL_BUILD_PATH);
    // Submitting asks the schema about every field at once.
    await lead.consent.check();

    for (const { text } of CASES) {
      for (const field of FIELDS) await lead.textbox(field).fill(text);
      // Without an endpoint (this build) the form prepares an e-mail.
      await lead.section
        .getByRole('button', { name: 'Подготовить письмо' })
        .click();

      for (const field of FIELDS) {
        const box = lead.textbox(field);
        // Long pastes are cut at the field's limit; nothing else changes.
        expect(text.startsWith(await box.inputValue())).toBe(true);
      }
      await expect(lead.textbox('Рабочая почта')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await expect(lead.section).not.toContainText(/NaN|Infinity|undefined/);
    }

    // The form still works: a proper request passes its own checks.
    await lead.fill(ANNA);
    await lead.textbox('Должность').fill('');
    await lead.textbox('Телефон').fill('+7 (999) 123-45-67');
    await lead.textbox('Комментарий').fill('');
    await expect(lead.textbox('Телефон')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});
