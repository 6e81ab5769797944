var assert = require('assert');
var domain = require('domain');

var d = domain.create();
d.on('error', function (e) { console.log('tick error', e.message); });
d.run(function () {
  process.nextTick(function () { assert.strictEqual(process.domain, d); throw new Error('in tick'); });
});
process.nextTick(function () { console.log('plain tick domain', process.domain); });
