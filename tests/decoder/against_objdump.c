// SPDX-License-Identifier: MIT
/*
 * Check the MMIO instruction decoder against objdump.
 *
 * Reads `objdump -d --insn-width=16` output on stdin.  For every
 * instruction, decodes its bytes with pciem_insn_decode(), renders the
 * result in AT&T syntax and compares it with objdump's text.  An
 * instruction we refuse must be one we are meant to refuse (not a plain
 * mov-family memory access).  Prints TAP lines and a summary.
 *   against_objdump [--lenient]   (--lenient: compare lengths only)
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pciem_insn.h"

static const char *const r64[] = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp",
	"rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };
static const char *const r32[] = { "eax", "ecx", "edx", "ebx", "esp", "ebp",
	"esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d",
	"r15d" };
static const char *const r16[] = { "ax", "cx", "dx", "bx", "sp", "bp", "si",
	"di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w" };
static const char *const r8[] = { "al", "cl", "dl", "bl", "spl", "bpl",
	"sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b",
	"r15b" };
static const char *const hi8[] = { "ah", "ch", "dh", "bh" };

static const char *reg(int n, int size, int high8)
{
	if (high8)
		return hi8[n & 3];
	switch (size) {
	case 1: return r8[n];
	case 2: return r16[n];
	case 4: return r32[n];
	}
	return r64[n];
}

static void hex(char *out, long long v)
{
	if (v < 0)
		sprintf(out, "-0x%llx", -(unsigned long long)v);
	else
		sprintf(out, "0x%llx", (unsigned long long)v);
}

static void mem(char *out, const struct pciem_insn *in)
{
	char d[32] = "";
	const char *seg = "";	/* cs/ss/ds/es do nothing in 64-bit mode */

	if (in->base == PCIEM_REG_NONE && in->index == PCIEM_REG_NONE) {
		/* objdump spells a SIB with a scale but no index "disp()" */
		if (in->scale > 1) {
			hex(d, in->disp);
			sprintf(out, "%s%s()", seg, d);
		} else {
			sprintf(out, "%s0x%llx", seg,
				(unsigned long long)in->disp);
		}
		return;
	}
	if (in->disp_len)
		hex(d, in->disp);
	if (in->base == PCIEM_REG_RIP)
		sprintf(out, "%s%s(%%rip)", seg, d);
	else if (in->index == PCIEM_REG_NONE)
		sprintf(out, "%s%s(%%%s)", seg, d, r64[(int)in->base]);
	else if (in->base == PCIEM_REG_NONE)
		sprintf(out, "%s%s(,%%%s,%d)", seg, d, r64[(int)in->index],
			in->scale);
	else
		sprintf(out, "%s%s(%%%s,%%%s,%d)", seg, d, r64[(int)in->base],
			r64[(int)in->index], in->scale);
}

static void render(char *out, const struct pciem_insn *in)
{
	static const char sfx[] = { 0, 'b', 'w', 0, 'l', 0, 0, 0, 'q' };
	char m[96];
	const char *rep = in->rep ? "rep " : "";
	int moffs = in->moffs;

	switch (in->op) {
	case PCIEM_INSN_MOVS:
		sprintf(out, "%smovs%c %%ds:(%%rsi),%%es:(%%rdi)", rep,
			sfx[in->size]);
		return;
	case PCIEM_INSN_STOS:
		sprintf(out, "%sstos %%%s,%%es:(%%rdi)", rep,
			reg(0, in->size, 0));
		return;
	}
	mem(m, in);
	if (moffs) {
		if (in->op == PCIEM_INSN_LOAD)
			sprintf(out, "movabs %s,%%%s", m, reg(0, in->size, 0));
		else
			sprintf(out, "movabs %%%s,%s", reg(0, in->size, 0), m);
		return;
	}
	switch (in->op) {
	case PCIEM_INSN_LOAD:
		if (in->widen || in->sign_extend)
			sprintf(out, "mov%c%c%c %s,%%%s",
				in->sign_extend ? 's' : 'z', sfx[in->size],
				sfx[in->dst_size], m,
				reg(in->reg, in->dst_size, 0));
		else
			sprintf(out, "mov %s,%%%s", m,
				reg(in->reg, in->size, in->high8));
		return;
	case PCIEM_INSN_STORE:
		sprintf(out, "%s %%%s,%s", in->nt ? "movnti" : "mov",
			reg(in->reg, in->size, in->high8), m);
		return;
	case PCIEM_INSN_STORE_IMM:
		sprintf(out, "mov%c $0x%llx,%s", sfx[in->size],
			(unsigned long long)in->imm, m);
		return;
	}
	strcpy(out, "?");
}

static void cut(char *s, const char *what)
{
	char *p;

	while ((p = strstr(s, what)))
		memmove(p, p + strlen(what), strlen(p + strlen(what)) + 1);
}

/*
 * Prefixes without effect (a bare REX, cs/ss/ds/es overrides, data16 on
 * byte operations) and a SIB with no index are spelled out by objdump;
 * the decoder rightly folds them away.
 */
