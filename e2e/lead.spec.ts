import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

import { CalculatorPage } from './support/calculatorPage';
import { holdAppChunk, holdSectionChunks } from './support/chunks';
import { expect, test } from './support/fixtures';
import { ANNA, LeadForm, type Lead } from './support/leadForm';
import { LeadReceiver } from './support/leadReceiver';
import {
  LEAD_APP_ORIGIN,
  LEAD_EMAIL,
  LEAD_ENDPOINT,
  RECEIVER_PORT,
} from './support/leadSetup';

/*
 * The request form of the build that posts to the test receiver. The
 * receiver listens on the port that build bakes in, so these tests take
 * turns in one worker; the page's clock is installed so that a test can
 * wait out the form's minimum fill time without waiting.
 */
test.use({ baseURL: LEAD_APP_ORIGIN });
test.describe.configure({ mode: 'default' });

let receiver: LeadReceiver;

test.beforeAll(async () => {
  receiver = await LeadReceiver.start(RECEIVER_PORT, LEAD_APP_ORIGIN);
});
test.afterAll(async () => {
  await receiver.stop();
});
test.beforeEach(async ({ page }) => {
  receiver.reset();
  await page.clock.install();
  await new CalculatorPage(page).open();
});

/** Requests the page made to the receiver, preflights included. */
function receiverRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url() === LEAD_ENDPOINT) seen.push(request.method());
  });
  return seen;
}

const D_ARTAGNAN: Required<Lead> = {
  name: "Д'Артаньян <script>window.leaked = 1</script>",
  company: 'ООО «Ромашка» & Co',
  role: 'Директор по клиентскому опыту',
  email: 'dartagnan@romashka.example',
  phone: '8 (999) 123-45-67',
  teamSize: '6–15',
  format: 'Онлайн',
  comment:
    "Хотим разобрать удержание.\nИ <b>LTV:CAC</b> — на наших цифрах, l'an 2025.",
};

test('a request arrives byte for byte with the calculation, and another can follow', async ({
  page,
}) => {
  const form = new LeadForm(page);

  await form.send(D_ARTAGNAN);

  // The thank-you says what happens next.
  await expect(form.thanks).toBeVisible();
  await expect(form.section).toContainText(
    'Мы напишем вам на dartagnan@romashka.example, чтобы согласовать дату',
  );
  await expect(form.section).toContainText('Ваш расчёт пришёл вместе');

  // One POST from the page's origin, its text as typed, byte for byte:
  // UTF-8 Cyrillic, the apostrophe and «<script>» neither escaped nor cut.
  expect(receiver.posts).toHaveLength(1);
  const [post] = receiver.posts;
  expect(post!.origin).toBe(LEAD_APP_ORIGIN);
  expect(post!.contentType).toBe('application/json');
  for (const text of [D_ARTAGNAN.name, D_ARTAGNAN.company]) {
    expect(post!.body.includes(Buffer.from(`"${text}"`, 'utf8'))).toBe(true);
  }
  const sent = JSON.parse(post!.body.toString('utf8'));
  expect(sent).toMatchObject({
    version: 1,
    language: 'ru',
    name: D_ARTAGNAN.name,
    company: D_ARTAGNAN.company,
    role: D_ARTAGNAN.role,
    email: D_ARTAGNAN.email,
    phone: '+79991234567',
    teamSize: 'from6To15',
    format: 'online',
    comment: D_ARTAGNAN.comment,
    consent: true,
  });

  // The calculation on the page: the worked example's inputs and the
  // README's V_3 and V_5.
  expect(sent.calculation.currency).toBe('RUB');
  expect(sent.calculation.inputs).toMatchObject({
    horizonYears: 5,
    existingCustomers: 1000,
    acquisitionCost: 25_000,
    discountRate: 0.2,
    retentionExisting: [0.8, 0.82, 0.84, 0.85],
  });
  const [threeYears, fiveYears] = sent.calculation.results.byHorizon;
  expect(threeYears.portfolioValue).toBeCloseTo(73_694_444.44, 2);
  expect(fiveYears.portfolioValue).toBeCloseTo(101_435_679.01, 2);
  expect(sent.calculation.results.paybackYear).toBe(1);
  expect(receiver.leads.size).toBe(1);

  // The script in the name never ran.
  expect(await page.evaluate(() => 'leaked' in window)).toBe(false);

  // Another request: the form comes back as it was, and goes as a new one.
  await page.getByRole('button', { name: 'Отправить ещё одну заявку' }).click();
  await expect(form.textbox('Имя')).toHaveValue(D_ARTAGNAN.name);
  await form.attachCalculation.uncheck();
  await form.submitButton.click();
  await expect(form.thanks).toBeVisible();
  expect(receiver.leads.size).toBe(2);
  const second = [...receiver.leads.values()][1]!;
  expect(second.requestId).not.toBe(sent.requestId);
  expect(second.calculation).toBeNull();

  // A delivered request leaves no draft behind.
  await page.reload();
  await expect(form.textbox('Имя')).toHaveValue('');
});

