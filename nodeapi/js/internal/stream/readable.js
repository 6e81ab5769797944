'use strict';
// stream.Readable as documented for Node v0.12 (streams2/3): a buffer filled
// by _read() through push(), drained by read(), by 'data' in flowing mode,
// or by pipe() with back-pressure.

var Stream = require('internal/stream/legacy');
var common = require('internal/stream/common');
var Buffer = require('buffer').Buffer;
var nextTick = common.nextTick;

var StringDecoder = null; // loaded with the first setEncoding
function makeDecoder(enc) {
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  return new StringDecoder(enc);
}

var Duplex = null;
function isDuplex(stream) {
  if (!Duplex) Duplex = require('internal/stream/duplex');
  return stream instanceof Duplex;
}

function ReadableState(options, stream) {
  options = options || {};
  this.objectMode = !!options.objectMode;
  if (isDuplex(stream)) this.objectMode = this.objectMode || !!options.readableObjectMode;
  var hwm = options.highWaterMark;
  var def = this.objectMode ? 16 : 16 * 1024;
  this.highWaterMark = ~~((hwm || hwm === 0) ? hwm : def);

  this.buffer = [];
  this.length = 0;
  this.pipes = null;
  this.pipesCount = 0;
  this.flowing = null; // null: nobody asked yet; true: flowing; false: paused
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  // True while _read() runs, so that a push() inside it defers 'readable'.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.defaultEncoding = options.defaultEncoding || 'utf8';
  this.ranOut = false;
  this.awaitDrain = 0;
  this.readingMore = false;
  this.decoder = null;
  this.encoding = null;
  if (options.encoding) {
    this.decoder = makeDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  this._readableState = new ReadableState(options, this);
  this.readable = true;
  Stream.call(this);
}
common.inherits(Readable, Stream);
module.exports = Readable;
Readable.ReadableState = ReadableState;

// ---- filling the buffer --------------------------------------------------------

Readable.prototype.push = function push(chunk, encoding) {
  var state = this._readableState;
  if (!state.objectMode && typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (encoding !== state.encoding) {
      chunk = new Buffer(chunk, encoding);
      encoding = '';
    }
  }
  return addChunk(this, state, chunk, encoding, false);
};

// Puts a chunk back at the front (for parsers that read too far).
Readable.prototype.unshift = function unshift(chunk) {
  var state = this._readableState;
  return addChunk(this, state, chunk, '', true);
};

function invalidChunk(state, chunk) {
  if (Buffer.isBuffer(chunk) || typeof chunk === 'string' || chunk === null ||
      chunk === undefined || state.objectMode) {
    return null;
  }
  return new TypeError('Invalid non-string/buffer chunk');
}

function addChunk(stream, state, chunk, encoding, atFront) {
  var er = invalidChunk(state, chunk);
  if (er) {
    stream.emit('error', er);
  } else if (chunk === null || chunk === undefined) {
    // push(null) (as in v0.12, also push(undefined)) is the end of the data.
    state.reading = false;
    if (!state.ended) onEof(stream, state);
  } else if (state.objectMode || chunk.length > 0) {
    if (state.ended && !atFront) {
      stream.emit('error', new Error('stream.push() after EOF'));
    } else if (state.endEmitted && atFront) {
      stream.emit('error', new Error('stream.unshift() after end event'));
    } else {
      if (state.decoder && !atFront && !encoding) chunk = state.decoder.write(chunk);
      if (!atFront) state.reading = false;
      // (A decoder holding back a partial character gives '': as in v0.12 it
      // still goes through, so that the flow goes on.)
      if (state.flowing && state.length === 0 && !state.sync) {
        // Wanted right now: hand it over without buffering.
        stream.emit('data', chunk);
        stream.read(0);
      } else {
        state.length += state.objectMode ? 1 : chunk.length;
        if (atFront) state.buffer.unshift(chunk);
        else state.buffer.push(chunk);
        if (state.needReadable) emitReadable(stream);
      }
      maybeReadMore(stream, state);
    }
  } else if (!atFront) {
    // push('') ends the current _read() call without adding data.
    state.reading = false;
  }
  return wantsMore(state);
}

// What push() returns: true while the buffer is below the high-water mark.
function wantsMore(state) {
  return !state.ended &&
    (state.needReadable || state.length < state.highWaterMark || state.length === 0);
}

function onEof(stream, state) {
  if (state.decoder && !state.ended) {
    var rest = state.decoder.end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += state.objectMode ? 1 : rest.length;
    }
  }
  state.ended = true;
  emitReadable(stream);
}

Readable.prototype.setEncoding = function setEncoding(enc) {
  var state = this._readableState;
  state.decoder = makeDecoder(enc);
  state.encoding = enc;
  return this;
};

