var assert = require('assert');
var domain = require('domain');

var outer = domain.create(), inner = domain.create();
outer.on('error', function (e) { console.log('outer got', e.message); });
inner.on('error', function (e) { console.log('inner got', e.message); });
outer.run(function () {
  inner.run(function () {
    assert.strictEqual(process.domain, inner);
    assert.strictEqual(domain._stack.length, 2);
    setTimeout(function () { throw new Error('from inner'); }, 1);
  });
  assert.strictEqual(process.domain, outer);
  setTimeout(function () { throw new Error('from outer'); }, 2);
});
