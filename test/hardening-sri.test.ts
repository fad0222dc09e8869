/**
 * Subresource Integrity for the script tag (issue 15 part 4, docs/script-tag.md):
 * dist/cdn/sri.json (written by scripts/sri.mjs at build time) gives the hash of every
 * file the browser really receives; a page that puts the entry's hash in `integrity` gets
 * the widgets, one with a wrong hash gets nothing run (the fallback content stays); the
 * import()ed chunks are checked only when the site lists them in an import map's
 * `integrity` section — shown here both ways.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { page, ready } from './hardening.js';
import { VERSION } from '../src/shared/version.js';

interface Sri {
  version: string;
  algorithm: 'sha384';
  entries: Record<string, string>;
  chunks: Record<string, string>;
}

/** The built files byte for byte (the test server's /nc-raw/ prefix, past its transforms), as a CDN serves them. */
const RAW = '/nc-raw/dist/cdn/';
const CDN = `${RAW}numerique-choisi.js`;
const LOADER = `${RAW}loader.js`;

let sri: Sri;
before(async () => {
  const response = await fetch(`${RAW}sri.json`);
  expect(response.ok, 'dist/cdn/sri.json (npm run build writes it)').to.equal(true);
  sri = (await response.json()) as Sri;
});

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const PARTNERS = '<nc-partner-list layout="inline"><p class="fallback">Les partenaires de la journée.</p></nc-partner-list>';

describe('Subresource Integrity (dist/cdn/sri.json)', () => {
  it('lists the two entry files and every chunk, for this version, each with the hash of the bytes served', async () => {
    expect(sri.version).to.equal(VERSION);
    expect(sri.algorithm).to.equal('sha384');
    expect(Object.keys(sri.entries).sort()).to.include.members(['loader.js', 'numerique-choisi.js']);
    expect(Object.keys(sri.chunks).length).to.be.greaterThan(10);
    expect(Object.keys(sri.chunks).every((n) => /-[A-Za-z0-9_-]{8}\.js$/.test(n)), 'chunks carry a content hash in their name').to.equal(true);
    for (const [name, hash] of Object.entries({ ...sri.entries, ...sri.chunks })) expect(await sha384(`${RAW}${name}`), name).to.equal(hash);
  });

  it('package.json names the script-tag file for jsDelivr and unpkg (the short URL), an entry of sri.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { jsdelivr?: string; unpkg?: string; files: string[] };
    expect(pkg.jsdelivr).to.equal('dist/cdn/numerique-choisi.js');
    expect(pkg.unpkg).to.equal(pkg.jsdelivr);
    expect(Object.keys(sri.entries)).to.include(pkg.jsdelivr!.split('/').pop());
    expect(pkg.files, 'dist/ (with sri.json) is published').to.include('dist');
  });

  for (const [file, src] of [
    ['numerique-choisi.js', CDN],
    ['loader.js', LOADER],
  ] as const) {
    it(`${file} with its integrity attribute: the widget shows`, async () => {
      const p = await page(`${PARTNERS}<script type="module" src="${src}" integrity="${sri.entries[file]}" crossorigin="anonymous"></script>`);
      await ready(p.doc);
      expect(p.log.thrown).to.deep.equal([]);
      expect(p.log.errors).to.deep.equal([]);
    });

    it(`${file} with a wrong hash: the browser runs none of it; the fallback content stays`, async () => {
      const wrong = `sha384-${btoa('x'.repeat(48))}`;
      const p = await page(`${PARTNERS}<script type="module" src="${src}" integrity="${wrong}" crossorigin="anonymous"></script>`);
      await waitUntil(() => p.log.thrown.length > 0, 'the script refused');
      await aTimeout(200);
      expect(p.win.customElements.get('nc-partner-list')).to.equal(undefined);
      expect(p.doc.querySelector('.fallback')!.getClientRects().length, 'the fallback is shown').to.be.greaterThan(0);
    });
  }

  it('the loader’s import()ed chunks: checked when the page lists them in an import map’s integrity; a wrong hash there stops that chunk only', async () => {
    const chunk = Object.keys(sri.chunks).find((n) => n.startsWith('partner-list-'))!;
    expect(chunk, 'the partner list’s chunk').to.be.a('string');
    const map = (hashes: Record<string, string>) =>
      `<script type="importmap">${JSON.stringify({ imports: {}, integrity: Object.fromEntries(Object.entries(hashes).map(([n, h]) => [`${RAW}${n}`, h])) })}</script>`;
    const good = await page(`${map(sri.chunks)}${PARTNERS}<script type="module" src="${LOADER}" integrity="${sri.entries['loader.js']}"></script>`);
    await ready(good.doc);
    expect(good.log.thrown).to.deep.equal([]);

    const bad = await page(`${map({ ...sri.chunks, [chunk]: `sha384-${btoa('y'.repeat(48))}` })}${PARTNERS}<script type="module" src="${LOADER}"></script>`);
    await waitUntil(() => bad.log.errors.some((e) => e.includes('<nc-partner-list>: could not load its code')), 'the loader says the chunk failed');
    expect(bad.win.customElements.get('nc-partner-list')).to.equal(undefined);
    expect(bad.doc.querySelector('.fallback')!.getClientRects().length, 'the fallback is shown').to.be.greaterThan(0);
  });
});
