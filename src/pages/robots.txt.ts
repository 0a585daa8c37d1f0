import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/routes.ts';

/**
 * Lets every crawler in and points it at the sitemap. Crawlers read robots.txt only at a host's
 * root, so under BASE_PATH the host's own robots.txt should carry this Sitemap line (README, Deploy).
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(site!, import.meta.env.BASE_URL, 'sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
