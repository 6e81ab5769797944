var assert = require('assert');
var Promise = require('bluebird');
var steps = [];
Promise.resolve(1).then(function (v) {
  steps.push(v);
  return Promise.delay(10).then(function () { return v + 1; });
}).then(function (v) {
  steps.push(v);
  return Promise.all([Promise.resolve('a'), Promise.delay(5).return('b')]);
}).then(function (all) {
  assert.deepEqual(all, ['a', 'b']);
  console.log('bluebird chain and all ok');
  return Promise.map([1, 2, 3], function (n) { return Promise.delay(3).return(n * 10); }, { concurrency: 2 });
}).then(function (mapped) {
  assert.deepEqual(mapped, [10, 20, 30]);
  console.log('bluebird map ok');
  function legacy(x, cb) { setTimeout(function () { cb(null, x * 2); }, 1); }
  return Promise.promisify(legacy)(21);
}).then(function (v) {
  assert.strictEqual(v, 42);
  console.log('bluebird promisify ok');
  return Promise.reject(new TypeError('typed')).catch(RangeError, function () {
    throw new Error('wrong handler');
  }).catch(TypeError, function (e) { return 'caught ' + e.message; });
}).then(function (msg) {
  assert.strictEqual(msg, 'caught typed');
  assert.deepEqual(steps, [1, 2]);
  console.log('bluebird filtered catch ok');
  return Promise.resolve(5).timeout(100);
}).then(function (v) {
  assert.strictEqual(v, 5);
  console.log('bluebird timeout ok');
}).done();
