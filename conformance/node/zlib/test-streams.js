// Streams: pipe through a Gzip and a Gunzip; classes and factories; the
// callback forms; a stream's input survives a restart between writes.
'use strict';
var assert = require('assert');
var zlib = require('zlib');
var stream = require('stream');

assert.ok(zlib.createGzip() instanceof zlib.Gzip);
assert.ok(zlib.createGzip() instanceof zlib.Zlib);
assert.ok(zlib.Inflate() instanceof zlib.Inflate);
assert.ok(zlib.createUnzip() instanceof stream.Transform);
console.log('classes and factories');

var parts = ['alpha ', 'beta ', 'gamma ', 'delta'];
var gz = zlib.createGzip();
var gunz = zlib.createGunzip();
var out = '';
gz.pipe(gunz);
gunz.setEncoding('utf8');
gunz.on('data', function (d) { out += d; });
gunz.on('end', function () {
  assert.strictEqual(out, parts.join(''));
  console.log('gzip piped into gunzip gives the input back');
  zlib.deflate('callback form', function (err, buf) {
    assert.ifError(err);
    zlib.inflate(buf, function (err, back) {
      assert.ifError(err);
      assert.strictEqual(back.toString(), 'callback form');
      console.log('callback forms round-trip');
    });
  });
});
var closed = false;
gz.on('close', function () { closed = true; });
process.on('exit', function (code) {
  if (code === 0) assert.ok(closed, 'close emitted');
});
// One write per turn: a crash between two writes must not lose the first.
var i = 0;
var t = setInterval(function () {
  gz.write(parts[i++]);
  if (i === parts.length) {
    clearInterval(t);
    gz.end();
  }
}, 5);
