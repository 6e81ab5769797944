'use strict';
// The old (streams1) base class: an EventEmitter with a pipe() that moves
// 'data' events to a destination, pausing the source when write() returns
// false and resuming it on 'drain'.

var EventEmitter = require('events');
var common = require('internal/stream/common');

function Stream() {
  EventEmitter.call(this);
}
common.inherits(Stream, EventEmitter);
module.exports = Stream;

Stream.prototype.pipe = function pipe(dest, options) {
  var source = this;
  var endCalled = false;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && typeof source.pause === 'function') {
      source.pause();
    }
  }
  function ondrain() {
    if (source.readable && typeof source.resume === 'function') source.resume();
  }
  function onend() {
    if (endCalled) return;
    endCalled = true;
    dest.end();
  }
  function onclose() {
    if (endCalled) return;
    endCalled = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  function onerror(er) {
    cleanup();
    if (common.listenerCount(this, 'error') === 0) throw er;
  }
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }

  source.on('data', ondata);
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  source.on('error', onerror);
  dest.on('error', onerror);
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);

  dest.emit('pipe', source);
  return dest;
};
