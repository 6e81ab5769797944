'use strict';
// EventEmitter as documented for Node v0.12. Listeners live in `_events`
// exactly like Node (a single function, or an array when there are several),
// because widely used libraries (readable-stream, ...) read and patch it.

var hasOwn = Object.prototype.hasOwnProperty;

function EventEmitter() {
  EventEmitter.init.call(this);
}
module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.prototype.domain = undefined;
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function () {
  this.domain = null;
  if (!this._events || this._events === Object.getPrototypeOf(this)._events) {
    this._events = {};
  }
  this._maxListeners = this._maxListeners || undefined;
};

function getEvents(emitter) {
  if (!emitter._events) emitter._events = {};
  return emitter._events;
}

// Own-property lookup so that events named like Object.prototype members
// ('toString', 'constructor') behave like any other name.
function getHandler(emitter, type) {
  var events = emitter._events;
  if (!events || !hasOwn.call(events, type)) return undefined;
  return events[type];
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  if (typeof n !== 'number' || n < 0 || n !== n) {
    throw new TypeError('n must be a positive number');
  }
  this._maxListeners = n;
  return this;
};

function maxListeners(emitter) {
  return emitter._maxListeners === undefined ?
    EventEmitter.defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.emit = function emit(type) {
  var handler = getHandler(this, type);
  var args, i;

  if (type === 'error' && handler === undefined) {
    var er = arguments[1];
    if (er instanceof Error) throw er; // unhandled 'error' event
    var err = new Error('Uncaught, unspecified "error" event.');
    err.context = er;
    throw err;
  }
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    switch (arguments.length) {
      case 1: handler.call(this); break;
      case 2: handler.call(this, arguments[1]); break;
      case 3: handler.call(this, arguments[1], arguments[2]); break;
      default:
        args = Array.prototype.slice.call(arguments, 1);
        handler.apply(this, args);
    }
    return true;
  }
  if (Array.isArray(handler)) {
    args = Array.prototype.slice.call(arguments, 1);
    // Copy: listeners added or removed during the emit do not affect it.
    var listeners = handler.slice();
    for (i = 0; i < listeners.length; i++) listeners[i].apply(this, args);
    return true;
  }
  return false;
};

EventEmitter.prototype.addListener = function addListener(type, listener) {
  if (typeof listener !== 'function') {
    throw new TypeError('listener must be a function');
  }
  var events = getEvents(this);
  // 'newListener' is emitted before the listener is added.
  if (getHandler(this, 'newListener') !== undefined) {
    this.emit('newListener', type,
      typeof listener.listener === 'function' ? listener.listener : listener);
    events = getEvents(this);
  }
  var existing = hasOwn.call(events, type) ? events[type] : undefined;
  if (existing === undefined) {
    events[type] = listener;
  } else if (typeof existing === 'function') {
    events[type] = [existing, listener];
  } else {
    existing.push(listener);
  }

  var list = events[type];
  if (Array.isArray(list) && !list.warned) {
    var m = maxListeners(this);
    if (m && m > 0 && list.length > m) {
      list.warned = true;
      var console = global.console;
      if (console) {
        console.error('(node) warning: possible EventEmitter memory ' +
          'leak detected. %d %s listeners added. ' +
          'Use emitter.setMaxListeners() to increase limit.',
          list.length, type);
        console.trace();
      }
    }
  }
  return this;
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.once = function once(type, listener) {
  if (typeof listener !== 'function') {
    throw new TypeError('listener must be a function');
  }
  var fired = false;
  function g() {
    this.removeListener(type, g);
    if (!fired) {
      fired = true;
      listener.apply(this, arguments);
    }
  }
  g.listener = listener;
  this.on(type, g);
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  if (typeof listener !== 'function') {
    throw new TypeError('listener must be a function');
  }
  var list = getHandler(this, type);
  if (list === undefined) return this;
  var events = this._events;

  if (list === listener || (typeof list.listener === 'function' && list.listener === listener)) {
    delete events[type];
  } else if (Array.isArray(list)) {
    var position = -1;
    // The most recently added matching listener goes first, as in Node.
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (list.length === 1) {
      delete events[type];
    } else {
      list.splice(position, 1);
      if (list.length === 1) events[type] = list[0];
    }
  } else {
    return this;
  }
  if (getHandler(this, 'removeListener') !== undefined) {
    this.emit('removeListener', type, listener);
  }
  return this;
};

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  var events = this._events;
  if (!events) return this;
  var key;

  // Without 'removeListener' listeners there is nobody to tell: just drop.
  if (getHandler(this, 'removeListener') === undefined) {
    if (arguments.length === 0) this._events = {};
    else if (hasOwn.call(events, type)) delete events[type];
    return this;
  }

  if (arguments.length === 0) {
    for (key in events) {
      if (!hasOwn.call(events, key) || key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = {};
    return this;
  }

  var listeners = getHandler(this, type);
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (Array.isArray(listeners)) {
    // LIFO order, like Node (over a copy: removal reshapes the list).
    listeners = listeners.slice();
    while (listeners.length) {
      this.removeListener(type, listeners.pop());
    }
  }
  delete events[type];
  return this;
};

EventEmitter.prototype.listeners = function listeners(type) {
  var handler = getHandler(this, type);
  if (handler === undefined) return [];
  if (typeof handler === 'function') return [handler];
  return handler.slice();
};

EventEmitter.listenerCount = function (emitter, type) {
  var handler = getHandler(emitter, type);
  if (handler === undefined) return 0;
  if (typeof handler === 'function') return 1;
  return handler.length;
};
