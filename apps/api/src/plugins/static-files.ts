import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { apiNotFound } from './problem.ts';

/**
 * The citizens' public pages (booking, the ticket on the phone) are a second, small entry of the SPA's build
 * (apps/web/public.html): a phone loads neither Mantine nor the staff router for them.
 */
const PUBLIC_PAGE = /^\/(tidsbestilling(\/.*)?|billet\/.*)$/;

/** The HTML page that answers a client-side route: public.html for the citizens' pages, index.html for the rest. */
export function spaPageFor(url: string, hasPublicPage: boolean): 'index.html' | 'public.html' {
  const pathname = url.split('?')[0]!;
  return hasPublicPage && PUBLIC_PAGE.test(pathname) ? 'public.html' : 'index.html';
}

/**
 * Serves the built SPA (when `webRoot` holds one) and answers every unknown path: a page loads the SPA's HTML,
 * anything under /api is a 404 problem. Registered on the root instance, since it sets the not-found handler.
 */
export async function registerStaticFiles(app: FastifyInstance, webRootOption: string | undefined) {
  const webRoot = webRootOption && path.resolve(webRootOption);
  const serveSpa = Boolean(webRoot && existsSync(path.join(webRoot, 'index.html')));
  const hasPublicPage = Boolean(serveSpa && existsSync(path.join(webRoot!, 'public.html')));
  if (serveSpa) {
    await app.register(fastifyStatic, {
      root: webRoot!,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each asset (apps/web/build/precompress.ts); a client that accepts one gets
      // it, with Vary: Accept-Encoding.
      preCompressed: true,
      // Our own Cache-Control below; the plugin's default (public, max-age=0) would otherwise replace it.
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.setHeader('vary', 'accept-encoding');
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api');
    if (serveSpa && isPage) {
      // The SPA's client-side routes all load its HTML page.
      return reply.header('cache-control', 'no-cache').type('text/html').sendFile(spaPageFor(request.url, hasPublicPage));
    }
    return apiNotFound(request, reply);
  });
}
