var assert = require('assert');
var data = require('./fixtures/json/data.json');
assert.deepEqual(data, { a: 1, list: [true, null], s: 'x' });
console.log('json loaded (BOM stripped)');
var caught;
try {
  require('./fixtures/json/bad.json');
} catch (e) {
  caught = e;
}
assert.ok(caught instanceof SyntaxError);
assert.ok(caught.message.indexOf(require('path').join(__dirname, 'fixtures/json/bad.json') + ': ') === 0,
  caught.message);
console.log('bad json names the file');
