var assert = require('assert');

assert.doesNotThrow(function () {});
try { assert.doesNotThrow(function () { throw new Error('boom'); }); } catch (e) { console.log('passes through:', e.message, e instanceof assert.AssertionError); }
try { assert.doesNotThrow(function () { throw new Error('boom'); }, 'msg'); } catch (e) { console.log('with msg:', e.message); }
console.log('doesNotThrow ok');
