// Invalid UTF-8 decodes to U+FFFD per bad byte (V8 3.28, Node v0.12).
var assert = require('assert');
function dec(arr) { return new Buffer(arr).toString(); }
assert.strictEqual(dec([0xff]), '\ufffd');
assert.strictEqual(dec([0xe2, 0x82]), '\ufffd\ufffd');
assert.strictEqual(dec([0xe2, 0x82, 0x61]), '\ufffd\ufffda');
assert.strictEqual(dec([0xc0, 0x80]), '\ufffd\ufffd', 'overlong');
assert.strictEqual(dec([0x80, 0x41]), '\ufffdA');
// A CESU-8 pair joins; a lone encoded surrogate stays a surrogate.
assert.strictEqual(dec([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x9a]), '\ud83d\ude1a');
assert.strictEqual(dec([0xed, 0xa0, 0x80]).charCodeAt(0), 0xd800);
// A lone surrogate encodes as U+FFFD.
assert.strictEqual(new Buffer('a\ud800b').toString('hex'), '61efbfbd62');
console.log('invalid utf8 ok');
