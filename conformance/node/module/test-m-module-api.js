// Module._load, _resolveFilename, _nodeModulePaths, wrap/wrapper.
var assert = require('assert');
var Module = require('module');
var path = require('path');
assert.deepEqual(Module._nodeModulePaths('/a/node_modules/b/c'),
  ['/a/node_modules/b/c/node_modules', '/a/node_modules/b/node_modules',
    '/a/node_modules', '/node_modules']);
console.log('_nodeModulePaths ok');
assert.strictEqual(Module.wrap('x'), Module.wrapper[0] + 'x' + Module.wrapper[1]);
assert.ok(/^\(function \(exports, require, module, __filename, __dirname\) \{ $/.test(Module.wrapper[0]));
assert.strictEqual(Module.wrapper[1], '\n});');
console.log('wrap and wrapper ok');
assert.strictEqual(Module._resolveFilename('./fixtures/dir-index', module),
  path.join(__dirname, 'fixtures', 'dir-index', 'index.js'));
assert.strictEqual(Module._resolveFilename('path', module), 'path');
console.log('_resolveFilename ok');
var leaf = Module._load('./fixtures/nested/deep/leaf', module);
assert.strictEqual(leaf(), 'deep');
assert.strictEqual(typeof Module.runMain, 'function');
assert.strictEqual(typeof Module._findPath, 'function');
assert.ok(Array.isArray(Module.globalPaths));
console.log('_load ok');
var m = new Module('virtual', module);
m._compile('module.exports = __filename + "|" + typeof require;', '/virtual/file.js');
assert.strictEqual(m.exports, '/virtual/file.js|function');
console.log('_compile on a fresh Module ok');
