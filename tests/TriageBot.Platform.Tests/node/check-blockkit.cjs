// Type-checks every Block Kit payload (*.json: {"kind":"message"|"view", ...}) in a folder against Slack's own
// type definitions (@slack/types) with the TypeScript compiler: a misspelt block type, a missing field or an
// unknown property is a compile error. Exit 1 on any.
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const dir = path.resolve(process.argv[2]);
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
const lines = ['import type { KnownBlock, View } from "@slack/types";', ""];
files.forEach((file, i) => {
  const payload = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  lines.push(`// ${file}`);
  if (payload.kind === "view") lines.push(`export const p${i}: View = ${JSON.stringify(payload.view, null, 1)};`);
  else lines.push(`export const p${i}: { text: string; blocks: KnownBlock[] } = ${JSON.stringify({ text: payload.text, blocks: payload.blocks }, null, 1)};`);
});
const source = path.join(__dirname, ".work", "payloads.ts");
fs.mkdirSync(path.dirname(source), { recursive: true });
fs.writeFileSync(source, lines.join("\n"));
const program = ts.createProgram([source], {
  strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, types: [],
});
const diagnostics = ts.getPreEmitDiagnostics(program);
for (const d of diagnostics) {
  const where = d.file ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : "";
  console.log(`${where} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}
console.log(`${files.length} payloads checked, ${diagnostics.length} problems`);
process.exit(files.length === 0 || diagnostics.length > 0 ? 1 : 0);
