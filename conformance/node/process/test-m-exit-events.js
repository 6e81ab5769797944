var assert = require('assert');
var events = [];
process.on('beforeExit', function (code) {
  events.push('beforeExit:' + code);
  if (events.length === 1) setTimeout(function () { events.push('more work'); }, 1);
});
process.on('exit', function (code) {
  events.push('exit:' + code);
  assert.deepEqual(events, ['beforeExit:0', 'more work', 'beforeExit:0', 'exit:0']);
  setTimeout(function () { throw new Error('never runs'); }, 0);
  console.log('exit events in order');
});
