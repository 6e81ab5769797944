// 'readable' fires when data can be read, and once more at the end; read()
// returns null when the buffer is empty.
var assert = require('assert');
var Readable = require('stream').Readable;

var chunks = ['alpha', 'beta', 'gamma'];
var r = new Readable();
r._read = function () {
  var self = this;
  setImmediate(function () {
    self.push(chunks.length ? chunks.shift() : null);
  });
};
var n = 0;
var text = '';
r.on('readable', function () {
  n++;
  var c;
  while ((c = r.read()) !== null) text += c;
  console.log('readable ' + n + ' text=' + text);
});
r.on('end', function () {
  assert.strictEqual(text, 'alphabetagamma');
  assert.ok(n >= 2);
  console.log('end');
});
