#!/usr/bin/env node
// Run chrono-node over documents the way calendarize reads them, for comparison.
//
// Scan mode (default): stdin carries one JSON object per line, {"doc", "anchor": "YYYY-MM-DD", "text"};
// stdout gets one JSON object per result:
//   {"peer": "chrono-node", "doc", "line", "start", "end", "text"}
// `line` is 1-based in the given text; start/end are local ISO dates ("YYYY-MM-DD") unless chrono knows the
// hour, then "YYYY-MM-DDTHH:MM". The anchor is the reference date, at noon local time.
//
// With --grain, each result also gets "grain": "month" when chrono knows neither the day, the weekday nor
// the hour ("August", "last year", "this week"): the scorer then treats it as a coarse, neutral claim
// instead of a claim about the first of the month. The peer is then named "chrono-node-grain".
//
// Bench mode: `node chrono_scan.js --bench FILE [N]` scans FILE N times (default 20) and prints MB/s,
// start-up and the first (warm-up) pass excluded.
'use strict';

const fs = require('fs');
const readline = require('readline');
const chrono = require('chrono-node');

const WITH_GRAIN = process.argv.includes('--grain');
const PEER = WITH_GRAIN ? 'chrono-node-grain' : 'chrono-node';

function pad(n, width = 2) {
  return String(n).padStart(width, '0');
}

/** ISO local value of a chrono component set: a day, or a day and a clock time when the hour is known. */
function iso(components) {
  const day = `${pad(components.get('year'), 4)}-${pad(components.get('month'))}-${pad(components.get('day'))}`;
  if (!components.isCertain('hour')) {
    return day;
  }
  return `${day}T${pad(components.get('hour'))}:${pad(components.get('minute') ?? 0)}`;
}

/** "day" when the text fixed a day (a date, a weekday, a clock time), else "month" (or coarser). */
function grain(components) {
  return ['day', 'weekday', 'hour'].some((unit) => components.isCertain(unit)) ? 'day' : 'month';
}

/** Reference date: the anchor day at noon, local time. */
function referenceDate(anchor) {
  const [y, m, d] = anchor.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
}

/** 1-based line numbers for character offsets, via the offsets where lines start. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts, index) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function scanDocument(doc) {
  const out = [];
  const ref = referenceDate(doc.anchor);
  const starts = lineStarts(doc.text);
  for (const r of chrono.parse(doc.text, ref, { forwardDate: false })) {
    try {
      const item = {
        peer: PEER,
        doc: doc.doc,
        line: lineOf(starts, r.index),
        start: iso(r.start),
        end: r.end ? iso(r.end) : null,
        text: r.text,
      };
      if (WITH_GRAIN) item.grain = grain(r.start);
      out.push(item);
    } catch (err) {
      process.stderr.write(`chrono_scan: ${doc.doc}: skipped result ${JSON.stringify(r.text)}: ${err}\n`);
    }
  }
  return out;
}

async function scan() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    let doc;
    try {
      doc = JSON.parse(raw);
    } catch (err) {
      process.stderr.write(`chrono_scan: skipped a malformed input line: ${err}\n`);
      continue;
    }
    let results = [];
    try {
      results = scanDocument(doc);
    } catch (err) {
      process.stderr.write(`chrono_scan: ${doc.doc}: chrono failed: ${err}\n`);
    }
    for (const r of results) process.stdout.write(JSON.stringify(r) + '\n');
  }
}

function bench(file, times) {
  const text = fs.readFileSync(file, 'utf8');
  const ref = new Date(2021, 9, 28, 12);
  chrono.parse(text, ref, { forwardDate: false }); // warm-up
  const t0 = process.hrtime.bigint();
  let found = 0;
  for (let i = 0; i < times; i++) found += chrono.parse(text, ref, { forwardDate: false }).length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const mb = (Buffer.byteLength(text, 'utf8') * times) / 1e6;
  console.log(`chrono-node: ${(mb / seconds).toFixed(3)} MB/s (${times} x ${file}, ${found / times} results per pass)`);
}

const args = process.argv.slice(2).filter((a) => a !== '--grain');
if (args[0] === '--bench') {
  if (!args[1]) {
    console.error('usage: chrono_scan.js --bench FILE [N]');
    process.exit(2);
  }
  bench(args[1], Number(args[2] || 20));
} else {
  scan().catch((err) => {
    console.error(`chrono_scan: ${err}`);
    process.exit(1);
  });
}
