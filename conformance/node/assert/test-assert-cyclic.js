var assert = require('assert');

var a = { name: 'a' }; a.self = a;
try { assert.strictEqual(a, { name: 'a' }); } catch (e) { console.log(typeof e.message, e.message.indexOf('===') > 0); }
var b = [1]; b.push(b);
try { assert.equal(b, 2); } catch (e) { console.log('cyclic array message ok', e.operator); }
