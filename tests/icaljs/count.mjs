// Parse each .ics file given on the command line with ical.js and print, as JSON,
// its VEVENT count and UIDs, so the Python tests can compare with icalendar's view.
// Usage: node count.mjs FILE.ics [FILE.ics ...]
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const results = [];
let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
    for (const vtimezone of root.getAllSubcomponents("vtimezone")) {
      ICAL.TimezoneService.register(vtimezone);
    }
    const uids = [];
    for (const vevent of root.getAllSubcomponents("vevent")) {
      const event = new ICAL.Event(vevent);
      // Touch the dates so a value ical.js cannot read fails here, not silently.
      event.startDate.toJSDate();
      event.endDate.toJSDate();
      uids.push(event.uid);
    }
    results.push({ file, events: uids.length, uids });
  } catch (error) {
    failed = true;
    results.push({ file, error: String(error) });
  }
}
process.stdout.write(JSON.stringify(results) + "\n");
process.exit(failed ? 1 : 0);
