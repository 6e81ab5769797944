'use strict';
// console as documented for Node v0.12: a Console writing to two streams
// (log/info → stdout, warn/error/trace → stderr); the module's export is the
// global console, with the Console class attached.

var util = require('util');
var errors = require('internal/errors');

function Console(stdout, stderr) {
  if (!(this instanceof Console)) return new Console(stdout, stderr);
  if (!stdout || typeof stdout.write !== 'function') {
    throw new TypeError('Console expects a writable stream instance');
  }
  if (!stderr) stderr = stdout;
  var props = { writable: true, enumerable: false, configurable: true };
  props.value = stdout;
  Object.defineProperty(this, '_stdout', props);
  props.value = stderr;
  Object.defineProperty(this, '_stderr', props);
  props.value = {};
  Object.defineProperty(this, '_times', props);
  // Bound methods, so `var log = console.log; log('x')` works as in Node.
  var self = this;
  Object.keys(Console.prototype).forEach(function (k) {
    self[k] = self[k].bind(self);
  });
}

Console.prototype.log = function () {
  this._stdout.write(util.format.apply(util, arguments) + '\n');
};
Console.prototype.info = Console.prototype.log;

Console.prototype.warn = function () {
  this._stderr.write(util.format.apply(util, arguments) + '\n');
};
Console.prototype.error = Console.prototype.warn;

Console.prototype.dir = function (object, options) {
  this._stdout.write(util.inspect(object, util._extend({ customInspect: false }, options)) + '\n');
};

Console.prototype.time = function (label) {
  this._times[label] = Date.now();
};

Console.prototype.timeEnd = function (label) {
  var time = this._times[label];
  if (!time) throw new Error('No such label: ' + label);
  var duration = Date.now() - time;
  this.log('%s: %dms', label, duration);
};

Console.prototype.trace = function trace() {
  var message = util.format.apply(util, arguments);
  var header = 'Trace' + (message ? ': ' + message : '');
  // trace() itself is in persha's own code, whose frames stacks never show.
  var frames = errors.framesOf(new Error().stack);
  this.error(frames ? header + '\n' + frames : header);
};

Console.prototype.assert = function (expression) {
  if (!expression) {
    var rest = Array.prototype.slice.call(arguments, 1);
    var message = util.format.apply(util, rest);
    // The assert module's AssertionError once it exists; until then an Error
    // carrying the same fields.
    if (internal.hasNative('assert')) {
      internal.nativeRequire('assert').ok(false, message);
    }
    var err = new Error(message || util.inspect(expression) + ' == true');
    err.name = 'AssertionError';
    err.actual = expression;
    err.expected = true;
    err.operator = '==';
    err.generatedMessage = !message;
    throw err;
  }
};

var globalConsole = new Console(globalThis.process.stdout, globalThis.process.stderr);
globalConsole.Console = Console;
module.exports = globalConsole;
