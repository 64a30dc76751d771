// The embed card, from the platforms' own embed codes (as their "embed" buttons give them) to the
// page: the link, the author and the words come in; the script and the frame never do; the page
// gets the platforms' no-script markup (a quote and a link), never a third-party script or frame.
import { describe, expect, it } from 'vitest';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { findBodyProblem } from '../../../shared/contract/lexicalState';
import { canonicalEmbedUrl } from '../../../shared/editor/cards/embed/embedJson';
import { importHtml } from '../../../shared/import/importHtml';
import { renderBody } from '../../../shared/publish/renderBody';
import { renderMarkdown } from '../../../shared/publish/renderMarkdown';
import { plainTextOf } from '../../../shared/text/plainText';
import { analyzeArticle } from '../../../shared/checklist/readyToPublish';
import { headlessEditor } from '../../fixtures/headlessEditor';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { GOLDEN_CASES } from '../../fixtures/goldenBodies';

const noImages = { resolveImage: () => null };
type Json = { type?: unknown; children?: Json[]; [key: string]: unknown };
const embedsOf = (body: SerializedBody) => (body.root.children as Json[]).filter((b) => b.type === 'embed');

const X_POST = `<blockquote class="twitter-tweet"><p lang="in" dir="ltr">Banjir rob kembali merendam Muara Baru pagi ini. <a href="https://t.co/abc123">pic.twitter.com/abc123</a></p>&mdash; BPBD DKI Jakarta (@BPBDJakarta) <a href="https://twitter.com/BPBDJakarta/status/1809123456789012345?ref_src=twsrc%5Etfw">July 5, 2025</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`;
const INSTAGRAM = `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/C8xYzAbCdEf/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14" style="background:#FFF;"><div style="padding:16px;"> <a href="https://www.instagram.com/p/C8xYzAbCdEf/?utm_source=ig_embed&amp;utm_campaign=loading" target="_blank"> <div style="display:flex;"></div><div style="padding-top: 8px;"> <div style="color:#3897f0;">View this post on Instagram</div></div></a><p style="margin:8px 0 0 0;"><a href="https://www.instagram.com/p/C8xYzAbCdEf/?utm_source=ig_embed&amp;utm_campaign=loading" target="_blank">A post shared by Kementerian PUPR (@kemenpupr)</a></p></div></blockquote> <script async src="//www.instagram.com/embed.js"></script>`;
const TIKTOK = `<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@jakartaupdate/video/7388123456789012345" data-video-id="7388123456789012345" style="max-width: 605px;min-width: 325px;" > <section> <a target="_blank" title="@jakartaupdate" href="https://www.tiktok.com/@jakartaupdate?refer=embed">@jakartaupdate</a> Antrean beras murah di Pasar Induk <a title="beras" target="_blank" href="https://www.tiktok.com/tag/beras?refer=embed">#beras</a> <a target="_blank" title="♬ suara asli - jakartaupdate" href="https://www.tiktok.com/music/suara-asli-7388">♬ suara asli - jakartaupdate</a> </section> </blockquote> <script async src="https://www.tiktok.com/embed.js"></script>`;
const FACEBOOK = `<div class="fb-post" data-href="https://www.facebook.com/kemenkeuri/posts/pfbid0abcDEF" data-width="500" data-show-text="true"><blockquote cite="https://www.facebook.com/kemenkeuri/posts/pfbid0abcDEF" class="fb-xfbml-parse-ignore"><p>APBN 2025 tetap sehat dan kredibel.</p>Posted by <a href="https://www.facebook.com/kemenkeuri">Kementerian Keuangan</a> on&nbsp;<a href="https://www.facebook.com/kemenkeuri/posts/pfbid0abcDEF">Friday, July 4, 2025</a></blockquote></div>`;
const YOUTUBE = `<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=AbCdEf" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>`;
const VIMEO = `<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" width="640" height="360" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen title="Banjir Jakarta 2025"></iframe>`;

