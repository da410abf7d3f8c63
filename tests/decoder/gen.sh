#!/bin/sh
# Emit (AT&T syntax) every MMIO-style instruction form across registers and
# addressing modes, plus forms the decoder must refuse.
r64="rax rcx rdx rbx rsp rbp rsi rdi r8 r9 r10 r11 r12 r13 r14 r15"
r32="eax ecx edx ebx esp ebp esi edi r8d r9d r10d r11d r12d r13d r14d r15d"
r16="ax cx dx bx sp bp si di r8w r9w r10w r11w r12w r13w r14w r15w"
r8="al cl dl bl spl bpl sil dil r8b r9b r10b r11b r12b r13b r14b r15b ah ch dh bh"
idx="rax rcx rdx rbx rbp rsi rdi r8 r9 r10 r11 r12 r13 r14 r15"
mems() {
	for b in $r64; do
		echo "(%$b)"; echo "0x7f(%$b)"; echo "-0x80(%$b)"
		echo "0x12345678(%$b)"; echo "-0x1000(%$b)"
	done
	for i in $idx; do
		for s in 1 2 4 8; do
			echo "(%rbx,%$i,$s)"; echo "0x10(%r13,%$i,$s)"
			echo "(%rsp,%$i,$s)"; echo "0x1000(,%$i,$s)"
		done
	done
	echo "0x10(%rip)"; echo "-0x20(%rip)"; echo "0x12345678"
	echo "%fs:0x10(%rax)"; echo "%gs:(%rbx)"
}
m=$(mems)
for mem in $m; do
	for r in $r64 $r32 $r16 $r8; do
		echo "mov %$r,$mem"
		echo "mov $mem,%$r"
	done
	echo "movb \$0x7f,$mem"; echo "movw \$0x8001,$mem"
	echo "movl \$0xdeadbeef,$mem"; echo "movq \$-0x2,$mem"
	echo "movq \$0x7fffffff,$mem"; echo "movl \$0x0,$mem"
	for r in $r32; do
		echo "movzbl $mem,%$r"; echo "movzwl $mem,%$r"
		echo "movsbl $mem,%$r"; echo "movswl $mem,%$r"
		echo "movnti %$r,$mem"
	done
	for r in $r64; do
		echo "movzbq $mem,%$r"; echo "movzwq $mem,%$r"
		echo "movsbq $mem,%$r"; echo "movswq $mem,%$r"
		echo "movslq $mem,%$r"; echo "movnti %$r,$mem"
	done
	for r in $r16; do
		echo "movzbw $mem,%$r"; echo "movsbw $mem,%$r"
	done
done | grep -Ev '%[abcd]h.*%r[0-9]|%r[0-9].*%[abcd]h|%[abcd]h.*%(spl|bpl|sil|dil)' | sort -u
for w in b w l q; do
	echo "movs$w"; echo "rep movs$w"; echo "stos$w"; echo "rep stos$w"
done
echo "movabs 0x1122334455667788,%al"; echo "movabs 0x1122334455667788,%eax"
echo "movabs 0x1122334455667788,%rax"; echo "movabs %ax,0x1122334455667788"
echo "movabs %eax,0x1122334455667788"; echo "movabs %rax,0x1122334455667788"
# must be refused
for x in "add %eax,(%rbx)" "mov %eax,%ebx" "lock orl \$1,(%rax)" \
	"xchg %eax,(%rbx)" "cmpxchg %ecx,(%rdx)" "push (%rax)" \
	"movups (%rax),%xmm0" "addr32 mov %eax,(%ebx)" "test %eax,(%rbx)" \
	"incl (%rax)" "movq %xmm0,(%rax)" "cmpl \$1,(%rax)" "mov %cr0,%rax" \
	"lea 0x10(%rax),%rcx" "repnz movsb" "movbe (%rax),%eax"; do
	echo "$x"
done
