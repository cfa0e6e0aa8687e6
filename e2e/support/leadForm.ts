import { expect, type Locator, type Page } from '@playwright/test';

/** What a visitor types into the request form; labels are Russian. */
export interface Lead {
  name: string;
  company: string;
  email: string;
  role?: string;
  phone?: string;
  /** The option's label, e.g. «6–15». */
  teamSize?: string;
  /** The radio's label, e.g. «Онлайн». */
  format?: string;
  comment?: string;
}

export const ANNA: Lead = {
  name: 'Анна Петрова',
  company: 'ООО «Ромашка»',
  email: 'anna@romashka.example',
};

/** The masterclass request form, found by its labels like a visitor. */
export class LeadForm {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', {
      name: 'Мастер-класс по CLTV для вашей команды',
    });
  }

  textbox(name: string): Locator {
    return this.section.getByRole('textbox', { name, exact: true });
  }

  get teamSize(): Locator {
    return this.section.getByRole('combobox', {
      name: 'Сколько человек в команде',
    });
  }

  format(label: string): Locator {
    return this.section.getByRole('radio', { name: label, exact: true });
  }

  get attachCalculation(): Locator {
    return this.section.getByRole('checkbox', {
      name: 'Приложить мой расчёт',
    });
  }

  get consent(): Locator {
    return this.section.getByRole('checkbox', {
      name: 'Даю согласие на обработку персональных данных',
    });
  }

  get submitButton(): Locator {
    return this.section.getByRole('button', { name: 'Отправить заявку' });
  }

  /** The honeypot is hidden from people and the accessibility tree. */
  get honeypot(): Locator {
    return this.section.locator('input[name="website"]');
  }

  /**
   * Waits until React has hydrated the prerendered form, its code there.
   * Nothing a visitor could see tells it without entering the form, and
   * an entry would start the form's fill time; React keeps properties of
   * its own («__reactProps$…») on each element it has hydrated.
   */
  async waitForItsCode() {
    await expect
      .poll(() =>
        this.submitButton.evaluate((button) =>
          Object.keys(button).some((key) => key.startsWith('__reactProps$')),
        ),
      )
      .toBe(true);
  }

  async fill(lead: Lead) {
    await this.textbox('Имя').fill(lead.name);
    await this.textbox('Компания').fill(lead.company);
    await this.textbox('Рабочая почта').fill(lead.email);
    if (lead.role) await this.textbox('Должность').fill(lead.role);
    if (lead.phone) await this.textbox('Телефон').fill(lead.phone);
    if (lead.teamSize) {
      await this.teamSize.selectOption({ label: lead.teamSize });
    }
    if (lead.format) await this.format(lead.format).check();
    if (lead.comment) await this.textbox('Комментарий').fill(lead.comment);
  }

  async fillAndAgree(lead: Lead) {
    await this.fill(lead);
    await this.consent.check();
  }

  /**
   * Waits out the form's minimum fill time (3 s, spamGuard.ts) on the
   * page's clock, as a person would take it, so that the submit is not
   * dropped as a bot's. The test must have installed the clock.
   */
  async takeTimeToFill() {
    await this.page.clock.fastForward(5_000);
  }

  async send(lead: Lead) {
    await this.fillAndAgree(lead);
    await this.takeTimeToFill();
    await this.submitButton.click();
  }

  get thanks(): Locator {
    return this.section.getByRole('heading', {
      name: 'Спасибо, заявка отправлена',
    });
  }

  get failure(): Locator {
    return this.section.getByRole('alert').filter({
      hasText: 'Заявка не отправлена',
    });
  }
}
