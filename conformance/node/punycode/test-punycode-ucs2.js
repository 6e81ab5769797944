var assert = require('assert');
var punycode = require('punycode');

assert.deepEqual(punycode.ucs2.decode('abc'), [97, 98, 99]);
assert.deepEqual(punycode.ucs2.decode('\uD834\uDF06'), [0x1D306]);
assert.deepEqual(punycode.ucs2.decode('\uD800'), [0xD800]);
assert.deepEqual(punycode.ucs2.decode('\uD800x'), [0xD800, 120]);
assert.strictEqual(punycode.ucs2.encode([0x61, 0x1D306, 0x62]), 'a\uD834\uDF06b');
assert.strictEqual(punycode.ucs2.encode([]), '');
console.log(punycode.ucs2.decode('\u{1F4A9}x'.replace('\\u{1F4A9}', '\uD83D\uDCA9')));
