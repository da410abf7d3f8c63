// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * x86-64 decoder for MMIO-accessing instructions.  Only the forms in
 * pciem_insn.h are accepted; everything else is -EINVAL so the caller can
 * report it instead of guessing.
 */
#ifdef __KERNEL__
#include <linux/errno.h>
#include <linux/string.h>
#else
#include <errno.h>
#include <string.h>
#endif

#include "pciem_insn.h"

#define MAX_LEN	15

struct cursor {
	const u8 *code;
	unsigned int avail;
	unsigned int pos;
	int err;
};

static u8 pciem_next(struct cursor *c)
{
	if (c->pos >= c->avail || c->pos >= MAX_LEN) {
		c->err = -EINVAL;
		return 0;
	}
	return c->code[c->pos++];
}

static u64 pciem_little(struct cursor *c, int bytes)
{
	u64 v = 0;
	int i;

	for (i = 0; i < bytes; i++)
		v |= (u64)pciem_next(c) << (8 * i);
	return v;
}

static s64 pciem_sext(u64 v, int bytes)
{
	int shift = 64 - 8 * bytes;

	return (s64)(v << shift) >> shift;
}

/* ModRM memory operand; register-direct (mod 3) is not a memory access. */
static int pciem_modrm_mem(struct cursor *c, u8 rex, struct pciem_insn *in)
{
	u8 modrm = pciem_next(c);
	u8 mod = modrm >> 6, rm = modrm & 7;

	in->reg = ((modrm >> 3) & 7) | ((rex & 4) ? 8 : 0);
	in->base = PCIEM_REG_NONE;
	in->index = PCIEM_REG_NONE;
	in->scale = 1;
	if (mod == 3)
		return -EINVAL;
	if (rm == 4) {
		u8 sib = pciem_next(c);
		u8 idx = ((sib >> 3) & 7) | ((rex & 2) ? 8 : 0);
		u8 b = sib & 7;

		in->scale = 1 << (sib >> 6);
		if (idx != 4)
			in->index = idx;
		if (b == 5 && mod == 0) {
			in->disp = pciem_sext(pciem_little(c, 4), 4);
			in->disp_len = 4;
		} else {
			in->base = b | ((rex & 1) ? 8 : 0);
		}
	} else if (rm == 5 && mod == 0) {
		in->base = PCIEM_REG_RIP;
		in->disp = pciem_sext(pciem_little(c, 4), 4);
		in->disp_len = 4;
	} else {
		in->base = rm | ((rex & 1) ? 8 : 0);
	}
	if (mod == 1) {
		in->disp = pciem_sext(pciem_little(c, 1), 1);
		in->disp_len = 1;
	} else if (mod == 2) {
		in->disp = pciem_sext(pciem_little(c, 4), 4);
		in->disp_len = 4;
	}
	return c->err;
}

static u8 pciem_opsize(u8 rex, int osz)
{
	if (rex & 8)
		return 8;
	return osz ? 2 : 4;
}

/* Without REX, byte registers 4-7 are AH, CH, DH, BH. */
static void pciem_byte_reg(struct pciem_insn *in, u8 rex)
{
	if (!rex && in->reg >= 4 && in->reg < 8) {
		in->high8 = 1;
		in->reg -= 4;
	}
}

static int pciem_decode_op(struct cursor *c, u8 op, u8 rex, int osz,
			   struct pciem_insn *in)
{
	int ret;

	switch (op) {
	case 0x88: case 0x89: case 0x8a: case 0x8b:
		ret = pciem_modrm_mem(c, rex, in);
		if (ret)
			return ret;
		in->size = (op & 1) ? pciem_opsize(rex, osz) : 1;
		in->dst_size = in->size;
		in->op = (op & 2) ? PCIEM_INSN_LOAD : PCIEM_INSN_STORE;
		if (in->size == 1)
			pciem_byte_reg(in, rex);
		return 0;
	case 0xc6: case 0xc7:
		ret = pciem_modrm_mem(c, rex, in);
		if (ret || (in->reg & 7))	/* /0 only */
			return -EINVAL;
		in->reg = 0;
		in->size = op == 0xc6 ? 1 : pciem_opsize(rex, osz);
		in->op = PCIEM_INSN_STORE_IMM;
		if (in->size == 1)
			in->imm = pciem_little(c, 1);
		else if (in->size == 2)
			in->imm = pciem_little(c, 2);
		else
			in->imm = (u64)pciem_sext(pciem_little(c, 4), 4);
		if (in->size == 4)
			in->imm &= 0xffffffffULL;
		return c->err;
	case 0x63:	/* movsxd r64, r/m32 */
		if (!(rex & 8))
			return -EINVAL;
		ret = pciem_modrm_mem(c, rex, in);
		in->size = 4;
		in->dst_size = 8;
		in->sign_extend = 1;
		in->op = PCIEM_INSN_LOAD;
		return ret;
	case 0xa0: case 0xa1: case 0xa2: case 0xa3: {
		/* moffs forms: absolute 64-bit address, accumulator */
		u64 addr = pciem_little(c, 8);

		in->base = PCIEM_REG_NONE;
		in->index = PCIEM_REG_NONE;
		in->scale = 1;
		in->disp = (s64)addr;
		in->moffs = 1;
		in->reg = 0;
		in->size = (op & 1) ? pciem_opsize(rex, osz) : 1;
		in->dst_size = in->size;
		in->op = (op & 2) ? PCIEM_INSN_STORE : PCIEM_INSN_LOAD;
		return c->err;
	}
	case 0xa4: case 0xa5: case 0xaa: case 0xab:
		in->op = op <= 0xa5 ? PCIEM_INSN_MOVS : PCIEM_INSN_STOS;
		in->size = (op & 1) ? pciem_opsize(rex, osz) : 1;
		in->base = PCIEM_REG_NONE;
		in->index = PCIEM_REG_NONE;
		in->scale = 1;
		return 0;
	}
	return -EINVAL;
}

