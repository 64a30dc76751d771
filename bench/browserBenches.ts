// Renderer benchmarks in Chromium: typing in the 20,000-word article (the app, with its live document,
// vs. bare Lexical without one, on the same document), opening it, another window's keystrokes arriving,
// and the renderer's memory with it open.
import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { assetDirFor } from '../db/assetStore';
import { createService } from '../electron/service/createService';
import { resolveInside } from '../electron/security/safePath';
import type { ArticleFields } from '../shared/contract/channels';
import { startBrowserMode, type BrowserModeServer } from '../tests/fixtures/browserMode';
import { openLiveWindow } from '../tests/fixtures/liveWindow';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/fixtures/chromium';
import { seedBigArticle } from './bigArticle';
import { figure, percentile, type Figure } from './stats';
import { installTypingProbe } from './typingProbe';

const ROOT = join(__dirname, '..', '..');
const KEYSTROKES = 500;
const TYPING_ROUNDS = 5;
/** About 150 words a minute: a key every 70 ms, so work scheduled between keys has its chance to run. */
const KEY_INTERVAL_MS = 70;
const BODY = '[role="textbox"][aria-label="Article body"]';
/** How long a person looks at the library after start-up before choosing an article. */
const LOOK_MS = 1500;

interface TypingResult {
  paint: number[];
  work: number[];
  longFrames: number;
}

/** Serves the built bare-Lexical page and the document it loads. */
function serveBare(state: string): Promise<Server & { url: string }> {
  const dir = join(ROOT, 'dist', 'bench-bare');
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/state.json') return void response.writeHead(200, { 'Content-Type': 'application/json' }).end(state);
    const file = resolveInside(dir, path);
    try {
      const body = readFileSync(file ?? '');
      response.writeHead(200, { 'Content-Type': types[extname(file!)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(Object.assign(server, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })),
    ),
  );
}

/** Puts the caret in the middle of a paragraph in the middle of the article (section 15). */
async function caretInTheMiddle(page: Page): Promise<void> {
  const at = await page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    const sections = root.querySelectorAll('section');
    const container = sections.length ? sections[Math.floor(sections.length / 2)]! : root;
    const paragraph = container.querySelectorAll('p')[3]!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode()!;
    (root as HTMLElement).focus();
    const range = document.createRange();
    range.setStart(node, Math.floor(node.textContent!.length / 2));
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    paragraph.scrollIntoView({ block: 'center' });
    const box = paragraph.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, BODY);
  // The pointer rests on the paragraph being typed in, in both pages, as a typist's does after
  // clicking there: Chromium checks what is under the pointer after each layout, and a page the
  // pointer never entered skips that work.
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(500);
}

async function typeAndMeasure(page: Page, keystrokes: number): Promise<TypingResult> {
  await caretInTheMiddle(page);
  await page.evaluate(() => {
    const probe = (window as unknown as { __typing: TypingResult & { counting: boolean } }).__typing;
    probe.paint.length = 0;
    probe.work.length = 0;
    probe.longFrames = 0;
    probe.counting = true;
  });
  const text = 'kata baru di tengah naskah ';
  for (let i = 0; i < keystrokes; i++) {
    const key = text[i % text.length]!;
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.evaluate(
      (n) =>
        new Promise<void>((resolve) => {
          const probe = (window as unknown as { __typing: TypingResult }).__typing;
          const check = () => (probe.paint.length >= n ? resolve() : setTimeout(check, 2));
          check();
        }),
      i + 1,
    );
    await page.waitForTimeout(KEY_INTERVAL_MS);
  }
  const result = await page.evaluate(() => {
    const probe = (window as unknown as { __typing: TypingResult & { counting: boolean } }).__typing;
    probe.counting = false;
    return { paint: [...probe.paint], work: [...probe.work], longFrames: probe.longFrames };
  });
  // REDAKSI_BENCH_DEBUG=1: which keystrokes were slow, for profiling.
  if (process.env.REDAKSI_BENCH_DEBUG) console.error(result.paint.map((ms, i) => [i, Math.round(ms)]).filter(([, ms]) => ms! > 25));
  return result;
}

/**
 * The page's longest freeze in the pause after a burst of typing, when what waits for a pause runs
 * (the checklist, the claim suggestions): the longest gap between animation frames in the 1.5 s
 * after the last key, the median of five bursts. A key pressed then waits that long.
 */
