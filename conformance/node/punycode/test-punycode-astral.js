var assert = require('assert');
var punycode = require('punycode');

var s = '\uD83D\uDCA9';
var enc = punycode.encode(s);
assert.strictEqual(enc, 'ls8h');
assert.strictEqual(punycode.decode(enc), s);
console.log(enc, punycode.toASCII(s + '.la'));
