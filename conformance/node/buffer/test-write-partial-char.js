// utf8 write never splits a character; ucs2 writes whole code units.
var assert = require('assert');
var b = new Buffer(4);
b.fill(0);
assert.strictEqual(b.write('a\u20ac'), 4);
assert.strictEqual(b.write('ab\u20ac'), 2);
assert.strictEqual(b.toString('hex'), '616282ac');
var c = new Buffer(3);
assert.strictEqual(c.write('\u20ac', 1), 0);
assert.strictEqual(c.write('xyz', 0, 'ucs2'), 2);
assert.strictEqual(c[0], 0x78);
assert.strictEqual(c[1], 0);
console.log('partial char ok');