async function pauseStall(page: Page): Promise<number> {
  await caretInTheMiddle(page);
  const stalls: number[] = [];
  for (let burst = 0; burst < 5; burst++) {
    for (const key of 'kata ') {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.waitForTimeout(KEY_INTERVAL_MS);
    }
    stalls.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let last = performance.now();
            const end = last + 1500;
            let longest = 0;
            const tick = (now: number) => {
              longest = Math.max(longest, now - last);
              last = now;
              if (now < end) requestAnimationFrame(tick);
              else resolve(longest);
            };
            requestAnimationFrame(tick);
          }),
      ),
    );
  }
  return percentile(stalls, 50);
}

async function heapMb(page: Page): Promise<{ heap: number; nodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heap: get('JSHeapUsedSize') / 1024 / 1024, nodes: get('Nodes') };
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addInitScript(installTypingProbe);
  return context.newPage();
}

async function bareEditor(browser: Browser, fields: ArticleFields) {
  const server = await serveBare(JSON.stringify(fields.body));
  const page = await newPage(browser);
  await page.goto(`${server.url}index.html`);
  // Timed as the app's open is: from the start until the body is in place and editable.
  const json = await page.evaluate(async () => await (await fetch('/state.json')).text());
  const handle = await page.evaluateHandle(
    ([state, selector]) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        window.benchLoad(state);
        const check = () => {
          const body = document.querySelector(selector);
          if (body?.getAttribute('contenteditable') === 'true' && (body.textContent ?? '').length >= 100_000)
            resolve(performance.now() - start);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    [json, BODY] as const,
  );
  const openMs = (await handle.jsonValue()) as number;
  return { page, openMs, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Opens the article from the library; ms from the click until the body is in place and editable. */
async function openFromLibrary(page: Page, headline: string): Promise<number> {
  await page.evaluate(() => {
    window.addEventListener('click', (event) => ((window as unknown as { __clickAt: number }).__clickAt = event.timeStamp), {
      capture: true,
      once: true,
    });
  });
  await page.getByRole('button', { name: new RegExp(headline) }).click();
  const handle = await page.waitForFunction(
    (selector) => {
      const body = document.querySelector(selector);
      if (!body || body.getAttribute('contenteditable') !== 'true' || (body.textContent ?? '').length < 100_000) return false;
      return performance.now() - (window as unknown as { __clickAt: number }).__clickAt;
    },
    BODY,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * From the click that opened the article (as `openFromLibrary` timed it) until its spelling is
 * checked and painted: the pause the checker waits for (400 ms), the worker and its dictionary
 * (the first time), tokenizing and asking Hunspell about every new word.
 */
async function spellingChecked(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => CSS.highlights.has('spelling') && performance.now() - (window as unknown as { __clickAt: number }).__clickAt,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Another window's keystrokes as this page sees them: a live window (Node, the same LiveClient, over
 * the loopback WebSocket) types tokens into the article; the page timestamps each one's arrival in
 * its DOM. Both clocks are this machine's.
 */
async function remoteKeystrokes(page: Page, server: BrowserModeServer, articleId: string, count = 100): Promise<number[]> {
  await page.evaluate((selector) => {
    const seen: Record<string, number> = {};
    (window as unknown as { __remote: Record<string, number> }).__remote = seen;
    new MutationObserver((mutations) => {
      const at = Date.now();
      for (const mutation of mutations) {
        const text = mutation.target.textContent ?? '';
        for (const match of text.matchAll(/zq(\d+)x/g)) seen[match[1]!] ??= at;
        for (const node of mutation.addedNodes) for (const match of (node.textContent ?? '').matchAll(/zq(\d+)x/g)) seen[match[1]!] ??= at;
      }
    }).observe(document.querySelector(selector)!, { subtree: true, childList: true, characterData: true });
  }, BODY);
  const remote = openLiveWindow(server.origin, server.token, articleId);
  await remote.synced;
  const latencies: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const sent = Date.now();
      remote.addParagraph(`zq${i}x`);
      const handle = await page.waitForFunction((n) => (window as unknown as { __remote: Record<string, number> }).__remote[n], String(i), {
        polling: 5,
        timeout: 10_000,
      });
      latencies.push(((await handle.jsonValue()) as number) - sent);
      await page.waitForTimeout(KEY_INTERVAL_MS);
    }
  } finally {
    remote.close();
  }
  return latencies;
}

/** Settings… → Spelling, as a person turns it on or off. */
async function setSpelling(page: Page, on: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('checkbox', { name: /Check spelling/ }).setChecked(on);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Bare Lexical and the app take turns, a round each, so the machine's drift (this is a shared
 * 2-core box) weighs on both alike.
 */
async function typeInTurns(bare: Page, app: Page): Promise<[TypingResult, TypingResult]> {
  const results: [TypingResult, TypingResult] = [
    { paint: [], work: [], longFrames: 0 },
    { paint: [], work: [], longFrames: 0 },
  ];
  for (let round = 0; round < TYPING_ROUNDS; round++) {
    for (const [target, into] of [
      [bare, results[0]],
      [app, results[1]],
    ] as const) {
      const result = await typeAndMeasure(target, KEYSTROKES / TYPING_ROUNDS);
      into.paint.push(...result.paint);
      into.work.push(...result.work);
      into.longFrames += result.longFrames;
    }
  }
  return results;
}

export async function benchRenderer(dir: string): Promise<Figure[]> {
  const dbPath = join(dir, 'typing.db');
  rmSync(dbPath, { force: true });
  rmSync(assetDirFor(dbPath), { recursive: true, force: true });
  const service = await createService(dbPath, { mode: 'browser', version: 'bench' });
  const { id: articleId, fields } = await seedBigArticle(service.dispatch);
  // Suggestion mode needs a person to sign the suggestions.
  await service.dispatch('profile:set', { name: 'Bench Checker', initials: 'BC', colour: '#2e6b30' });
  await service.close();

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const server = await startBrowserMode(dbPath);
  try {
    const bare = await bareEditor(browser, fields);
    const bareMemory = await heapMb(bare.page);

    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole('button', { name: new RegExp(fields.headline) }).waitFor();
    await page.waitForTimeout(LOOK_MS);
    const opens: number[] = [];
    const spelling: number[] = [];
    for (let i = 0; i < 5; i++) {
      opens.push(await openFromLibrary(page, fields.headline));
      spelling.push(await spellingChecked(page));
      if (i < 4) {
        await page.keyboard.press('Control+Alt+KeyW'); // close the article
        await page.locator(BODY).waitFor({ state: 'detached' });
      }
    }
    await page.waitForTimeout(2000); // the claims panel, checklist and images settle
    const appMemory = await heapMb(page);
    const [bareTyping, appTyping] = await typeInTurns(bare.page, page);
    const bareStall = await pauseStall(bare.page);
    const appStall = await pauseStall(page);
    // The same typing in suggestion mode: every keystroke goes through the suggestion edits.
    // By its shortcut: mid-article the toolbar is scrolled away under the sticky header.
    await page.keyboard.press('Control+Alt+Shift+KeyS');
    await page.locator('.suggesting-toggle[aria-pressed="true"]').waitFor();
    const [bareSuggesting, appSuggesting] = await typeInTurns(bare.page, page);
    await page.keyboard.press('Control+Alt+Shift+KeyS');
    // The same typing with spelling turned off (Settings…), in the same run: what checking costs a keystroke.
    await setSpelling(page, false);
    const [bareUnchecked, appUnchecked] = await typeInTurns(bare.page, page);
    await setSpelling(page, true);
    await bare.page.context().close();
    await bare.close();
    const remote = await remoteKeystrokes(page, server, articleId);
    await page.context().close();
    // Someone who clicks the article the moment the library shows, in a fresh page: the editor's
    // warm-up (it waits for idle time after start-up) has not run, so this open compiles the editor's
    // code as it goes. Measured last, so the first open above is the server's first too.
    const hasty = await newPage(browser);
    await hasty.goto(server.url);
    const hastyOpen = await openFromLibrary(hasty, fields.headline);
    await hasty.context().close();

    const longFrames = (t: TypingResult) => t.longFrames || t.paint.filter((ms) => ms > 50).length;
    const paint = (p: number) => [percentile(appTyping.paint, p), percentile(bareTyping.paint, p)] as const;
    const work = (p: number) => [percentile(appTyping.work, p), percentile(bareTyping.work, p)] as const;
    /** keydown→paint p95, app − bare, typed with spelling off. */
    const uncheckedGap = percentile(appUnchecked.paint, 95) - percentile(bareUnchecked.paint, 95);
    return [
      figure('Typing keydown→paint p50', 'ms', paint(50)[0], { baseline: paint(50)[1] }),
      figure('Typing keydown→paint p95', 'ms', paint(95)[0], { baseline: paint(95)[1], max: 16.7 }),
      figure('Typing keydown→paint p95, app − bare', 'ms', paint(95)[0] - paint(95)[1], {
        max: 1,
        target: '≤ 1 ms (no worse than bare Lexical, within a millisecond of timer noise)',
      }),
      figure('Typing keydown→paint p99', 'ms', paint(99)[0], { baseline: paint(99)[1], max: 33.4, target: '≤ 33.3 ms (two frames)' }),
      figure('Typing: frames over 50 ms', 'count', longFrames(appTyping), { baseline: longFrames(bareTyping), max: 0, target: '0' }),
      figure('Typing: keystroke work p50', 'ms', work(50)[0], { baseline: work(50)[1] }),
      figure('Typing: keystroke work p95', 'ms', work(95)[0], { baseline: work(95)[1] }),
      figure('Typing: keystroke work, app ÷ bare (p50)', 'ratio', work(50)[0] / work(50)[1], { max: 1.3 }),
      figure('Typing with spelling off: keydown→paint p95, app − bare', 'ms', uncheckedGap),
      figure(
        'Spelling on, what it adds to typing: keydown→paint p95 (app − bare) with it on − with it off',
        'ms',
        paint(95)[0] - paint(95)[1] - uncheckedGap,
        { max: 1, target: '≤ 1 ms (spelling costs the keystroke nothing measurable)' },
      ),
      figure(
        'Typing with spelling off: keystroke work, app ÷ bare (p50)',
        'ratio',
        percentile(appUnchecked.work, 50) / percentile(bareUnchecked.work, 50),
      ),
      figure('Typing paused: the longest frame in the 1.5 s after the last key (median of 5)', 'ms', appStall, {
        baseline: bareStall,
        max: 33.4,
        target: '≤ 33.3 ms (two frames: the checklist and claim suggestions run in a worker)',
      }),
      figure('Typing in suggestion mode: keydown→paint p95', 'ms', percentile(appSuggesting.paint, 95), {
        baseline: percentile(bareSuggesting.paint, 95),
        max: 16.7,
      }),
      figure(
        'Typing in suggestion mode: keydown→paint p95, app − bare',
        'ms',
        percentile(appSuggesting.paint, 95) - percentile(bareSuggesting.paint, 95),
        { max: 1, target: '≤ 1 ms (as when editing directly)' },
      ),
      figure(
        'Typing in suggestion mode: keystroke work, app ÷ bare (p50)',
        'ratio',
        percentile(appSuggesting.work, 50) / percentile(bareSuggesting.work, 50),
        {
          max: 1.3,
        },
      ),
      figure('Typing in suggestion mode: frames over 50 ms', 'count', longFrames(appSuggesting), {
        baseline: longFrames(bareSuggesting),
        max: 0,
        target: '0',
      }),
      figure('Open the article until editable (median of 5)', 'ms', percentile(opens, 50), { baseline: bare.openMs, max: 300 }),
      figure(
        `Open the article until editable, the first time after start-up (the library looked at for ${LOOK_MS / 1000} s)`,
        'ms',
        opens[0]!,
        {
          baseline: bare.openMs,
          max: 300,
        },
      ),
      figure(
        'Open the article until editable, the first time in a page, clicked the moment the library shows (the server warm)',
        'ms',
        hastyOpen,
        {
          baseline: bare.openMs,
        },
      ),
      figure(
        'Spelling of the 20,000-word article checked and painted, from the click, first open (incl. the 400 ms pause)',
        'ms',
        spelling[0]!,
        {
          baseline: opens[0]!,
        },
      ),
      figure(
        'Spelling checked and painted, from the click, later opens (median of 4; words remembered)',
        'ms',
        percentile(spelling.slice(1), 50),
        {
          baseline: percentile(opens.slice(1), 50),
        },
      ),
      figure("Another window's keystroke visible here, p50 (loopback)", 'ms', percentile(remote, 50)),
      figure("Another window's keystroke visible here, p95 (loopback)", 'ms', percentile(remote, 95), { max: 100 }),
      figure('Renderer JS heap with the article open', 'MB', appMemory.heap, { baseline: bareMemory.heap }),
      figure('Renderer DOM nodes with the article open', 'count', appMemory.nodes, { baseline: bareMemory.nodes }),
    ];
  } finally {
    await server.stop();
    await browser.close();
    rmSync(dbPath, { force: true });
    rmSync(assetDirFor(dbPath), { recursive: true, force: true });
  }
}
