// require.extensions / Module._extensions: custom loaders and .node refusal.
var assert = require('assert');
var Module = require('module');
assert.strictEqual(require.extensions, Module._extensions);
assert.deepEqual(Object.keys(require.extensions), ['.js', '.json', '.node']);
console.log('default extensions', Object.keys(require.extensions).join(' '));
require.extensions['.mext'] = function (mod, filename) {
  mod._compile(require('fs' in {} ? 'fs' : 'path') && require.extensions.__src, filename);
};
require.extensions.__src = 'module.exports = "compiled custom";';
assert.strictEqual(require('./fixtures/file.mext'), 'compiled custom');
delete require.extensions.__src;
console.log('custom extension loader used');
var caught;
try {
  require('./fixtures/addon.node');
} catch (e) {
  caught = e;
}
assert.ok(/native addons cannot run in persha/.test(caught.message), caught.message);
console.log('native addon refused');
assert.throws(function () { require('./fixtures/addon'); }, /native addons cannot run in persha/);
console.log('.node found by extension then refused');
