/**
 * The entity view's API addresses: the server's own (`src/serve/workbench/view-urls.ts`), which
 * also names them in the page's head so the browser asks for them while it parses the page.
 */
export * from '../serve/workbench/view-urls.js';
