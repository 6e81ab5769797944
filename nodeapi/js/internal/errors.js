'use strict';
// Error helpers shared by the runtime: printing a thrown value the way Node
// does, whatever the engine's own `stack` format is, and the private value
// that unwinds the stack after process.exit().

// V8 stacks start with "Name: message"; QuickJS's hold only the frames and Boa
// may have none. stackOf() always returns "Name: message\n    at ..." (or the
// bare header when the engine gives no frames).
function stackOf(err) {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
    return safeString(err);
  }
  var stack;
  try { stack = err.stack; } catch (_) { stack = undefined; }
  var header;
  if (err instanceof Error || Object.prototype.toString.call(err) === '[object Error]') {
    try { header = Error.prototype.toString.call(err); } catch (_) { header = 'Error'; }
  } else {
    if (typeof stack === 'string' && stack) return stack;
    return safeString(err);
  }
  if (typeof stack !== 'string' || stack === '') return header;
  stack = stack.replace(/\n+$/, '');
  if (stack.indexOf(header) === 0 || /^\S[^\n]*(Error|Exception)\b/.test(stack)) return stack;
  return header + '\n' + stack;
}
exports.stackOf = stackOf;

// Just the frame lines ("    at ...") of a stack string, header removed.
exports.framesOf = function framesOf(stack) {
  if (typeof stack !== 'string') return '';
  return stack.split('\n').filter(function (line) {
    return /^\s+at\s/.test(line);
  }).join('\n');
};

function safeString(v) {
  try {
    return String(v);
  } catch (_) {
    try { return Object.prototype.toString.call(v); } catch (__) { return '[unknown]'; }
  }
}
exports.safeString = safeString;

// Thrown by process.exit() after the host was told to exit; the dispatcher
// and every runtime try/catch recognise and swallow it.
var EXIT = Object.freeze({ persha: 'process.exit' });
exports.EXIT = EXIT;
exports.isExit = function (e) { return e === EXIT; };

// ---- the V8 stack-trace API -------------------------------------------------------
//
// npm packages (depd, http-errors, ...) rely on V8's Error.captureStackTrace,
// Error.prepareStackTrace(err, callSites), Error.stackTraceLimit and the
// "Name: message\n    at fn (file:line:col)" format of `stack`. Both engines
// keep a frames-only stack string behind an accessor on Error.prototype; here
// that accessor is replaced by one that parses the engine's string into
// CallSite objects and formats them like V8, lazily on first read (as V8
// does), then caches the result as an own data property.
//
// The global Error becomes a thin wrapper sharing the engine's prototype (like
// the Date wrapper of internal/determinism.js), so that the engine never sees
// the user's Error.prepareStackTrace / stackTraceLimit (QuickJS implements
// its own variants of both), `instanceof Error` and subclassing keep working,
// and `Error.call(this)` returns a fresh error as in V8.
//
// Limits, engine-neutrally: frames of persha's own modules (node:*) and the
// native Function.prototype.call/apply frames are hidden; receivers are not
// known, so CallSite.getThis/getFunction return undefined (V8's strict-mode
// answer), getTypeName returns null and isConstructor false; and
// captureStackTrace(obj, fn) drops the frames above and including the
// topmost frame whose function *name* is fn.name (an anonymous fn, or one not
// found on the stack, drops nothing).

var OrigError = Error;
var origStack = Object.getOwnPropertyDescriptor(OrigError.prototype, 'stack');
var formatting = false;
var limits = new WeakMap(); // error -> Error.stackTraceLimit at construction

function rawStackOf(err) {
  if (!origStack || typeof origStack.get !== 'function') return '';
  try {
    var s = origStack.get.call(err);
    return typeof s === 'string' ? s : '';
  } catch (_) {
    return '';
  }
}

var ANON = { '<anonymous>': true, '<main>': true, '<eval>': true, '': true };

