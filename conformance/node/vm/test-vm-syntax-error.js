var assert = require('assert');
var vm = require('vm');

['var = 1', 'function (', '}'].forEach(function (src) {
  try { vm.runInNewContext(src, {}); console.log('no error'); } catch (e) { assert.ok(e instanceof SyntaxError); }
});
try { vm.runInThisContext('(('); } catch (e) { console.log('this', e.name); }
try { new vm.Script('))'); } catch (e) { console.log('script', e.name); }
try { vm.createScript('if {'); } catch (e) { console.log('createScript', e.name); }
