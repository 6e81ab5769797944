// A small interpreter: a stack machine running a loop-heavy program.
(function () {
  var PUSH = 0, LOAD = 1, STORE = 2, ADD = 3, SUB = 4, MUL = 5, LT = 6, JZ = 7, JMP = 8, MOD = 9, HALT = 10;
  // acc = 0; i = 0; while (i < n) { acc = (acc + i * i % 7) % 1000003; i = i + 1 }
  var program = [
    PUSH, 0, STORE, 0,
    PUSH, 0, STORE, 1,
    LOAD, 1, LOAD, 2, LT, JZ, 41,
    LOAD, 0, LOAD, 1, LOAD, 1, MUL, PUSH, 7, MOD, ADD, PUSH, 1000003, MOD, STORE, 0,
    LOAD, 1, PUSH, 1, ADD, STORE, 1, JMP, 8,
    HALT, HALT,
  ];
  function run(code, n) {
    var vars = [0, 0, n], stack = [], sp = 0, pc = 0;
    for (;;) {
      var op = code[pc++];
      switch (op) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case LOAD: stack[sp++] = vars[code[pc++]]; break;
        case STORE: vars[code[pc++]] = stack[--sp]; break;
        case ADD: sp--; stack[sp - 1] = stack[sp - 1] + stack[sp]; break;
        case SUB: sp--; stack[sp - 1] = stack[sp - 1] - stack[sp]; break;
        case MUL: sp--; stack[sp - 1] = stack[sp - 1] * stack[sp]; break;
        case MOD: sp--; stack[sp - 1] = stack[sp - 1] % stack[sp]; break;
        case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
        case JZ: var target = code[pc++]; if (stack[--sp] === 0) pc = target; break;
        case JMP: pc = code[pc]; break;
        case HALT: return vars[0];
        default: throw new Error('bad op ' + op);
      }
    }
  }
  var sum = 0;
  for (var r = 0; r < 4; r++) sum = (sum + run(program, 40000 + r)) | 0;
  console.log('interp ' + sum);
})();
