/** The two messages between the embed page (page.ts) and the host's resize script (resize.ts); nothing else is sent. */

/** The embed page's height: `{ type: RESIZE_MESSAGE, height }`. */
export const RESIZE_MESSAGE = 'numerique-choisi:height';
/** What resize.js sends each iframe once when it starts: « send your height again ». */
export const RESIZE_ASK = 'numerique-choisi:ask-height';
