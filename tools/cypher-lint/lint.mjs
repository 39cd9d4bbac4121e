#!/usr/bin/env node
// Lints Cypher files with Neo4j's own parser (@neo4j-cypher/language-support, lintCypherQuery).
// Usage: node lint.mjs [--allow-parameters] FILE [FILE...]   ("-" reads standard input)
// --allow-parameters: statements meant to be sent with parameters ($rows) do not need them declared.
// Prints one line per diagnostic (file:line:column: severity: message); exits 1 if any error, 2 on usage.
import { readFileSync } from 'node:fs';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function lintFile(path, allowParameters) {
  const text = readFileSync(path === '-' ? 0 : path, 'utf8');
  // An empty schema: no database to compare labels and procedures with, so only the syntax is judged.
  const result = lintCypherQuery(text, {}, { consoleCommandsEnabled: true });
  const diagnostics = allowParameters ? result.diagnostics.filter(isNotParamError) : result.diagnostics;
  let errors = 0;
  for (const d of diagnostics) {
    const severity = SEVERITY[d.severity] ?? 'error';
    if (severity === 'error') errors++;
    const line = d.range.start.line + 1;
    const column = d.range.start.character + 1;
    console.log(`${path}:${line}:${column}: ${severity}: ${d.message.replace(/\s+/g, ' ')}`);
  }
  return errors;
}

const args = process.argv.slice(2);
const allowParameters = args.includes('--allow-parameters');
const files = args.filter((a) => a !== '--allow-parameters');
if (files.length === 0) {
  console.error('usage: node lint.mjs [--allow-parameters] FILE [FILE...]');
  process.exit(2);
}

let total = 0;
for (const file of files) {
  try {
    total += lintFile(file, allowParameters);
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    process.exit(2);
  }
}

console.log(`cypher-lint: ${files.length} file(s), ${total} error(s)`);
process.exit(total > 0 ? 1 : 0);
