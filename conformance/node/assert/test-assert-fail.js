var assert = require('assert');

try { assert.fail(1, 2, undefined, '>'); } catch (e) { console.log(e.message, e.operator); }
try { assert.fail(1, 2, 'explicit', '>'); } catch (e) { console.log(e.message, e.generatedMessage); }
console.log(typeof assert.fail);