static void strip_noops(char *s)
{
	static const char *const tok[] = { "rex.WRXB ", "rex.WRX ", "rex.WRB ",
		"rex.WXB ", "rex.RXB ", "rex.WR ", "rex.WX ", "rex.WB ",
		"rex.RX ", "rex.RB ", "rex.XB ", "rex.W ", "rex.R ", "rex.X ",
		"rex.B ", "rex ", "cs ", "ss ", "ds ", "es ", "data16 ", NULL };
	char *p;
	int i, again = 1;

	while (again) {
		again = 0;
		for (i = 0; tok[i]; i++) {
			p = strstr(s, tok[i]);
			if (p && (p == s || p[-1] == ' ')) {
				memmove(p, p + strlen(tok[i]),
					strlen(p + strlen(tok[i])) + 1);
				again = 1;
			}
		}
	}
	p = strstr(s, "repz rep ");	/* a doubled F3 */
	if (p)
		memmove(p, p + 5, strlen(p + 5) + 1);
	cut(s, "%cs:");
	cut(s, "%ss:");
	for (i = 1; i <= 8; i *= 2) {
		char riz[32];

		sprintf(riz, ",%%riz,%d", i);
		cut(s, riz);
	}
	/* %ds: and %es: only matter as the string operands' defaults */
	while ((p = strstr(s, "%ds:")) && strncmp(p + 4, "(%rsi)", 6))
		memmove(p, p + 4, strlen(p + 4) + 1);
	while ((p = strstr(s, "%es:")) && strncmp(p + 4, "(%rdi)", 6))
		memmove(p, p + 4, strlen(p + 4) + 1);
}

/* Collapse whitespace, drop "# comment" and trailing blanks. */
static void normalize(char *s)
{
	char *w = s, *r = s, *hash = strchr(s, '#');
	int space = 0;

	if (hash)
		*hash = 0;
	for (; *r; r++) {
		if (isspace((unsigned char)*r)) {
			space = 1;
			continue;
		}
		if (space && w != s)
			*w++ = ' ';
		space = 0;
		*w++ = *r;
	}
	*w = 0;
	strip_noops(s);
}

/* Should we have accepted this?  Plain mov-family memory accesses. */
static int must_accept(const char *text)
{
	static const char *const ok[] = { "mov ", "movb ", "movw ", "movl ",
		"movq ", "movz", "movsb", "movsw", "movsl", "movsq", "movabs",
		"movnti", "stos", "rep movs", "rep stos", NULL };
	int i;

	const char *p;
	int memop = strchr(text, '(') != NULL;

	/* an absolute address is a 0x not introduced by '$' */
	for (p = strstr(text, "0x"); p && !memop; p = strstr(p + 2, "0x"))
		if (p == text || p[-1] != '$')
			memop = 1;
	if (!memop || strstr(text, "%xmm") || strstr(text, "%cr") ||
	    strstr(text, "(%e") || strstr(text, "addr32") ||
	    strstr(text, "%fs") || strstr(text, "%gs") ||
	    !strncmp(text, "fs ", 3) || !strncmp(text, "gs ", 3) ||
	    strstr(text, " fs ") || strstr(text, " gs "))
		return 0;
	for (i = 0; ok[i]; i++)
		if (!strncmp(text, ok[i], strlen(ok[i])))
			return 1;
	return 0;
}

int main(int argc, char **argv)
{
	int lenient = argc > 1 && !strcmp(argv[1], "--lenient");
	long total = 0, accepted = 0, refused = 0, bad = 0;
	char line[512];

	while (fgets(line, sizeof(line), stdin)) {
		unsigned char code[16];
		char *f1, *f2, ours[160];
		unsigned int n = 0, b;
		struct pciem_insn in;
		char *p;

		/* "  addr:\tbytes\tmnemonic operands" */
		f1 = strchr(line, '\t');
		if (!f1 || !strchr(line, ':') || strchr(line, ':') > f1)
			continue;
		f2 = strchr(f1 + 1, '\t');
		if (!f2)
			continue;
		*f2++ = 0;
		for (p = f1 + 1; sscanf(p, "%2x", &b) == 1 && n < 16; p += 3)
			code[n++] = b;
		normalize(f2);
		if (!n || !*f2 || !strcmp(f2, "(bad)"))
			continue;
		total++;
		if (pciem_insn_decode(code, n, &in)) {
			refused++;
			if (!lenient && must_accept(f2)) {
				printf("not ok - refused: %s\n", f2);
				bad++;
			}
			continue;
		}
		accepted++;
		if (in.len != n) {
			printf("not ok - length %u, objdump %u: %s\n", in.len, n,
			       f2);
			bad++;
			continue;
		}
		if (lenient)
			continue;
		render(ours, &in);
		normalize(ours);
		if (strcmp(ours, f2)) {
			printf("not ok - objdump \"%s\", we \"%s\"\n", f2, ours);
			if (++bad > 50)
				break;
		}
	}
	printf("# %ld instructions: %ld decoded, %ld refused, %ld wrong\n",
	       total, accepted, refused, bad);
	if (!total)
		printf("not ok - no instructions read\n");
	return bad || !total;
}
