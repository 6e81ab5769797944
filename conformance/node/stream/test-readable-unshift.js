// unshift() puts data back at the front, as a parser reading a header does.
var assert = require('assert');
var Readable = require('stream').Readable;

var src = ['HEAD', 'ER\n\nbo', 'dy text', null];
var r = new Readable();
r._read = function () {
  var self = this;
  setTimeout(function () { self.push(src.shift()); }, 2);
};
r.setEncoding('utf8');
var header = '';
var body = '';
var inBody = false;
function onReadable() {
  var chunk;
  while ((chunk = r.read()) !== null) {
    if (inBody) {
      body += chunk;
      continue;
    }
    var i = chunk.indexOf('\n\n');
    if (i === -1) {
      header += chunk;
    } else {
      header += chunk.slice(0, i);
      var rest = chunk.slice(i + 2);
      inBody = true;
      if (rest.length) r.unshift(new Buffer(rest));
      console.log('header parsed: ' + header);
    }
  }
}
r.on('readable', onReadable);
r.on('end', function () {
  assert.strictEqual(header, 'HEADER');
  assert.strictEqual(body, 'body text');
  console.log('body: ' + body);
  // unshift after 'end' is an error.
  r.on('error', function (e) {
    assert.strictEqual(e.message, 'stream.unshift() after end event');
    console.log('late unshift: ' + e.message);
  });
  r.unshift('x');
});

// unshift() works at the front of a buffer even after the end was pushed.
var s = new Readable();
s._read = function () {};
s.push('world');
s.push(null);
s.unshift(new Buffer('hello '));
assert.strictEqual(s.read().toString(), 'hello world');
console.log('unshift before end event ok');
