// decodeStrings (default true) turns strings into Buffers using the given
// encoding; with decodeStrings: false _write() gets the string and encoding.
var assert = require('assert');
var Writable = require('stream').Writable;

var got = [];
var w = new Writable();
w._write = function (chunk, enc, cb) {
  got.push([Buffer.isBuffer(chunk), enc, chunk.toString('hex')]);
  cb();
};
w.write('hi');
w.write('ff00', 'hex');
w.write('aGk=', 'base64');
w.end();
w.on('finish', function () {
  assert.deepEqual(got, [
    [true, 'buffer', '6869'],
    [true, 'buffer', 'ff00'],
    [true, 'buffer', '6869']
  ]);
  console.log('decoded ' + got.length);
});

var raw = [];
var s = new Writable({ decodeStrings: false });
s._write = function (chunk, enc, cb) {
  raw.push(typeof chunk + ':' + enc + ':' + chunk.toString());
  cb();
};
s.write('plain');
s.write('6869', 'hex');
s.write(new Buffer('buf'), 'hex');
s.setDefaultEncoding('ASCII');
s.write('dflt');
s.end(function () {
  assert.deepEqual(raw, [
    'string:utf8:plain', 'string:hex:6869', 'object:buffer:buf', 'string:ascii:dflt'
  ]);
  console.log('raw strings ' + raw.length);
});

assert.throws(function () { s.setDefaultEncoding('nope'); }, TypeError);
console.log('bad default encoding throws');
