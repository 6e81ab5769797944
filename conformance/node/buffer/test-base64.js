// base64 both ways, with and without padding.
var assert = require('assert');
assert.strictEqual(new Buffer('hello').toString('base64'), 'aGVsbG8=');
assert.strictEqual(new Buffer('hell').toString('base64'), 'aGVsbA==');
assert.strictEqual(new Buffer('hel').toString('base64'), 'aGVs');
assert.strictEqual(new Buffer('aGVsbG8=', 'base64').toString(), 'hello');
assert.strictEqual(new Buffer('aGVsbG8', 'base64').toString(), 'hello');
assert.strictEqual(new Buffer('aGVsbA', 'base64').toString(), 'hell');
assert.strictEqual(new Buffer('', 'base64').length, 0);
var all = new Buffer(256);
for (var i = 0; i < 256; i++) all[i] = 255 - i;
assert.ok(new Buffer(all.toString('base64'), 'base64').equals(all));
console.log(new Buffer('persha').toString('base64'));
