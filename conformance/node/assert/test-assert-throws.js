var assert = require('assert');

assert.throws(function () { throw new Error('x'); });
assert.throws(function () { throw new TypeError('x'); }, TypeError);
assert.throws(function () { throw new Error('hello world'); }, /world/);
assert.throws(function () { throw new Error('v'); }, function (e) { return e.message === 'v'; });
assert.throws(function () { throw 'str'; }, function (e) { return e === 'str'; });
try { assert.throws(function () {}); } catch (e) { console.log(e.message); assert.ok(e instanceof assert.AssertionError); }
try { assert.throws(function () {}, 'need one'); } catch (e) { console.log(e.message); }
try { assert.throws(function () {}, TypeError); } catch (e) { console.log(e.message); }
try { assert.throws(function () {}, TypeError, 'typed'); } catch (e) { console.log(e.message); }
