// module.id, filename, loaded, parent, children, paths; require.main.
var assert = require('assert');
var path = require('path');
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.loaded, false);
assert.strictEqual(module.parent, null);
assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
console.log('main module id is dot');
var leaf = require('./fixtures/nested/deep/leaf');
assert.strictEqual(leaf.parentId, '.');
var child = module.children[module.children.length - 1];
assert.strictEqual(child.exports, leaf);
assert.strictEqual(child.parent, module);
assert.strictEqual(child.loaded, true);
assert.strictEqual(child.id, path.join(__dirname, 'fixtures', 'nested', 'deep', 'leaf.js'));
console.log('children and parent linked');
assert.ok(Array.isArray(module.paths));
assert.strictEqual(module.paths[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(module.paths[module.paths.length - 1], '/node_modules');
console.log('paths from here to the root');
setImmediate(function () {
  assert.strictEqual(module.loaded, true);
  console.log('loaded after the main module ran');
});
