var assert = require('assert');
var EventEmitter = require('events').EventEmitter;
var e = new EventEmitter();
function f() {}
function g() {}
e.on('a', f);
var l = e.listeners('a');
assert.deepEqual(l, [f]);
l.push(g);
assert.deepEqual(e.listeners('a'), [f]);
console.log('listeners() returns a copy');
e.on('a', g);
assert.strictEqual(EventEmitter.listenerCount(e, 'a'), 2);
assert.strictEqual(EventEmitter.listenerCount(e, 'none'), 0);
console.log('listenerCount counts');
assert.throws(function () { e.on('a', 'notfn'); }, TypeError);
assert.throws(function () { e.removeListener('a', null); }, TypeError);
console.log('non-function listeners rejected');
assert.strictEqual(e.on('b', f), e);
assert.strictEqual(e.removeListener('b', f), e);
assert.strictEqual(e.removeAllListeners('b'), e);
console.log('methods chain');
