import 'i18next';

import type { ru as exportTexts } from '../features/export/messages';
import type { ru as insightsTexts } from '../features/insights/messages';
import type { ru as leadTexts } from '../features/lead/messages';
import type { ru as mathTexts } from '../features/results/mathMessages';
import type { ru as scenariosTexts } from '../features/scenarios/messages';
import type { ru } from './ru';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The page's own texts and those its lazily loaded sections bring.
    resources: {
      translation: typeof ru &
        typeof exportTexts &
        typeof insightsTexts &
        typeof leadTexts &
        typeof mathTexts &
        typeof scenariosTexts;
    };
  }
}
