var assert = require('assert');
var domain = require('domain');

var EventEmitter = require('events').EventEmitter;
var d = domain.create();
var e1;
d.run(function () { e1 = new EventEmitter(); });
var e2 = new EventEmitter();
assert.strictEqual(e1.domain, d);
assert.strictEqual(e2.domain, null);
d.on('error', function (er) { console.log('routed', er.message, er.domainEmitter === e1, er.domainThrown); });
e1.emit('error', new Error('emitter error'));
console.log('after emit');
