export * from './common';
export { explainerSchema } from './explainer';
export { eventSchema } from './event';
export { figureSchema } from './figure';
export { glossarySchema } from './glossary';
export { profileSchema } from './profile';
export { sourceSchema, sourceKinds } from './source';
export { themeSchema } from './theme';
