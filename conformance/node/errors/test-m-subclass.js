// Error subclassing: classes, and util.inherits with captureStackTrace.
var assert = require('assert');
var util = require('util');
class HttpError extends Error {
  constructor(status, msg) {
    super(msg);
    this.name = 'HttpError';
    this.status = status;
  }
}
var h = new HttpError(404, 'not found');
assert.ok(h instanceof HttpError && h instanceof Error);
assert.strictEqual(h.stack.split('\n')[0], 'HttpError: not found');
assert.strictEqual(Object.prototype.toString.call(h), '[object Error]');
console.log('class extends Error ok');
function LegacyError(msg) {
  Error.call(this);
  Error.captureStackTrace(this, LegacyError);
  this.name = 'LegacyError';
  this.message = msg;
}
util.inherits(LegacyError, Error);
function make() { return new LegacyError('old style'); }
var l = make();
assert.ok(l instanceof LegacyError && l instanceof Error);
assert.strictEqual(l.stack.split('\n')[0], 'LegacyError: old style');
assert.ok(/^    at make /.test(l.stack.split('\n')[1]), l.stack);
assert.strictEqual(String(l), 'LegacyError: old style');
console.log('util.inherits error ok');
assert.strictEqual(Error.prototype.name, 'Error');
assert.strictEqual(Error.prototype.constructor, Error);
assert.strictEqual(new Error('a').constructor, Error);
assert.strictEqual(Object.getPrototypeOf(TypeError), Error);
assert.strictEqual(typeof TypeError.captureStackTrace, 'function');
console.log('Error identity preserved');
var noNew = Error('called');
assert.ok(noNew instanceof Error);
assert.strictEqual(noNew.message, 'called');
var x = {};
assert.strictEqual(Error.call(x, 'm') === x, false);
console.log('Error() without new returns a new error');
