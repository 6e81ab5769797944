var assert = require('assert');
var domain = require('domain');

var d = domain.create();
var count = 0;
d.on('error', function (e) { count++; });
d.run(function () {
  setTimeout(function () { throw new Error('one'); }, 1);
  setTimeout(function () { throw new Error('two'); }, 2);
});
setTimeout(function () { console.log('errors handled:', count); }, 10);
