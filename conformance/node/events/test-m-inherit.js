var assert = require('assert');
var util = require('util');
var EventEmitter = require('events').EventEmitter;
function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
var s = new Stream(), v;
s.on('x', function (a) { v = a; });
s.emit('x', 3);
assert.strictEqual(v, 3);
assert.ok(s instanceof EventEmitter);
console.log('util.inherits emitter works');
class Modern extends EventEmitter {}
var m = new Modern();
m.once('y', function (a) { v = a; });
m.emit('y', 9);
assert.strictEqual(v, 9);
console.log('class extends EventEmitter works');
var weird = new EventEmitter();
weird.on('toString', function () { v = 'ts'; });
weird.emit('toString');
assert.strictEqual(v, 'ts');
assert.strictEqual(weird.emit('hasOwnProperty'), false);
console.log('prototype-named events are ordinary');
