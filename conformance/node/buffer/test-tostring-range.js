// toString([encoding][, start][, end]) clamps its range.
var assert = require('assert');
var b = new Buffer('hello world');
assert.strictEqual(b.toString('utf8', 6), 'world');
assert.strictEqual(b.toString('utf8', 0, 5), 'hello');
assert.strictEqual(b.toString('utf8', 3, 100), 'lo world');
assert.strictEqual(b.toString('utf8', 5, 2), '');
assert.strictEqual(b.toString(undefined, 6), 'world');
assert.strictEqual(b.toString('hex', 0, 2), '6865');
assert.strictEqual(b.toString('utf8', -1), '', 'start >>> 0 is huge');
assert.strictEqual(b.toString('UTF8'), 'hello world');
console.log(b.toString('ascii', 0, 5));
