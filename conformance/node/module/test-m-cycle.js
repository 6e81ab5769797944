// A require cycle sees the partial exports of the module being loaded.
var assert = require('assert');
var a = require('./fixtures/cycle/a');
var b = require('./fixtures/cycle/b');
assert.strictEqual(a.loaded, true);
assert.deepEqual(a.seenFromB, { name: 'a', loaded: false });
assert.strictEqual(b.name, 'b');
console.log('cycle: b saw a half-loaded');
