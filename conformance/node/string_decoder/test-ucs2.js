// ucs2/utf16le: odd bytes and split surrogate pairs are held back.
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

['ucs2', 'utf16le', 'utf-16le', 'UCS-2'].forEach(function (enc) {
  var d = new StringDecoder(enc);
  var b = new Buffer('a\ud83d\ude00', 'ucs2');
  assert.strictEqual(d.write(b.slice(0, 1)), '');
  assert.strictEqual(d.write(b.slice(1, 3)), 'a');
  assert.strictEqual(d.write(b.slice(3, 5)), '');
  assert.strictEqual(d.write(b.slice(5)), '\ud83d\ude00');
  assert.strictEqual(d.end(), '');
});
console.log('ucs2 ok');
