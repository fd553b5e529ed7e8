/** The themes' colours, written from content/themes/ (src/integrations/themes.ts). */
declare module 'virtual:context-desk/themes.css';
