var assert = require('assert');
var domain = require('domain');

var EventEmitter = require('events').EventEmitter;
var d = domain.create();
var e = new EventEmitter();
d.add(e);
assert.strictEqual(e.domain, d);
assert.deepEqual(d.members, [e]);
var d2 = domain.create();
d2.add(e);
assert.strictEqual(e.domain, d2);
assert.strictEqual(d.members.length, 0);
d2.remove(e);
assert.strictEqual(e.domain, null);
assert.strictEqual(d2.members.length, 0);
console.log('add/remove ok');
