// The legacy Stream class and its streams1 pipe(): 'data' is written, a false
// write() pauses the source, 'drain' resumes it, 'end' ends the destination.
var assert = require('assert');
var Stream = require('stream');
var EventEmitter = require('events').EventEmitter;

assert.strictEqual(Stream.Stream, Stream);
var src = new Stream();
assert.ok(src instanceof EventEmitter);
src.readable = true;
src.pauses = 0;
src.resumes = 0;
src.pause = function () { this.pauses++; };
src.resume = function () { this.resumes++; };

var dest = new Stream();
dest.writable = true;
dest.chunks = [];
dest.write = function (c) {
  this.chunks.push(c);
  return this.chunks.length % 2 === 1; // every second write says "full"
};
dest.end = function () { this.ended = true; console.log('legacy dest ended'); };
dest.on('pipe', function (s) { assert.strictEqual(s, src); console.log('legacy pipe event'); });
assert.strictEqual(src.pipe(dest), dest);

var n = 0;
var iv = setInterval(function () {
  n++;
  src.emit('data', 'd' + n);
  if (n === 4) {
    clearInterval(iv);
    dest.emit('drain');
    src.emit('end');
    assert.deepEqual(dest.chunks, ['d1', 'd2', 'd3', 'd4']);
    assert.strictEqual(src.pauses, 2);
    assert.strictEqual(src.resumes, 1);
    assert.ok(dest.ended);
    // Listeners were cleaned up: more data goes nowhere.
    src.emit('data', 'after');
    assert.strictEqual(dest.chunks.length, 4);
    console.log('legacy pipe done');
  }
}, 1);

// An error with no other listener is thrown by the pipe's handler.
var s2 = new Stream();
var d2 = new Stream();
d2.writable = true;
d2.write = function () { return true; };
s2.pipe(d2);
assert.throws(function () { s2.emit('error', new Error('legacy boom')); }, /legacy boom/);
console.log('legacy error rethrown');
