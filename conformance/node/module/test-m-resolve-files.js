// Relative paths: exact file, .js and .json added, directories through
// package.json "main" or index.js.
var assert = require('assert');
var path = require('path');
var fx = path.join(__dirname, 'fixtures');

assert.strictEqual(require('./fixtures/counter').count >= 1, true);
assert.strictEqual(require.resolve('./fixtures/counter'), path.join(fx, 'counter.js'));
assert.strictEqual(require.resolve('./fixtures/counter.js'), path.join(fx, 'counter.js'));
console.log('extension .js added');

assert.strictEqual(require('./fixtures/json/data').a, 1);
assert.strictEqual(require.resolve('./fixtures/json/data'), path.join(fx, 'json', 'data.json'));
console.log('extension .json added');

assert.strictEqual(require('./fixtures/pkg-main').name, 'pkg-main');
assert.strictEqual(require.resolve('./fixtures/pkg-main'), path.join(fx, 'pkg-main', 'lib', 'entry.js'));
console.log('package.json main followed');

assert.strictEqual(require('./fixtures/pkg-index').name, 'pkg-index');
assert.strictEqual(require('./fixtures/dir-index/').name, 'dir-index');
assert.strictEqual(require.resolve('./fixtures/dir-index'), path.join(fx, 'dir-index', 'index.js'));
console.log('directory index.js found');

assert.strictEqual(require(path.join(fx, 'nested', 'deep', 'leaf'))(), 'deep');
assert.strictEqual(require('./fixtures/nested/deep/../deep/leaf.js')(), 'deep');
console.log('absolute and dotted paths resolved');
