// utf8: a character cut between writes comes out whole on the write that completes it.
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

var d = new StringDecoder('utf8');
var bytes = new Buffer('a\u20ac\ud83d\ude00b');
var out = [];
for (var i = 0; i < bytes.length; i++) out.push(d.write(bytes.slice(i, i + 1)));
assert.deepEqual(out, ['a', '', '', '\u20ac', '', '', '', '\ud83d\ude00', 'b']);
assert.strictEqual(d.end(), '');
console.log(out.join(''));
