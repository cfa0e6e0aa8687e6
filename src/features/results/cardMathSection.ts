// The working behind the cards, loaded lazily with its texts.
export { CardMath as default } from './CardMath';
export * as messages from './mathMessages';
