// copy within one buffer (overlapping ranges) behaves like memmove.
var assert = require('assert');
var b = new Buffer('abcdefgh');
b.copy(b, 2, 0, 6);
assert.strictEqual(b.toString(), 'ababcdef');
var c = new Buffer('abcdefgh');
c.copy(c, 0, 2);
assert.strictEqual(c.toString(), 'cdefghgh');
var d = new Buffer('abcdefgh');
d.slice(0, 4).copy(d.slice(2));
assert.strictEqual(d.toString(), 'ababcdgh');
console.log('overlap ok');
