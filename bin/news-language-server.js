#!/usr/bin/env node
// The standalone server (`news-language-server --stdio`). It starts from the V8 code cache that
// the build leaves beside the bundle (dist/server.cache): compiling the bundle, at start and then
// function by function, was about a third of the time the server adds to Node's own start.
// The cache begins with the SHA-1 of the bundle it was made from, so a rebuilt bundle never runs
// with another bundle's code; V8 itself refuses a cache made by another Node version or with
// other flags, and the bundle is then compiled as usual. VS Code runs dist/server.js directly,
// under its own Node, which the cache would not serve.
const fs = require('fs');
const path = require('path');

const bundle = path.join(__dirname, '..', 'dist', 'server.js');
const cacheFile = path.join(__dirname, '..', 'dist', 'server.cache');
// The build sets this to have the cache written when the server exits (scripts/build.mjs).
const writeCache = process.env.NEWS_ANNOTATOR_WRITE_CODE_CACHE === '1';

const source = fs.readFileSync(bundle);
const sourceHash = () => require('crypto').createHash('sha1').update(source).digest();
let cachedData;
if (!writeCache) {
  try {
    const cache = fs.readFileSync(cacheFile);
    if (cache.subarray(0, 20).equals(sourceHash())) cachedData = cache.subarray(20);
  } catch {
    // no cache: compiled as usual
  }
}

if (!cachedData && !writeCache) {
  require(bundle);
} else {
  const vm = require('vm');
  const Module = require('module');
  // Production bundles are ASCII: read as Latin-1, they skip UTF-8 decoding. The shebang becomes a
  // comment of the same length inside the module wrapper, so line numbers stay the bundle's.
  const text = (require('buffer').isAscii(source) ? source.toString('latin1') : source.toString('utf8')).replace(/^#!/, '//');
  const script = new vm.Script(Module.wrap(text), { filename: bundle, cachedData });
  if (writeCache) process.on('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([sourceHash(), script.createCachedData()])));
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
}
