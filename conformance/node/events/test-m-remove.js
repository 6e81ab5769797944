var assert = require('assert');
var EventEmitter = require('events').EventEmitter;
var e = new EventEmitter();
var calls = [];
function a() { calls.push('a'); }
function b() { calls.push('b'); }
e.on('t', a); e.on('t', b); e.on('t', a);
e.removeListener('t', a);
e.emit('t');
assert.deepEqual(calls, ['a', 'b']);
console.log('removeListener removes the last added match');
var removed = [];
e.on('removeListener', function (type, fn) { removed.push(type + ':' + fn.name); });
e.on('u', b);
e.removeAllListeners('t');
assert.deepEqual(removed, ['t:b', 't:a']);
console.log('removeListener events fired LIFO');
e.removeAllListeners();
assert.deepEqual(e.listeners('u'), []);
assert.strictEqual(EventEmitter.listenerCount(e, 'removeListener'), 0);
console.log('removeAllListeners clears everything');
var self = new EventEmitter();
function once1() { self.removeListener('z', once2); calls.push('once1'); }
function once2() { calls.push('once2'); }
self.on('z', once1); self.on('z', once2);
self.emit('z');
assert.deepEqual(calls.slice(-2), ['once1', 'once2']);
console.log('removal during emit does not affect the current emit');
