'use strict';
// stream.Transform: a Duplex whose output is computed from its input by
// _transform(chunk, encoding, callback), one written chunk at a time; the
// next chunk is taken only when the readable side wants more. _flush(cb)
// runs after end(), before the readable side ends.

var common = require('internal/stream/common');
var Duplex = require('internal/stream/duplex');

function TransformState(stream) {
  this.afterTransform = function (er, data) { return afterTransform(stream, er, data); };
  this.needTransform = false;
  this.transforming = false;
  this.writecb = null;
  this.writechunk = null;
  this.writeencoding = null;
}

function afterTransform(stream, er, data) {
  var ts = stream._transformState;
  ts.transforming = false;
  var cb = ts.writecb;
  if (!cb) return stream.emit('error', new Error('no writecb in Transform class'));
  ts.writechunk = null;
  ts.writecb = null;
  if (data !== null && data !== undefined) stream.push(data);
  cb(er);
  var rs = stream._readableState;
  rs.reading = false;
  if (rs.needReadable || rs.length < rs.highWaterMark) stream._read(rs.highWaterMark);
}

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, options);
  this._transformState = new TransformState(this);
  var stream = this;
  // Always ready for input: the first write goes straight to _transform.
  this._readableState.needReadable = true;
  this._readableState.sync = false;
  this.once('prefinish', function () {
    if (typeof this._flush === 'function') {
      this._flush(function (er) { done(stream, er); });
    } else {
      done(stream);
    }
  });
}
common.inherits(Transform, Duplex);
module.exports = Transform;

Transform.prototype.push = function push(chunk, encoding) {
  this._transformState.needTransform = false;
  return Duplex.prototype.push.call(this, chunk, encoding);
};

Transform.prototype._transform = function _transform(chunk, encoding, cb) {
  throw new Error('not implemented');
};

Transform.prototype._write = function _write(chunk, encoding, cb) {
  var ts = this._transformState;
  ts.writecb = cb;
  ts.writechunk = chunk;
  ts.writeencoding = encoding;
  if (!ts.transforming) {
    var rs = this._readableState;
    if (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) {
      this._read(rs.highWaterMark);
    }
  }
};

// The readable side wants data: transform the pending written chunk, if any.
Transform.prototype._read = function _read(n) {
  var ts = this._transformState;
  if (ts.writechunk !== null && ts.writecb && !ts.transforming) {
    ts.transforming = true;
    this._transform(ts.writechunk, ts.writeencoding, ts.afterTransform);
  } else {
    ts.needTransform = true;
  }
};

function done(stream, er) {
  if (er) return stream.emit('error', er);
  if (stream._writableState.length) {
    throw new Error('calling transform done when ws.length != 0');
  }
  if (stream._transformState.transforming) {
    throw new Error('calling transform done when still transforming');
  }
  return stream.push(null);
}
