// Parses every Adaptive Card (*.json) in a folder with Microsoft's own library, as a Teams-like host would, and
// prints each parse or validation event (an error, or a warning such as TooManyActions). Exit 1 on any.
const fs = require("node:fs");
const path = require("node:path");
const AC = require("adaptivecards/dist/adaptivecards.js");

const dir = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
let problems = 0;
for (const file of files) {
  const json = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  events.push(...card.validateProperties().validationEvents);
  if (json.version !== "1.5") events.push({ event: "version", message: `version is ${json.version}, expected 1.5` });
  for (const e of events) {
    problems++;
    console.log(`${file}: ${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
  }
}
console.log(`${files.length} cards checked, ${problems} problems`);
process.exit(files.length === 0 || problems > 0 ? 1 : 0);
