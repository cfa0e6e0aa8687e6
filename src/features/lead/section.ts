// The request form's chunk, loaded lazily by the page with its texts.
export { LeadSection as default } from './LeadSection';
export * as messages from './messages';
