var assert = require('assert');
var punycode = require('punycode');

assert.strictEqual(punycode.decode('maana-pta'), 'mañana');
assert.strictEqual(punycode.decode('--dqo34k'), '☃-⌘');
assert.strictEqual(punycode.decode('tda'), 'ü');
assert.strictEqual(punycode.decode('abc-'), 'abc');
console.log(punycode.decode('bcher-kva'), punycode.decode('wgv71a119e'));
