'use strict';
// domain as documented for Node v0.12 (deprecated there, still present).
// Loading this module turns domains on: EventEmitters created while a
// domain is active belong to it, and timers, immediates and nextTick
// callbacks remember the domain active when they were scheduled (timers.js
// records it). An exception thrown by code running in a domain, or an
// 'error' event without listeners on a member emitter, goes to the domain's
// 'error' event instead of being fatal.

var util = require('util');
var EventEmitter = require('events');
var errors = require('internal/errors');

var stack = [];
exports._stack = stack;
exports.active = null;

function Domain() {
  EventEmitter.call(this);
  this.members = [];
}
util.inherits(Domain, EventEmitter);
exports.Domain = Domain;

exports.create = exports.createDomain = function createDomain() {
  return new Domain();
};

function setActive(d) {
  exports.active = d;
  process.domain = d;
}

Domain.prototype.members = undefined;
Domain.prototype._disposed = undefined;

Domain.prototype.enter = function enter() {
  if (this._disposed) return;
  setActive(this);
  stack.push(this);
};

Domain.prototype.exit = function exit() {
  var index = stack.lastIndexOf(this);
  if (this._disposed || index === -1) return;
  stack.splice(index);
  setActive(stack.length ? stack[stack.length - 1] : null);
};

Domain.prototype.run = function run(fn) {
  if (this._disposed) return undefined;
  var args = Array.prototype.slice.call(arguments, 1);
  this.enter();
  var ret = fn.apply(this, args);
  this.exit();
  return ret;
};

Domain.prototype.add = function add(ee) {
  if (this._disposed || ee.domain === this) return;
  if (ee.domain && typeof ee.domain.remove === 'function') ee.domain.remove(ee);
  // A domain may not become a member of itself (directly or through parents).
  if (ee instanceof Domain) {
    for (var d = this; d; d = d.domain) {
      if (d === ee) return;
    }
  }
  ee.domain = this;
  this.members.push(ee);
};

Domain.prototype.remove = function remove(ee) {
  ee.domain = null;
  var i = this.members.indexOf(ee);
  if (i !== -1) this.members.splice(i, 1);
};

Domain.prototype.bind = function bind(cb) {
  var self = this;
  function bound() {
    if (self._disposed) return undefined;
    self.enter();
    var ret = cb.apply(this, arguments);
    self.exit();
    return ret;
  }
  bound.domain = this;
  return bound;
};

Domain.prototype.intercept = function intercept(cb) {
  var self = this;
  function intercepted(er) {
    if (self._disposed) return undefined;
    if (er instanceof Error) {
      er.domainBound = cb;
      er.domainThrown = false;
      er.domain = self;
      self.emit('error', er);
      return undefined;
    }
    var args = Array.prototype.slice.call(arguments, 1);
    self.enter();
    var ret = cb.apply(this, args);
    self.exit();
    return ret;
  }
  intercepted.domain = this;
  return intercepted;
};

Domain.prototype.dispose = function dispose() {
  if (this._disposed) return;
  this.exit();
  this.emit('dispose');
  this.removeAllListeners();
  this.on('error', function () {}); // errors caused by disposing are ignored
  var self = this;
  this.members.slice().forEach(function (m) {
    if (m && typeof m._onTimeout !== 'undefined' && typeof m.close === 'function') {
      clearTimeout(m);
    } else if (m && typeof m.destroy === 'function') {
      try { m.destroy(); } catch (e) { /* ignored */ }
    }
    if (m && m.domain === self) m.domain = null;
  });
  this.members.length = 0;
  this._disposed = true;
};

// An exception thrown while this domain was active. True if handled.
Domain.prototype._errorHandler = function errorHandler(er) {
  if (er !== null && (typeof er === 'object' || typeof er === 'function')) {
    er.domain = this;
    er.domainThrown = true;
  }
  try {
    // Throws if the domain has no 'error' listener.
    this.emit('error', er);
    stack.length = 0;
    setActive(null);
    return true;
  } catch (er2) {
    if (errors.isExit(er2)) throw er2;
    if (this === exports.active) stack.pop();
    if (stack.length) {
      setActive(stack[stack.length - 1]);
      return process.domain._errorHandler(er2);
    }
    setActive(null);
    return false;
  }
};

// ---- turning domains on -----------------------------------------------------

if (!EventEmitter.usingDomains) {
  EventEmitter.usingDomains = true;
  process.domain = null;

  // Emitters created inside a domain belong to it.
  var init = EventEmitter.init;
  EventEmitter.init = function () {
    init.call(this);
    if (exports.active && !(this instanceof Domain)) this.domain = exports.active;
  };

  // Listeners run inside the emitter's domain; an unhandled 'error' goes to
  // the domain. (Like Node, a listener that throws leaves the domain entered
  // so the uncaught-exception path finds it.)
  var emit = EventEmitter.prototype.emit;
  EventEmitter.prototype.emit = function (type) {
    var d = this.domain;
    if (!d || !(d instanceof Domain) || this === process) return emit.apply(this, arguments);
    if (type === 'error' && EventEmitter.listenerCount(this, 'error') === 0) {
      var er = arguments[1];
      if (er !== null && typeof er === 'object') {
        er.domainEmitter = this;
        er.domain = d;
        er.domainThrown = false;
      }
      d.emit('error', er);
      return false;
    }
    d.enter();
    var ret = emit.apply(this, arguments);
    d.exit();
    return ret;
  };

  // process.nextTick callbacks run in the domain active when scheduled.
  var nextTick = process.nextTick;
  process.nextTick = function (callback) {
    var d = exports.active;
    if (!d || typeof callback !== 'function') return nextTick.apply(process, arguments);
    var args = Array.prototype.slice.call(arguments, 1);
    return nextTick.call(process, function () {
      if (d._disposed) return;
      d.enter();
      callback.apply(undefined, args);
      d.exit();
    });
  };

  // Timers and immediates carry their domain (timers.js sets it).
  var runCallback = internal.runCallback;
  internal.runCallback = function (fn, thisArg, args) {
    var d = thisArg && thisArg.domain;
    if (!(d instanceof Domain)) return runCallback(fn, thisArg, args);
    if (d._disposed) return 'ok';
    return runCallback(function () {
      d.enter();
      fn.apply(this, arguments);
      d.exit();
    }, thisArg, args);
  };

  // An exception nobody caught goes to the active domain first.
  var handleUncaught = internal.handleUncaught;
  internal.handleUncaught = function (err) {
    var d = process.domain;
    if (d instanceof Domain && !errors.isExit(err)) {
      var handled = false;
      try {
        handled = d._errorHandler(err);
      } catch (e) {
        if (errors.isExit(e)) return;
        err = e;
      }
      if (handled) return;
    }
    stack.length = 0;
    setActive(null);
    handleUncaught(err);
  };
}
