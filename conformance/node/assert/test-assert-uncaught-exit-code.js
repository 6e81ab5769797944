var assert = require('assert');
process.on('exit', function (code) { console.log('exit code', code); process.exitCode = 0; });
process.on('uncaughtException', function (e) { console.log('uncaught', e.name, e.message); });
assert.equal(1, 2);
