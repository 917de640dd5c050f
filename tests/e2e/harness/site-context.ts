/**
 * One fixture site, server and browser per e2e test file: registers
 * beforeAll/afterAll and hands the tests what they need.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { buildSite } from './build-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** What e2e tests use. */
export interface SiteContext {
  /** Built site directory. */
  dist: string;
  origin: string;
  browser: Browser;
  /** A fresh page in a fresh context (own storage), clipboard access granted. */
  newPage: (options?: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number }; touch?: boolean }) => Promise<Page>;
}

/** Sets up a fixture site (default: tests/fixtures/site, built with `env` added) for the calling test file; fields are filled once beforeAll has run. */
export function useSite(content?: string, env?: Readonly<Record<string, string>>): SiteContext {
  const context = {} as SiteContext;
  let server: StaticServer | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    context.dist = buildSite(content, env);
    server = await serveStatic(context.dist);
    context.origin = server.origin;
    context.browser = await launchBrowser();
    context.newPage = async (options = {}) => {
      const browserContext = await context.browser.newContext({
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        viewport: options.viewport ?? { width: 1280, height: 900 },
        // A phone: touch, and no hover (CSS `(hover: none)`).
        ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
      });
      await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: context.origin });
      contexts.push(browserContext);
      return browserContext.newPage();
    };
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await context.browser?.close();
    await server?.close();
  });
  return context;
}
