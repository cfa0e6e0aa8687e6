import type { Texts } from '../../i18n/ru';

/*
 * The texts of the scenarios panel, in its own chunk: registered with the
 * page's i18next when the chunk loads (see src/app/lazySection.tsx). The
 * scenario texts of the chart, the share link and the exports stay with
 * the page's own. Russian is the reference shape; English must match it.
 */
export const ru = {
  scenarios: {
    heading: 'Сценарии',
    intro:
      'Сохраните расчёт как сценарий, измените данные — и увидите, что изменилось.',
    defaultName: 'Сценарий {{letter}}',
    save: 'Сохранить как «{{name}}»',
    saveInvalid: 'Исправьте отмеченные поля, чтобы сохранить сценарий.',
    saveFull:
      'Сохранено максимальное число сценариев: удалите один, чтобы сохранить новый.',
    listLabel: 'Сохранённые сценарии',
    nameLabel: 'Название сценария',
    rename: 'Переименовать',
    renameLabel: 'Переименовать «{{name}}»',
    renameDone: 'Готово',
    renameCancel: 'Отмена',
    nameTaken: 'Сценарий с таким названием уже есть: выберите другое.',
    nameEmpty: 'Название не может быть пустым.',
    load: 'В форму',
    loadLabel: 'Загрузить «{{name}}» в форму',
    compare: 'Сравнить с текущим',
    compareLabel: 'Сравнить «{{name}}» с текущим расчётом',
    delete: 'Удалить',
    deleteLabel: 'Удалить «{{name}}»',
    saved: '«{{name}}» сохранён и сравнивается с текущим расчётом.',
    loaded: 'Данные «{{name}}» загружены в форму.',
    deleted: '«{{name}}» удалён.',
    comparisonHeading: '«{{name}}» и текущий расчёт',
    comparisonCaption:
      'Разница — в деньгах ({{currency}}) и в процентах от сценария.',
    stopComparing: 'Не сравнивать',
    metric: 'Показатель',
    current: 'Текущий расчёт',
    difference: 'Разница',
    differencePercent: 'Разница, %',
    noFigure: '—',
    currencyDiffers:
      '«{{name}}» посчитан в {{saved}}, а текущий расчёт — в {{current}}: ' +
      'суммы в разных валютах не сравниваются.',
    notCalculable:
      '«{{name}}» не удаётся рассчитать: в нём есть ошибки. Загрузите его ' +
      'в форму и исправьте отмеченные поля.',
  },
} as const;

export const en: Texts<typeof ru> = {
  scenarios: {
    heading: 'Scenarios',
    intro:
      'Save the calculation as a scenario, change the inputs and see what changed.',
    defaultName: 'Scenario {{letter}}',
    save: 'Save as “{{name}}”',
    saveInvalid: 'Correct the marked fields to save a scenario.',
    saveFull:
      'The most scenarios there is room for are saved: delete one to save another.',
    listLabel: 'Saved scenarios',
    nameLabel: 'Scenario name',
    rename: 'Rename',
    renameLabel: 'Rename “{{name}}”',
    renameDone: 'Done',
    renameCancel: 'Cancel',
    nameTaken: 'There is a scenario of that name already: choose another.',
    nameEmpty: 'The name cannot be empty.',
    load: 'Load',
    loadLabel: 'Load “{{name}}” into the form',
    compare: 'Compare with current',
    compareLabel: 'Compare “{{name}}” with the current calculation',
    delete: 'Delete',
    deleteLabel: 'Delete “{{name}}”',
    saved: '“{{name}}” is saved and compared with the current calculation.',
    loaded: 'The inputs of “{{name}}” are in the form.',
    deleted: '“{{name}}” is deleted.',
    comparisonHeading: '“{{name}}” and the current calculation',
    comparisonCaption:
      'The difference in money ({{currency}}) and as a percentage of the scenario.',
    stopComparing: 'Stop comparing',
    metric: 'Figure',
    current: 'Current',
    difference: 'Difference',
    differencePercent: 'Difference, %',
    noFigure: '—',
    currencyDiffers:
      '“{{name}}” is in {{saved}} and the current calculation in ' +
      '{{current}}: amounts in two currencies are not compared.',
    notCalculable:
      '“{{name}}” cannot be calculated: it has mistakes. Load it into the ' +
      'form and correct the marked fields.',
  },
};
