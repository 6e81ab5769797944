// Bad input: v0.12's messages and codes; bad options throw.
'use strict';
var assert = require('assert');
var zlib = require('zlib');

assert.throws(function () { zlib.inflateSync(new Buffer('definitely not zlib')); }, function (e) {
  return e.message === 'incorrect header check' && e.errno === -3 && e.code === 'Z_DATA_ERROR';
});
console.log('inflate of garbage: incorrect header check');

assert.throws(function () { zlib.gunzipSync(new Buffer('plain text')); }, /incorrect header check/);
console.log('gunzip of garbage: incorrect header check');

var g = zlib.gzipSync(new Buffer(new Array(100).join('abcdefgh')));
assert.throws(function () { zlib.gunzipSync(g.slice(0, g.length - 10)); }, function (e) {
  return e.message === 'unexpected end of file' && e.code === 'Z_BUF_ERROR';
});
console.log('truncated gzip: unexpected end of file');

assert.throws(function () { zlib.createDeflate({ level: 42 }); }, /Invalid compression level: 42/);
assert.throws(function () { zlib.createDeflate({ windowBits: 3 }); }, /Invalid windowBits: 3/);
assert.throws(function () { zlib.createDeflate({ memLevel: 10 }); }, /Invalid memLevel/);
assert.throws(function () { zlib.createDeflate({ strategy: 9 }); }, /Invalid strategy/);
assert.throws(function () { zlib.createDeflate({ chunkSize: 1 }); }, /Invalid chunk size/);
console.log('bad options throw');

zlib.inflate(new Buffer('nope'), function (err, res) {
  assert.ok(err instanceof Error);
  assert.strictEqual(res, undefined);
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  console.log('async inflate reports the error to its callback');
});
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
assert.strictEqual(zlib.Z_SYNC_FLUSH, 2);
console.log('codes and constants');