describe('embeds', () => {
  it('recognises a post or video link on each platform, in one canonical https form, and nothing else', () => {
    expect(canonicalEmbedUrl('https://twitter.com/BPBDJakarta/status/1809123456789012345?s=20')).toEqual({
      platform: 'x',
      url: 'https://x.com/BPBDJakarta/status/1809123456789012345',
    });
    expect(canonicalEmbedUrl('https://youtu.be/dQw4w9WgXcQ?t=42')?.url).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(canonicalEmbedUrl('https://www.youtube.com/shorts/dQw4w9WgXcQ')?.url).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(canonicalEmbedUrl('https://www.instagram.com/reel/C8xYzAbCdEf/?igsh=x')?.url).toBe(
      'https://www.instagram.com/reel/C8xYzAbCdEf/',
    );
    expect(canonicalEmbedUrl('https://vimeo.com/76979871')?.platform).toBe('vimeo');
    for (const bad of [
      'javascript:alert(1)',
      'https://x.com.evil.example/a/status/1',
      'https://evil.example/?u=https://x.com/a/status/1',
      'https://user:pw@x.com/a/status/1',
      'https://x.com/home',
      'https://www.youtube.com/watch?v=short',
      'not a url',
    ])
      expect(canonicalEmbedUrl(bad), bad).toBeNull();
  });

  it('the platforms’ embed codes become cards with link, author and words; their scripts and frames never come in', () => {
    const result = importHtml(`<p>Pembuka.</p>${X_POST}${INSTAGRAM}${TIKTOK}${FACEBOOK}${YOUTUBE}${VIMEO}<p>Penutup.</p>`);
    const fields = embedsOf(result.body).map(({ url, author, text: words }) => ({ url, author, text: words }));
    expect(fields).toEqual([
      {
        url: 'https://x.com/BPBDJakarta/status/1809123456789012345',
        author: 'BPBD DKI Jakarta (@BPBDJakarta)',
        text: 'Banjir rob kembali merendam Muara Baru pagi ini. pic.twitter.com/abc123',
      },
      { url: 'https://www.instagram.com/p/C8xYzAbCdEf/', author: 'Kementerian PUPR (@kemenpupr)', text: '' },
      {
        url: 'https://www.tiktok.com/@jakartaupdate/video/7388123456789012345',
        author: '@jakartaupdate',
        text: 'Antrean beras murah di Pasar Induk #beras',
      },
      {
        url: 'https://www.facebook.com/kemenkeuri/posts/pfbid0abcDEF',
        author: 'Kementerian Keuangan',
        text: 'APBN 2025 tetap sehat dan kredibel.',
      },
      { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', author: '', text: '' },
      { url: 'https://vimeo.com/76979871', author: '', text: 'Banjir Jakarta 2025' },
    ]);
    // The scripts are reported as dropped; the frames are not (they became cards).
    expect(result.report.map((n) => n.message).join(' ')).toMatch(/dropped 3 <script> elements/);
    expect(result.report.map((n) => n.message).join(' ')).not.toMatch(/iframe/);
    const html = renderBody(result.body, noImages);
    expect(html).not.toMatch(/<script|<iframe|platform\.twitter|embed\.js|style=/);
    expect(html).toContain(
      '<figure class="embed"><blockquote cite="https://x.com/BPBDJakarta/status/1809123456789012345"><p>Banjir rob kembali merendam Muara Baru pagi ini. pic.twitter.com/abc123</p></blockquote><figcaption>BPBD DKI Jakarta (@BPBDJakarta), <a href="https://x.com/BPBDJakarta/status/1809123456789012345">X</a></figcaption></figure>',
    );
    expect(html).toContain(
      '<figure class="embed"><figcaption><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">YouTube</a></figcaption></figure>',
    );
    // The editor holds them as they came.
    const held = headlessEditor(result.body).getEditorState().toJSON() as unknown as SerializedBody;
    expect(embedsOf(held)).toEqual(embedsOf(result.body));
  });

  it('WordPress’s embed block (a post saved with its link as the wrapper’s text) is an embed card', () => {
    const result = importHtml(
      '<p>Kata BPBD.</p><figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/BPBDJakarta/status/1809123456789012345\n</div></figure>',
    );
    expect(embedsOf(result.body)).toEqual([
      { type: 'embed', version: 1, url: 'https://x.com/BPBDJakarta/status/1809123456789012345', author: '', text: '' },
    ]);
  });

  it('our own published embeds import back as the same cards (a page Redaksi wrote, brought in again)', () => {
    const back = importHtml(renderBody(GOLDEN_CASES.embeds!, noImages));
    expect(embedsOf(back.body).map(({ url, author, text: words }) => ({ url, author, text: words }))).toEqual([
      {
        url: 'https://x.com/BPBDJakarta/status/1809123456789012345',
        author: 'BPBD <DKI> Jakarta',
        text: 'Air naik "setinggi lutut".\n\nWarga & relawan mengungsi.',
      },
      { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', author: '', text: '' },
    ]);
  });

  it('a frame from anywhere else is dropped and reported, as before', () => {
    const result = importHtml(
      '<p>Teks.</p><iframe src="https://evil.example/x"></iframe><iframe src="https://www.youtube.com/embed/notAnId"></iframe>',
    );
    expect(embedsOf(result.body)).toEqual([]);
    expect(result.report.map((n) => n.message).join(' ')).toMatch(/dropped 2 <iframe> elements/);
  });

  it('Markdown, plain text and the checklist: the words quoted, the author and link; a post without its words is on the checklist', () => {
    const body = bodyOf(
      paragraph(text('Kata BPBD:')),
      {
        type: 'embed',
        version: 1,
        url: 'https://x.com/BPBDJakarta/status/1809123456789012345',
        author: 'BPBD *DKI*',
        text: 'Air naik.\nWarga mengungsi.',
      },
      { type: 'embed', version: 1, url: 'https://www.instagram.com/p/C8xYzAbCdEf/', author: 'PUPR', text: '' },
      { type: 'embed', version: 1, url: 'https://evil.example/x', author: 'Siapa', text: 'Apa' },
    );
    expect(renderMarkdown(body, noImages)).toBe(
      'Kata BPBD:\n\n> Air naik.\n> Warga mengungsi.\n>\n> — BPBD \\*DKI\\*, [X](https://x.com/BPBDJakarta/status/1809123456789012345)\n\n— PUPR, [Instagram](https://www.instagram.com/p/C8xYzAbCdEf/)\n',
    );
    expect(plainTextOf(body)).toBe('Kata BPBD:\n\nAir naik.\nWarga mengungsi.\n\nBPBD *DKI*\n\nPUPR\n\nApa\n\nSiapa');
    expect(analyzeArticle({ headline: 'Banjir', hero: null, body }).items.map((i) => i.message)).toEqual([
      'The Instagram post embedded has no quoted text: add the words it says (readers without Instagram see them)',
      'An embed has no link to a post or video on X, Instagram, Facebook, TikTok, YouTube or Vimeo',
    ]);
  });

  // A quadratic scan of this input takes minutes: the test's limit is what fails then.
  it('a hostile snippet (a megabyte of repeated names in an X embed) is read, its card bounded', { timeout: 20_000 }, () => {
    const result = importHtml(
      `<blockquote class="twitter-tweet"><p>${'Posted by Siti '.repeat(80_000)}</p><a href="https://x.com/a/status/1">x</a></blockquote>`,
    );
    const [embed] = embedsOf(result.body);
    expect(String(embed!.text).length).toBeLessThanOrEqual(30_000);
    expect(String(embed!.author).length).toBeLessThanOrEqual(300);
  });

  it('a saved or pasted embed whose fields are not text is refused as a body', () => {
    expect(findBodyProblem(bodyOf({ type: 'embed', version: 1, url: { href: 'x' } }))).toBe("an embed's url is not text");
  });
});
