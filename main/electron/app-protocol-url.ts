/** Our own page's origin in the desktop app. Kept apart from app-protocol.ts (which imports electron) so handlers can be tested in Node. */
export const APP_ORIGIN = 'parallax://app';

export const isAppUrl = (url: string): boolean => url.startsWith(`${APP_ORIGIN}/`);