// ---- reading -------------------------------------------------------------------

var MAX_HWM = 0x800000;
function roundUpPow2(n) {
  if (n >= MAX_HWM) return MAX_HWM;
  var p = 1;
  while (p < n) p *= 2;
  return p;
}

function howMuchToRead(n, state) {
  if (state.length === 0 && state.ended) return 0;
  if (state.objectMode) return n === 0 ? 0 : 1;
  if (n === null || n === undefined || n !== n) {
    // Everything, or one chunk at a time while flowing.
    if (state.flowing && state.buffer.length) return state.buffer[0].length;
    return state.length;
  }
  if (n <= 0) return 0;
  if (n > state.highWaterMark) state.highWaterMark = roundUpPow2(n);
  if (n > state.length) {
    if (!state.ended) {
      state.needReadable = true;
      return 0;
    }
    return state.length;
  }
  return n;
}

Readable.prototype.read = function read(n) {
  var state = this._readableState;
  var asked = n;
  if (typeof n !== 'number' || n > 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at the end) only signals 'readable'.
  if (n === 0 && state.needReadable &&
      (state.length >= state.highWaterMark || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask _read() for more when what will be left is at or under the mark.
  var doRead = state.needReadable;
  if (state.length - n <= state.highWaterMark) doRead = true;
  if (state.ended || state.reading) doRead = false;
  if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    this._read(state.highWaterMark);
    state.sync = false;
  }
  // A synchronous push() may have changed how much there is.
  if (doRead && !state.reading) n = howMuchToRead(asked, state);

  var ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = true;
    n = 0;
  }
  state.length -= n;
  if (state.length === 0 && !state.ended) state.needReadable = true;
  if (asked !== n && state.ended && state.length === 0) endReadable(this);
  if (ret !== null) this.emit('data', ret);
  return ret;
};

