'use strict';
// stream.Writable as documented for Node v0.12: write() hands one chunk at a
// time to _write() (or, when several are queued, all of them to _writev()),
// queueing the rest; write() returns false once the queue reaches the
// high-water mark and 'drain' follows when it empties. end() leads to
// 'finish' once every write has called back.

var Stream = require('internal/stream/legacy');
var common = require('internal/stream/common');
var Buffer = require('buffer').Buffer;
var nextTick = common.nextTick;

var Duplex = null;
function isDuplex(stream) {
  if (!Duplex) Duplex = require('internal/stream/duplex');
  return stream instanceof Duplex;
}

function nop() {}

function WriteReq(chunk, encoding, cb) {
  this.chunk = chunk;
  this.encoding = encoding;
  this.callback = cb;
}

function WritableState(options, stream) {
  options = options || {};
  this.objectMode = !!options.objectMode;
  if (isDuplex(stream)) this.objectMode = this.objectMode || !!options.writableObjectMode;
  var hwm = options.highWaterMark;
  var def = this.objectMode ? 16 : 16 * 1024;
  this.highWaterMark = ~~((hwm || hwm === 0) ? hwm : def);

  this.needDrain = false;
  this.ending = false; // end() called
  this.ended = false; // end() returned
  this.finished = false; // 'finish' emitted
  // Strings become Buffers before _write() unless decodeStrings is false.
  this.decodeStrings = options.decodeStrings !== false;
  this.defaultEncoding = options.defaultEncoding || 'utf8';
  this.length = 0; // bytes (objects) written or queued, not yet called back
  this.writing = false;
  this.corked = 0;
  this.sync = true; // true while _write() runs
  this.bufferProcessing = false;
  this.onwrite = function (er) { onwrite(stream, er); };
  this.writecb = null;
  this.writelen = 0;
  this.buffer = [];
  this.pendingcb = 0; // write callbacks not yet called; 'finish' waits for them
  this.prefinished = false;
  this.errorEmitted = false;
}

function Writable(options) {
  if (!(this instanceof Writable) && !isDuplex(this)) return new Writable(options);
  this._writableState = new WritableState(options, this);
  this.writable = true;
  Stream.call(this);
}
common.inherits(Writable, Stream);
module.exports = Writable;
Writable.WritableState = WritableState;

Writable.prototype.pipe = function pipe() {
  this.emit('error', new Error('Cannot pipe. Not readable.'));
};

function writeAfterEnd(stream, state, cb) {
  var er = new Error('write after end');
  stream.emit('error', er);
  nextTick(cb, er);
}

function validChunk(stream, state, chunk, cb) {
  if (Buffer.isBuffer(chunk) || typeof chunk === 'string' || state.objectMode) return true;
  var er = new TypeError('Invalid non-string/buffer chunk');
  stream.emit('error', er);
  nextTick(cb, er);
  return false;
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  var state = this._writableState;
  var ret = false;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (Buffer.isBuffer(chunk)) encoding = 'buffer';
  else if (!encoding) encoding = state.defaultEncoding;
  if (typeof cb !== 'function') cb = nop;

  if (state.ended) {
    writeAfterEnd(this, state, cb);
  } else if (validChunk(this, state, chunk, cb)) {
    state.pendingcb++;
    ret = writeOrBuffer(this, state, chunk, encoding, cb);
  }
  return ret;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  var state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing && !state.corked && !state.finished && !state.bufferProcessing &&
        state.buffer.length) {
      clearBuffer(this, state);
    }
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new TypeError('Unknown encoding: ' + encoding);
  this._writableState.defaultEncoding = encoding;
};

function writeOrBuffer(stream, state, chunk, encoding, cb) {
  if (!state.objectMode && state.decodeStrings && typeof chunk === 'string') {
    chunk = new Buffer(chunk, encoding);
  }
  if (Buffer.isBuffer(chunk)) encoding = 'buffer';
  var len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  var ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  if (state.writing || state.corked) state.buffer.push(new WriteReq(chunk, encoding, cb));
  else doWrite(stream, state, false, len, chunk, encoding, cb);
  return ret;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwrite(stream, er) {
  var state = stream._writableState;
  var sync = state.sync;
  var cb = state.writecb;
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    // The callback sees the error, then 'error' is emitted.
    if (sync) {
      nextTick(function () {
        state.pendingcb--;
        cb(er);
      });
    } else {
      state.pendingcb--;
      cb(er);
    }
    state.errorEmitted = true;
    stream.emit('error', er);
    return;
  }
  var finished = needFinish(state);
  if (!finished && !state.corked && !state.bufferProcessing && state.buffer.length) {
    clearBuffer(stream, state);
  }
  // Callbacks are always asynchronous to write().
  if (sync) nextTick(afterWrite, stream, state, finished, cb);
  else afterWrite(stream, state, finished, cb);
}

function afterWrite(stream, state, finished, cb) {
  if (!finished && state.length === 0 && state.needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  state.pendingcb--;
  cb();
  finishMaybe(stream, state);
}

// Writes the queue: all at once through _writev when there is one, else one
// chunk at a time as long as each _write() completes synchronously.
function clearBuffer(stream, state) {
  state.bufferProcessing = true;
  if (typeof stream._writev === 'function' && state.buffer.length > 1) {
    var reqs = state.buffer;
    state.buffer = [];
    state.pendingcb++;
    doWrite(stream, state, true, state.length, reqs, '', function (err) {
      for (var i = 0; i < reqs.length; i++) {
        state.pendingcb--;
        reqs[i].callback(err);
      }
    });
  } else {
    var c = 0;
    var list = state.buffer;
    while (c < list.length) {
      var req = list[c++];
      var len = state.objectMode ? 1 : req.chunk.length;
      doWrite(stream, state, false, len, req.chunk, req.encoding, req.callback);
      // An asynchronous _write(): its callback continues with the rest.
      if (state.writing) break;
    }
    if (c < list.length) state.buffer = list.slice(c);
    else state.buffer = [];
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  cb(new Error('not implemented'));
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  var state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
  // end() uncorks however many cork() calls there were.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (!state.ending && !state.finished) endWritable(this, state, cb);
};

function needFinish(state) {
  return state.ending && state.length === 0 && !state.finished && !state.writing;
}

function prefinish(stream, state) {
  if (!state.prefinished) {
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state) {
  var need = needFinish(state);
  if (need) {
    if (state.pendingcb === 0) {
      prefinish(stream, state);
      state.finished = true;
      stream.emit('finish');
    } else {
      prefinish(stream, state);
    }
  }
  return need;
}

function endWritable(stream, state, cb) {
  state.ending = true;
  finishMaybe(stream, state);
  if (cb) {
    if (state.finished) nextTick(cb);
    else stream.once('finish', cb);
  }
  state.ended = true;
}
