'use strict';
// stream.Duplex: a Readable that is also a Writable (the Writable methods are
// copied onto its prototype). With allowHalfOpen false the writable side
// ends when the readable side does.

var common = require('internal/stream/common');
var Readable = require('internal/stream/readable');
var Writable = require('internal/stream/writable');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options && options.readable === false) this.readable = false;
  if (options && options.writable === false) this.writable = false;
  this.allowHalfOpen = !(options && options.allowHalfOpen === false);
  this.once('end', onend);
}
common.inherits(Duplex, Readable);
module.exports = Duplex;

Object.keys(Writable.prototype).forEach(function (key) {
  if (!Duplex.prototype[key]) Duplex.prototype[key] = Writable.prototype[key];
});

function onend() {
  if (this.allowHalfOpen || this._writableState.ended) return;
  var self = this;
  common.nextTick(function () { self.end(); });
}
