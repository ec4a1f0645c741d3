/// <reference types="vitest/config" />
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` proxies the GraphQL endpoint (HTTP and its WebSocket subscriptions) to a running service;
// NEWSGRAPH_URL picks which (default: the port the README runs the packaged service on for UI work).
const backend = process.env.NEWSGRAPH_URL ?? 'http://localhost:8089';

// The Content-Security-Policy the service sends with the explorer; `npm run preview` sends it too, so that a
// build can be checked against it before it is packaged (the dev server cannot: React's refresh needs inline script).
const csp =
  "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
// The service refuses requests and WebSocket upgrades from other origins (CORS), and the browser's origin here
// is Vite's: the proxy presents them as the service's own.
const sameOrigin: ProxyOptions['configure'] = (proxy) => {
  proxy.on('proxyReq', (req) => {
    if (req.getHeader('origin')) req.setHeader('origin', backend);
  });
  proxy.on('proxyReqWs', (req) => {
    if (req.getHeader('origin')) req.setHeader('origin', backend);
  });
};
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: backend, ws: true, changeOrigin: true, configure: sameOrigin },
  '/schema.graphql': { target: backend, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // The service's CSP allows scripts from 'self' only: no inline script, no eval. Vite's module preload
    // polyfill would be bundled, not inlined, but every browser the explorer targets has modulepreload.
    modulePreload: { polyfill: false },
    // cytoscape is loaded on demand and is bigger than Vite's default warning threshold.
    chunkSizeWarningLimit: 600,
  },
  server: { proxy },
  preview: { proxy, headers: { 'Content-Security-Policy': csp } },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
