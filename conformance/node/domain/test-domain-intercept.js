var assert = require('assert');
var domain = require('domain');

var d = domain.create();
d.on('error', function (e) { console.log('intercepted error:', e.message, e.domainBound === cb, e.domainThrown); });
function cb(a, b) { console.log('cb args', a, b, process.domain === d); return 'r'; }
var f = d.intercept(cb);
assert.strictEqual(f(null, 'x', 'y'), 'r');
f(new Error('first arg error'));
f(undefined, 'z');
