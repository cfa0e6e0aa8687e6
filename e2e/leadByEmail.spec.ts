import { CalculatorPage } from './support/calculatorPage';
import { expect, test } from './support/fixtures';
import { LeadForm, type Lead } from './support/leadForm';
import {
  LEAD_APP_ORIGIN,
  LEAD_EMAIL,
  MAIL_BUILD_PATH,
} from './support/leadSetup';

/*
 * The build without VITE_LEAD_ENDPOINT (e2e/support/leadSetup.ts): the
 * page still takes the request, as an e-mail or a text to copy.
 */
test.use({
  baseURL: LEAD_APP_ORIGIN,
  permissions: ['clipboard-read', 'clipboard-write'],
});

const OLGA: Lead = {
  name: "Ольга О'Нил <script>",
  company: 'АО «Вектор»',
  email: 'olga@vector.example',
  comment: 'Нужна программа на полдня.',
};

test('without an endpoint the request is offered as an e-mail and a text to copy', async ({
  page,
  context,
}) => {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await new CalculatorPage(page).open(MAIL_BUILD_PATH);
  const form = new LeadForm(page);

  await form.fillAndAgree(OLGA);
  await form.section
    .getByRole('button', { name: 'Подготовить письмо' })
    .click();

  // A prefilled e-mail to the build's address, the text as typed.
  const mail = form.section.getByRole('region', {
    name: 'Отправьте заявку письмом',
  });
  const href = await mail
    .getByRole('link', { name: 'Открыть письмо' })
    .getAttribute('href');
  const url = new URL(href!);
  expect(url.protocol + url.pathname).toBe(`mailto:${LEAD_EMAIL}`);
  expect(url.searchParams.get('subject')).toBe(
    'Заявка на мастер-класс по CLTV: АО «Вектор»',
  );
  const body = url.searchParams.get('body')!;
  expect(body).toContain("Имя: Ольга О'Нил <script>\r\n");
  expect(body).toContain('Комментарий:\r\nНужна программа на полдня.');
  expect(body).toContain('Расчёт (RUB, горизонт 5 лет):');

  // The same text, copied.
  const text = mail.getByRole('textbox', { name: 'Текст заявки' });
  await mail.getByRole('button', { name: 'Скопировать текст заявки' }).click();
  await expect(mail.getByText('Текст заявки скопирован.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await text.inputValue());
  expect(copied.replace(/\n/g, '\r\n')).toBe(body);

  // The consent links to the privacy policy served with the page.
  const [policy] = await Promise.all([
    context.waitForEvent('page'),
    form.section
      .getByRole('link', { name: 'обработку персональных данных' })
      .click(),
  ]);
  await expect(
    policy.getByRole('heading', {
      name: 'Политика обработки персональных данных',
    }),
  ).toBeVisible();
  expect(policy.url()).toBe(`${LEAD_APP_ORIGIN}${MAIL_BUILD_PATH}privacy.html`);
  expect(posts).toEqual([]);
});
