var assert = require('assert');
var os = require('os');

var c = os.cpus();
assert.ok(Array.isArray(c)); assert.ok(c.length > 0);
c.forEach(function (cpu) {
  assert.strictEqual(typeof cpu.model, 'string'); assert.strictEqual(typeof cpu.speed, 'number');
  assert.deepEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
});
console.log('cpus ok', Object.keys(c[0]).join(','));
