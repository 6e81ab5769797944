var assert = require('assert');
var domain = require('domain');

var d = domain.create();
d.on('error', function (e) { throw new Error('handler failed: ' + e.message); });
process.on('uncaughtException', function (e) { console.log('uncaught:', e.message); });
d.run(function () { setTimeout(function () { throw new Error('orig'); }, 1); });
