// Other encodings decode each write on its own.
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

var h = new StringDecoder('hex');
assert.strictEqual(h.write(new Buffer([1, 0xab])), '01ab');
assert.strictEqual(h.end(), '');
var a = new StringDecoder('ascii');
assert.strictEqual(a.write(new Buffer([0x41, 0xc2])), 'AB');
var bin = new StringDecoder('binary');
assert.strictEqual(bin.write(new Buffer([0xe9])), '\u00e9');
console.log('passthrough ok');
