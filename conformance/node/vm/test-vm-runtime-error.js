var assert = require('assert');
var vm = require('vm');

try { vm.runInNewContext('throw new TypeError("inside")', {}); } catch (e) { console.log(e.name, e.message); }
try { vm.runInNewContext('null.x', {}); } catch (e) { console.log('null deref', e instanceof TypeError); }
var sb = { err: null };
vm.runInNewContext('try { undefinedFn(); } catch (e) { err = e.name; }', sb);
console.log('caught inside:', sb.err);
