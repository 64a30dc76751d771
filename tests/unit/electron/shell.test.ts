// Pins the Electron checklist items that live in plain data: web preferences, CSP, packaging config.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { secureWebPreferences } from '../../../electron/main/webPreferences';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/contentSecurity';
import { PAGE_STYLESHEET, REPORT_STYLESHEET } from '../../../shared/publish/stylesheets';
import { createHash } from 'node:crypto';

const ROOT = join(__dirname, '..', '..', '..');

describe('window hardening', () => {
  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it("turns Chromium's spellchecker off in every window: on Windows and Linux it downloads dictionaries", () => {
    expect(secureWebPreferences('/app/preload.cjs').spellcheck).toBe(false);
  });

  it('has a strict CSP: own scripts only, no inline script, no eval, nothing remote', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    // WebAssembly may be compiled (Hunspell, in the spelling worker); text is never evaluated.
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // The analysis worker: from the bundle only (no blob: or data: worker).
    expect(directives['worker-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
  });

  it("allows exactly two inline stylesheets, by hash: the publication page's and the report's (for their previews)", () => {
    const styles = CONTENT_SECURITY_POLICY.split('; ')
      .find((d) => d.startsWith('style-src '))!
      .split(' ')
      .slice(1);
    const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    expect(styles).toEqual(["'self'", hash(PAGE_STYLESHEET), hash(REPORT_STYLESHEET)]);
  });
});

describe('electron-builder.yml', () => {
  const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

  it('is valid against app-builder-lib’s schema', () => {
    const schemaPath = createRequire(join(ROOT, 'package.json')).resolve('app-builder-lib/scheme.json');
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('sets release fuses and keeps native modules unpacked and unrebuilt', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.asarUnpack).toContain('dist/node/heavy-worker.cjs');
  });
});
