// The scenarios panel's chunk, loaded lazily by the page with its texts.
export { ScenariosPanel as default } from './ScenariosPanel';
export * as messages from './messages';
