/**
 * Settles once Ink's layout engine (yoga's wasm) is ready to lay out a frame. Loaded as ES
 * modules, yoga-layout waits for its wasm at top level, so importing Ink is enough and this
 * has nothing to wait for. The CLI's bundle is one classic script (V8's code cache serves
 * only those: scripts/bundle-reader.mjs), which cannot wait at top level: there this module is
 * replaced by yoga's own load (scripts/classic-script-plugins.mjs), awaited before each render.
 */
export const layoutEngineReady: Promise<void> = Promise.resolve()
