// readable -> transform -> transform -> writable, with asynchronous stages.
var assert = require('assert');
var stream = require('stream');

var words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
var src = new stream.Readable({ objectMode: true });
src._read = function () {
  var self = this;
  setImmediate(function () { self.push(words.length ? words.shift() : null); });
};

var upper = new stream.Transform({ objectMode: true });
upper._transform = function (w, enc, cb) {
  setTimeout(function () { cb(null, w.toUpperCase()); }, 1);
};

var numbered = new stream.Transform({ writableObjectMode: true });
var k = 0;
numbered._transform = function (w, enc, cb) {
  k++;
  this.push(k + ':' + w + '\n');
  cb();
};

var out = [];
var sink = new stream.Writable({ decodeStrings: false });
sink._write = function (chunk, enc, cb) {
  out.push(chunk.toString());
  setImmediate(cb);
};
sink.on('finish', function () {
  assert.deepEqual(out.join('').split('\n'), ['1:ALPHA', '2:BETA', '3:GAMMA', '4:DELTA', '5:EPSILON', '']);
  console.log('chain finished with ' + k + ' lines');
});
var ret = src.pipe(upper).pipe(numbered).pipe(sink);
assert.strictEqual(ret, sink);
console.log('chain built');
