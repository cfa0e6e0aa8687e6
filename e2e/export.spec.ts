import { downloadFrom, freshPage } from './support/browser';
import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { expect, test } from './support/fixtures';
import { countPixels, decodePng } from './support/png';

/** A figure as the page shows it, «−64 000 000 ₽» or «₽54,833,333». */
function shownNumber(text: string): number {
  return Number(text.replace(/[−–]/g, '-').replace(/[^\d-]/g, ''));
}

/** The rows of the year table as the page shows them, as numbers. */
async function shownTable(calculator: CalculatorPage): Promise<number[][]> {
  const rows = await calculator.table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) =>
      (await row.locator('th, td').allTextContents()).map(shownNumber),
    ),
  );
}

/** The year rows of a downloaded CSV, rounded to whole units as shown. */
function csvTable(csv: string, separator: string, yearHeader: string) {
  const lines = csv.split('\r\n').map((line) => line.split(separator));
  const header = lines.findIndex((cells) => cells[0] === yearHeader);
  expect(header, 'the CSV has a header row').toBeGreaterThan(0);
  return lines
    .slice(header + 1)
    .filter((cells) => cells[0] !== '')
    .map((cells) =>
      cells.map((cell) => Math.round(Number(cell.replace(',', '.')))),
    );
}

/** What a visitor reads off the results: every card and the table. */
async function shownResults(calculator: CalculatorPage) {
  return {
    cards: await calculator.page.locator('.cards').innerText(),
    table: await shownTable(calculator),
  };
}

