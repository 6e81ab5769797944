var assert = require('assert');

var long = new Array(300).join('x');
try { assert.strictEqual(long, 'y'); } catch (e) {
  var parts = e.message.split(' === ');
  assert.strictEqual(parts[0].length, 128);
  assert.strictEqual(parts[0], '"' + new Array(128).join('x'));
  assert.strictEqual(parts[1], '"y"');
  console.log('left side cut to', parts[0].length);
}
var arr = []; for (var i = 0; i < 100; i++) arr.push(i);
try { assert.deepEqual(arr, []); } catch (e) {
  assert.strictEqual(e.message, JSON.stringify(arr).slice(0, 128) + ' deepEqual []');
  console.log('array cut ok');
}
