// axe-core on the page as it is now: its violations, one line each, named after the screen.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
}

/** axe's violations on the page as it is now, one line each, named after the screen. */
export async function audit(page: Page, screen: string): Promise<string[]> {
  // Evaluated by the test driver, not loaded by the page: the app's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run());
  return result.violations.map((v) => `${screen}: ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
