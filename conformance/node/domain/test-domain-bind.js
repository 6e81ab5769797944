var assert = require('assert');
var domain = require('domain');

var d = domain.create();
d.on('error', function (e) { console.log('bound error:', e.message); });
var f = d.bind(function (a, b) { assert.strictEqual(process.domain, d); return a + b; });
assert.strictEqual(f.domain, d);
assert.strictEqual(f(2, 3), 5);
assert.strictEqual(process.domain, null);
var g = d.bind(function () { throw new Error('from bound'); });
setTimeout(g, 1);
