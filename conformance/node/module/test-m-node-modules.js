// Bare names are looked up in node_modules directories, walking up the tree.
var assert = require('assert');
var path = require('path');
var fx = path.join(__dirname, 'fixtures');

var leaf = require('./fixtures/nested/deep/leaf');
var nm = require(path.join(fx, 'nested', 'deep', 'finder.js'));
assert.strictEqual(nm.nmFile, 'nm-file');
assert.strictEqual(nm.pkg.name, 'nm-pkg');
assert.strictEqual(nm.pkg.inner, 'inner from nm-pkg');
console.log('node_modules found two levels up');

assert.strictEqual(nm.pkg.paths[0], path.join(fx, 'node_modules', 'nm-pkg', 'node_modules'));
assert.strictEqual(nm.pkg.paths[1], path.join(fx, 'node_modules'));
console.log('module.paths skips node_modules segments');

assert.throws(function () { require('inner'); }, /Cannot find module 'inner'/);
console.log('nested node_modules are private to their package');
assert.strictEqual(typeof leaf, 'function');
