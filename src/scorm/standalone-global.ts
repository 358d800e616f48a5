/** The global player/standalone.js assigns the standalone adapter's class to (src/standalone.ts). */
export const standaloneGlobal = '__imhStandaloneAdapter';
