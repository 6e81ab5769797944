var assert = require('assert');
var punycode = require('punycode');

assert.strictEqual(punycode.encode('mañana'), 'maana-pta');
assert.strictEqual(punycode.encode('☃-⌘'), '--dqo34k');
assert.strictEqual(punycode.encode('ü'), 'tda');
assert.strictEqual(punycode.encode('abc'), 'abc-');
assert.strictEqual(punycode.encode(''), '');
console.log(punycode.encode('bücher'), punycode.encode('日本語'));
