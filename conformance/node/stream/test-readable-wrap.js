// Readable#wrap() turns an old-style stream ('data' events, pause/resume)
// into a new one, pausing the old stream when the buffer fills.
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;
var Readable = require('stream').Readable;

var old = new EventEmitter();
old.paused = false;
old.pauses = 0;
old.pause = function () { this.paused = true; this.pauses++; };
old.resume = function () { this.paused = false; emitSome(); };
old.customMethod = function () { return 'custom ' + (this === old); };

var n = 0;
function emitSome() {
  setTimeout(function () {
    while (!old.paused && n < 10) {
      n++;
      old.emit('data', new Buffer('chunk' + n + ';'));
    }
    if (n === 10 && !old.ended) {
      old.ended = true;
      old.emit('end');
    }
  }, 1);
}

var r = new Readable({ highWaterMark: 16 }).wrap(old);
assert.ok(r instanceof Readable);
assert.strictEqual(r.customMethod(), 'custom true', 'methods are proxied');
console.log('wrapped');
emitSome();

var text = '';
setTimeout(function () {
  assert.ok(old.paused, 'old stream paused by back-pressure');
  console.log('old paused with ' + n + ' emitted');
  r.on('data', function (d) { text += d; });
  r.on('end', function () {
    assert.strictEqual(text.split(';').length, 11);
    assert.ok(old.pauses >= 1);
    console.log('wrapped stream ended: ' + text.length + ' bytes');
  });
}, 30);

// Errors and close are forwarded.
var old2 = new EventEmitter();
old2.pause = old2.resume = function () {};
var r2 = new Readable().wrap(old2);
r2.on('error', function (e) { console.log('forwarded error ' + e.message); });
r2.on('close', function () { console.log('forwarded close'); });
old2.emit('error', new Error('boom'));
old2.emit('close');