// Takes n bytes/characters (one object in object mode) off the buffer.
function fromList(n, state) {
  var list = state.buffer;
  var length = state.length;
  var stringMode = !!state.decoder;
  var ret;
  if (list.length === 0 || length === 0) return null;
  if (state.objectMode) return list.shift();
  if (!n || n >= length) {
    ret = stringMode ? list.join('') : (list.length === 1 ? list[0] : Buffer.concat(list, length));
    list.length = 0;
    return ret;
  }
  var first = list[0];
  if (n < first.length) {
    list[0] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return list.shift();
  // Spans several chunks.
  var parts = [];
  var got = 0;
  while (got < n) {
    var c = list[0];
    var take = Math.min(n - got, c.length);
    if (take === c.length) list.shift();
    else list[0] = c.slice(take);
    parts.push(take === c.length ? c : c.slice(0, take));
    got += take;
  }
  return stringMode ? parts.join('') : Buffer.concat(parts, n);
}

Readable.prototype._read = function _read(n) {
  this.emit('error', new Error('not implemented'));
};

function emitReadable(stream) {
  var state = stream._readableState;
  state.needReadable = false;
  if (state.emittedReadable) return;
  state.emittedReadable = true;
  if (state.sync) nextTick(emitReadableNow, stream);
  else emitReadableNow(stream);
}

function emitReadableNow(stream) {
  stream.emit('readable');
  flow(stream);
}

// Pre-fill the buffer up to the mark while nobody is reading.
function maybeReadMore(stream, state) {
  if (state.readingMore) return;
  state.readingMore = true;
  nextTick(readMore, stream, state);
}

function readMore(stream, state) {
  var len = state.length;
  while (!state.reading && !state.flowing && !state.ended &&
         state.length < state.highWaterMark) {
    stream.read(0);
    if (len === state.length) break;
    len = state.length;
  }
  state.readingMore = false;
}

function endReadable(stream) {
  var state = stream._readableState;
  if (state.length > 0) throw new Error('endReadable called on non-empty stream');
  if (state.endEmitted) return;
  state.ended = true;
  nextTick(emitEnd, state, stream);
}

function emitEnd(state, stream) {
  if (!state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.readable = false;
    stream.emit('end');
  }
}

// ---- flowing mode --------------------------------------------------------------

Readable.prototype.on = function on(ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);
  var state = this._readableState;
  // A 'data' listener starts the flow unless pause() was called explicitly.
  if (ev === 'data' && state.flowing !== false) this.resume();
  if (ev === 'readable' && this.readable && !state.readableListening) {
    state.readableListening = true;
    state.emittedReadable = false;
    state.needReadable = true;
    if (!state.reading) {
      var self = this;
      nextTick(function () { self.read(0); });
    } else if (state.length) {
      emitReadable(this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.resume = function resume() {
  var state = this._readableState;
  if (!state.flowing) {
    state.flowing = true;
    if (!state.reading) this.read(0);
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      nextTick(resumeNow, this, state);
    }
  }
  return this;
};

function resumeNow(stream, state) {
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  var state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  return this;
};

Readable.prototype.isPaused = function isPaused() {
  return this._readableState.flowing === false;
};

function flow(stream) {
  var state = stream._readableState;
  if (!state.flowing) return;
  var chunk;
  do {
    chunk = stream.read();
  } while (chunk !== null && state.flowing);
}

// ---- pipe ----------------------------------------------------------------------

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  var src = this;
  var state = this._readableState;
  if (state.pipesCount === 0) state.pipes = dest;
  else if (state.pipesCount === 1) state.pipes = [state.pipes, dest];
  else state.pipes.push(dest);
  state.pipesCount += 1;

  var proc = common.processObject();
  var doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== proc.stdout && dest !== proc.stderr;
  var endFn = doEnd ? onend : cleanup;
  if (state.endEmitted) nextTick(endFn);
  else src.once('end', endFn);

  function onunpipe(readable) {
    if (readable === src) cleanup();
  }
  function onend() {
    dest.end();
  }
  // Each false write() took one 'drain' to wait for; flow again after the last.
  function ondrain() {
    if (state.awaitDrain) state.awaitDrain--;
    if (state.awaitDrain === 0 && common.listenerCount(src, 'data')) {
      state.flowing = true;
      flow(src);
    }
  }
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', cleanup);
    src.removeListener('data', ondata);
    // Waiting for a 'drain' that will now never be heard: stop waiting.
    if (state.awaitDrain && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }
  function ondata(chunk) {
    if (dest.write(chunk) === false) {
      state.awaitDrain++;
      src.pause();
    }
  }
  // An error on the destination unpipes it; it is rethrown only when nobody
  // else listens for it.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (common.listenerCount(dest, 'error') === 0) dest.emit('error', er);
  }
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  function unpipe() {
    src.unpipe(dest);
  }

  dest.on('unpipe', onunpipe);
  dest.on('drain', ondrain);
  src.on('data', ondata);
  // onerror runs before the destination's own 'error' listeners.
  if (!dest._events || !dest._events.error) dest.on('error', onerror);
  else if (Array.isArray(dest._events.error)) dest._events.error.unshift(onerror);
  else dest._events.error = [onerror, dest._events.error];
  dest.once('close', onclose);
  dest.once('finish', onfinish);

  dest.emit('pipe', src);
  if (!state.flowing) src.resume();
  return dest;
};

Readable.prototype.unpipe = function unpipe(dest) {
  var state = this._readableState;
  if (state.pipesCount === 0) return this;
  if (state.pipesCount === 1) {
    if (dest && dest !== state.pipes) return this;
    if (!dest) dest = state.pipes;
    state.pipes = null;
    state.pipesCount = 0;
    state.flowing = false;
    if (dest) dest.emit('unpipe', this);
    return this;
  }
  if (!dest) {
    var dests = state.pipes;
    state.pipes = null;
    state.pipesCount = 0;
    state.flowing = false;
    for (var i = 0; i < dests.length; i++) dests[i].emit('unpipe', this);
    return this;
  }
  var idx = state.pipes.indexOf(dest);
  if (idx === -1) return this;
  state.pipes.splice(idx, 1);
  state.pipesCount -= 1;
  if (state.pipesCount === 1) state.pipes = state.pipes[0];
  dest.emit('unpipe', this);
  return this;
};

// ---- wrapping an old-style stream ------------------------------------------------

Readable.prototype.wrap = function wrap(stream) {
  var state = this._readableState;
  var self = this;
  var paused = false;

  stream.on('end', function () {
    if (state.decoder && !state.ended) {
      var rest = state.decoder.end();
      if (rest && rest.length) self.push(rest);
    }
    self.push(null);
  });

  stream.on('data', function (chunk) {
    if (state.decoder) chunk = state.decoder.write(chunk);
    if (state.objectMode ? (chunk === null || chunk === undefined) : (!chunk || !chunk.length)) {
      return;
    }
    if (!self.push(chunk)) {
      paused = true;
      stream.pause();
    }
  });

  // The old stream's methods, where this one has none of that name.
  /* eslint-disable guard-for-in */
  for (var key in stream) {
    if (typeof stream[key] === 'function' && this[key] === undefined) {
      this[key] = proxyMethod(stream, key);
    }
  }
  ['error', 'close', 'destroy', 'pause', 'resume'].forEach(function (ev) {
    stream.on(ev, function (a) { self.emit(ev, a); });
  });

  self._read = function (n) {
    if (paused) {
      paused = false;
      stream.resume();
    }
  };
  return self;
};

function proxyMethod(stream, key) {
  return function () {
    return stream[key].apply(stream, arguments);
  };
}

Readable._fromList = fromList;
