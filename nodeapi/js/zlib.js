'use strict';
// zlib as documented for Node v0.12: the seven stream classes, their
// create* factories, the callback and Sync convenience functions, and the
// constants, over one pure Rust op (nodeapi/src/ops/zlib.rs, flate2).
//
// Deviation, for persistence: a stream keeps its input in the JavaScript
// heap and processes it as a whole when it ends, so a restart in the middle
// of a stream loses nothing (Rust holds no compressor state between turns).
// The bytes produced are the same; they come out at end() rather than
// chunk by chunk, and flush()/params() only call back. The options
// windowBits, memLevel, strategy and dictionary are accepted and checked
// but not applied (flate2's pure-Rust backend has no such knobs); output
// is standard zlib/gzip/raw deflate that any inflater reads.

var Transform = require('stream').Transform;
var util = require('util');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var host = internal.host;

var constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: 4736, Z_BINARY: 0, Z_TEXT: 1, Z_ASCII: 1, Z_UNKNOWN: 2, Z_DEFLATED: 8,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16 * 1024,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1
};

Object.keys(constants).forEach(function (k) {
  exports[k] = constants[k];
});

// Error codes by number, both ways, as v0.12 exports them.
exports.codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6
};
Object.keys(exports.codes).forEach(function (k) {
  exports.codes[exports.codes[k]] = k;
});

function run(mode, buf, level) {
  var bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  try {
    return new Buffer(host('zlibProcess', mode, bytes, level));
  } catch (e) {
    var err = new Error(e.message);
    err.errno = e.errno;
    err.code = e.code;
    throw err;
  }
}

function checkRange(name, v, lo, hi) {
  if (v !== undefined && (typeof v !== 'number' || v < lo || v > hi)) {
    throw new Error('Invalid ' + name + ': ' + v);
  }
}

function Zlib(opts, mode) {
  opts = opts || {};
  Transform.call(this, opts);
  if (opts.flush !== undefined && (opts.flush < 0 || opts.flush > constants.Z_BLOCK)) {
    throw new Error('Invalid flush flag: ' + opts.flush);
  }
  if (opts.chunkSize !== undefined && opts.chunkSize < constants.Z_MIN_CHUNK) {
    throw new Error('Invalid chunk size: ' + opts.chunkSize);
  }
  checkRange('windowBits', opts.windowBits, 8, 15);
  checkRange('compression level', opts.level, -1, 9);
  checkRange('memLevel', opts.memLevel, 1, 9);
  if (opts.strategy !== undefined && [0, 1, 2, 3, 4].indexOf(opts.strategy) === -1) {
    throw new Error('Invalid strategy: ' + opts.strategy);
  }
  if (opts.dictionary !== undefined && !Buffer.isBuffer(opts.dictionary)) {
    throw new Error('Invalid dictionary: it should be a Buffer instance');
  }
  this._mode = mode;
  this._level = opts.level === undefined ? -1 : opts.level;
  this._strategy = opts.strategy === undefined ? 0 : opts.strategy;
  this._chunkSize = opts.chunkSize || constants.Z_DEFAULT_CHUNK;
  this._input = [];
  this._closed = false;
  this._hadError = false;
}
util.inherits(Zlib, Transform);

Zlib.prototype._transform = function (chunk, encoding, cb) {
  if (this._closed) return cb(new Error('zlib binding closed'));
  this._input.push(chunk);
  cb();
};

Zlib.prototype._flush = function (cb) {
  var out;
  try {
    out = run(this._mode, Buffer.concat(this._input), this._level);
  } catch (e) {
    this._hadError = true;
    this._input = [];
    return cb(e);
  }
  this._input = [];
  for (var i = 0; i < out.length; i += this._chunkSize) {
    this.push(out.slice(i, Math.min(out.length, i + this._chunkSize)));
  }
  this.close();
  cb();
};

// Without compressor state, a mid-stream flush has nothing to emit early.
Zlib.prototype.flush = function (kind, callback) {
  if (typeof kind === 'function') callback = kind;
  if (callback) process.nextTick(callback);
};

Zlib.prototype.params = function (level, strategy, callback) {
  checkRange('compression level', level, -1, 9);
  if ([0, 1, 2, 3, 4].indexOf(strategy) === -1) throw new Error('Invalid strategy: ' + strategy);
  this._level = level;
  this._strategy = strategy;
  if (callback) process.nextTick(callback);
};

Zlib.prototype.reset = function () {
  this._input = [];
};

Zlib.prototype.close = function (callback) {
  if (callback) process.nextTick(callback);
  if (this._closed) return;
  this._closed = true;
  var self = this;
  process.nextTick(function () { self.emit('close'); });
};

exports.Zlib = Zlib;

var modes = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip'];
var lower = {
  Deflate: 'deflate', Inflate: 'inflate', Gzip: 'gzip', Gunzip: 'gunzip',
  DeflateRaw: 'deflateRaw', InflateRaw: 'inflateRaw', Unzip: 'unzip'
};

modes.forEach(function (mode) {
  var Ctor = function (opts) {
    if (!(this instanceof Ctor)) return new Ctor(opts);
    Zlib.call(this, opts, mode);
  };
  Object.defineProperty(Ctor, 'name', { value: mode });
  util.inherits(Ctor, Zlib);
  exports[mode] = Ctor;
  exports['create' + mode] = function (o) {
    return new Ctor(o);
  };
  var fn = lower[mode];
  exports[fn + 'Sync'] = function (buffer, opts) {
    if (typeof buffer === 'string') buffer = new Buffer(buffer);
    if (!Buffer.isBuffer(buffer)) throw new TypeError('Not a string or buffer');
    new Ctor(opts); // validates the options as the stream would
    var level = opts && opts.level !== undefined ? opts.level : -1;
    return run(mode, buffer, level);
  };
  exports[fn] = function (buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    assert(typeof callback === 'function', 'callback must be a function');
    var result;
    var error = null;
    try {
      result = exports[fn + 'Sync'](buffer, opts);
    } catch (e) {
      error = e;
    }
    process.nextTick(function () {
      if (error) callback(error);
      else callback(null, result);
    });
  };
});
