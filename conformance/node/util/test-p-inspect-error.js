// v0.12 prints errors as [Error.prototype.toString()], wrapped in braces
// when the error has own enumerable properties.
var assert = require('assert');
var util = require('util');
assert.strictEqual(util.inspect(new Error('boom')), '[Error: boom]');
assert.strictEqual(util.inspect(new TypeError('bad type')), '[TypeError: bad type]');
assert.strictEqual(util.inspect(new RangeError('')), '[RangeError]');
console.log('plain errors');
var e = new Error('with code');
e.code = 'ENOENT';
e.errno = 34;
assert.strictEqual(util.inspect(e), "{ [Error: with code] code: 'ENOENT', errno: 34 }");
console.log('errors with properties');
function MyError(msg) { this.message = msg; }
util.inherits(MyError, Error);
MyError.prototype.name = 'MyError';
var m = new MyError('custom');
assert.strictEqual(util.inspect(m), "{ [MyError: custom] message: 'custom' }");
console.log('error subclasses');
assert.strictEqual(util.inspect({ err: new Error('inner') }), '{ err: [Error: inner] }');
assert.strictEqual(util.inspect([new Error('a'), new Error('b')]), '[ [Error: a], [Error: b] ]');
console.log('nested errors');
