var assert = require('assert');
var domain = require('domain');

var d = domain.create();
var fired = false;
d.on('dispose', function () { console.log('dispose event'); });
var t;
d.run(function () { t = setTimeout(function () { fired = true; }, 5); });
d.add(t);
var b = d.bind(function () { return 'bound ran'; });
d.dispose();
assert.strictEqual(b(), undefined);
assert.strictEqual(d.run(function () { return 1; }), undefined);
setTimeout(function () { console.log('timer fired after dispose:', fired); }, 20);
