// Duplex: independent readable and writable sides; allowHalfOpen: false ends
// the writable side when the readable side ends; per-side object modes.
var assert = require('assert');
var stream = require('stream');

var d = new stream.Duplex({ readableObjectMode: true });
assert.strictEqual(d._readableState.objectMode, true);
assert.strictEqual(d._writableState.objectMode, false);
assert.strictEqual(d.allowHalfOpen, true);
assert.ok(d instanceof stream.Readable);
assert.ok(!(d instanceof stream.Writable), 'writable methods are mixed in');
assert.strictEqual(typeof d.write, 'function');
var written = [];
d._write = function (chunk, enc, cb) {
  written.push(chunk.toString());
  cb();
};
var objs = [{ n: 1 }, { n: 2 }];
d._read = function () {
  var self = this;
  setTimeout(function () { self.push(objs.length ? objs.shift() : null); }, 1);
};
var got = [];
d.on('data', function (o) { got.push(o.n); });
d.on('end', function () {
  assert.deepEqual(got, [1, 2]);
  setTimeout(function () {
    assert.strictEqual(d._writableState.ending, false, 'half-open: writable stays open');
    d.end('bye');
    console.log('half open duplex wrote ' + written.join(','));
  }, 2);
});
d.write('hi');

var w = new stream.Duplex({ allowHalfOpen: false, writableObjectMode: true });
assert.strictEqual(w._writableState.objectMode, true);
assert.strictEqual(w._readableState.objectMode, false);
w._read = function () { this.push(null); };
w._write = function (c, e, cb) { cb(); };
var finished = false;
w.on('finish', function () { finished = true; console.log('closed duplex finished'); });
w.on('end', function () {
  assert.ok(!finished);
  setTimeout(function () {
    assert.ok(finished, 'writable side ended with the readable side');
    console.log('closed duplex after end');
  }, 2);
});
w.resume();

var ro = new stream.Duplex({ readable: false, writable: false });
assert.strictEqual(ro.readable, false);
assert.strictEqual(ro.writable, false);
console.log('readable/writable options');
