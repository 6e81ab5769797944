'use strict';
// Helpers shared by the stream classes. The nextTick queue is process's own
// (looked up on first use: internal/process may still be loading when the
// stream modules are first required).

var proc = null;
function processObject() {
  if (!proc) proc = require('internal/process');
  return proc;
}
exports.processObject = processObject;

// nextTick(fn, a, b, ...): fn(a, b, ...) after the current operation.
exports.nextTick = function nextTick(fn) {
  var p = processObject();
  p.nextTick.apply(p, arguments);
};

exports.listenerCount = function listenerCount(emitter, type) {
  var events = emitter._events;
  if (!events || !Object.prototype.hasOwnProperty.call(events, type)) return 0;
  var h = events[type];
  if (typeof h === 'function') return 1;
  return Array.isArray(h) ? h.length : 0;
};

// Prototype chain without util (which may not be loaded yet at bootstrap).
exports.inherits = function inherits(ctor, superCtor) {
  ctor.super_ = superCtor;
  ctor.prototype = Object.create(superCtor.prototype, {
    constructor: { value: ctor, enumerable: false, writable: true, configurable: true }
  });
};
