// The encoding property, default utf8, and unknown encodings.
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder('UTF-8').encoding, 'utf8');
assert.strictEqual(new StringDecoder('utf16le').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('hex').encoding, 'hex');
assert.throws(function () { new StringDecoder('nope'); }, /Unknown encoding: nope/);
var d = new StringDecoder();
assert.strictEqual(d.write(new Buffer('plain')), 'plain');
console.log('encoding ok');
