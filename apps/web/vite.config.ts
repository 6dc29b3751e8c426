import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './build/precompress.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** In development, the citizens' pages load public.html, as the API's static files do in production. */
const publicPagesInDev: Plugin = {
  name: 'skranke-public-pages',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url && /^\/(tidsbestilling(\/[^?]*)?|billet\/[^?]+)(\?.*)?$/.test(req.url)) req.url = '/public.html';
      next();
    });
  },
};

export default defineConfig({
  root,
  plugins: [
    // Must come before the React plugin: it generates src/routeTree.gen.ts and splits each route into lazy chunks.
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      // Tests sit beside the routes they test; they are not routes.
      routeFileIgnorePattern: '\\.test\\.tsx?$',
      quoteStyle: 'single',
      semicolons: true,
    }),
    react(),
    precompress(),
    publicPagesInDev,
  ],
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // Two pages: the staff SPA, and the citizens' public pages (booking, the ticket on the phone), which a phone
      // loads without Mantine or the staff router (React and plain CSS only; the API serves public.html for them).
      input: { index: path.join(root, 'index.html'), public: path.join(root, 'public.html') },
    },
  },
});
