// Mozilla Readability (with jsdom) as a peer of the Sitrep bench task `extract-aeb`
// (bench/Sitrep.Bench/Tasks/ExtractionPeer.cs).
// Reads JSON Lines on stdin, one page a line: {"id", "path"} where path is a gzip-compressed UTF-8 HTML file,
// and optionally {"url"}. Writes one JSON object on stdout: {"documents": [{"id", "text"}], "seconds": best time
// of one pass over all pages (jsdom parse + Readability.parse, after a warm-up pass), "passes": N}.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const passes = Math.max(1, Number(process.argv[2] ?? 3));
const pages = readFileSync(0, 'utf8').split('\n').filter(l => l.trim().length > 0).map(l => JSON.parse(l))
  .map(p => ({ ...p, html: gunzipSync(readFileSync(p.path)).toString('utf8') }));
// Pages log CSS and script complaints to jsdom's console: keep them off our stdout.
const quiet = new VirtualConsole();

function extract(page) {
  try {
    const dom = new JSDOM(page.html, { url: page.url || 'https://example.org/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
}

let texts = pages.map(extract);
let best = Infinity;
for (let p = 0; p < passes; p++) {
  const start = process.hrtime.bigint();
  texts = pages.map(extract);
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
}
process.stdout.write(JSON.stringify({ passes, seconds: best, documents: pages.map((p, i) => ({ id: p.id, text: texts[i] })) }));
