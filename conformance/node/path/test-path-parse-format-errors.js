var assert = require('assert');
var path = require('path');
function throwsMsg(fn, msg) {
  assert.throws(fn, function (e) { return e instanceof TypeError && e.message === msg; }, msg);
}
[path, path.win32].forEach(function (p, i) {
  var flavour = i ? 'win32' : 'posix';
  throwsMsg(function () { p.parse(null); }, "Parameter 'pathString' must be a string, not object");
  throwsMsg(function () { p.parse(5); }, "Parameter 'pathString' must be a string, not number");
  throwsMsg(function () { p.parse(); }, "Parameter 'pathString' must be a string, not undefined");
  console.log(flavour + ' parse errors');
  throwsMsg(function () { p.format('x'); }, "Parameter 'pathObject' must be an object, not string");
  throwsMsg(function () { p.format(null); }, "Parameter 'pathObject' must be an object, not object");
  throwsMsg(function () { p.format(); }, "Parameter 'pathObject' must be an object, not undefined");
  throwsMsg(function () { p.format({ root: 5 }); },
    "'pathObject.root' must be a string or undefined, not number");
  throwsMsg(function () { p.format({ root: true, base: 'b' }); },
    "'pathObject.root' must be a string or undefined, not boolean");
  console.log(flavour + ' format errors');
});
