// Steps several specs take the same way a writer would.
import type { Page } from '@playwright/test';

/** New article from the Explainer template, with a headline. */
export async function newExplainer(page: Page, headline: string): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  const dialog = page.getByRole('dialog', { name: 'New article' });
  await dialog.getByRole('radio', { name: /^Explainer/ }).check();
  await dialog.getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill(headline);
}
