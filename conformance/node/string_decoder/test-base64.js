// base64: bytes are encoded in groups of three across writes; end() pads.
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

var d = new StringDecoder('base64');
assert.strictEqual(d.write(new Buffer('ab')), '');
assert.strictEqual(d.write(new Buffer('cd')), 'YWJj');
assert.strictEqual(d.end(), 'ZA==');
var e = new StringDecoder('base64');
assert.strictEqual(e.write(new Buffer('abcdef')) + e.end(), 'YWJjZGVm');
console.log('base64 ok');
