// SPDX-License-Identifier: MIT
/*
 * The decoder's register semantics against the CPU: each case runs a real
 * load on a buffer and applies the same load through pciem_insn_load(),
 * starting from the same register value.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "pciem_insn.h"

static int failed;

static void expect(const char *what, uint64_t got, uint64_t want)
{
	if (got == want) {
		printf("ok - %s\n", what);
	} else {
		printf("not ok - %s: %#llx, CPU says %#llx\n", what,
		       (unsigned long long)got, (unsigned long long)want);
		failed++;
	}
}

/* decode @code, load @mem into register 0 (rax) holding @init */
static uint64_t emulate(const uint8_t *code, unsigned int n, uint64_t init,
			uint64_t mem)
{
	uint64_t regs[16] = { 0 };
	struct pciem_insn in;

	regs[0] = init;
	if (pciem_insn_decode(code, n, &in) || in.op != PCIEM_INSN_LOAD ||
	    in.reg != 0)
		return 0xbad;
	pciem_insn_load(&in, regs, mem);
	return regs[0];
}

int main(void)
{
	const uint64_t init = 0x1122334455667788ULL;
	const uint64_t val = 0xf0e1d2c3b4a59687ULL;
	uint64_t cpu, regs[16] = { 0 };
	struct pciem_insn in;
	/* mov (%rsi),%ah */
	static const uint8_t ah[] = { 0x8a, 0x26 };

	cpu = init;
	asm("mov (%1),%%ah" : "+a"(cpu) : "S"(&val));
	regs[0] = init;
	pciem_insn_decode(ah, sizeof(ah), &in);
	pciem_insn_load(&in, regs, val & 0xff);
	expect("mov (%rsi),%ah keeps the other bytes", regs[0], cpu);

	cpu = init;
	asm("mov (%1),%%al" : "+a"(cpu) : "S"(&val));
	expect("mov (%rsi),%al", emulate((const uint8_t[]){ 0x8a, 0x06 }, 2,
					 init, val & 0xff), cpu);
	cpu = init;
	asm("mov (%1),%%ax" : "+a"(cpu) : "S"(&val));
	expect("mov (%rsi),%ax", emulate((const uint8_t[]){ 0x66, 0x8b, 0x06 },
					 3, init, val & 0xffff), cpu);
	cpu = init;
	asm("mov (%1),%%eax" : "+a"(cpu) : "S"(&val));
	expect("mov (%rsi),%eax zero-extends",
	       emulate((const uint8_t[]){ 0x8b, 0x06 }, 2, init,
		       val & 0xffffffff), cpu);
	cpu = init;
	asm("mov (%1),%%rax" : "+a"(cpu) : "S"(&val));
	expect("mov (%rsi),%rax", emulate((const uint8_t[]){ 0x48, 0x8b, 0x06 },
					  3, init, val), cpu);
	cpu = init;
	asm("movzbl (%1),%%eax" : "+a"(cpu) : "S"(&val));
	expect("movzbl", emulate((const uint8_t[]){ 0x0f, 0xb6, 0x06 }, 3,
				 init, val & 0xff), cpu);
	cpu = init;
	asm("movzbw (%1),%%ax" : "+a"(cpu) : "S"(&val));
	expect("movzbw keeps the upper 48 bits",
	       emulate((const uint8_t[]){ 0x66, 0x0f, 0xb6, 0x06 }, 4, init,
		       val & 0xff), cpu);
	cpu = init;
	asm("movsbq (%1),%%rax" : "+a"(cpu) : "S"(&val));
	expect("movsbq", emulate((const uint8_t[]){ 0x48, 0x0f, 0xbe, 0x06 }, 4,
				 init, val & 0xff), cpu);
	cpu = init;
	asm("movswl (%1),%%eax" : "+a"(cpu) : "S"(&val));
	expect("movswl", emulate((const uint8_t[]){ 0x0f, 0xbf, 0x06 }, 3,
				 init, val & 0xffff), cpu);
	cpu = init;
	asm("movslq (%1),%%rax" : "+a"(cpu) : "S"(&val));
	expect("movslq", emulate((const uint8_t[]){ 0x48, 0x63, 0x06 }, 3,
				 init, val & 0xffffffff), cpu);

	/* stores: the source operand, including AH */
	memset(regs, 0, sizeof(regs));
	regs[3] = init;	/* rbx */
	pciem_insn_decode((const uint8_t[]){ 0x88, 0x3e }, 2, &in); /* bh */
	expect("mov %bh,(%rsi) stores bits 8..15", pciem_insn_src(&in, regs),
	       (init >> 8) & 0xff);
	pciem_insn_decode((const uint8_t[]){ 0x40, 0x88, 0x3e }, 3, &in);
	regs[7] = init;	/* with REX: %dil */
	expect("mov %dil,(%rsi)", pciem_insn_src(&in, regs), init & 0xff);

	/* effective address: base + index * scale + disp, and rip-relative */
	regs[3] = 0x1000;
	regs[1] = 0x10;
	pciem_insn_decode((const uint8_t[]){ 0x89, 0x44, 0x8b, 0xf0 }, 4, &in);
	expect("ea -0x10(%rbx,%rcx,4)", pciem_insn_ea(&in, regs, 0),
	       0x1000 + 0x40 - 0x10);
	pciem_insn_decode((const uint8_t[]){ 0x8b, 0x05, 0x10, 0, 0, 0 }, 6,
			  &in);
	expect("ea 0x10(%rip)", pciem_insn_ea(&in, regs, 0x5000),
	       0x5000 + 6 + 0x10);
	printf("# semantics: %d failed\n", failed);
	return !!failed;
}
