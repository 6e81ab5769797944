var assert = require('assert');
var punycode = require('punycode');

assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('example.com'), 'example.com');
assert.strictEqual(punycode.toASCII('☃.net'), 'xn--n3h.net');
assert.strictEqual(punycode.toASCII('a\u3002b'), 'a.b');
console.log(punycode.toASCII('джумла@джpумлатест.bрфa'.split('@')[1]));
