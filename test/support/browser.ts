import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import playwright, { type BrowserContext, type Page } from 'playwright-core';

/** The system browser (Debian's `chromium`; `.ci/run` installs it with fonts-noto-cjk). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless chromium with a fresh profile of its own, removed on close. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'cej-chromium-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    /** Closes the browser; one that does not close within 15 s (a busy machine) is killed, by its profile. */
    async close() {
      let timer: NodeJS.Timeout | undefined;
      const closed = await Promise.race([
        context.close().then(() => true),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 15_000))),
      ]);
      clearTimeout(timer);
      if (!closed) {
        try {
          execFileSync('pkill', ['-KILL', '-f', profile]);
        } catch {
          // nothing left to kill
        }
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What went wrong in a page: console errors, uncaught exceptions, failed requests and HTTP errors. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}

/** Whether each chart canvas of the page has drawn something (a pixel that is not blank). */
export function chartsDrawn(page: Page): Promise<{ chart: string; canvases: number; drawn: boolean }[]> {
  return page.$$eval('figure[data-chart]', (figures) =>
    figures.map((figure) => {
      const canvases = [...figure.querySelectorAll('canvas')];
      const drawn =
        canvases.length > 0 &&
        canvases.every((c) => {
          if (c.width === 0 || c.height === 0) return false;
          const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
          return false;
        });
      return { chart: figure.getAttribute('data-chart')!, canvases: canvases.length, drawn };
    }),
  );
}
