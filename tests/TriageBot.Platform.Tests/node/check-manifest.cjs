// Validates a Teams app manifest against Microsoft's published JSON schema for its manifestVersion, as shipped in
// @microsoft/app-manifest (offline; the schemas are draft-04). Exit 1 on any error.
const fs = require("node:fs");
const path = require("node:path");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const manifest = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const schemas = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");
const schemaFile = path.join(schemas, `v${manifest.manifestVersion}`, "MicrosoftTeams.schema.json");
if (!fs.existsSync(schemaFile)) {
  console.log(`no schema for manifestVersion ${manifest.manifestVersion} in @microsoft/app-manifest`);
  process.exit(1);
}
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
if (validate(manifest)) {
  console.log(`manifest valid against ${path.relative(schemas, schemaFile)}`);
  process.exit(0);
}
for (const e of validate.errors) console.log(`${e.instancePath || "/"}: ${e.message} ${JSON.stringify(e.params)}`);
process.exit(1);