test.describe('when the receiver fails', () => {
  test.use({
    allowedConsoleErrors: [
      // Chromium's own line for the 500 the receiver is told to answer.
      /Failed to load resource: the server responded with a status of 500 \(.*\)/,
    ],
  });

  test('an HTTP 500 keeps every field, and a retry delivers one lead', async ({
    page,
  }) => {
    const form = new LeadForm(page);
    receiver.answerNext('fail');

    await form.send(D_ARTAGNAN);

    // The page says what happened; nothing typed is lost.
    await expect(form.failure).toContainText(
      'Сервер ответил ошибкой 500. Заявка не отправлена, но всё, что вы ' +
        'ввели, сохранено.',
    );
    await expect(form.textbox('Имя')).toHaveValue(D_ARTAGNAN.name);
    await expect(form.textbox('Комментарий')).toHaveValue(D_ARTAGNAN.comment!);
    await expect(form.consent).toBeChecked();
    await expect(
      form.failure.getByRole('link', { name: LEAD_EMAIL }),
    ).toHaveAttribute('href', /^mailto:masterclass@cltv\.example\?subject=/);

    await form.failure
      .getByRole('button', { name: 'Отправить ещё раз' })
      .click();

    await expect(form.thanks).toBeVisible();
    expect(receiver.posts).toHaveLength(2);
    const [first, retry] = receiver.posts.map((post) =>
      JSON.parse(post.body.toString('utf8')),
    );
    expect(retry.requestId).toBe(first.requestId);
    expect(receiver.leads.size).toBe(1);
  });
});

test.describe('when the connection drops', () => {
  test.use({
    allowedConsoleErrors: [
      // Chromium's own line for the connection the receiver closes.
      /Failed to load resource: net::ERR_EMPTY_RESPONSE/,
    ],
  });

  test('the request is offered again on the next visit and arrives once', async ({
    page,
  }) => {
    const form = new LeadForm(page);
    // The receiver keeps the lead but its answer never reaches the page.
    receiver.answerNext('drop');

    await form.send(D_ARTAGNAN);
    await expect(form.failure).toContainText('Не удалось связаться с сервером');

    // The next visit: the draft is back and the request is offered again.
    await page.reload();
    const notice = form.section.getByRole('status').filter({
      hasText: 'в прошлый раз не была отправлена',
    });
    await expect(notice).toContainText(
      `Заявка от имени ${D_ARTAGNAN.name} (${D_ARTAGNAN.email})`,
    );
    await expect(form.textbox('Компания')).toHaveValue(D_ARTAGNAN.company);
    await notice.getByRole('button', { name: 'Отправить её сейчас' }).click();

    // Sent again with the same id: a repeat the receiver drops.
    await expect(form.thanks).toBeVisible();
    expect(receiver.posts).toHaveLength(2);
    const ids = receiver.posts.map(
      (post) => JSON.parse(post.body.toString('utf8')).requestId,
    );
    expect(ids[1]).toBe(ids[0]);
    expect(receiver.leads.size).toBe(1);

    // Delivered: nothing is offered on the visit after.
    await page.reload();
    await expect(notice).toHaveCount(0);
  });
});

test.describe('when the visitor is offline', () => {
  test.use({
    allowedConsoleErrors: [
      // Chromium's own line for the request it could not make.
      /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/,
    ],
  });

  test('the send fails plainly, keeps the data, and goes once back online', async ({
    page,
    context,
  }) => {
    const form = new LeadForm(page);
    // The form's own code arrives while online; then it is filled in.
    await form.waitForItsCode();
    await form.fillAndAgree(D_ARTAGNAN);
    await form.takeTimeToFill();
    await context.setOffline(true);

    await form.submitButton.click();

    await expect(form.failure).toContainText(
      'Не удалось связаться с сервером: похоже, пропало соединение с интернетом.',
    );
    await expect(form.textbox('Имя')).toHaveValue(D_ARTAGNAN.name);
    expect(receiver.posts).toHaveLength(0);

    await context.setOffline(false);
    await form.failure
      .getByRole('button', { name: 'Отправить ещё раз' })
      .click();

    await expect(form.thanks).toBeVisible();
    expect(receiver.leads.size).toBe(1);
  });
});