// One engine frame line → {name, file, line, column, native, evalOrigin}.
function parseFrame(line) {
  var m = /^\s*at (?:(.*?) \((.*)\)|(.*))$/.exec(line);
  if (!m) return null;
  var name = m[1] === undefined ? '' : m[1];
  var loc = m[2] === undefined ? m[3] : m[2];
  var frame = {
    name: ANON[name] ? null : name, file: null, line: null, column: null,
    native: false, evalOrigin: undefined,
    // QuickJS names eval code and top-level script code (the REPL's input)
    // both '<eval>'; only eval()'s has the file '<input>' (Boa: 'eval at').
    isEval: name === '<eval>' && /^(<input>:|eval at )/.test(loc)
  };
  if (loc === 'native') {
    frame.native = true;
    return frame;
  }
  var l = /^(.*?):(\d+)(?::(\d+))?$/.exec(loc);
  if (l) {
    frame.file = l[1];
    frame.line = +l[2];
    frame.column = l[3] === undefined ? null : +l[3];
  } else {
    frame.file = loc;
  }
  if (frame.isEval) {
    frame.name = 'eval';
    frame.evalOrigin = loc;
  }
  return frame;
}

function hiddenFrame(f) {
  if (f.native) {
    return f.name === 'call' || f.name === 'apply' || f.name === 'construct' || f.name === null;
  }
  return typeof f.file === 'string' && f.file.indexOf('node:') === 0;
}

function parseFrames(raw) {
  var out = [];
  raw.split('\n').forEach(function (line) {
    if (!/^\s+at\s/.test(line)) return;
    var f = parseFrame(line);
    if (f && !hiddenFrame(f)) out.push(f);
  });
  return out;
}

function CallSite(f) {
  this._f = f;
}
CallSite.prototype.getThis = function () { return undefined; };
CallSite.prototype.getTypeName = function () { return null; };
CallSite.prototype.getFunction = function () { return undefined; };
CallSite.prototype.getFunctionName = function () { return this._f.name; };
CallSite.prototype.getMethodName = function () { return this._f.name; };
CallSite.prototype.getFileName = function () {
  return this._f.file === null ? undefined : this._f.file;
};
CallSite.prototype.getLineNumber = function () { return this._f.line; };
CallSite.prototype.getColumnNumber = function () { return this._f.column; };
CallSite.prototype.getEvalOrigin = function () { return this._f.evalOrigin; };
CallSite.prototype.getScriptNameOrSourceURL = CallSite.prototype.getFileName;
CallSite.prototype.isToplevel = function () {
  return this._f.name === null || this._f.isEval;
};
CallSite.prototype.isEval = function () { return this._f.isEval; };
CallSite.prototype.isNative = function () { return this._f.native; };
CallSite.prototype.isConstructor = function () { return false; };
CallSite.prototype.toString = function () {
  var f = this._f;
  var loc;
  if (f.native) loc = 'native';
  else if (f.isEval) loc = f.evalOrigin;
  else {
    loc = f.file === null ? '<anonymous>' : f.file;
    if (f.line !== null) loc += ':' + f.line + (f.column !== null ? ':' + f.column : '');
  }
  if (f.name === null && !f.native) return loc;
  return (f.name || '<anonymous>') + ' (' + loc + ')';
};
exports.CallSite = CallSite;

function currentLimit() {
  var n = PershaError.stackTraceLimit;
  return typeof n === 'number' ? Math.max(0, Math.floor(n)) : -1;
}

// "Name: message" as V8 heads a stack (also for non-Error objects).
function stackHeader(obj) {
  var name, msg;
  try { name = obj.name; } catch (_) { name = undefined; }
  try { msg = obj.message; } catch (_) { msg = undefined; }
  name = name === undefined ? 'Error' : safeString(name);
  msg = msg === undefined ? '' : safeString(msg);
  if (!name) return msg;
  if (!msg) return name;
  return name + ': ' + msg;
}

