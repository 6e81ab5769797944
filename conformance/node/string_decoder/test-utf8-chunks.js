// utf8: every split point of a mixed string decodes to the same text.
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

var text = 'x\u00e9\u4e2d\ud83d\ude00y';
var bytes = new Buffer(text);
for (var i = 0; i <= bytes.length; i++) {
  for (var j = i; j <= bytes.length; j++) {
    var d = new StringDecoder('utf8');
    var s = d.write(bytes.slice(0, i)) + d.write(bytes.slice(i, j)) + d.write(bytes.slice(j)) + d.end();
    assert.strictEqual(s, text, 'split at ' + i + ',' + j);
  }
}
console.log('all splits ok');
