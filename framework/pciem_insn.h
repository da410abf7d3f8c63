/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Decoder for the x86-64 instructions that access MMIO: what compilers and
 * the kernel emit for read*()/write*(), ioread*()/iowrite*(), the _rep
 * variants, memcpy_toio(), memcpy_fromio() and memset_io().  Shared by
 * pciem.ko and its userspace test (tests/decoder), which checks it
 * against objdump.
 */
#ifndef _PCIEM_INSN_H
#define _PCIEM_INSN_H

#ifdef __KERNEL__
#include <linux/types.h>
#else
#include <stdint.h>
typedef uint8_t u8;
typedef int8_t s8;
typedef uint64_t u64;
typedef int64_t s64;
#endif

enum pciem_insn_op {
	PCIEM_INSN_LOAD,	/* reg <- [mem]: mov, movzx, movsx, movsxd */
	PCIEM_INSN_STORE,	/* [mem] <- reg: mov, movnti */
	PCIEM_INSN_STORE_IMM,	/* [mem] <- imm */
	PCIEM_INSN_MOVS,	/* [rdi] <- [rsi], maybe rep */
	PCIEM_INSN_STOS,	/* [rdi] <- rax, maybe rep */
};

#define PCIEM_REG_NONE	(-1)
#define PCIEM_REG_RIP	16

struct pciem_insn {
	u8 len;		/* bytes */
	u8 op;		/* enum pciem_insn_op */
	u8 size;	/* memory access width: 1, 2, 4 or 8 */
	u8 reg;		/* GPR, encoding order rax = 0 .. r15 = 15 */
	u8 high8;	/* reg means AH/CH/DH/BH */
	u8 dst_size;	/* LOAD: bytes written to reg */
	u8 sign_extend;	/* movsx, movsxd */
	u8 rep;		/* F3 on movs/stos */
	s8 base;	/* GPR, PCIEM_REG_RIP or PCIEM_REG_NONE */
	s8 index;	/* GPR or PCIEM_REG_NONE */
	u8 scale;	/* 1, 2, 4, 8 */
	u8 seg;		/* segment override prefix byte, or 0 */
	u8 nt;		/* non-temporal store (movnti) */
	u8 moffs;	/* A0-A3: 64-bit absolute address in disp */
	u8 disp_len;	/* bytes of displacement encoded */
	u8 widen;	/* movzx/movsx (0F B6/B7/BE/BF) */
	s64 disp;
	u64 imm;	/* STORE_IMM, truncated to size */
};

/* 0, or -EINVAL for anything else (never reads past @avail or 15 bytes) */
int pciem_insn_decode(const u8 *code, unsigned int avail,
		      struct pciem_insn *insn);
/* effective address; @insn_addr is where the instruction starts */
u64 pciem_insn_ea(const struct pciem_insn *insn, const u64 regs[16],
		  u64 insn_addr);
/* the value a STORE writes */
u64 pciem_insn_src(const struct pciem_insn *insn, const u64 regs[16]);
/* write a LOAD's value into the register file with x86 semantics */
void pciem_insn_load(const struct pciem_insn *insn, u64 regs[16], u64 value);

#endif /* _PCIEM_INSN_H */