static int pciem_decode_0f(struct cursor *c, u8 rex, int osz,
			   struct pciem_insn *in)
{
	u8 op = pciem_next(c);
	int ret;

	switch (op) {
	case 0xb6: case 0xb7: case 0xbe: case 0xbf:
		ret = pciem_modrm_mem(c, rex, in);
		if (ret)
			return ret;
		in->size = (op & 1) ? 2 : 1;
		in->dst_size = pciem_opsize(rex, osz);
		in->sign_extend = op >= 0xbe;
		in->widen = 1;
		in->op = PCIEM_INSN_LOAD;
		return 0;
	case 0xc3:	/* movnti m32/m64, r */
		if (osz)
			return -EINVAL;
		ret = pciem_modrm_mem(c, rex, in);
		in->size = (rex & 8) ? 8 : 4;
		in->op = PCIEM_INSN_STORE;
		in->nt = 1;
		return ret;
	}
	return -EINVAL;
}

int pciem_insn_decode(const u8 *code, unsigned int avail,
		      struct pciem_insn *in)
{
	struct cursor c = { .code = code, .avail = avail };
	int osz = 0, ret;
	u8 rex = 0, b;

	memset(in, 0, sizeof(*in));
	for (;;) {
		b = pciem_next(&c);
		if (c.err)
			return -EINVAL;
		if (b == 0x66) {
			osz = 1;
		} else if (b == 0xf3) {
			in->rep = 1;
		} else if (b == 0x2e || b == 0x36 || b == 0x3e || b == 0x26) {
			/* no effect in 64-bit mode; fs/gs are refused */
			in->seg = b;
		} else {
			break;
		}
	}
	if ((b & 0xf0) == 0x40) {	/* REX must come last */
		rex = b;
		b = pciem_next(&c);
	}
	if (b == 0x0f)
		ret = pciem_decode_0f(&c, rex, osz, in);
	else
		ret = pciem_decode_op(&c, b, rex, osz, in);
	if (ret || c.err)
		return -EINVAL;
	/* F3 means rep only on string operations */
	if (in->rep && in->op != PCIEM_INSN_MOVS && in->op != PCIEM_INSN_STOS)
		return -EINVAL;
	in->len = c.pos;
	return 0;
}

u64 pciem_insn_ea(const struct pciem_insn *in, const u64 regs[16],
		  u64 insn_addr)
{
	u64 ea = (u64)in->disp;

	if (in->base == PCIEM_REG_RIP)
		ea += insn_addr + in->len;
	else if (in->base >= 0)
		ea += regs[in->base];
	if (in->index >= 0)
		ea += regs[in->index] * in->scale;
	return ea;
}

static u64 pciem_mask(int size)
{
	return size == 8 ? ~0ULL : (1ULL << (8 * size)) - 1;
}

u64 pciem_insn_src(const struct pciem_insn *in, const u64 regs[16])
{
	u64 v = regs[in->reg];

	if (in->high8)
		v >>= 8;
	return v & pciem_mask(in->size);
}

void pciem_insn_load(const struct pciem_insn *in, u64 regs[16], u64 value)
{
	u64 *r = &regs[in->reg];
	u64 v = value & pciem_mask(in->size);
	int dst = in->dst_size ? in->dst_size : in->size;

	if (in->sign_extend)
		v = (u64)pciem_sext(v, in->size) & pciem_mask(dst);
	if (in->high8)
		*r = (*r & ~0xff00ULL) | (v << 8);
	else if (dst == 4)
		*r = v;			/* 32-bit writes zero-extend */
	else if (dst == 8)
		*r = v;
	else
		*r = (*r & ~pciem_mask(dst)) | v;
}
