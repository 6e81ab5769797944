// ascii: writing keeps the low byte; reading strips the high bit.
var assert = require('assert');
var b = new Buffer([0x41, 0xc1, 0xff, 0x7f]);
assert.strictEqual(b.toString('ascii'), 'AA\u007f\u007f');
var w = new Buffer('h\u00e9\u0141', 'ascii');
assert.deepEqual(Array.prototype.slice.call(w), [0x68, 0xe9, 0x41]);
console.log(new Buffer('plain ascii', 'ascii').toString('ascii'));
