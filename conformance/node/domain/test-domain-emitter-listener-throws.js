var assert = require('assert');
var domain = require('domain');

var EventEmitter = require('events').EventEmitter;
var d = domain.create();
var e = new EventEmitter();
d.add(e);
d.on('error', function (er) { console.log('listener error caught:', er.message); });
e.on('data', function () { assert.strictEqual(process.domain, d); throw new Error('in listener'); });
setTimeout(function () { e.emit('data'); }, 1);
