/**
 * Every CLI command. Adding one is one line here: export its CommandFactory from its file.
 * (`main` registers every export of this module; help lists them in alphabetical order.)
 */
export { checkCommand } from './check.js';
export { compareCommand } from './compare.js';
export { mergeCommand } from './merge.js';
export { reportCommand } from './report.js';
export { runCommand } from './run.js';
export { schemaCommand } from './schema.js';
export { sweepCommand } from './sweep.js';
export { validateCommand } from './validate.js';
