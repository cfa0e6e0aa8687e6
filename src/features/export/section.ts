// The export bar's chunk, loaded lazily by the page with its texts.
export { ExportBar as default } from './ExportBar';
export * as messages from './messages';