test('a double click sends one request, the button disabled meanwhile', async ({
  page,
}) => {
  const form = new LeadForm(page);
  const requests = receiverRequests(page);
  receiver.answerNext('hold');
  await form.fillAndAgree(ANNA);
  await form.takeTimeToFill();

  // Both clicks land within one task, before React can disable the
  // button: harsher than a mouse's double click, whose second click finds
  // the button already disabled.
  await form.submitButton.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });

  // The receiver holds its answer: the request stays on its way.
  await expect.poll(() => receiver.posts.length).toBe(1);
  const sending = form.section.getByRole('button', { name: 'Отправляем…' });
  await expect(sending).toBeDisabled();
  receiver.release();

  await expect(form.thanks).toBeVisible();
  expect(receiver.posts).toHaveLength(1);
  expect(requests.filter((method) => method === 'POST')).toHaveLength(1);
});

test('a send that times out can be retried as the same request', async ({
  page,
}) => {
  const form = new LeadForm(page);
  receiver.answerNext('hold');
  await form.send(ANNA);
  // Wait until the request is with the receiver, which holds its answer.
  await expect.poll(() => receiver.posts.length).toBe(1);

  // Past the page's 15-second limit on its clock.
  await page.clock.fastForward(16_000);

  await expect(form.failure).toContainText('Сервер не ответил за 15 секунд.');
  receiver.release();
  await form.failure.getByRole('button', { name: 'Отправить ещё раз' }).click();
  await expect(form.thanks).toBeVisible();
  expect(receiver.posts).toHaveLength(2);
  expect(receiver.leads.size).toBe(1);
});

/**
 * Checks that the form holds every field of `lead` as typed, the
 * calculation left out and the consent given.
 */
async function expectHeld(form: LeadForm, lead: Required<Lead>) {
  const texts = [
    ['Имя', lead.name],
    ['Компания', lead.company],
    ['Должность', lead.role],
    ['Рабочая почта', lead.email],
    ['Телефон', lead.phone],
    ['Комментарий', lead.comment],
  ] as const;
  for (const [label, text] of texts) {
    await expect(form.textbox(label)).toHaveValue(text);
  }
  await expect(
    form.teamSize.getByRole('option', { selected: true }),
  ).toHaveText(lead.teamSize);
  await expect(form.format(lead.format)).toBeChecked();
  await expect(form.attachCalculation).not.toBeChecked();
  await expect(form.consent).toBeChecked();
}

test('a reload restores the draft, every field as typed, ready to send', async ({
  page,
}) => {
  const form = new LeadForm(page);
  // The draft is stored by the form's code: what is typed before it has
  // arrived is lost to a reload made before then (enteredBeforeHydration.ts).
  await form.waitForItsCode();
  await form.fill({ ...D_ARTAGNAN, format: 'Очно, у вас в компании' });
  await form.attachCalculation.uncheck();
  await form.consent.check();

  await page.reload();

  await expectHeld(form, { ...D_ARTAGNAN, format: 'Очно, у вас в компании' });

  // Typed on the earlier visit: sending it at once is no bot's hurry.
  await form.submitButton.click();
  await expect(form.thanks).toBeVisible();
  expect(receiver.posts).toHaveLength(1);
});

/**
 * Checks that the receiver got one request, D_ARTAGNAN as entered in the
 * form with the calculation left out: its texts byte for byte (UTF-8, as
 * JSON writes them), its choices as the codes the form sends.
 */
function expectDArtagnanDelivered() {
  expect(receiver.posts).toHaveLength(1);
  const { body } = receiver.posts[0]!;
  const { name, company, role, email, comment } = D_ARTAGNAN;
  for (const text of [name, company, role, comment]) {
    expect(body.includes(Buffer.from(JSON.stringify(text), 'utf8'))).toBe(true);
  }
  expect(JSON.parse(body.toString('utf8'))).toMatchObject({
    name,
    company,
    role,
    email,
    comment,
    phone: '+79991234567',
    teamSize: 'from6To15',
    format: 'online',
    consent: true,
    calculation: null,
  });
}

/**
 * Opens the page again, the form's code held back until the returned
 * release() is called, as on a slow network.
 */
async function openWithFormCodeHeld(page: Page) {
  const release = await holdSectionChunks(page);
  await new CalculatorPage(page).open();
  return release;
}

