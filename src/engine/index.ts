/**
 * The event engine: import {@link Engine} from here. Only `src/engine/` touches simjs.
 *
 * @example
 * ```ts
 * import { Engine } from '../engine/index.js';
 * const engine = new Engine();
 * ```
 */
export { Engine, type EventHandle } from './engine.js';
