var assert = require('assert');
var EventEmitter = require('events').EventEmitter;
var e = new EventEmitter();
var seen = [];
e.on('newListener', function (type, fn) {
  seen.push(type + ':' + EventEmitter.listenerCount(e, type));
});
e.on('foo', function () {});
e.on('foo', function () {});
assert.deepEqual(seen, ['foo:0', 'foo:1']);
console.log('newListener fires before adding');
