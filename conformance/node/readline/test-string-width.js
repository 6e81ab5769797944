// The width helpers readline exports: code points, full-width characters,
// escape sequences stripped.
var assert = require('assert');
var readline = require('readline');

assert.strictEqual(readline.getStringWidth('abc'), 3);
assert.strictEqual(readline.getStringWidth('日本語'), 6);
assert.strictEqual(readline.getStringWidth('a😀b'), 3);
assert.strictEqual(readline.getStringWidth('\x1b[31mred\x1b[39m'), 3);
assert.strictEqual(readline.getStringWidth('ｈｉ'), 4);
console.log('getStringWidth ok');

assert.strictEqual(readline.isFullWidthCodePoint('語'.charCodeAt(0)), true);
assert.strictEqual(readline.isFullWidthCodePoint(0x41), false);
assert.strictEqual(readline.isFullWidthCodePoint(0x1100), true);
assert.strictEqual(readline.isFullWidthCodePoint(0x20001), true);
assert.strictEqual(readline.isFullWidthCodePoint('x'), false);
console.log('isFullWidthCodePoint ok');

assert.strictEqual(readline.stripVTControlCharacters('\x1b[1G\x1b[0J> a\x1bOB'), '> a');
assert.strictEqual(readline.stripVTControlCharacters('plain'), 'plain');
console.log('stripVTControlCharacters ok');

assert.strictEqual(readline.codePointAt('😀', 0), 0x1f600);
assert.strictEqual(readline.codePointAt('a😀', 0), 0x61);
assert.strictEqual(readline.codePointAt('\ud83d', 0), 0xd83d);
console.log('codePointAt ok');