test('a send pressed before the form’s code arrives neither reloads nor is lost', async ({
  page,
}) => {
  const form = new LeadForm(page);
  const release = await openWithFormCodeHeld(page);
  const address = page.url();

  // Pressed on the prerendered form: no native submit puts the fields in
  // the address and reloads the page.
  await form.textbox('Имя').fill('Анна');
  await form.submitButton.click();
  expect(page.url()).toBe(address);
  await expect(form.textbox('Имя')).toHaveValue('Анна');

  // Once the code is there, the send is made: the form says what is
  // missing, the name kept.
  release();
  await expect(form.textbox('Компания')).toBeFocused();
  await expect(form.textbox('Имя')).toHaveValue('Анна');
  expect(page.url()).toBe(address);
  expect(receiver.posts).toHaveLength(0);
});

test('what is entered before the form’s code arrives is kept, counted, stored and sent', async ({
  page,
}) => {
  const form = new LeadForm(page);
  const release = await openWithFormCodeHeld(page);

  // Entered into the prerendered form while its code is held back: a
  // format other than the default, the calculation left out, the consent.
  await form.fill(D_ARTAGNAN);
  await form.attachCalculation.uncheck();
  await form.consent.check();

  // Once the code is there, the count follows the comment as entered,
  // which tells that the form has taken it over; every field is kept.
  release();
  await expect(form.section).toContainText(
    `${D_ARTAGNAN.comment.length} из 1000 знаков`,
  );
  await expectHeld(form, D_ARTAGNAN);

  // Kept as the draft: a reload brings every field back.
  await page.reload();
  await expectHeld(form, D_ARTAGNAN);

  // Sent, it arrives as entered, byte for byte, without the calculation.
  await form.submitButton.click();
  await expect(form.thanks).toBeVisible();
  expectDArtagnanDelivered();
});

test('a visitor who began before the form’s code arrived keeps that start', async ({
  page,
}) => {
  const form = new LeadForm(page);
  const release = await openWithFormCodeHeld(page);

  // Filled in on the prerendered form, taking a person's time, and sent.
  await form.fillAndAgree(ANNA);
  await form.takeTimeToFill();
  await form.submitButton.click();

  // The send is made the moment the code is there, and goes: the fill
  // time counts from the first entry, not from the form's code arriving.
  release();
  await expect(form.thanks).toBeVisible();
  expect(receiver.leads.size).toBe(1);
  expect([...receiver.leads.values()][0]).toMatchObject({
    name: ANNA.name,
    email: ANNA.email,
    format: 'notSure',
  });
});

test('entered in both forms before the page’s code runs, nothing is lost', async ({
  page,
  context,
}) => {
  const calculator = new CalculatorPage(page);
  const form = new LeadForm(page);
  const customers = calculator.field('Активных клиентов сейчас');
  const release = await holdAppChunk(page);
  await page.goto('/');

  // On the bare HTML: a figure typed into the calculator, which makes the
  // page render afresh, replacing the request form's markup; then the
  // request form filled in, a format chosen, the calculation left out,
  // the consent given, taking a person's time.
  await customers.fill('2000');
  await form.fill(D_ARTAGNAN);
  await form.attachCalculation.uncheck();
  await form.consent.check();
  await form.takeTimeToFill();

  // The code arrives: the figures follow the typed customers, and the
  // request form, once its chunk is there, holds every field, its
  // comment counted.
  release();
  await expect(calculator.cardValue('base-value', 3)).toContainText('127');
  await expect(customers).toHaveValue('2000');
  await expect(form.section).toContainText(
    `${D_ARTAGNAN.comment.length} из 1000 знаков`,
  );
  await expectHeld(form, D_ARTAGNAN);

  // Stored as the draft: another tab of the visitor opens on every field.
  const other = await context.newPage();
  await new CalculatorPage(other).open();
  await expectHeld(new LeadForm(other), D_ARTAGNAN);
  await other.close();

  // Sent at once, it goes: the fill time counts from the first entry,
  // before the page was rendered again, and it arrives byte for byte.
  await form.submitButton.click();
  await expect(form.thanks).toBeVisible();
  expectDArtagnanDelivered();
});

