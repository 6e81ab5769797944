var assert = require('assert');
var qs = require('querystring');

if (typeof Buffer === 'function') {
  var b = qs.unescapeBuffer('a%20b%zz+c', true);
  assert.ok(Buffer.isBuffer(b));
  assert.strictEqual(b.toString(), 'a b%zz c');
  assert.strictEqual(qs.unescapeBuffer('%E4%BD%A0').length, 3);
}
console.log(typeof qs.unescapeBuffer);
