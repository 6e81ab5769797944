// Modules are cached by their real path: a symlink loads the same module.
var assert = require('assert');
var path = require('path');
var viaLink = require('./fixtures/link-to-counter');
var direct = require('./fixtures/counter');
assert.strictEqual(viaLink, direct);
assert.strictEqual(require.resolve('./fixtures/link-to-counter'), path.join(__dirname, 'fixtures', 'counter.js'));
console.log('symlink resolved to its target');
