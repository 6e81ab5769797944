var assert = require('assert');
var domain = require('domain');

var d = domain.create();
d.on('error', function (e) { console.log('domain caught:', e.message, e.domain === d, e.domainThrown); });
d.run(function () {
  assert.strictEqual(process.domain, d);
  assert.strictEqual(domain.active, d);
  setTimeout(function () { throw new Error('later'); }, 1);
});
assert.strictEqual(process.domain, null);
console.log('run returned');
