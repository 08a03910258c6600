// chrono-node as a peer of the Sitrep bench task `timex` (bench/Sitrep.Bench/Tasks/TimexTask.cs).
// Reads JSON Lines on stdin, one document per line: {"id", "text", "dct": "YYYY-MM-DD" | null}.
// Writes one JSON object on stdout: {"documents": [{"id", "timexes": [{"start", "end", "text", "value"}]}],
// "seconds": best time of one pass over all documents (after a warm-up pass), "passes": N}.
// Every result is a TIMEX3 DATE: its value keeps the components chrono marks as certain — a day
// (day or weekday certain) as YYYY-MM-DD, else a month as YYYY-MM, else a year as YYYY, else
// (relative expressions with nothing certain) the resolved day.
import * as chrono from 'chrono-node';
import { readFileSync } from 'node:fs';

const passes = Math.max(1, Number(process.argv[2] ?? 3));
const documents = readFileSync(0, 'utf8').split('\n').filter(l => l.trim().length > 0).map(l => JSON.parse(l));

function referenceDate(dct) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct ?? '');
  // Noon UTC, with TZ=UTC set by the caller, so that no time zone moves the day.
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12)) : new Date();
}

const pad = (n, w) => String(n).padStart(w, '0');

function timexValue(c) {
  const y = pad(c.get('year'), 4), m = pad(c.get('month'), 2), d = pad(c.get('day'), 2);
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${m}-${d}`;
  if (c.isCertain('month')) return `${y}-${m}`;
  if (c.isCertain('year')) return y;
  return `${y}-${m}-${d}`;
}

function parseAll() {
  return documents.map(doc => ({
    id: doc.id,
    results: chrono.parse(doc.text, referenceDate(doc.dct)),
  }));
}

let parsed = parseAll();
let best = Infinity;
for (let p = 0; p < passes; p++) {
  const start = process.hrtime.bigint();
  parsed = parseAll();
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
}

const output = {
  passes,
  seconds: best,
  documents: parsed.map(d => ({
    id: d.id,
    timexes: d.results.map(r => ({ start: r.index, end: r.index + r.text.length, text: r.text, value: timexValue(r.start) })),
  })),
};
process.stdout.write(JSON.stringify(output));
