import { lazySection } from './lazySection';

/*
 * The sections below the fold, each loaded in a chunk of its own with its
 * texts (see lazySection). The placeholder classes, in each feature's
 * style sheet, give a section roughly its height while its chunk loads
 * on a fresh render.
 */
export const ExportBar = lazySection(
  () => import('../features/export/section'),
  'export-bar export-bar--loading',
  '.export-bar',
);

export const InsightsSection = lazySection(
  () => import('../features/insights/section'),
  'insights insights--loading',
  '.insights',
);

export const LeadSection = lazySection(
  () => import('../features/lead/section'),
  'page-section lead lead--loading',
  '.lead',
);

export const ScenariosSection = lazySection(
  () => import('../features/scenarios/section'),
  'scenarios scenarios--loading',
  '.scenarios',
);
