var assert = require('assert');
var EventEmitter = require('events').EventEmitter;
var e = new EventEmitter(), n = 0;
function handler(v) { n += v; }
e.once('a', handler);
e.emit('a', 5);
e.emit('a', 5);
assert.strictEqual(n, 5);
console.log('once fires once');
e.once('b', handler);
e.removeListener('b', handler);
assert.strictEqual(e.emit('b', 1), false);
console.log('once listener removable by original function');
e.once('c', handler);
assert.strictEqual(e.listeners('c')[0].listener, handler);
console.log('once wrapper exposes .listener');
