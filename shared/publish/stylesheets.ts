// The stylesheets of the pages Redaksi writes. They are the only inline styles its own windows
// allow: the Content Security Policy names each by its SHA-256, so the sandboxed previews are styled
// while no other inline style (from an imported or pasted page) could apply.

/** The publication page: a calm, readable article. */
export const PAGE_STYLESHEET = `body{margin:0;font:18px/1.6 Georgia,'Noto Serif',serif;color:#1d1f23;background:#fff}
article{max-width:46rem;margin:2rem auto;padding:0 1rem}h1{font-size:2.1rem;line-height:1.2;margin:0 0 .5rem}
h2,h3{font-family:system-ui,sans-serif;line-height:1.3}.dek{font-size:1.2rem;color:#50555e;margin:0 0 1rem}
.byline{font-family:system-ui,sans-serif;font-size:.9rem;color:#50555e}figure{margin:1.5rem 0}img{max-width:100%;height:auto}
figcaption{font-family:system-ui,sans-serif;font-size:.85rem;color:#50555e;margin-top:.4rem}.credit{color:#6b6f77}
blockquote{margin:1.2rem 0;padding-left:1rem;border-left:3px solid #1f5c99}a{color:#1f5c99}
table{border-collapse:collapse;width:100%;margin:1.5rem 0;font:.95rem/1.45 system-ui,sans-serif}
caption{text-align:left;font-size:.85rem;color:#50555e;padding-bottom:.4rem}
th,td{border-bottom:1px solid #d9d5cc;padding:.35rem .5rem;text-align:left;vertical-align:top}thead th{border-bottom:2px solid #1d1f23}
td p,th p{margin:0 0 .3rem}.align-right{text-align:right}.align-center{text-align:center}
.pull-quote blockquote{border:0;padding:0;margin:0;font-size:1.45rem;line-height:1.35;font-style:italic;color:#1f5c99}
.pull-quote{margin:2rem 0;padding:1rem 0;border-top:2px solid #1f5c99;border-bottom:2px solid #1f5c99}.pull-quote figcaption::before{content:"— "}
.embed{margin:1.5rem 0;padding:.8rem 1rem;border:1px solid #d9d5cc;border-radius:6px}.embed blockquote{margin:0 0 .5rem}
.gallery{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem;align-items:start}.gallery figure{margin:0}`;

/** The fact-check report. */
export const REPORT_STYLESHEET = `body{font:16px/1.55 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1f23}
mark{background:#ffe9a8}.claim{border-top:1px solid #d9d5cc;padding-top:1rem;margin-top:1.5rem}
dl{display:grid;grid-template-columns:9rem 1fr;gap:.25rem .75rem}dt{font-weight:600}dd{margin:0}
.verdict-false{color:#a4262c;font-weight:700}.verdict-mixed{color:#8a5a00;font-weight:700}.verdict-true{color:#2c6e3f;font-weight:700}
blockquote{margin:.3rem 0 .3rem 1rem;color:#50555e}`;