test('every invalid field shows its message, in the page language', async ({
  page,
}) => {
  const form = new LeadForm(page);
  const requests = receiverRequests(page);

  // An empty form: each required field says what it needs.
  await form.submitButton.click();
  await expect(form.textbox('Имя')).toBeFocused();
  await expect(form.textbox('Имя')).toHaveAccessibleDescription(
    'Укажите, как к вам обращаться.',
  );
  await expect(form.textbox('Компания')).toHaveAccessibleDescription(
    'Укажите компанию.',
  );
  await expect(form.textbox('Рабочая почта')).toHaveAccessibleDescription(
    'Укажите рабочую почту.',
  );
  await expect(form.consent).toHaveAccessibleDescription(
    'Без согласия на обработку данных мы не сможем ответить на заявку.',
  );

  // Wrong answers in the other fields.
  await form.fill({ ...ANNA, email: 'anna@', phone: '8 999 123-45' });
  await form.textbox('Комментарий').fill('Д'.repeat(1001));
  await form.submitButton.click();
  await expect(form.textbox('Рабочая почта')).toHaveAccessibleDescription(
    'Проверьте адрес почты: например, anna@company.ru.',
  );
  await expect(form.textbox('Телефон')).toHaveAccessibleDescription(
    /^Не похоже на номер телефона:/,
  );
  await expect(form.textbox('Комментарий')).toHaveAccessibleDescription(
    /^Слишком длинно: не больше 1000 знаков\./,
  );
  await expect(form.textbox('Имя')).not.toHaveAttribute('aria-invalid');
  await expect(form.section.getByRole('alert')).toHaveCount(4);
  const axe = await new AxeBuilder({ page }).include('#masterclass').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // The messages follow a switch to English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Work email', exact: true }),
  ).toHaveAccessibleDescription('Check the address, e.g. anna@company.com.');
  expect(requests).toEqual([]);
});

test('bot-like submits are answered as sent, with no request', async ({
  page,
}) => {
  const form = new LeadForm(page);
  const requests = receiverRequests(page);

  // The page has been open for a minute, the form's code long there:
  // the fill time counts from the first entry in the form, not from the
  // page or the form appearing.
  await form.waitForItsCode();
  await page.clock.fastForward(60_000);

  // Filled in and sent at once: faster than a person types.
  await form.fillAndAgree(ANNA);
  await form.submitButton.click();
  await expect(form.thanks).toBeVisible();

  // A filled honeypot, however long it took.
  await page.getByRole('button', { name: 'Отправить ещё одну заявку' }).click();
  await form.honeypot.fill('https://spam.example');
  await form.takeTimeToFill();
  await form.submitButton.click();
  await expect(form.thanks).toBeVisible();

  expect(requests).toEqual([]);
  expect(receiver.posts).toHaveLength(0);
  expect(receiver.preflights).toBe(0);
});

test('the prerendered page holds the form before any script runs', async ({
  browser,
}) => {
  const context = await browser.newContext({
    baseURL: LEAD_APP_ORIGIN,
    javaScriptEnabled: false,
  });
  const page = await context.newPage();

  await page.goto('/');

  const form = new LeadForm(page);
  await expect(form.textbox('Имя')).toBeVisible();
  await expect(form.attachCalculation).toBeChecked();
  await expect(
    form.section.getByRole('link', { name: 'обработку персональных данных' }),
  ).toHaveAttribute('href', 'privacy.html');
  await context.close();
});

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 300; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

test('the whole visit works from the keyboard and talks to no other host', async ({
  page,
}) => {
  const calculator = new CalculatorPage(page);
  const form = new LeadForm(page);
  const foreign: string[] = [];
  const allowed = [LEAD_APP_ORIGIN, new URL(LEAD_ENDPOINT).origin];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const isLocal = url.protocol === 'data:' || url.protocol === 'blob:';
    if (!isLocal && !allowed.includes(url.origin)) foreign.push(url.href);
  });

  // Fill in the calculator and read the new figure.
  await tabTo(page, calculator.field('Активных клиентов сейчас'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2000');
  await expect(calculator.cardValue('base-value', 3)).toContainText('127');

  // Export the table.
  await tabTo(page, page.getByRole('button', { name: 'Таблица в CSV' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  // Fill in and send a request.
  for (const [label, text] of [
    ['Имя', ANNA.name],
    ['Компания', ANNA.company],
    ['Рабочая почта', ANNA.email],
  ] as const) {
    await tabTo(page, form.textbox(label));
    await page.keyboard.type(text);
  }
  await tabTo(page, form.consent);
  await page.keyboard.press('Space');
  await form.takeTimeToFill();
  await tabTo(page, form.submitButton);
  await page.keyboard.press('Enter');

  await expect(form.thanks).toBeVisible();
  expect(receiver.leads.size).toBe(1);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(foreign).toEqual([]);
});
