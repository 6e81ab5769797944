var assert = require('assert');
var domain = require('domain');

var d = domain.create();
var n = 0;
d.on('error', function (e) { n++; console.log('error', n, e.message); });
d.run(function () {
  setTimeout(function () { assert.strictEqual(process.domain, d); throw new Error('timeout'); }, 1);
  setImmediate(function () { throw new Error('immediate'); });
  var iv = setInterval(function () { clearInterval(iv); throw new Error('interval'); }, 2);
});
setTimeout(function () { assert.strictEqual(process.domain, null); console.log('outside timer has no domain'); }, 20);
