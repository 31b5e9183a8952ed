/**
 * Every CLI command. Adding one is one line here: export its CommandFactory from its file.
 * (`main` registers every export of this module; help lists them in alphabetical order.)
 */
export { schemaCommand } from './schema.js';
export { validateCommand } from './validate.js';
