import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

import { defaultFormValues } from '../src/features/calculator/formValues';
import { encodeShareHash } from '../src/features/export/shareLink';
import { formatMoney } from '../src/format/format';
import { computeCltv } from '../src/model/cltv';
import { workedExampleInput } from '../src/model/workedExample';
import { downloadFrom, freshPage } from './support/browser';
import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { expect, test } from './support/fixtures';

/** The scenarios panel and what a visitor does in it. */
class ScenariosPanel {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Сценарии' });
  }

  get items(): Locator {
    return this.page
      .getByRole('list', { name: 'Сохранённые сценарии' })
      .getByRole('listitem');
  }

  get comparison(): Locator {
    return this.page.getByRole('table', { name: /^«.*» и текущий расчёт/ });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async save(name: string) {
    await this.button(`Сохранить как «${name}»`).click();
    await expect(this.panel.getByRole('status')).toHaveText(
      `«${name}» сохранён и сравнивается с текущим расчётом.`,
    );
  }

  /** The comparison's row for a figure: «Ценность текущей базы, 5 лет». */
  row(label: string): Locator {
    return this.comparison.getByRole('row', { name: new RegExp(`^${label}`) });
  }

  /** Saved, current, difference, difference in percent, as shown. */
  async rowCells(label: string): Promise<string[]> {
    return this.row(label).getByRole('cell').allTextContents();
  }
}

/** Existing retention as one rate for every year. */
async function setRetention(calculator: CalculatorPage, percent: string) {
  await calculator.choose('Одна ставка на все годы').check();
  await calculator.fill('Удержание текущих клиентов, % в год', percent);
}

/** The page with the defaults saved as A and retention raised to 90 %. */
async function openWithScenarioA(page: Page) {
  const calculator = new CalculatorPage(page);
  const scenarios = new ScenariosPanel(page);
  await calculator.open();
  await scenarios.save('Сценарий A');
  await setRetention(calculator, '90');
  return { calculator, scenarios };
}

/** A colleague's share link: the defaults with a 30 % margin. */
const COLLEAGUE_LINK = `/${encodeShareHash(
  { ...defaultFormValues('ru'), marginPercent: '30' },
  'ru',
)}`;

/** The dots of the compared scenario's line on the chart. */
function comparedDots(calculator: CalculatorPage): Locator {
  return calculator.chart.locator('.recharts-line-dot');
}

