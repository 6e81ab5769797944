var sys = require('sys');
function A() {} function B() {}
sys.inherits(B, A);
console.log(new B() instanceof A, sys.isArray([]));
