// setEncoding() makes read() and 'data' return strings, decoding characters
// whose bytes arrive split over several pushes.
var assert = require('assert');
var Readable = require('stream').Readable;

var euro = new Buffer('\u20ac', 'utf8'); // e2 82 ac
var pieces = [
  Buffer.concat([new Buffer('a'), euro.slice(0, 1)]),
  euro.slice(1, 2),
  Buffer.concat([euro.slice(2), new Buffer('b')]),
  new Buffer([0xf0, 0x9f]), // first half of U+1F600
  new Buffer([0x98, 0x80, 0x63])
];
var r = new Readable();
r._read = function () {
  var self = this;
  setTimeout(function () {
    self.push(pieces.length ? pieces.shift() : null);
  }, 1);
};
assert.strictEqual(r.setEncoding('utf8'), r, 'setEncoding returns this');
var parts = [];
r.on('data', function (s) {
  assert.strictEqual(typeof s, 'string');
  parts.push(s);
});
r.on('end', function () {
  assert.strictEqual(parts.join(''), 'a\u20acb\ud83d\ude00c');
  parts.forEach(function (p) { assert.ok(!/\ufffd/.test(p), 'no replacement chars'); });
  console.log('utf8 decoded in ' + parts.length + ' parts');
});

// The encoding option does the same; hex decodes bytes.
var h = new Readable({ encoding: 'hex' });
h._read = function () {};
h.push(new Buffer([1, 255]));
assert.strictEqual(h.read(), '01ff');
console.log('hex option ok');

// Strings pushed with an encoding are converted to bytes first.
var b = new Readable();
b._read = function () {};
b.push('aGVsbG8=', 'base64');
assert.strictEqual(b.read().toString(), 'hello');
b.setEncoding('utf8');
b.push('776f726c64', 'hex');
assert.strictEqual(b.read(), 'world');
console.log('pushed encodings ok');

// read(n) with an encoding counts characters.
var c = new Readable({ encoding: 'utf8' });
c._read = function () {};
c.push('h\u00e9llo');
assert.strictEqual(c.read(2), 'h\u00e9');
assert.strictEqual(c.read(3), 'llo');
console.log('read(n) counts characters');

// A truncated character at the end comes out as a replacement character.
var t = new Readable({ encoding: 'utf8' });
t._read = function () {};
t.push(new Buffer([0x61, 0xe2, 0x82]));
t.push(null);
var tail = '';
t.on('data', function (s) { tail += s; });
t.on('end', function () {
  assert.strictEqual(tail.charAt(0), 'a');
  assert.ok(tail.length >= 2 && /\ufffd/.test(tail), 'replacement char');
  console.log('truncated tail decoded');
});
