var assert = require('assert');
var punycode = require('punycode');

assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('example.com'), 'example.com');
assert.strictEqual(punycode.toUnicode('XN--MAANA-PTA.com'), 'XN--MAANA-PTA.com');
assert.strictEqual(punycode.toUnicode('xn--n3h.net'), '☃.net');
console.log(punycode.toUnicode('xn--ls8h.la'));
