import { absoluteUrl } from './routes.ts';

/** Where the site is served: SITE_URL (absolute) and BASE_PATH, as Astro.site and import.meta.env.BASE_URL give them. */
export interface SiteAddress {
  site: URL | string;
  base: string;
}

/** Turns routes into absolute addresses on the site, for payloads read off the site (feeds, JSON, share tags). */
export function urlMaker({ site, base }: SiteAddress): (path?: string) => string {
  return (path = '') => absoluteUrl(site, base, path);
}
