// Validates each object of the given Kubernetes manifests against the JSON schema of its apiVersion and kind, as
// kubernetes-models compiles them from the Kubernetes OpenAPI document. Prints one line per object; exits 1 on any error.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.join(process.env.NODE_PATH, "noop.js"));
const { parseAllDocuments } = require("yaml");

let failures = 0;
for (const file of process.argv.slice(2)) {
    for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
        const manifest = document.toJS();
        if (manifest === null) {
            continue;
        }
        const name = `${file}: ${manifest.apiVersion} ${manifest.kind} ${manifest.metadata?.name}`;
        try {
            if (document.errors.length > 0) {
                throw new Error(document.errors.map((error) => error.message).join("; "));
            }
            const module = require(`kubernetes-models/${manifest.apiVersion}/${manifest.kind}`);
            new module[manifest.kind](manifest).validate();
            console.log(`valid    ${name}`);
        } catch (error) {
            failures++;
            console.log(`INVALID  ${name}: ${error.message}`);
        }
    }
}
process.exit(failures === 0 ? 0 : 1);