test.describe('export and share', () => {
  test('the chart saves as an SVG and as a PNG twice its size', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    const calculator = new CalculatorPage(page);
    await calculator.open();
    // The export code stays off the page until the first click.
    expect(scripts.filter((url) => /chartImage/.test(url))).toEqual([]);
    const onScreen = calculator.chart.locator('.recharts-wrapper > svg');
    const chartWidth = Math.round((await onScreen.boundingBox())!.width);
    const barColors = await calculator.chart
      .locator('.recharts-bar-rectangle path')
      .evaluateAll((bars) => [
        ...new Set(bars.map((bar) => bar.getAttribute('fill')!)),
      ]);
    expect(barColors).toHaveLength(2);

    // The SVG parses, names itself and carries the chart with its years.
    const svg = await downloadFrom(page, 'График в SVG');
    expect(svg.name).toMatch(/^cltv-portfolio-\d{4}-\d{2}-\d{2}\.svg$/);
    expect(scripts.filter((url) => /chartImage/.test(url))).toHaveLength(1);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        chartWidth: Number(root.querySelector('svg')?.getAttribute('width')),
        texts: [...root.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, svg.file.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.chartWidth).toBe(chartWidth);
    expect(parsed.texts).toContain('Ценность клиентской базы');
    expect(parsed.texts).toContain('Текущая база');
    expect(parsed.texts).toContain('Новые когорты');
    expect(parsed.texts).toContainEqual(expect.stringMatching(/^Валюта: RUB/));
    expect(parsed.texts).toContainEqual(
      expect.stringMatching(/^клиентов 1\s000 · выручка 120\s000\s₽/),
    );
    for (const year of [1, 2, 3, 4, 5]) {
      expect(parsed.texts).toContain(`${year}-й год`);
    }

    // The PNG is the same frame at twice the size, on white, with the bars.
    const png = await downloadFrom(page, 'График в PNG');
    expect(png.name).toMatch(/^cltv-portfolio-\d{4}-\d{2}-\d{2}\.png$/);
    const image = decodePng(png.file);
    expect(image.width).toBe(2 * parsed.width);
    expect(image.height).toBe(2 * parsed.height);
    expect([...image.pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    for (const color of barColors) {
      expect(countPixels(image, color), color).toBeGreaterThan(5000);
    }
    const exportBar = page.locator('.export-bar');
    await expect(
      exportBar.getByRole('status').filter({ hasText: /./ }),
    ).toHaveCount(0);
  });

  test('the year table saves as a CSV with the figures shown, in both languages', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    // A large acquisition cost makes the first years negative.
    await calculator.fill(
      'Стоимость привлечения одного клиента (AC)',
      '500 000',
    );
    await expect(calculator.tableRow(1).locator('td').nth(6)).toHaveText(
      ruMoney('−64 000 000 ₽'),
    );

    // Russian: a byte-order mark, «;» and decimal commas.
    const ru = await downloadFrom(page, 'Таблица в CSV');
    expect(ru.name).toMatch(/^cltv-years-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...ru.file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ruText = ru.file.toString('utf8');
    expect(ruText).toContain('\r\nСтоимость привлечения (AC);500000\r\n');
    expect(ruText).toContain(
      '\r\nУчитывает ли маржа расходы;Нет, не учитывает\r\n',
    );
    expect(ruText).toMatch(
      /\r\n1;1000;200;144000000;57600000;.*;-64000000\r\n/,
    );
    expect(csvTable(ruText, ';', 'Год')).toEqual(await shownTable(calculator));

    // English: «,» and decimal points, the same figures.
    await page.getByRole('button', { name: 'English' }).click();
    const en = await downloadFrom(page, 'Table as CSV');
    const enText = en.file.toString('utf8');
    expect(enText).toContain('\r\nAcquisition cost (AC),500000\r\n');
    expect(csvTable(enText, ',', 'Year')).toEqual(await shownTable(calculator));
    expect(csvTable(enText, ',', 'Year')).toEqual(csvTable(ruText, ';', 'Год'));
  });

  test('a copied link opens the same calculation in another browser', async ({
    page,
    browser,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const historyLength = await page.evaluate(() => history.length);

    // Change figures, modes, the horizon and the language.
    await calculator.fill('Выручка на клиента в год', '150 000,5');
    await page.getByLabel('Горизонт расчёта').selectOption('7');
    await calculator.choose('Одна ставка на все годы').check();
    await calculator.fill('Удержание текущих клиентов, % в год', '82,5');
    await page.getByRole('button', { name: 'English' }).click();

    // The address bar follows, without adding history entries.
    await expect(page).toHaveURL(/#v=1&lang=en&.*&h=7&.*&rev=150000\.5&/);
    await expect(page).toHaveURL(/&rem=single&re=82\.5&/);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    // «Copy link» puts the same address on the clipboard.
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(
      page.getByText('A link to this calculation has been copied.'),
    ).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const expected = await shownResults(calculator);

    // Someone else opens it: same language, same fields, same results.
    const other = await freshPage(browser);
    const recipient = new CalculatorPage(other.page);
    await recipient.open(link);
    await expect(recipient.field('Revenue per customer per year')).toHaveValue(
      '150,000.5',
    );
    await expect(recipient.table.locator('tbody tr')).toHaveCount(7);
    expect(await shownResults(recipient)).toEqual(expected);
    await expect(other.page.getByRole('status').first()).not.toContainText(
      'could not be read',
    );
    expect(other.errors).toEqual([]);
    await other.close();
  });

  test('a link copied from a form with a mistake says what the recipient gets', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write']);

    await calculator.fill('Выручка на клиента в год', '12o 000');
    await page.getByRole('button', { name: 'Скопировать ссылку' }).click();

    await expect(
      page.getByText(
        'Ссылка скопирована, но в форме есть ошибки: в полях с ошибками ' +
          'получатель увидит значения по умолчанию.',
      ),
    ).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).not.toContain('rev=');

    // The message follows a language switch, as every text of the page.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('group', { name: /export/i }).getByRole('status'),
    ).toHaveText(/^The link has been copied, but/);
  });

  test('a tampered link opens on the defaults for what it broke and says so', async ({
    page,
    browser,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    await calculator.fill('Выручка на клиента в год', '150 000');
    await expect(page).toHaveURL(/rev=150000/);
    const tampered = page
      .url()
      .replace('m=40', 'm=140')
      .replace('cur=RUB', 'cur=XYZ')
      .replace(/&d=20$/, '');

    // The broken values fall back to their defaults; the others hold.
    const other = await freshPage(browser);
    const recipient = new CalculatorPage(other.page);
    await recipient.open(tampered);
    await expect(other.page.getByRole('status').first()).toContainText(
      'Часть значений из ссылки не прочитана, вместо них взяты значения ' +
        'по умолчанию: валюта; маржинальность, %; ставка дисконтирования, ' +
        '% в год.',
    );
    await expect(recipient.field('Маржинальность, %')).toHaveValue('40');
    await expect(recipient.field('Выручка на клиента в год')).toHaveValue(
      ruMoney('150 000'),
    );
    await expect(recipient.field('Валюта')).toHaveValue('RUB');
    // n = 150 000 × 0.4 − 12 000 = 48 000 a year; E_3 = 48 000/1.2 +
    // 0.8 × 48 000/1.44 + 0.656 × 48 000/1.728 = 84 888.89 per customer.
    await expect(recipient.cardValue('base-value', 3)).toHaveText(
      ruMoney('84 888 889 ₽'),
    );

    // The address bar now holds the link as the page reads it.
    await expect(other.page).toHaveURL(/&m=40&.*&d=20$/);

    // A link from another version is not read at all.
    const future = await other.page.context().newPage();
    await new CalculatorPage(future).open('/#v=9&lang=en');
    await expect(future.getByRole('status').first()).toContainText(
      'Ссылку не удалось прочитать',
    );
    await expect(future.locator('body')).not.toContainText(/NaN|Infinity/);
    expect(other.errors).toEqual([]);
    await other.close();
  });

  test('a link that cannot be read says so and keeps what was stored', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const revenue = calculator.field('Выручка на клиента в год');
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Ссылку не удалось прочитать' });

    // A mangled link on a first visit: the defaults, and a notice.
    await calculator.open('/#%%%%%');
    await expect(notice).toContainText(
      'поэтому открыты значения по умолчанию.',
    );
    // The address bar, written a frame later, drops what it could not read.
    await expect(page).toHaveURL(/:\d+\/$/);

    // With the visitor's own figures stored, a link with a version and
    // nothing else opens on them. (A change of the fragment alone would not
    // load the page again: about:blank in between makes it.)
    await revenue.fill('150 000');
    await page.goto('about:blank');
    await calculator.open('/#v=1&&&');
    await expect(notice).toContainText(
      'поэтому открыты значения, сохранённые в этом браузере.',
    );
    await expect(revenue).toHaveValue(ruMoney('150 000'));

    // The skip link's anchor is no link: no notice.
    await page.goto('about:blank');
    await calculator.open('/#results');
    await expect(revenue).toHaveValue(ruMoney('150 000'));
    await expect(notice).toHaveCount(0);
  });

  test('printing keeps the inputs, cards, chart and the whole table on A4', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    await page.getByLabel('Горизонт расчёта').selectOption('10');
    await expect(calculator.table.locator('tbody tr')).toHaveCount(10);

    // A bar pointed at shows its tooltip, «Текущая база: 31 000 000 ₽».
    const tooltip = calculator.chart.locator('.recharts-tooltip-wrapper');
    await calculator.chart.locator('.recharts-bar-rectangle').first().hover();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(/[^\s]: \d/);

    // A4 less its 12 mm margins is 186 mm, 703 CSS pixels wide. The
    // tooltip is not printed over the chart.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await expect(tooltip).toBeHidden();
    const pageWidth = await page.evaluate(
      () => document.documentElement.clientWidth,
    );
    const chart = calculator.chart.locator('.recharts-wrapper > svg');
    await expect(chart).toBeVisible();
    const chartBox = (await chart.boundingBox())!;
    expect(chartBox.x + chartBox.width).toBeLessThanOrEqual(pageWidth);
    const table = page.getByRole('region', { name: /Денежные потоки/ });
    const overflow = await table.evaluate(
      (box) => box.scrollWidth - box.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const tableBox = (await calculator.table.boundingBox())!;
    expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(pageWidth);
    await expect(calculator.tableRow(10)).toBeVisible();
    await expect(calculator.field('Выручка на клиента в год')).toBeVisible();
    await expect(calculator.card('portfolio-value')).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Таблица в CSV' }),
    ).toBeHidden();
    await expect(
      page.getByRole('button', { name: 'Вернуть значения по умолчанию' }),
    ).toBeHidden();
    // No card's «Как посчитано», and no scenarios panel with none saved.
    const mathButtons = page.getByRole('button', {
      name: /^Как посчитано/,
      includeHidden: true,
    });
    await expect(mathButtons).toHaveCount(6);
    for (const button of await mathButtons.all()) {
      await expect(button).toBeHidden();
    }
    await expect(
      page.getByRole('heading', { name: 'Сценарии', includeHidden: true }),
    ).toBeHidden();

    // Saved as PDF, all of it fits on a few A4 pages.
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
  });
});
