// _flush() runs after end() and before 'end', and may push the rest;
// 'finish' (writable side) comes before 'end' (readable side).
var assert = require('assert');
var Transform = require('stream').Transform;

// A line splitter: holds back the partial last line until the flush.
var t = new Transform({ readableObjectMode: true });
t._buf = '';
t._transform = function (chunk, enc, cb) {
  var lines = (this._buf + chunk).split('\n');
  this._buf = lines.pop();
  for (var i = 0; i < lines.length; i++) this.push(lines[i]);
  cb();
};
var flushed = false;
t._flush = function (cb) {
  var self = this;
  setTimeout(function () {
    flushed = true;
    if (self._buf) self.push(self._buf);
    cb();
  }, 3);
};
var lines = [];
var events = [];
t.on('data', function (l) { lines.push(l); });
t.on('finish', function () { events.push('finish'); });
t.on('end', function () {
  events.push('end');
  assert.ok(flushed);
  assert.deepEqual(lines, ['one', 'two', 'three', 'four']);
  assert.deepEqual(events, ['finish', 'end']);
  console.log('lines ' + lines.join('|'));
});
t.write('one\ntw');
t.write('o\nthr');
setTimeout(function () {
  t.write('ee\nfo');
  t.end('ur');
  console.log('ended input');
}, 2);

// A flush error is emitted as 'error'.
var bad = new Transform();
bad._transform = function (c, e, cb) { cb(); };
bad._flush = function (cb) { cb(new Error('flush failed')); };
bad.on('error', function (e) { console.log('flush error: ' + e.message); });
bad.end('x');
