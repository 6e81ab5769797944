// end() flushes an unfinished character as replacement text and resets.
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

var d = new StringDecoder('utf8');
assert.strictEqual(d.write(new Buffer([0xe2, 0x82])), '');
assert.strictEqual(d.end(), '\ufffd\ufffd');
assert.strictEqual(d.write(new Buffer('ok')), 'ok');
assert.strictEqual(d.end(new Buffer([0x61, 0xe2])), 'a\ufffd');
assert.strictEqual(d.end(), '');
console.log('end ok');
