var assert = require('assert');
var domain = require('domain');

var d = domain.create();
d.on('error', function (e) { console.log('timer member error:', e.message); });
var t = setTimeout(function () { throw new Error('added timer'); }, 1);
d.add(t);
assert.strictEqual(t.domain, d);
