// While corked, writes queue up; uncork() hands them all to _writev() at once.
// end() uncorks too.
var assert = require('assert');
var Writable = require('stream').Writable;

var calls = [];
var w = new Writable({ decodeStrings: false });
w._write = function (chunk, enc, cb) {
  calls.push('write:' + chunk);
  setTimeout(cb, 1);
};
w._writev = function (chunks, cb) {
  calls.push('writev:' + chunks.map(function (c) {
    return c.chunk + '/' + c.encoding;
  }).join(','));
  setTimeout(cb, 1);
};
w.cork();
var cbs = [];
w.write('a', function () { cbs.push('a'); });
w.write('b', 'hex', function () { cbs.push('b'); });
w.write('c', function () { cbs.push('c'); });
assert.deepEqual(calls, []);
assert.strictEqual(w._writableState.buffer.length, 3);
console.log('three writes held while corked');
setTimeout(function () {
  w.uncork();
  assert.deepEqual(calls, ['writev:a/utf8,b/hex,c/utf8']);
  console.log('uncork wrote ' + calls[0]);
  w.write('d'); // queued behind the _writev() still in progress
  w.cork();
  w.cork();
  w.write('e');
  w.write('f');
  w.end('g', function () {
    assert.deepEqual(cbs, ['a', 'b', 'c']);
    assert.deepEqual(calls, [
      'writev:a/utf8,b/hex,c/utf8', 'writev:d/utf8,e/utf8,f/utf8,g/utf8'
    ]);
    console.log('end uncorked all: ' + calls[1]);
    // Not corked and idle: a single write goes to _write().
    var w2 = new Writable({ decodeStrings: false });
    w2._write = function (chunk, enc, cb) { calls.push('write:' + chunk); cb(); };
    w2._writev = w._writev;
    w2.write('solo');
    assert.strictEqual(calls[2], 'write:solo');
    console.log('idle write uses _write');
  });
}, 5);
