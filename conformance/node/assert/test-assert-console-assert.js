var assert = require('assert');
console.assert(true, 'never');
try { console.assert(false, 'value %d', 5); } catch (e) { console.log(e.name, e.message, e instanceof assert.AssertionError); }
try { console.assert(0); } catch (e) { console.log('generated:', e.message); }