// The value of `stack` for obj, whose frames are `frames` (parsed, visible).
function formatStack(obj, frames, limit) {
  if (limit < 0) return undefined; // stackTraceLimit is not a number
  var sites = frames.slice(0, limit).map(function (f) { return new CallSite(f); });
  var prepare = PershaError.prepareStackTrace;
  if (typeof prepare === 'function' && !formatting) {
    formatting = true;
    try {
      return prepare(obj, sites);
    } finally {
      formatting = false;
    }
  }
  var s = stackHeader(obj);
  for (var i = 0; i < sites.length; i++) s += '\n    at ' + sites[i].toString();
  return s;
}

function defineStack(obj, value) {
  Object.defineProperty(obj, 'stack', {
    value: value, writable: true, enumerable: false, configurable: true
  });
}

function PershaError(message) {
  var err = Reflect.construct(OrigError, arguments, new.target || PershaError);
  limits.set(err, currentLimit());
  return err;
}

exports.installStackTraceApi = function (global) {
  Object.defineProperty(PershaError, 'prototype', {
    value: OrigError.prototype, writable: false, enumerable: false, configurable: false
  });
  Object.defineProperty(OrigError.prototype, 'constructor', {
    value: PershaError, writable: true, enumerable: false, configurable: true
  });
  Object.defineProperty(PershaError, 'length', { value: 1, configurable: true });
  Object.defineProperty(PershaError, 'name', { value: 'Error', configurable: true });
  PershaError.stackTraceLimit = 10;
  PershaError.prepareStackTrace = undefined;
  Object.defineProperty(PershaError, 'captureStackTrace', {
    value: function captureStackTrace(obj, fn) {
      if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
        throw new TypeError('Invalid argument');
      }
      var limit = currentLimit();
      var frames = parseFrames(rawStackOf(new OrigError()));
      if (typeof fn === 'function' && fn.name) {
        for (var i = 0; i < frames.length; i++) {
          if (frames[i].name === fn.name) {
            frames = frames.slice(i + 1);
            break;
          }
        }
      }
      var done = false, value;
      Object.defineProperty(obj, 'stack', {
        get: function () {
          if (!done) {
            done = true;
            value = formatStack(obj, frames, limit);
            frames = null;
          }
          return value;
        },
        set: function (v) { defineStack(obj, v); },
        enumerable: false, configurable: true
      });
    },
    writable: true, enumerable: false, configurable: true
  });
  if (typeof OrigError.isError === 'function') {
    Object.defineProperty(PershaError, 'isError', {
      value: OrigError.isError, writable: true, enumerable: false, configurable: true
    });
  }
  // The engine keeps more frames than any user limit: persha's own are hidden.
  try { OrigError.stackTraceLimit = 100; } catch (_) { /* engine without it */ }
  try { OrigError.prepareStackTrace = undefined; } catch (_) { /* idem */ }

  Object.defineProperty(OrigError.prototype, 'stack', {
    get: function () {
      if (this === OrigError.prototype || this === null || typeof this !== 'object') return undefined;
      var limit = limits.has(this) ? limits.get(this) : currentLimit();
      var value = formatStack(this, parseFrames(rawStackOf(this)), limit);
      try { defineStack(this, value); } catch (_) { /* frozen error */ }
      return value;
    },
    set: function (v) {
      if (this !== null && typeof this === 'object') defineStack(this, v);
    },
    enumerable: false, configurable: true
  });

  ['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
    'AggregateError'].forEach(function (name) {
    var C = global[name];
    if (typeof C === 'function' && Object.getPrototypeOf(C) === OrigError) {
      try { Object.setPrototypeOf(C, PershaError); } catch (_) { /* keep the engine's */ }
    }
  });
  Object.defineProperty(global, 'Error', {
    value: PershaError, writable: true, enumerable: false, configurable: true
  });
};
