// Ink loads its devtools (react-devtools-core, ws) only when DEV=true; the bundle replaces them
// with nothing (scripts/bundle-reader.mjs).
export default { initialize() {}, connectToDevTools() {} }
