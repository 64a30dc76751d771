import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../electron/security/externalLinks';
import { resolveInside } from '../../../electron/security/safePath';

describe('resolveInside', () => {
  const root = resolve('/srv/app/renderer');
  it('resolves paths inside the folder', () => {
    expect(resolveInside(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/assets/index-1.js')).toBe(join(root, 'assets', 'index-1.js'));
    expect(resolveInside(root, '/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });
  it('refuses traversal in every spelling', () => {
    for (const path of [
      '/../secret',
      '/assets/../../secret',
      '/%2e%2e/secret',
      '/%2E%2E%2Fsecret',
      '/..%5csecret',
      '/a\\..\\..\\b',
      '/%00x',
      '/%zz',
      '//etc/passwd/../../..',
    ]) {
      expect(resolveInside(root, path), path).toBeNull();
    }
  });
});

describe('external links', () => {
  it('opens only web and mail links outside the app', () => {
    expect(isAllowedExternalUrl('https://www.kompas.id/')).toBe(true);
    expect(isAllowedExternalUrl('http://example.com')).toBe(true);
    expect(isAllowedExternalUrl('mailto:redaksi@example.com')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'redaksi://app/index.html',
      'smb://host/share',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});