/** Intl's Russian groups use no-break spaces; compare with plain ones. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

test.describe('scenarios', () => {
  test('a visitor saves scenario A, raises retention and reads the difference', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const scenarios = new ScenariosPanel(page);
    await calculator.open();
    await expect(comparedDots(calculator)).toHaveCount(0);

    // Save the defaults (the worked example) as A: nothing differs yet.
    const total5 = 'База вместе с новыми клиентами, 5 лет';
    await scenarios.save('Сценарий A');
    await expect(scenarios.items).toHaveCount(1);
    expect((await scenarios.rowCells(total5)).map(plain)).toEqual([
      '101 435 679 ₽',
      '101 435 679 ₽',
      '0 ₽',
      '0,00 %',
    ]);

    // Raise the retention of today's base to 90 % a year.
    await setRetention(calculator, '90');

    // By hand: E_5 = 36 000 × (1/1.2 + 0.9/1.44 + 0.81/1.728 + 0.729/2.0736
    // + 0.6561/2.48832) = 91 523.44 against 80 009.72, so the base gains
    // 1000 × 11 513.72 over 5 years, 11.35 % of A's 101 435 679; the new
    // cohorts do not change. The engine agrees.
    const saved = computeCltv(workedExampleInput);
    const raised = computeCltv({
      ...workedExampleInput,
      retentionExisting: [0.9, 0.9, 0.9, 0.9],
    });
    const gain = raised.portfolioValue[4]! - saved.portfolioValue[4]!;
    expect(gain).toBeCloseTo(11_513_715.28, 2);
    // The table follows the form as it is typed.
    await expect(scenarios.row(total5).getByRole('cell').nth(2)).toHaveText(
      ruMoney('+11 513 715 ₽'),
    );
    expect((await scenarios.rowCells(total5)).map(plain)).toEqual([
      plain(formatMoney(saved.portfolioValue[4]!, 'RUB', 'ru')),
      plain(formatMoney(raised.portfolioValue[4]!, 'RUB', 'ru')),
      '+11 513 715 ₽',
      '+11,35 %',
    ]);
    const cltvNew3 = 'CLTV одного нового клиента, 3 года';
    expect(plain((await scenarios.rowCells(cltvNew3))[2]!)).toBe('0 ₽');

    // The chart draws A as a line with a dot a year over the current bars.
    await expect(comparedDots(calculator)).toHaveCount(5);
    await expect(
      calculator.chart.locator('.recharts-legend-wrapper'),
    ).toContainText('Сценарий A');
    await expect(page.locator('#chart-summary')).toContainText(
      'Пунктирная линия — «Сценарий A»: за 5 лет',
    );

    // The panel, the comparison and the chart pass an accessibility check.
    const { violations } = await new AxeBuilder({ page })
      .include('#results')
      .analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);

    // Stop comparing: the table and the line go, A stays saved.
    await scenarios.button('Не сравнивать').click();
    await expect(scenarios.comparison).toHaveCount(0);
    await expect(comparedDots(calculator)).toHaveCount(0);
    await expect(scenarios.items).toHaveCount(1);

    // Printed, the panel stays with its saved scenario (an empty one goes).
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Сценарии' })).toBeVisible();
    await expect(scenarios.items).toHaveCount(1);
  });

  test('a scenario in another currency is not drawn on the chart', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const scenarios = new ScenariosPanel(page);
    await calculator.open();
    await scenarios.save('Сценарий A');
    await expect(comparedDots(calculator)).toHaveCount(5);

    // The same figures in dollars: A's roubles have no place on this axis.
    await page.getByLabel('Валюта', { exact: true }).selectOption('USD');

    await expect(
      page.getByText(/суммы в разных валютах не сравниваются/),
    ).toBeVisible();
    await expect(comparedDots(calculator)).toHaveCount(0);
    await expect(
      calculator.chart.locator('.recharts-legend-wrapper'),
    ).not.toContainText('Сценарий A');
    await expect(page.locator('#chart-summary')).not.toContainText(
      'Пунктирная линия',
    );

    // Back in roubles, the line is drawn again.
    await page.getByLabel('Валюта', { exact: true }).selectOption('RUB');
    await expect(comparedDots(calculator)).toHaveCount(5);
  });

  test('a saved scenario keeps its per-year rates while the form changes', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const scenarios = new ScenariosPanel(page);
    await calculator.open();
    const total5 = 'База вместе с новыми клиентами, 5 лет';
    await scenarios.save('Сценарий A');

    // A per-year rate changes after saving; comparing anew reads A again.
    await calculator.fill('Из года 1 в год 2, %', '95');
    await scenarios.button('Не сравнивать').click();
    await scenarios.button('Сравнить «Сценарий A» с текущим расчётом').click();

    // The comparison follows a render behind the buttons: wait for its row.
    await expect(scenarios.row(total5)).toBeVisible();
    const [saved, current] = (await scenarios.rowCells(total5)).map(plain);
    expect(saved).toBe('101 435 679 ₽');
    expect(current).not.toBe(saved);
    // So does the link that carries it.
    await expect(page).toHaveURL(/&s\.rey=80(%2C|,)82/);
  });

  test('scenarios are renamed, deleted and kept over a reload', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const scenarios = new ScenariosPanel(page);
    await calculator.open();

    // A holds the defaults, B a margin of 30 %; B is compared, being newest.
    await scenarios.save('Сценарий A');
    // The bare address, with the form never changed, still shows A: the
    // page is drawn afresh rather than hydrated from the prerendered one.
    await calculator.open('/');
    await expect(scenarios.items).toHaveText([/^Сценарий A/]);
    await calculator.fill('Маржинальность, %', '30');
    await scenarios.save('Сценарий B');
    await expect(scenarios.items).toHaveText([/^Сценарий A/, /^Сценарий B/]);
    await expect(
      scenarios.button('Сравнить «Сценарий B» с текущим расчётом'),
    ).toHaveAttribute('aria-pressed', 'true');

    // No scenario is saved from inputs with a mistake, and the page says why.
    await calculator.fill('Маржинальность, %', '3x');
    const saveC = scenarios.button('Сохранить как «Сценарий C»');
    await expect(saveC).toBeDisabled();
    await expect(saveC).toHaveAccessibleDescription(
      'Исправьте отмеченные поля, чтобы сохранить сценарий.',
    );
    await calculator.fill('Маржинальность, %', '35');
    await expect(saveC).toBeEnabled();

    // Rename A in place; Escape first leaves the name as it was.
    await scenarios.button('Переименовать «Сценарий A»').click();
    const name = page.getByRole('textbox', { name: 'Название сценария' });
    await expect(name).toBeFocused();
    await name.fill('Брошено');
    await name.press('Escape');
    await expect(scenarios.items.first()).toContainText('Сценарий A');
    await scenarios.button('Переименовать «Сценарий A»').click();
    await expect(name).toHaveAttribute('maxlength', '60');
    await name.fill('До CX-программы');
    await name.press('Enter');
    await expect(
      scenarios.button('Переименовать «До CX-программы»'),
    ).toBeFocused();

    // Compare with A instead of B.
    await scenarios
      .button('Сравнить «До CX-программы» с текущим расчётом')
      .click();
    await expect(
      page.getByRole('heading', { name: '«До CX-программы» и текущий расчёт' }),
    ).toBeVisible();
    // Margin 35 % against 40 %: n = 120 000 × 0.35 − 12 000 = 30 000 a
    // year instead of 36 000, so every CLTV of A shrinks by a sixth.
    expect(
      plain(
        (await scenarios.rowCells('CLTV одного текущего клиента, 5 лет'))[3]!,
      ),
    ).toBe('−16,67 %');

    // A reload keeps both scenarios, the new name and the comparison.
    await calculator.open(page.url());
    await expect(scenarios.items).toHaveText([
      /^До CX-программы/,
      /^Сценарий B/,
    ]);
    await expect(
      scenarios.button('Сравнить «До CX-программы» с текущим расчётом'),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(comparedDots(calculator)).toHaveCount(5);
    await expect(calculator.field('Маржинальность, %')).toHaveValue('35');

    // Deleting the first can be undone: it comes back in its place,
    // compared as it was.
    await scenarios.button('Удалить «До CX-программы»').click();
    await expect(scenarios.items).toHaveText([/^Сценарий B/]);
    await scenarios.panel.getByRole('button', { name: 'Отменить' }).click();
    await expect(scenarios.items).toHaveText([
      /^До CX-программы/,
      /^Сценарий B/,
    ]);
    await expect(
      scenarios.button('Сравнить «До CX-программы» с текущим расчётом'),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(
      scenarios.panel.getByRole('button', { name: 'Отменить' }),
    ).toHaveCount(0);

    // Delete B: it goes, and stays gone after a reload.
    await scenarios.button('Удалить «Сценарий B»').click();
    await expect(scenarios.panel.getByRole('status')).toHaveText(
      '«Сценарий B» удалён. Отменить',
    );
    await expect(scenarios.items).toHaveCount(1);
    await page.reload();
    await expect(calculator.chart.locator('.recharts-wrapper')).toBeVisible();
    await expect(scenarios.items).toHaveText([/^До CX-программы/]);

    // Loading A puts its figures back into the form; nothing differs then.
    await scenarios.button('Загрузить «До CX-программы» в форму').click();
    await expect(calculator.field('Маржинальность, %')).toHaveValue('40');
    expect(
      plain((await scenarios.rowCells('Ценность текущей базы, 5 лет'))[2]!),
    ).toBe('0 ₽');
  });

  test('a shared link opens the same comparison in another browser', async ({
    page,
    browser,
  }) => {
    // Save A, then raise retention and switch to English.
    await openWithScenarioA(page);
    await page.getByRole('button', { name: 'English' }).click();
    // The address carries A under its own name, which no language changes.
    await expect(page).toHaveURL(/#v=1&lang=en&.*&s=%D0%A1.*%20A&s\.cur=RUB&/);
    await expect(
      page.getByRole('table', {
        name: /^“Сценарий A” and the current calculation/,
      }),
    ).toBeVisible();
    // «Copy link» gives the same address, the comparison included.
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const comparison = await page
      .getByRole('table', { name: /and the current calculation/ })
      .innerText();
    expect(comparison).toContain('+₽11,513,715');

    // Someone else opens it: the same scenario, the same comparison.
    const other = await freshPage(browser);
    const recipient = new CalculatorPage(other.page);
    await recipient.open(link);
    const received = other.page.getByRole('table', {
      name: /^“Сценарий A” and the current calculation/,
    });
    await expect(received).toBeVisible();
    expect(await received.innerText()).toBe(comparison);
    await expect(
      other.page
        .getByRole('list', { name: 'Saved scenarios' })
        .getByRole('listitem'),
    ).toHaveText([/^Сценарий A/]);
    await expect(comparedDots(recipient)).toHaveCount(5);
    await expect(other.page.getByText(/could not be read/)).toHaveCount(0);

    // A reload there keeps it, without adding a second copy.
    await recipient.open(other.page.url());
    await expect(
      other.page
        .getByRole('list', { name: 'Saved scenarios' })
        .getByRole('listitem'),
    ).toHaveCount(1);

    // A link whose scenario part is broken opens the form alone and says so.
    const broken = await other.page.context().newPage();
    const brokenPage = new CalculatorPage(broken);
    await brokenPage.open(
      link.replace('&s.m=40&', '&s.m=140&').replace('lang=en', 'lang=ru'),
    );
    await expect(broken.getByRole('status').first()).toContainText(
      'Сценарий для сравнения из ссылки не прочитан, поэтому сравнение не показано.',
    );
    await expect(
      broken.getByRole('table', { name: /и текущий расчёт/ }),
    ).toHaveCount(0);
    await expect(
      brokenPage.field('Удержание текущих клиентов, % в год'),
    ).toHaveValue('90');
    expect(other.errors).toEqual([]);
    await other.close();
  });

  test('the CSV and the chart image carry the compared scenario', async ({
    page,
  }) => {
    await openWithScenarioA(page);

    // The CSV: the current calculation, then A with its inputs and table.
    const csv = (await downloadFrom(page, 'Таблица в CSV')).file.toString();
    const lines = csv.split('\r\n');
    const heading = lines.indexOf('Сценарий для сравнения;Сценарий A');
    expect(lines).toContain('Текущий расчёт');
    expect(heading).toBeGreaterThan(lines.indexOf('Текущий расчёт'));
    expect(lines.slice(heading)).toContainEqual(
      'Удержание текущих клиентов по годам, %;80;82;84;85',
    );
    expect(lines.slice(0, heading)).toContainEqual(
      'Удержание текущих клиентов по годам, %;90;90;90;90',
    );
    expect(lines.slice(heading).find((line) => line.startsWith('5;'))).toMatch(
      /;101435679,01$/,
    );

    // The SVG: A's name in the legend and its inputs in the summary.
    const svg = (await downloadFrom(page, 'График в SVG')).file.toString();
    const texts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return [...doc.documentElement.querySelectorAll('text')].map(
        (node) => node.textContent,
      );
    }, svg);
    expect(texts).toContain('Сценарий A');
    const summary = texts.indexOf('Пунктирная линия — «Сценарий A»:');
    expect(summary).toBeGreaterThan(0);
    // A's inputs follow its name: the retention it was saved with.
    expect(texts[summary + 1]).toMatch(/^клиентов 1\s000 · выручка/);
    expect(texts.slice(summary + 1, summary + 4).join(' ')).toMatch(
      /удержание 80\s%–85\s%/,
    );
    expect(svg.match(/class="recharts-dot recharts-line-dot"/g)).toHaveLength(
      5,
    );
  });

  test('a rename to a name another scenario has, or none, is refused beside the field', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const scenarios = new ScenariosPanel(page);
    await calculator.open();
    await scenarios.save('Сценарий A');
    await calculator.fill('Маржинальность, %', '30');
    await scenarios.save('Сценарий B');

    // B may not take A's name, spaces around it or not: the field stays
    // open and says why.
    await scenarios.button('Переименовать «Сценарий B»').click();
    const name = page.getByRole('textbox', { name: 'Название сценария' });
    await name.fill(' Сценарий A ');
    await name.press('Enter');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(
      'Сценарий с таким названием уже есть: выберите другое.',
    );
    await expect(name).toBeFocused();
    await scenarios.button('Готово').click();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(scenarios.items.filter({ hasText: 'Сценарий A' })).toHaveCount(
      1,
    );

    // Typing on takes the message away; a name of its own is kept.
    await name.fill('Маржа 30 %');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await name.press('Enter');
    await expect(scenarios.items).toHaveText([/^Сценарий A/, /^Маржа 30 %/]);

    // The same in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('button', { name: 'Rename “Маржа 30 %”', exact: true })
      .click();
    const english = page.getByRole('textbox', { name: 'Scenario name' });
    await english.fill('Сценарий A');
    await english.press('Enter');
    await expect(english).toHaveAccessibleDescription(
      'There is a scenario of that name already: choose another.',
    );

    // An empty name is refused too, and says so.
    await english.fill('   ');
    await english.press('Enter');
    await expect(english).toHaveAccessibleDescription(
      'The name cannot be empty.',
    );
    await expect(english).toBeFocused();
  });

  test('the «saved» message goes with the visitor’s next action', async ({
    page,
  }) => {
    const { calculator, scenarios } = await openWithScenarioA(page);
    const status = scenarios.panel.getByRole('status');
    // The helper saw the message; the change of retention took it away.
    await expect(status).toHaveText('');

    // Saved again, then renamed: the message about the old name goes.
    await scenarios.save('Сценарий B');
    await scenarios.button('Переименовать «Сценарий B»').click();
    const name = page.getByRole('textbox', { name: 'Название сценария' });
    await name.fill('Удержание 90 %');
    await name.press('Enter');
    await expect(scenarios.items).toHaveText([
      /^Сценарий A/,
      /^Удержание 90 %/,
    ]);
    await expect(status).toHaveText('');

    // Loading a scenario says so, and the next comparison takes it away.
    await scenarios.button('Загрузить «Сценарий A» в форму').click();
    await expect(status).toContainText(
      'Данные «Сценарий A» загружены в форму.',
    );
    // Beside it, the undo of the load (see replaceUndo.spec.ts).
    await expect(
      status.getByRole('button', { name: 'Отменить' }),
    ).toBeVisible();
    await scenarios.button('Сравнить «Сценарий A» с текущим расчётом').click();
    await expect(status).toHaveText('');
    await expect(calculator.field('Маржинальность, %')).toHaveValue('40');
  });

  test('a linked scenario whose name the visitor has already comes in numbered', async ({
    page,
    browser,
  }) => {
    // The sender saves «Сценарий A» on the defaults and sends the link.
    await openWithScenarioA(page);
    const link = page.url();

    // The recipient has a «Сценарий A» of their own, with a 30 % margin.
    const other = await freshPage(browser);
    const recipient = new CalculatorPage(other.page);
    const theirs = new ScenariosPanel(other.page);
    await recipient.open();
    await recipient.fill('Маржинальность, %', '30');
    await theirs.save('Сценарий A');

    // The link's scenario comes in beside it under a name of its own.
    // (A new fragment alone would not load the page again.)
    await other.page.goto('about:blank');
    await recipient.open(link);
    await expect(theirs.items).toHaveText([/^Сценарий A/, /^Сценарий A \(2\)/]);
    await expect(
      other.page.getByRole('table', { name: /^«Сценарий A \(2\)» и текущий/ }),
    ).toBeVisible();

    // Opening the link once more finds that copy and adds no third.
    await other.page.goto('about:blank');
    await recipient.open(link);
    await expect(theirs.items).toHaveCount(2);

    // In English the comparison names the numbered copy too.
    await other.page.getByRole('button', { name: 'English' }).click();
    await expect(
      other.page.getByRole('table', {
        name: /^“Сценарий A \(2\)” and the current calculation/,
      }),
    ).toBeVisible();
    expect(other.errors).toEqual([]);
    await other.close();
  });

  test('a link over the visitor’s own figures keeps them as a scenario', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const scenarios = new ScenariosPanel(page);
    const margin = calculator.field('Маржинальность, %');
    const OWN = 'Мой расчёт до ссылки';

    // The visitor's own figures, stored in this browser.
    await calculator.open();
    await calculator.fill('Маржинальность, %', '45');

    // The link opens the colleague's figures and says where the visitor's
    // went. (A new fragment alone would not load the page again.)
    await page.goto('about:blank');
    await calculator.open(COLLEAGUE_LINK);
    await expect(margin).toHaveValue('30');
    await expect(page.getByRole('status').filter({ hasText: OWN })).toHaveText(
      /заменила в форме ваш прежний расчёт; он сохранён как сценарий «Мой расчёт до ссылки»/,
    );
    await expect(scenarios.items).toHaveText([new RegExp(`^${OWN}`)]);

    // Opened again, the link finds them kept and adds no other.
    await page.goto('about:blank');
    await calculator.open(COLLEAGUE_LINK);
    await expect(scenarios.items).toHaveCount(1);

    // Typing on the colleague's figures and loading the scenario back.
    await calculator.fill('Маржинальность, %', '31');
    await scenarios.button(`Загрузить «${OWN}» в форму`).click();
    await expect(margin).toHaveValue('45');
  });

  test('a link pasted into the open page’s address opens as in a new tab', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const scenarios = new ScenariosPanel(page);
    const margin = calculator.field('Маржинальность, %');

    await calculator.open();
    await calculator.fill('Маржинальность, %', '45');
    // The page has written its own link into the address.
    await expect(page).toHaveURL(/&m=45&/);

    // Only the fragment changes: the browser alone would not load again.
    await page.goto(COLLEAGUE_LINK);
    await expect(margin).toHaveValue('30');
    await expect(scenarios.items).toHaveText([/^Мой расчёт до ссылки/]);

    // The skip link, and Back to the page's own link, load nothing anew.
    await page.getByRole('link', { name: 'К результатам' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#results$/);
    await calculator.fill('Маржинальность, %', '31');
    await expect(page).toHaveURL(/&m=31&/);
    await page.goBack();
    // The address is put back on the form's own link, which a reload opens.
    await expect(page).toHaveURL(/&m=31&/);
    await page.reload();
    await expect(margin).toHaveValue('31');
    await expect(scenarios.items).toHaveCount(1);
  });

  test('a one-year horizon is compared in a row of its own', async ({
    page,
  }) => {
    const { calculator, scenarios } = await openWithScenarioA(page);

    await calculator.page.getByLabel('Горизонт расчёта').selectOption('1');

    // Year 1 of the table, 31 000 000 ₽, in both: retention plays no part
    // in one year. 3 and 5 years are past the current horizon.
    const row = 'База вместе с новыми клиентами, 1 год';
    await expect(scenarios.row(row)).toBeVisible();
    const cells = (await scenarios.rowCells(row)).map(plain);
    expect(cells.slice(0, 3)).toEqual(['31 000 000 ₽', '31 000 000 ₽', '0 ₽']);
    expect(
      (await scenarios.rowCells('База вместе с новыми клиентами, 5 лет')).map(
        plain,
      )[1],
    ).toBe('за горизонтом');
  });
});
