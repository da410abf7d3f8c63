/* The card model on libpciem's in-process test host: the test plays the
 * kernel driver through registers, a ring in "host memory", interrupts,
 * and looks at what the monitor would show. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <GL/gl.h>
#include "../model/card.h"
#include "../include/protopciem/cmd.h"
#include "../../sdk/libpciem/tests/tap.h"

#define RING_BYTES (64u << 10)
/* An engine reset must end the long job within this (seconds); one of
 * its triangles alone takes longer, even without sanitizers. */
#ifdef __SANITIZE_ADDRESS__
#define RESET_LIMIT 1.0
#else
#define RESET_LIMIT 0.25
#endif

static struct pp_card card;
static struct pciem_dev *dev;
static uint8_t *vram;
static uint32_t ring_buf[RING_BYTES / 4] __attribute__((aligned(4096)));
static uint64_t fence_buf __attribute__((aligned(8)));
static uint64_t rbus, fbus, ibus;
/* indirect buffers in host memory */
static uint32_t ib_buf[16384] __attribute__((aligned(4096)));
static uint32_t tail;
static uint32_t frame[4096 * 4096];

static uint32_t rd(uint32_t off)
{
	return (uint32_t)pciem_test_read(dev, 0, off, 4);
}

static void wr(uint32_t off, uint32_t v)
{
	pciem_test_write(dev, 0, off, 4, v);
}

static uint32_t f2u(float f)
{
	uint32_t u;

	memcpy(&u, &f, 4);
	return u;
}

static double now(void)
{
	return (double)pp_card_clock() / 1e9;
}

static void emit(uint32_t v)
{
	ring_buf[tail / 4] = v;
	tail = (tail + 4) & (RING_BYTES - 1);
}

static void kick(void)
{
	wr(PP_REG_RING_TAIL, tail);
}

/* Waits for the ring to be idle or stopped and no reset to be running. */
static int wait_idle(double timeout)
{
	double end = now() + timeout;

	while (now() < end) {
		uint32_t s = rd(PP_REG_RING_STATUS);

		if ((s & PP_RING_STATE_MASK) != PP_RING_BUSY &&
		    !(s & PP_RING_RESETTING))
			return 1;
		nanosleep(&(struct timespec){ 0, 1000000 }, NULL);
	}
	return 0;
}

static void ack_all(void)
{
	wr(PP_REG_ERR_CLEAR, PP_ERR_CLEAR_RING | PP_ERR_CLEAR_REG);
	wr(PP_REG_IRQ_STATUS, PP_IRQ_ALL);
}

static uint32_t irq_bit(int cause)
{
	return 1u << cause;
}

/* Ring and fence programmed as a driver does it after a reset. */
static void ring_setup(void)
{
	wr(PP_REG_RING_BASE_LO, (uint32_t)rbus);
	wr(PP_REG_RING_BASE_HI, (uint32_t)(rbus >> 32));
	wr(PP_REG_RING_SIZE, RING_BYTES);
	wr(PP_REG_FENCE_ADDR_LO, (uint32_t)fbus);
	wr(PP_REG_FENCE_ADDR_HI, (uint32_t)(fbus >> 32));
	wr(PP_REG_FENCE_CTRL, PP_FENCE_WRITEBACK);
	wr(PP_REG_RING_CTRL, PP_RING_ENABLE);
	tail = 0;
}

static void emit_fence(uint64_t v)
{
	emit(PP_CMD(PP_CLASS_CONTROL, PP_FENCE, 2));
	emit((uint32_t)v);
	emit((uint32_t)(v >> 32));
}

static uint64_t fence_last(void)
{
	uint32_t lo = rd(PP_REG_FENCE_LAST_LO);

	return (uint64_t)rd(PP_REG_FENCE_LAST_HI) << 32 | lo;
}

static void check_identity(void)
{
	uint8_t edid[128];
	uint32_t i, sum = 0;

	CHECK(rd(PP_REG_ID) == PP_ID_VALUE, "ID reads PPM1");
	CHECK(rd(PP_REG_REV) == 0x10001, "REV reads 1.1");
	CHECK(rd(PP_REG_CAPS) == (PP_CAPS_GL | PP_CAPS_DISPLAY | PP_CAPS_EDID |
				  PP_CAPS_CURSOR | PP_CAPS_GAMMA | PP_CAPS_HOTPLUG |
				  PP_CAPS_CONTEXTS) && rd(PP_REG_CAPS) == 0x7f,
	      "CAPS: GL, display, EDID, cursor, gamma, hot-plug, contexts");
	CHECK(rd(PP_REG_CONTEXTS) == 64 && rd(PP_REG_RING_CONTEXT) == 0,
	      "CONTEXTS reads 64, RING_CONTEXT 0 after reset");
	CHECK(rd(PP_REG_VRAM_SIZE) == PP_VRAM_SIZE, "VRAM_SIZE is BAR2's size");
	CHECK(pciem_test_config_read(dev, 0, 2) == PP_VENDOR &&
	      pciem_test_config_read(dev, 2, 2) == PP_DEVICE, "PCI ID 7065:0100");
	for (i = 0; i < 128; i += 4) {
		uint32_t v = rd(PP_REG_EDID + i);

		memcpy(edid + i, &v, 4);
	}
	for (i = 0; i < 128; i++)
		sum += edid[i];
	CHECK(edid[0] == 0 && edid[1] == 0xff && edid[7] == 0 && (sum & 255) == 0,
	      "EDID block has its header and checksum");
	CHECK(edid[18] == 1 && edid[19] == 3, "EDID version 1.3");
}

/* Register errors go to REG_ERR_*, ring faults to RING_ERR_*. */
static void check_reg_errors(void)
{
	wr(PP_REG_IRQ_MASK, PP_IRQ_ALL);
	wr(PP_REG_DISP_WIDTH, 5);
	CHECK(rd(PP_REG_REG_ERR_STATUS) >> 16 == PP_ERR_REGISTER &&
	      rd(PP_REG_REG_ERR_ADDR) == PP_REG_DISP_WIDTH,
	      "out-of-range DISP_WIDTH: REG_ERR_STATUS ERR_REGISTER with its offset");
	CHECK(rd(PP_REG_RING_ERR_STATUS) == 0 &&
	      (rd(PP_REG_RING_STATUS) & PP_RING_STATE_MASK) == PP_RING_IDLE,
	      "a register error leaves the ring error and state alone");
	CHECK((rd(PP_REG_IRQ_STATUS) & irq_bit(PP_IRQ_REG_ERROR)) &&
	      pciem_test_irqs(dev, PCIEM_IRQ_MSIX, PP_IRQ_REG_ERROR) == 1,
	      "REG_ERROR pending, MSI-X vector 4 fired");
	wr(PP_REG_ID, 1);
	CHECK(rd(PP_REG_REG_ERR_ADDR) == PP_REG_DISP_WIDTH,
	      "the first register error is kept until cleared");
	wr(PP_REG_ERR_CLEAR, PP_ERR_CLEAR_RING);
	CHECK(rd(PP_REG_REG_ERR_STATUS) != 0, "ERR_CLEAR.RING leaves the register error");
	wr(PP_REG_ERR_CLEAR, PP_ERR_CLEAR_REG);
	wr(PP_REG_IRQ_STATUS, irq_bit(PP_IRQ_REG_ERROR));
	CHECK(rd(PP_REG_REG_ERR_STATUS) == 0 && rd(PP_REG_IRQ_STATUS) == 0,
	      "ERR_CLEAR.REG and the RW1C ack clear it");
	pciem_test_read(dev, 0, PP_REG_ID, 2);
	CHECK(rd(PP_REG_REG_ERR_STATUS) == (PP_ERR_ACCESS << 16 | 2),
	      "16-bit access is ERR_ACCESS with the size as detail");
	ack_all();
	wr(PP_REG_ID, 1);
	CHECK(rd(PP_REG_REG_ERR_STATUS) >> 16 == PP_ERR_REGISTER &&
	      rd(PP_REG_ID) == PP_ID_VALUE, "a write to a read-only register is refused");
	ack_all();
	wr(PP_REG_IRQ_MASK, PP_IRQ_ALL | 0x80);
	CHECK(rd(PP_REG_REG_ERR_STATUS) >> 16 == PP_ERR_REGISTER &&
	      rd(PP_REG_IRQ_MASK) == PP_IRQ_ALL, "IRQ_MASK refuses unknown causes");
	ack_all();
	wr(PP_REG_IRQ_FORCE, irq_bit(PP_IRQ_HOTPLUG));
	CHECK(rd(PP_REG_IRQ_STATUS) == irq_bit(PP_IRQ_HOTPLUG) &&
	      pciem_test_irqs(dev, PCIEM_IRQ_MSIX, PP_IRQ_HOTPLUG) == 1,
	      "IRQ_FORCE raises the cause written");
	ack_all();
	wr(PP_REG_IRQ_MASK, 0);
	wr(PP_REG_IRQ_FORCE, irq_bit(PP_IRQ_FENCE));
	CHECK(rd(PP_REG_IRQ_STATUS) == irq_bit(PP_IRQ_FENCE) &&
	      pciem_test_irqs(dev, PCIEM_IRQ_MSIX, PP_IRQ_FENCE) == 0 &&
	      !pciem_test_intx(dev), "a masked cause is recorded, not delivered");
	ack_all();
	wr(PP_REG_IRQ_MASK, PP_IRQ_ALL);
}

static void emit_triangle(void)
{
	static const float v[3][2] = { { -1, -1 }, { 1, -1 }, { 0, 1 } };
	uint32_t i;

	emit(PP_CMD(PP_CLASS_BLIT, PP_SET_TARGET, 6));
	emit(0); emit(64 * 4); emit(64 * 64 * 4); emit(64 * 4); emit(64); emit(64);
	emit(PP_CMD(PP_CLASS_STATE, PP_VIEWPORT, 4));
	emit(0); emit(0); emit(64); emit(64);
	emit(PP_CMD(PP_CLASS_STATE, PP_CLEAR_COLOR, 4));
	emit(f2u(0)); emit(f2u(0)); emit(f2u(1)); emit(f2u(1));
	emit(PP_CMD(PP_CLASS_DRAW, PP_CLEAR, 1));
	emit(GL_COLOR_BUFFER_BIT);
	emit(PP_CMD(PP_CLASS_DRAW, PP_DRAW, 3 + 3 * 8));
	emit(GL_TRIANGLES); emit(PP_V_COLOR); emit(3);
	for (i = 0; i < 3; i++) {
		emit(f2u(v[i][0])); emit(f2u(v[i][1])); emit(f2u(0)); emit(f2u(1));
		emit(f2u(1)); emit(f2u(0)); emit(f2u(0)); emit(f2u(1));
	}
}

static void check_ring_and_fences(void)
{
	uint32_t px, at;

	pciem_test_config_write(dev, 4, 2, 0x6);
	ring_setup();
	CHECK(rd(PP_REG_REG_ERR_STATUS) == 0, "ring programmed without errors");
	wr(PP_REG_RING_SIZE, 8192);
	CHECK(rd(PP_REG_REG_ERR_STATUS) >> 16 == PP_ERR_REGISTER &&
	      rd(PP_REG_RING_SIZE) == RING_BYTES, "RING_SIZE is locked while enabled");
	ack_all();

	emit_triangle();
	emit_fence(0x100000002aull);
	kick();
	CHECK(wait_idle(10), "the ring runs to idle");
	CHECK(fence_buf == 0x100000002aull && fence_last() == 0x100000002aull,
	      "64-bit fence written back and in FENCE_LAST_LO/HI");
	CHECK(rd(PP_REG_RING_HEAD) == tail &&
	      (rd(PP_REG_RING_STATUS) & PP_RING_STATE_MASK) == PP_RING_IDLE,
	      "RING_HEAD caught up with the tail; RING_STATUS idle");
	CHECK((rd(PP_REG_IRQ_STATUS) & irq_bit(PP_IRQ_FENCE)) &&
	      pciem_test_irqs(dev, PCIEM_IRQ_MSIX, PP_IRQ_FENCE) == 1,
	      "FENCE interrupt on MSI-X vector 0");
	memcpy(&px, vram + (64 - 1 - 16) * 64 * 4 + 32 * 4, 4);
	CHECK((px & 0xffffff) == 0xff0000, "triangle centre is red in VRAM (%08x)", px);
	memcpy(&px, vram + 1 * 4, 4);
	CHECK((px & 0xffffff) == 0x0000ff, "corner keeps the blue clear (%08x)", px);
	ack_all();

	/* reading _LO latches _HI: a later fence does not tear the pair */
	{
		uint32_t lo = rd(PP_REG_FENCE_LAST_LO), hi;

		emit_fence(0x2000000007ull);
		kick();
		wait_idle(10);
		hi = rd(PP_REG_FENCE_LAST_HI);
		CHECK(lo == 0x2a && hi == 0x10, "FENCE_LAST_HI is the half latched with _LO");
	}
	wr(PP_REG_FENCE_CTRL, 0);
	emit_fence(0x55);
	kick();
	wait_idle(10);
	CHECK(fence_last() == 0x55 && fence_buf == 0x2000000007ull,
	      "write-back disabled: FENCE_LAST updated, memory untouched");
	wr(PP_REG_FENCE_CTRL, PP_FENCE_WRITEBACK);
	ack_all();

	/* a failed fence write stops the ring on the FENCE */
	wr(PP_REG_FENCE_ADDR_LO, 0x1000);
	wr(PP_REG_FENCE_ADDR_HI, 0);
	at = tail;
	emit_fence(0x66);
	emit_fence(0x67);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) >> 16 == PP_ERR_DMA &&
	      rd(PP_REG_RING_ERR_ADDR) == at && rd(PP_REG_RING_HEAD) == at,
	      "failed fence write: ERR_DMA, HEAD on the FENCE command");
	CHECK((rd(PP_REG_RING_STATUS) & PP_RING_STATE_MASK) == PP_RING_STOPPED &&
	      fence_last() == 0x55 && !(rd(PP_REG_IRQ_STATUS) & irq_bit(PP_IRQ_FENCE)) &&
	      (rd(PP_REG_IRQ_STATUS) & irq_bit(PP_IRQ_RING_ERROR)),
	      "ring stopped, FENCE_LAST unchanged, RING_ERROR raised, no FENCE");
	wr(PP_REG_FENCE_ADDR_LO, (uint32_t)fbus);
	wr(PP_REG_FENCE_ADDR_HI, (uint32_t)(fbus >> 32));
	wr(PP_REG_ERR_CLEAR, PP_ERR_CLEAR_RING);
	wait_idle(10);
	CHECK(fence_last() == 0x67 && fence_buf == 0x67,
	      "ERR_CLEAR.RING retries at RING_HEAD: both fences complete");
	ack_all();
}

/* Faults, error separation, writable head and the JOB marker. */
static void check_ring_faults(void)
{
	uint32_t at, next_job;

	at = tail;
	emit(PP_CMD(0x7f, 1, 0));
	emit_fence(0x70);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) >> 16 == PP_ERR_DECODE &&
	      rd(PP_REG_RING_ERR_ADDR) == at && fence_last() == 0x67,
	      "unknown class: ERR_DECODE, stopped before the fence");
	CHECK((rd(PP_REG_RING_STATUS) & PP_RING_STATE_MASK) == PP_RING_STOPPED &&
	      rd(PP_REG_RING_HEAD) == at, "RING_STATUS stopped, HEAD on the faulting command");
	wr(PP_REG_DISP_HEIGHT, 1);
	CHECK(rd(PP_REG_REG_ERR_STATUS) >> 16 == PP_ERR_REGISTER &&
	      rd(PP_REG_RING_ERR_STATUS) >> 16 == PP_ERR_DECODE,
	      "a register error while the ring is stopped is recorded apart");
	wr(PP_REG_ERR_CLEAR, PP_ERR_CLEAR_REG);
	wr(PP_REG_RING_HEAD, at + 4);
	wr(PP_REG_ERR_CLEAR, PP_ERR_CLEAR_RING);
	wait_idle(10);
	CHECK(fence_last() == 0x70 && rd(PP_REG_RING_HEAD) == tail,
	      "HEAD written past the fault while stopped; ERR_CLEAR resumes there");
	ack_all();

	/* WAIT_VBLANK (opcode 2) is gone */
	at = tail;
	emit(PP_CMD(PP_CLASS_CONTROL, 0x02, 0));
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) >> 16 == PP_ERR_DECODE &&
	      rd(PP_REG_RING_ERR_ADDR) == at, "control opcode 2 is ERR_DECODE");
	wr(PP_REG_RING_HEAD, tail);
	ack_all();

	/* JOB markers: a guilty job is skipped by moving HEAD to the next */
	emit(PP_CMD(PP_CLASS_CONTROL, PP_JOB, 1));
	emit(7);
	emit_fence(0x71);
	emit(PP_CMD(PP_CLASS_CONTROL, PP_JOB, 1));
	emit(8);
	emit(PP_CMD(PP_CLASS_STATE, PP_DEPTH_FUNC, 1));
	emit(0x1234);
	emit_fence(0x72);
	next_job = tail;
	emit(PP_CMD(PP_CLASS_CONTROL, PP_JOB, 1));
	emit(9);
	emit_fence(0x73);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_JOB) == 8 && fence_last() == 0x71 &&
	      rd(PP_REG_RING_ERR_STATUS) >> 16 == PP_ERR_STATE,
	      "RING_JOB names the job that faulted (8)");
	wr(PP_REG_RING_HEAD, next_job);
	wr(PP_REG_ERR_CLEAR, PP_ERR_CLEAR_RING);
	wait_idle(10);
	CHECK(rd(PP_REG_RING_JOB) == 9 && fence_last() == 0x73,
	      "the rest of job 8 skipped, job 9 ran (fence 0x72 never written)");
	ack_all();

	wr(PP_REG_RING_HEAD, 0);
	CHECK(rd(PP_REG_REG_ERR_STATUS) >> 16 == PP_ERR_REGISTER &&
	      rd(PP_REG_RING_HEAD) == tail, "HEAD is read-only while the ring runs");
	ack_all();
	emit(PP_CMD(PP_CLASS_STATE, PP_DEPTH_FUNC, 5));
	emit(GL_LESS);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) >> 16 == PP_ERR_LENGTH, "wrong length: ERR_LENGTH");
	wr(PP_REG_RING_HEAD, tail);
	ack_all();
	emit(PP_CMD(PP_CLASS_BLIT, PP_UPLOAD, 4));
	emit(0x1000); emit(0); emit(0); emit(64);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) >> 16 == PP_ERR_DMA,
	      "upload from unmapped host memory: ERR_DMA");
	wr(PP_REG_RING_HEAD, tail);
	ack_all();
}

/* A job long enough to take minutes: 1000 triangles covering 4096x3072,
 * each a few hundred milliseconds, so only an abort inside a primitive
 * ends it quickly. */
static void emit_long_job(void)
{
	static const float v[3][2] = { { -1, -1 }, { 3, -1 }, { -1, 3 } };
	uint32_t i, n = 3 * 1000;

	emit(PP_CMD(PP_CLASS_BLIT, PP_SET_TARGET, 6));
	emit(0); emit(4096 * 4); emit(~0u); emit(0); emit(4096); emit(3072);
	emit(PP_CMD(PP_CLASS_STATE, PP_VIEWPORT, 4));
	emit(0); emit(0); emit(4096); emit(3072);
	emit(PP_CMD(PP_CLASS_DRAW, PP_DRAW, 3 + n * 4));
	emit(GL_TRIANGLES); emit(0); emit(n);
	for (i = 0; i < n; i++) {
		emit(f2u(v[i % 3][0])); emit(f2u(v[i % 3][1]));
		emit(f2u(0)); emit(f2u(1));
	}
}

static void check_engine_reset(void)
{
	uint32_t sentinel = 0x5eed1234, v, worst = 0, i;
	double t, dt, t0;
	int busy, reads_ok = 1;

	memcpy(vram + PP_VRAM_SIZE - 4, &sentinel, 4);
	wr(PP_REG_DISP_CTRL, PP_DISP_ENABLE);
	wr(PP_REG_DISP_WIDTH, 640);
	emit(PP_CMD(PP_CLASS_CONTROL, PP_JOB, 1));
	emit(21);
	emit_long_job();
	emit_fence(0x80);
	t = now();
	kick();
	dt = now() - t;
	CHECK(dt < 0.05, "the RING_TAIL write returns at once (%.1f ms)", dt * 1e3);
	nanosleep(&(struct timespec){ 0, 200000000 }, NULL);
	busy = (rd(PP_REG_RING_STATUS) & PP_RING_STATE_MASK) == PP_RING_BUSY;
	CHECK(busy && fence_last() == 0x73, "RING_STATUS busy during the long job");
	t0 = now();
	for (i = 0; i < 200; i++) {
		t = now();
		reads_ok &= rd(PP_REG_ID) == PP_ID_VALUE;
		dt = now() - t;
		if (dt * 1e6 > worst)
			worst = (uint32_t)(dt * 1e6);
	}
	CHECK(reads_ok && worst < 20000 && (now() - t0) < 0.5,
	      "register reads answer during the job (worst %u us)", worst);
	t = now();
	v = rd(PP_REG_DISP_VBLANK_COUNT);
	pp_card_vblank(&card);
	CHECK(rd(PP_REG_DISP_VBLANK_COUNT) == v + 1 && now() - t < 0.05,
	      "vblank is not held up by the job");
	CHECK(rd(PP_REG_RING_JOB) == 21, "RING_JOB latched 21 as the job began");
	ack_all();

	t = now();
	wr(PP_REG_RESET, PP_RESET_ENGINE);
	v = rd(PP_REG_RING_STATUS);
	CHECK(wait_idle(RESET_LIMIT), "engine reset finished within %.0f ms (%.0f ms)",
	      RESET_LIMIT * 1e3, (now() - t) * 1e3);
	CHECK((rd(PP_REG_IRQ_STATUS) & irq_bit(PP_IRQ_RESET_DONE)) &&
	      pciem_test_irqs(dev, PCIEM_IRQ_MSIX, PP_IRQ_RESET_DONE) == 1 &&
	      !(rd(PP_REG_RING_STATUS) & PP_RING_RESETTING),
	      "RESET_DONE raised, RESETTING clear (status right after the write %#x)", v);
	nanosleep(&(struct timespec){ 0, 100000000 }, NULL);
	CHECK(fence_last() == 0x73 && fence_buf != 0x80,
	      "the long job was aborted: its fence never completes");
	CHECK(rd(PP_REG_RING_CTRL) == 0 && rd(PP_REG_RING_HEAD) == 0 &&
	      rd(PP_REG_RING_ERR_STATUS) == 0, "the ring is disabled, its errors cleared");
	memcpy(&v, vram + PP_VRAM_SIZE - 4, 4);
	CHECK(v == sentinel && rd(PP_REG_DISP_CTRL) == PP_DISP_ENABLE &&
	      rd(PP_REG_DISP_WIDTH) == 640 && rd(PP_REG_IRQ_MASK) == PP_IRQ_ALL &&
	      rd(PP_REG_FENCE_CTRL) == PP_FENCE_WRITEBACK &&
	      rd(PP_REG_RING_JOB) == 21 && rd(PP_REG_RING_SIZE) == RING_BYTES,
	      "VRAM, display, IRQ mask, fence registers and RING_JOB survive");
	ack_all();

	/* the GL state was reset: with no target, CLEAR draws nothing */
	memset(vram, 0x11, 64 * 4);
	wr(PP_REG_RING_CTRL, PP_RING_ENABLE);
	tail = 0;
	emit(PP_CMD(PP_CLASS_DRAW, PP_CLEAR, 1));
	emit(GL_COLOR_BUFFER_BIT);
	emit_fence(0x81);
	kick();
	wait_idle(10);
	memcpy(&v, vram, 4);
	CHECK(fence_last() == 0x81 && v == 0x11111111,
	      "after an engine reset the ring runs again with the GL state reset");
	ack_all();
}

static void check_full_reset(int flr)
{
	const char *how = flr ? "FLR" : "RESET.FULL";

	wr(PP_REG_GAMMA_LUT + 4, 0x123456);
	wr(PP_REG_CUR_POS, 0x00050005);
	wr(PP_REG_DISP_WIDTH, 800);
	wr(PP_REG_DISP_CTRL, PP_DISP_ENABLE);
	wr(PP_REG_DISP_HEIGHT, 1);	/* a register error */
	if (flr)
		pp_card_ops.reset(&card);
	else
		wr(PP_REG_RESET, PP_RESET_FULL);
	CHECK(wait_idle(2), "%s: finished", how);
	CHECK(rd(PP_REG_RING_CTRL) == 0 && rd(PP_REG_RING_SIZE) == 0 &&
	      rd(PP_REG_IRQ_MASK) == 0 && rd(PP_REG_IRQ_STATUS) == 0 &&
	      rd(PP_REG_REG_ERR_STATUS) == 0 && fence_last() == 0 &&
	      rd(PP_REG_FENCE_CTRL) == 0 && rd(PP_REG_RING_JOB) == 0,
	      "%s: ring, interrupts, errors and fences at reset values", how);
	CHECK(rd(PP_REG_DISP_CTRL) == 0 && rd(PP_REG_DISP_WIDTH) == 1024 &&
	      rd(PP_REG_DISP_HEIGHT) == 768 && rd(PP_REG_DISP_STRIDE) == 4096 &&
	      rd(PP_REG_DISP_FORMAT) == PP_FMT_XRGB8888 &&
	      rd(PP_REG_DISP_VBLANK_COUNT) == 0 && rd(PP_REG_CUR_POS) == 0 &&
	      rd(PP_REG_GAMMA_LUT + 4) == 0x010101 &&
	      rd(PP_REG_DISP_STATUS) == PP_DISP_CONNECTED,
	      "%s: display off, mode, cursor and gamma at reset values", how);
}

/* The picture of a 64x64 XRGB8888 surface at base. */
static void mode64(uint32_t base)
{
	wr(PP_REG_DISP_WIDTH, 64);
	wr(PP_REG_DISP_HEIGHT, 64);
	wr(PP_REG_DISP_STRIDE, 256);
	wr(PP_REG_DISP_FORMAT, PP_FMT_XRGB8888);
	wr(PP_REG_DISP_BASE, base);
	wr(PP_REG_DISP_COMMIT, 1);
}

static void fill(uint32_t base, uint32_t n, uint32_t v)
{
	uint32_t i;

	for (i = 0; i < n; i++)
		memcpy(vram + base + i * 4, &v, 4);
}

static void check_display(void)
{
	uint32_t w, h, v, lo, hi;
	uint64_t before, after, ts;
	int on;

	wr(PP_REG_IRQ_MASK, PP_IRQ_ALL);
	fill(0x10000, 64 * 64, 0x00112233);
	wr(PP_REG_DISP_CTRL, PP_DISP_ENABLE);
	mode64(0x10000);
	CHECK(rd(PP_REG_DISP_COMMIT) == 1 &&
	      (rd(PP_REG_DISP_STATUS) & PP_DISP_COMMIT_PENDING) &&
	      !(rd(PP_REG_DISP_STATUS) & PP_DISP_SCANNING) &&
	      rd(PP_REG_DISP_ACTIVE_BASE) == 0 && rd(PP_REG_DISP_BASE) == 0x10000,
	      "armed values wait for vblank: commit pending, active base old");
	on = pp_card_frame(&card, frame, &w, &h);
	CHECK(!on && w == 1024 && h == 768 && frame[0] == 0,
	      "before the first latch the monitor shows black");
	before = pp_card_clock();
	pp_card_vblank(&card);
	after = pp_card_clock();
	CHECK(rd(PP_REG_DISP_ACTIVE_BASE) == 0x10000 && rd(PP_REG_DISP_COMMIT) == 0 &&
	      rd(PP_REG_DISP_STATUS) == (PP_DISP_CONNECTED | PP_DISP_SCANNING),
	      "vblank latches the commit; STATUS connected and scanning");
	CHECK((rd(PP_REG_IRQ_STATUS) & (irq_bit(PP_IRQ_FLIP) | irq_bit(PP_IRQ_VBLANK))) ==
	      (irq_bit(PP_IRQ_FLIP) | irq_bit(PP_IRQ_VBLANK)) &&
	      pciem_test_irqs(dev, PCIEM_IRQ_MSIX, PP_IRQ_FLIP) == 1,
	      "FLIP and VBLANK raised");
	lo = rd(PP_REG_DISP_VBLANK_TIME_LO);
	hi = rd(PP_REG_DISP_VBLANK_TIME_HI);
	ts = (uint64_t)hi << 32 | lo;
	CHECK(ts >= before && ts <= after, "VBLANK_TIME is the card clock at the vblank");
	lo = rd(PP_REG_DISP_CLOCK_LO);
	hi = rd(PP_REG_DISP_CLOCK_HI);
	ts = (uint64_t)hi << 32 | lo;
	CHECK(ts >= after && ts <= pp_card_clock(), "DISP_CLOCK reads CLOCK_MONOTONIC ns");
	on = pp_card_frame(&card, frame, &w, &h);
	CHECK(on && w == 64 && h == 64 && frame[0] == 0x112233 &&
	      frame[64 * 64 - 1] == 0x112233, "the monitor shows the latched surface");
	ack_all();

	/* size, stride, format and base latch together */
	wr(PP_REG_DISP_WIDTH, 128);
	wr(PP_REG_DISP_FORMAT, PP_FMT_RGB565);
	pp_card_vblank(&card);
	pp_card_frame(&card, frame, &w, &h);
	CHECK(w == 64 && frame[0] == 0x112233 &&
	      !(rd(PP_REG_IRQ_STATUS) & irq_bit(PP_IRQ_FLIP)),
	      "without DISP_COMMIT, armed values do not take effect");
	{
		uint16_t red = 0xf800;
		uint32_t i;

		for (i = 0; i < 128 * 64; i++)
			memcpy(vram + 0x20000 + i * 2, &red, 2);
	}
	wr(PP_REG_DISP_BASE, 0x20000);
	wr(PP_REG_DISP_COMMIT, 1);
	pp_card_vblank(&card);
	pp_card_frame(&card, frame, &w, &h);
	CHECK(w == 128 && h == 64 && frame[0] == 0xff0000 && frame[127] == 0xff0000,
	      "RGB565 128x64 surface latched whole (%08x)", frame[0]);
	ack_all();

	/* a surface outside VRAM is refused at latch time */
	wr(PP_REG_DISP_FORMAT, PP_FMT_XRGB8888);
	wr(PP_REG_DISP_BASE, PP_VRAM_SIZE - 4096);
	wr(PP_REG_DISP_COMMIT, 1);
	pp_card_vblank(&card);
	CHECK(rd(PP_REG_REG_ERR_STATUS) >> 16 == PP_ERR_RANGE &&
	      rd(PP_REG_REG_ERR_ADDR) == PP_REG_DISP_COMMIT &&
	      (rd(PP_REG_IRQ_STATUS) & irq_bit(PP_IRQ_REG_ERROR)) &&
	      !(rd(PP_REG_IRQ_STATUS) & irq_bit(PP_IRQ_FLIP)),
	      "out-of-VRAM surface: ERR_RANGE on DISP_COMMIT, REG_ERROR, no FLIP");
	pp_card_frame(&card, frame, &w, &h);
	CHECK(rd(PP_REG_DISP_ACTIVE_BASE) == 0x20000 && w == 128 &&
	      frame[0] == 0xff0000 && rd(PP_REG_DISP_COMMIT) == 0,
	      "the old surface stays on screen");
	ack_all();
	wr(PP_REG_DISP_BASE, 0);
	wr(PP_REG_DISP_STRIDE, 64);	/* shorter than 128 pixels */
	wr(PP_REG_DISP_COMMIT, 1);
	pp_card_vblank(&card);
	CHECK(rd(PP_REG_REG_ERR_STATUS) >> 16 == PP_ERR_RANGE &&
	      rd(PP_REG_DISP_ACTIVE_BASE) == 0x20000,
	      "a stride shorter than a line is refused at latch time");
	ack_all();

	/* commits latch, and vblanks count, while scan-out is off */
	wr(PP_REG_DISP_CTRL, 0);
	mode64(0x10000);
	v = rd(PP_REG_DISP_VBLANK_COUNT);
	pp_card_vblank(&card);
	on = pp_card_frame(&card, frame, &w, &h);
	CHECK(rd(PP_REG_DISP_VBLANK_COUNT) == v + 1 &&
	      rd(PP_REG_DISP_ACTIVE_BASE) == 0x10000 &&
	      (rd(PP_REG_IRQ_STATUS) & irq_bit(PP_IRQ_FLIP)) && !on && frame[0] == 0 &&
	      rd(PP_REG_DISP_STATUS) == PP_DISP_CONNECTED,
	      "scan-out off: vblank counts, commit latches with FLIP, picture black");
	wr(PP_REG_DISP_CTRL, PP_DISP_ENABLE);
	ack_all();
}

/* Cursor: premultiplied ARGB over the surface, clipped at the edges. */
static void check_cursor_gamma(void)
{
	const uint32_t cur = 0x40000;
	uint32_t w, h, v;

	fill(0x10000, 64 * 64, 0x00ff00ff);
	fill(cur, 64 * 64, 0);
	v = 0xffff0000;				/* (0, 0) opaque red */
	memcpy(vram + cur, &v, 4);
	v = 0x80808080;				/* (1, 0) half white */
	memcpy(vram + cur + 4, &v, 4);
	v = 0xff00ff00;				/* (1, 1) opaque green */
	memcpy(vram + cur + (64 + 1) * 4, &v, 4);
	wr(PP_REG_CUR_BASE, cur);
	wr(PP_REG_CUR_POS, 20u << 16 | 10);
	pp_card_frame(&card, frame, &w, &h);
	CHECK(frame[20 * 64 + 10] == 0xff00ff, "cursor hidden without DISP_CTRL.CURSOR");
	wr(PP_REG_DISP_CTRL, PP_DISP_ENABLE | PP_DISP_CURSOR);
	pp_card_frame(&card, frame, &w, &h);
	CHECK(frame[20 * 64 + 10] == 0xff0000 && frame[20 * 64 + 11] == 0xff80ff &&
	      frame[21 * 64 + 11] == 0x00ff00 && frame[20 * 64 + 12] == 0xff00ff &&
	      frame[19 * 64 + 10] == 0xff00ff,
	      "cursor at (10, 20): opaque, half-transparent premultiplied, transparent (%06x)",
	      frame[20 * 64 + 11]);
	wr(PP_REG_CUR_POS, 0xffffu << 16 | 0xffffu);	/* (-1, -1) */
	pp_card_frame(&card, frame, &w, &h);
	CHECK(frame[0] == 0x00ff00 && frame[1] == 0xff00ff,
	      "cursor at (-1, -1): its pixel (1, 1) lands on (0, 0)");
	wr(PP_REG_CUR_POS, 62u << 16 | 63);
	pp_card_frame(&card, frame, &w, &h);
	CHECK(frame[62 * 64 + 63] == 0xff0000 && frame[63 * 64 + 63] == 0xff00ff,
	      "cursor at (63, 62): clipped at the right and bottom edges");
	wr(PP_REG_CUR_POS, 0x8000u << 16 | 0x7fff);
	pp_card_frame(&card, frame, &w, &h);
	CHECK(frame[0] == 0xff00ff, "cursor far off-screen draws nothing");
	wr(PP_REG_CUR_BASE, PP_VRAM_SIZE - 4096);
	CHECK(rd(PP_REG_REG_ERR_STATUS) >> 16 == PP_ERR_REGISTER &&
	      rd(PP_REG_CUR_BASE) == cur, "a cursor image past VRAM is refused");
	ack_all();
	wr(PP_REG_DISP_CTRL, PP_DISP_ENABLE);

	/* gamma: red channel inverted */
	for (v = 0; v < 256; v++)
		wr(PP_REG_GAMMA_LUT + v * 4, (255 - v) << 16 | v << 8 | v);
	fill(0x10000, 64 * 64, 0x00204060);
	pp_card_frame(&card, frame, &w, &h);
	CHECK(frame[5] == 0x204060, "LUT loaded but DISP_CTRL.GAMMA off: unchanged");
	wr(PP_REG_DISP_CTRL, PP_DISP_ENABLE | PP_DISP_GAMMA);
	pp_card_frame(&card, frame, &w, &h);
	CHECK(frame[5] == 0xdf4060, "gamma LUT applied per channel (%06x)", frame[5]);
	wr(PP_REG_DISP_CTRL, PP_DISP_ENABLE | PP_DISP_GAMMA | PP_DISP_CURSOR);
	wr(PP_REG_CUR_POS, 0);
	pp_card_frame(&card, frame, &w, &h);
	CHECK(frame[0] == 0x000000 && frame[2] == 0xdf4060,
	      "gamma applies to the cursor too: its red becomes 0 (%06x)", frame[0]);
	wr(PP_REG_GAMMA_LUT, 0x01000000);
	CHECK(rd(PP_REG_REG_ERR_STATUS) >> 16 == PP_ERR_REGISTER &&
	      rd(PP_REG_GAMMA_LUT) == 0xff0000, "gamma entries refuse the reserved byte");
	ack_all();
	wr(PP_REG_DISP_CTRL, PP_DISP_ENABLE);
}

static void check_hotplug_snapshot(void)
{
	uint32_t w, h, tag;

	pp_card_hotplug(&card, 0);
	CHECK(!(rd(PP_REG_DISP_STATUS) & PP_DISP_CONNECTED) &&
	      (rd(PP_REG_IRQ_STATUS) & irq_bit(PP_IRQ_HOTPLUG)) &&
	      pciem_test_irqs(dev, PCIEM_IRQ_MSIX, PP_IRQ_HOTPLUG) == 2,
	      "unplug: CONNECTED clear, HOTPLUG raised");
	CHECK(rd(PP_REG_EDID) == 0 && rd(PP_REG_EDID + 4) == 0,
	      "the EDID reads zeros while unplugged");
	CHECK(!pp_card_frame(&card, frame, &w, &h) && frame[0] == 0,
	      "nothing is shown while unplugged");
	ack_all();
	pp_card_hotplug(&card, 0);
	CHECK(rd(PP_REG_IRQ_STATUS) == 0, "no HOTPLUG without a change");
	pp_card_hotplug(&card, 1);
	CHECK((rd(PP_REG_DISP_STATUS) & PP_DISP_CONNECTED) &&
	      (rd(PP_REG_IRQ_STATUS) & irq_bit(PP_IRQ_HOTPLUG)) &&
	      rd(PP_REG_EDID) == 0xffffff00u, "replug: CONNECTED, HOTPLUG, EDID back");
	ack_all();

	CHECK(!pp_card_snapshot_request(&card, &tag) && rd(PP_REG_DISP_SNAPSHOT) == 0,
	      "no snapshot requested yet");
	wr(PP_REG_DISP_SNAPSHOT, 5);
	CHECK(pp_card_snapshot_request(&card, &tag) && tag == 5 &&
	      !pp_card_snapshot_request(&card, &tag),
	      "DISP_SNAPSHOT 5 requests one snapshot tagged 5");
	pp_card_snapshot_done(&card);
	CHECK(rd(PP_REG_DISP_SNAPSHOT) == 1, "DISP_SNAPSHOT reads the snapshots written");
}

/* Random register traffic: nothing may crash whatever the faults. */
static void hammer(struct pciem_dev *d, struct pp_card *c, uint32_t seed)
{
	uint32_t i, off, w, h;

	for (i = 0; i < 20000; i++) {
		seed = seed * 1103515245u + 12345u;
		off = (seed >> 4) & (PP_BAR0_SIZE - 4);
		if (off == PP_REG_RESET || off == PP_REG_RING_TAIL)
			continue;
		if (seed & 1)
			pciem_test_write(d, 0, off, 4, seed * 2654435761u);
		else
			pciem_test_read(d, 0, off, 4);
		if ((i & 1023) == 0) {
			pp_card_vblank(c);
			pp_card_frame(c, frame, &w, &h);
		}
	}
}

static void check_faults(void)
{
	struct pciem_desc d;
	struct pp_card c;
	struct pciem_dev *fd;
	uint8_t edid[128];
	uint32_t i, sum = 0, ids = 0;

	pp_card_describe(&d);
	fd = pciem_test_open(&d, &pp_card_ops, &c);
	CHECK(fd && pp_card_init(&c, fd, PP_FAULT_GARBAGE_REGS | PP_FAULT_IRQ_STORM |
				 PP_FAULT_VBLANK_FLOOD) == 0 && pciem_plug(fd) == 0 &&
	      pp_card_start(&c, pciem_bar(fd, 2)) == 0, "card with garbage-regs and irq-storm");
	for (i = 0; i < 16; i++)
		ids += (uint32_t)pciem_test_read(fd, 0, PP_REG_ID, 4) == PP_ID_VALUE;
	CHECK(ids < 16, "garbage-regs: ID reads random values");
	pp_card_irq_storm(&c);
	CHECK((uint32_t)pciem_test_read(fd, 0, PP_REG_IRQ_STATUS, 4) == PP_IRQ_ALL &&
	      pciem_test_irqs(fd, PCIEM_IRQ_MSIX, PP_IRQ_FENCE) == 1 &&
	      pciem_test_irqs(fd, PCIEM_IRQ_MSIX, PP_IRQ_RESET_DONE) == 1,
	      "irq-storm: every cause raised and delivered with IRQ_MASK 0");
	hammer(fd, &c, 1);
	CHECK(1, "garbage-regs and irq-storm survive random register traffic");
	pp_card_fini(&c);
	pciem_close(fd);

	fd = pciem_test_open(&d, &pp_card_ops, &c);
	CHECK(fd && pp_card_init(&c, fd, PP_FAULT_BAD_EDID) == 0 &&
	      pciem_plug(fd) == 0 && pp_card_start(&c, pciem_bar(fd, 2)) == 0,
	      "card with bad-edid");
	for (i = 0; i < 128; i += 4) {
		uint32_t v = (uint32_t)pciem_test_read(fd, 0, PP_REG_EDID + i, 4);

		memcpy(edid + i, &v, 4);
	}
	for (i = 0; i < 128; i++)
		sum += edid[i];
	CHECK(edid[1] != 0xff && (sum & 255) != 0, "bad-edid: header and checksum broken");
	CHECK((uint32_t)pciem_test_read(fd, 0, PP_REG_ID, 4) == PP_ID_VALUE,
	      "bad-edid leaves the other registers sane");
	hammer(fd, &c, 2);
	pp_card_fini(&c);
	pciem_close(fd);
}

/* ---- manual 1.1: indirect buffers, privilege, contexts, vertices ---- */

#define T1 0x200000u	/* two 64x64 render targets */
#define T2 0x300000u

static uint32_t nib;	/* dwords in ib_buf */

static void ib(uint32_t v)
{
	ib_buf[nib++] = v;
}

static void emit_indirect(uint64_t bus, uint32_t ndw)
{
	emit(PP_CMD(PP_CLASS_CONTROL, PP_INDIRECT, 3));
	emit((uint32_t)bus);
	emit((uint32_t)(bus >> 32));
	emit(ndw);
}

static void emit_context(uint32_t slot, uint32_t flags)
{
	emit(PP_CMD(PP_CLASS_CONTROL, PP_CONTEXT, 2));
	emit(slot);
	emit(flags);
}

static void emit_job(uint32_t id)
{
	emit(PP_CMD(PP_CLASS_CONTROL, PP_JOB, 1));
	emit(id);
}

/* SET_TARGET + VIEWPORT for a 64x64 colour surface at off, in the ring
 * (ib 0) or the IB (ib 1). */
static void put_target(int to_ib, uint32_t off)
{
	const uint32_t c[] = { PP_CMD(PP_CLASS_BLIT, PP_SET_TARGET, 6), off,
			       256, ~0u, 0, 64, 64,
			       PP_CMD(PP_CLASS_STATE, PP_VIEWPORT, 4), 0, 0,
			       64, 64 };
	uint32_t i;

	for (i = 0; i < sizeof(c) / 4; i++)
		to_ib ? ib(c[i]) : emit(c[i]);
}

static void put_clear_color(int to_ib, float r, float g, float b)
{
	const uint32_t c[] = { PP_CMD(PP_CLASS_STATE, PP_CLEAR_COLOR, 4),
			       f2u(r), f2u(g), f2u(b), f2u(1) };
	uint32_t i;

	for (i = 0; i < 5; i++)
		to_ib ? ib(c[i]) : emit(c[i]);
}

static void put_clear(int to_ib)
{
	if (to_ib) {
		ib(PP_CMD(PP_CLASS_DRAW, PP_CLEAR, 1));
		ib(GL_COLOR_BUFFER_BIT);
	} else {
		emit(PP_CMD(PP_CLASS_DRAW, PP_CLEAR, 1));
		emit(GL_COLOR_BUFFER_BIT);
	}
}

/* Pixel (x, y) of the 64x64 surface at off, top row first. */
static uint32_t pix(uint32_t off, int x, int y)
{
	uint32_t v;

	memcpy(&v, vram + off + (uint32_t)y * 256 + (uint32_t)x * 4, 4);
	return v & 0xffffff;
}

static uint32_t ring_stopped(void)
{
	return (rd(PP_REG_RING_STATUS) & PP_RING_STATE_MASK) == PP_RING_STOPPED;
}

static void check_indirect(void)
{
	static const uint32_t priv[] = { PP_FENCE, PP_JOB, PP_INDIRECT,
					 PP_CONTEXT };
	static const uint32_t priv_len[] = { 2, 1, 3, 2 };
	uint32_t at, next, i, good;

	/* an IB runs, then the ring goes on after the INDIRECT */
	fill(T1, 64 * 64, 0);
	nib = 0;
	put_target(1, T1);
	put_clear_color(1, 0, 1, 0);
	put_clear(1);
	emit_job(30);
	emit_indirect(ibus, nib);
	emit_fence(0x90);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) == 0 && fence_last() == 0x90 &&
	      rd(PP_REG_RING_HEAD) == tail && pix(T1, 5, 60) == 0x00ff00,
	      "INDIRECT runs the buffer (green clear), the ring continues to the fence");
	ack_all();

	/* privileged commands in an IB, behind a NOP at offset 8 */
	good = 0;
	for (i = 0; i < 4; i++) {
		uint32_t k;

		nib = 0;
		ib(PP_CMD(PP_CLASS_CONTROL, PP_NOP, 1));
		ib(0);
		ib(PP_CMD(PP_CLASS_CONTROL, priv[i], priv_len[i]));
		for (k = 0; k < priv_len[i]; k++)
			ib(k == 0 && priv[i] == PP_CONTEXT ? 3 : 0x11);
		at = tail;
		emit_indirect(ibus, nib);
		emit_fence(0x91 + i);
		kick();
		wait_idle(10);
		if (rd(PP_REG_RING_ERR_STATUS) == (PP_ERR_PRIVILEGE << 16 | priv[i]) &&
		    rd(PP_REG_RING_ERR_ADDR) == at && rd(PP_REG_RING_HEAD) == at &&
		    rd(PP_REG_RING_ERR_IB) == (0x80000000u | 8) && ring_stopped() &&
		    fence_last() == 0x90 && rd(PP_REG_RING_JOB) == 30 &&
		    rd(PP_REG_RING_CONTEXT) == 0)
			good++;
		else
			printf("# privileged op %u: status %#x addr %#x (at %#x) ib %#x\n",
			       priv[i], rd(PP_REG_RING_ERR_STATUS),
			       rd(PP_REG_RING_ERR_ADDR), at, rd(PP_REG_RING_ERR_IB));
		wr(PP_REG_RING_HEAD, tail);
		ack_all();
	}
	CHECK(good == 4, "FENCE, JOB, INDIRECT, CONTEXT in an IB: ERR_PRIVILEGE, RING_ERR_IB bit 31 | 8, RING_ERR_ADDR on the INDIRECT");
	CHECK(rd(PP_REG_RING_ERR_IB) == 0 && rd(PP_REG_RING_ERR_STATUS) == 0,
	      "ERR_CLEAR.RING clears RING_ERR_IB");

	/* a NOP is allowed in an IB */
	nib = 0;
	ib(PP_CMD(PP_CLASS_CONTROL, PP_NOP, 2));
	ib(1);
	ib(2);
	emit_indirect(ibus, nib);
	emit_fence(0x95);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) == 0 && fence_last() == 0x95,
	      "NOP is allowed in an IB");
	ack_all();

	/* refused fetch, bad lengths, misaligned address */
	at = tail;
	emit_indirect(0x1000, 16);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) == (PP_ERR_DMA << 16 | PP_INDIRECT) &&
	      rd(PP_REG_RING_ERR_ADDR) == at && rd(PP_REG_RING_ERR_IB) == 0,
	      "unmapped IB: ERR_DMA on the INDIRECT, RING_ERR_IB 0");
	wr(PP_REG_RING_HEAD, tail);
	ack_all();
	good = 0;
	for (i = 0; i < 3; i++) {
		static const uint32_t len[] = { 0, PP_INDIRECT_MAX_DW + 1, 4 };

		at = tail;
		emit_indirect(i == 2 ? ibus + 2 : ibus, len[i]);
		kick();
		wait_idle(10);
		good += rd(PP_REG_RING_ERR_STATUS) == (PP_ERR_STATE << 16 | PP_INDIRECT) &&
			rd(PP_REG_RING_ERR_ADDR) == at && rd(PP_REG_RING_ERR_IB) == 0;
		wr(PP_REG_RING_HEAD, tail);
		ack_all();
	}
	CHECK(good == 3, "INDIRECT length 0, 4194305 dwords or a misaligned address: ERR_STATE");
	at = tail;
	emit(PP_CMD(PP_CLASS_CONTROL, PP_INDIRECT, 2));
	emit((uint32_t)ibus);
	emit(0);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) >> 16 == PP_ERR_LENGTH &&
	      rd(PP_REG_RING_ERR_ADDR) == at, "INDIRECT with 2 payload dwords: ERR_LENGTH");
	wr(PP_REG_RING_HEAD, tail);
	ack_all();

	/* a command running past the end of the IB */
	nib = 0;
	ib(PP_CMD(PP_CLASS_CONTROL, PP_NOP, 0));
	ib(PP_CMD(PP_CLASS_STATE, PP_CLEAR_COLOR, 4));
	ib(0);
	ib(0);
	at = tail;
	emit_indirect(ibus, nib);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) == (PP_ERR_LENGTH << 16 | 1 << 8 | PP_CLEAR_COLOR) &&
	      rd(PP_REG_RING_ERR_ADDR) == at && rd(PP_REG_RING_ERR_IB) == (0x80000000u | 4),
	      "a command straddling the IB's end: ERR_LENGTH at IB offset 4");
	wr(PP_REG_RING_HEAD, tail);
	ack_all();

	/* retry re-executes the whole IB: its first command fills T1 again */
	nib = 0;
	ib(PP_CMD(PP_CLASS_BLIT, PP_FILL, 5));
	ib(T1); ib(256); ib(64); ib(64); ib(0x00abcdef);
	ib(PP_CMD(PP_CLASS_STATE, PP_DEPTH_FUNC, 1));
	ib(0x1234);
	at = tail;
	emit_job(40);
	emit_indirect(ibus, nib);
	emit_fence(0x96);
	emit_job(41);
	emit_fence(0x97);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) == (PP_ERR_STATE << 16 | 1 << 8 | PP_DEPTH_FUNC) &&
	      rd(PP_REG_RING_ERR_ADDR) == at + 8 && rd(PP_REG_RING_ERR_IB) == (0x80000000u | 24) &&
	      rd(PP_REG_RING_JOB) == 40 && pix(T1, 3, 3) == 0xabcdef,
	      "bad value in an IB: ERR_STATE, IB offset 24, RING_JOB 40, earlier IB commands ran");
	fill(T1, 64 * 64, 0);
	ib_buf[7] = GL_LESS;
	wr(PP_REG_ERR_CLEAR, PP_ERR_CLEAR_RING);
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) == 0 && pix(T1, 3, 3) == 0xabcdef &&
	      fence_last() == 0x97, "ERR_CLEAR.RING re-executes the whole INDIRECT");
	ack_all();

	/* skipping a guilty job by moving the head */
	ib_buf[7] = 0x1234;
	emit_job(42);
	emit_indirect(ibus, nib);
	emit_fence(0x98);
	next = tail;
	emit_job(43);
	emit_fence(0x99);
	kick();
	wait_idle(10);
	CHECK(ring_stopped() && rd(PP_REG_RING_JOB) == 42 && fence_last() == 0x97,
	      "the guilty IB stops the ring in job 42");
	wr(PP_REG_RING_HEAD, next);
	wr(PP_REG_ERR_CLEAR, PP_ERR_CLEAR_RING);
	wait_idle(10);
	CHECK(fence_last() == 0x99 && rd(PP_REG_RING_JOB) == 43 &&
	      rd(PP_REG_RING_ERR_IB) == 0 && rd(PP_REG_RING_HEAD) == tail,
	      "HEAD moved to the next job: job 42's fence skipped, job 43 ran");
	ack_all();

	/* an engine reset aborts a long draw inside an IB: the long job of
	 * check_engine_reset, in the IB */
	{
		static const float v[3][2] = { { -1, -1 }, { 3, -1 }, { -1, 3 } };
		uint32_t n = 3 * 1000;
		double t;

		nib = 0;
		ib(PP_CMD(PP_CLASS_BLIT, PP_SET_TARGET, 6));
		ib(0); ib(4096 * 4); ib(~0u); ib(0); ib(4096); ib(3072);
		ib(PP_CMD(PP_CLASS_STATE, PP_VIEWPORT, 4));
		ib(0); ib(0); ib(4096); ib(3072);
		ib(PP_CMD(PP_CLASS_DRAW, PP_DRAW, 3 + n * 4));
		ib(GL_TRIANGLES); ib(0); ib(n);
		for (i = 0; i < n; i++) {
			ib(f2u(v[i % 3][0])); ib(f2u(v[i % 3][1]));
			ib(f2u(0)); ib(f2u(1));
		}
		emit_job(50);
		emit_indirect(ibus, nib);
		emit_fence(0x9a);
		kick();
		nanosleep(&(struct timespec){ 0, 200000000 }, NULL);
		CHECK((rd(PP_REG_RING_STATUS) & PP_RING_STATE_MASK) == PP_RING_BUSY &&
		      rd(PP_REG_RING_JOB) == 50, "a long draw runs inside an IB");
		t = now();
		wr(PP_REG_RESET, PP_RESET_ENGINE);
		CHECK(wait_idle(RESET_LIMIT) && fence_last() == 0x99,
		      "RESET.ENGINE aborts it within %.0f ms (%.0f ms), its fence never completes",
		      RESET_LIMIT * 1e3, (now() - t) * 1e3);
		ack_all();
		wr(PP_REG_RING_CTRL, PP_RING_ENABLE);
		tail = 0;
	}
}

static void check_contexts(void)
{
	uint32_t at, good, i;

	/* slot 1 red on T1, slot 2 blue on T2, each keeps its own */
	fill(T1, 64 * 64, 0x111111);
	fill(T2, 64 * 64, 0x111111);
	emit_context(1, PP_CONTEXT_INIT);
	put_target(0, T1);
	put_clear_color(0, 1, 0, 0);
	emit_context(2, PP_CONTEXT_INIT);
	put_target(0, T2);
	put_clear_color(0, 0, 0, 1);
	emit_context(1, 0);
	put_clear(0);
	emit_fence(0xa0);
	kick();
	wait_idle(10);
	CHECK(fence_last() == 0xa0 && pix(T1, 10, 10) == 0xff0000 &&
	      pix(T2, 10, 10) == 0x111111 && rd(PP_REG_RING_CONTEXT) == 1,
	      "back in slot 1: its target and clear colour (red on T1), RING_CONTEXT 1");
	emit_context(2, 0);
	put_clear(0);
	emit_fence(0xa1);
	kick();
	wait_idle(10);
	CHECK(pix(T2, 10, 10) == 0x0000ff && pix(T1, 10, 10) == 0xff0000 &&
	      rd(PP_REG_RING_CONTEXT) == 2, "slot 2: blue on T2, T1 untouched, RING_CONTEXT 2");

	/* state set through an IB belongs to the current slot too */
	nib = 0;
	put_clear_color(1, 0, 1, 0);
	emit_context(1, 0);
	emit_indirect(ibus, nib);
	emit_context(2, 0);
	put_clear(0);
	emit_context(1, 0);
	put_clear(0);
	emit_fence(0xa2);
	kick();
	wait_idle(10);
	CHECK(pix(T2, 10, 10) == 0x0000ff && pix(T1, 10, 10) == 0x00ff00,
	      "a clear colour set by an IB in slot 1 does not reach slot 2");

	/* INIT: back to the initial state (no target: CLEAR draws nothing) */
	fill(T1, 64 * 64, 0x111111);
	emit_context(1, PP_CONTEXT_INIT);
	put_clear(0);
	emit_fence(0xa3);
	kick();
	wait_idle(10);
	CHECK(fence_last() == 0xa3 && pix(T1, 10, 10) == 0x111111,
	      "CONTEXT INIT resets the slot: no target, the clear draws nothing");

	/* bad slot and flags */
	good = 0;
	for (i = 0; i < 2; i++) {
		at = tail;
		emit_context(i ? 3 : 64, i ? 2 : 0);
		kick();
		wait_idle(10);
		good += rd(PP_REG_RING_ERR_STATUS) == (PP_ERR_STATE << 16 | PP_CONTEXT) &&
			rd(PP_REG_RING_ERR_ADDR) == at && rd(PP_REG_RING_CONTEXT) == 1;
		wr(PP_REG_RING_HEAD, tail);
		ack_all();
	}
	CHECK(good == 2, "CONTEXT slot 64 or unknown flags: ERR_STATE, slot unchanged");

	/* RESET.ENGINE resets the current slot only */
	emit_context(1, 0);
	put_target(0, T1);
	put_clear_color(0, 1, 0, 0);
	emit_context(2, 0);
	emit_fence(0xa4);
	kick();
	wait_idle(10);
	wr(PP_REG_RESET, PP_RESET_ENGINE);
	CHECK(wait_idle(2) && rd(PP_REG_RING_CONTEXT) == 2,
	      "RESET.ENGINE keeps RING_CONTEXT (2)");
	ack_all();
	fill(T1, 64 * 64, 0x111111);
	fill(T2, 64 * 64, 0x111111);
	wr(PP_REG_RING_CTRL, PP_RING_ENABLE);
	tail = 0;
	put_clear(0);
	emit_context(1, 0);
	put_clear(0);
	emit_fence(0xa5);
	kick();
	wait_idle(10);
	CHECK(fence_last() == 0xa5 && pix(T2, 10, 10) == 0x111111 &&
	      pix(T1, 10, 10) == 0xff0000,
	      "after RESET.ENGINE slot 2 (current) is reset, slot 1 kept its target and colour");

	/* RESET.FULL resets every slot */
	emit_context(2, 0);
	put_target(0, T2);
	emit_fence(0xa6);
	kick();
	wait_idle(10);
	wr(PP_REG_RESET, PP_RESET_FULL);
	CHECK(wait_idle(2) && rd(PP_REG_RING_CONTEXT) == 0,
	      "RESET.FULL: RING_CONTEXT 0");
	ring_setup();
	wr(PP_REG_IRQ_MASK, PP_IRQ_ALL);
	fill(T1, 64 * 64, 0x111111);
	fill(T2, 64 * 64, 0x111111);
	put_clear(0);
	emit_context(1, 0);
	put_clear(0);
	emit_context(2, 0);
	put_clear(0);
	emit_fence(0xa7);
	kick();
	wait_idle(10);
	CHECK(fence_last() == 0xa7 && pix(T1, 10, 10) == 0x111111 &&
	      pix(T2, 10, 10) == 0x111111,
	      "after RESET.FULL slots 0, 1 and 2 are all in the initial state");
	ack_all();
}

/* A DRAW of one triangle over the whole 64x64 target: position, colour,
 * edge flag; nan_pos / nan_green put a NaN in vertex 1. */
static void emit_tri(int nan_pos, int nan_green, uint32_t edge)
{
	static const float v[3][2] = { { -1, -1 }, { 3, -1 }, { -1, 3 } };
	uint32_t i;

	emit(PP_CMD(PP_CLASS_DRAW, PP_DRAW, 3 + 3 * 9));
	emit(GL_TRIANGLES); emit(PP_V_COLOR | PP_V_EDGE); emit(3);
	for (i = 0; i < 3; i++) {
		emit(i == 1 && nan_pos ? 0x7fc00000u : f2u(v[i][0]));
		emit(f2u(v[i][1])); emit(f2u(0)); emit(f2u(1));
		emit(f2u(1));
		emit(nan_green ? 0xffc00000u : f2u(1));
		emit(f2u(0)); emit(f2u(1));
		emit(i == 2 ? edge : 1);
	}
}

static void check_nonfinite_ring(void)
{
	uint32_t at;

	fill(T1, 64 * 64, 0x111111);
	emit_context(0, 0);
	put_target(0, T1);
	emit_tri(1, 0, 1);
	emit_fence(0xb0);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) == 0 && fence_last() == 0xb0 &&
	      pix(T1, 10, 10) == 0x111111,
	      "NaN position: the triangle is dropped, no fault, the ring runs on");
	emit_tri(0, 0, 1);
	emit_fence(0xb1);
	kick();
	wait_idle(10);
	CHECK(fence_last() == 0xb1 && pix(T1, 10, 10) == 0xffff00,
	      "a later draw renders (yellow)");
	emit_tri(0, 1, 1);
	emit_fence(0xb2);
	kick();
	wait_idle(10);
	CHECK(fence_last() == 0xb2 && pix(T1, 10, 10) == 0xff0000,
	      "NaN green reads 0: red");
	at = tail;
	emit_tri(0, 0, 2);
	emit_fence(0xb3);
	kick();
	wait_idle(10);
	CHECK(rd(PP_REG_RING_ERR_STATUS) == (PP_ERR_STATE << 16 | 5 << 8 | PP_DRAW) &&
	      rd(PP_REG_RING_ERR_ADDR) == at && fence_last() == 0xb2,
	      "edge flag 2: ERR_STATE on the DRAW");
	wr(PP_REG_RING_HEAD, tail);
	ack_all();
}

int main(void)
{
	struct pciem_desc d;

	pp_card_describe(&d);
	dev = pciem_test_open(&d, &pp_card_ops, &card);
	CHECK(dev != NULL, "card opens on the test host");
	CHECK(pp_card_init(&card, dev, 0) == 0, "card initialises before plugging");
	CHECK(pciem_plug(dev) == 0, "plugs");
	vram = pciem_bar(dev, 2);
	CHECK(vram && pp_card_start(&card, vram) == 0, "card starts over BAR2");
	rbus = pciem_test_dma_map(dev, ring_buf, sizeof(ring_buf),
				  PCIEM_TEST_DMA_TO_DEVICE);
	fbus = pciem_test_dma_map(dev, &fence_buf, sizeof(fence_buf),
				  PCIEM_TEST_DMA_FROM_DEVICE);
	ibus = pciem_test_dma_map(dev, ib_buf, sizeof(ib_buf),
				  PCIEM_TEST_DMA_TO_DEVICE);

	check_identity();
	check_reg_errors();
	check_ring_and_fences();
	check_ring_faults();
	check_display();
	check_cursor_gamma();
	check_hotplug_snapshot();
	check_engine_reset();
	check_full_reset(0);
	ring_setup();
	wr(PP_REG_IRQ_MASK, PP_IRQ_ALL);
	check_full_reset(1);
	ring_setup();
	wr(PP_REG_IRQ_MASK, PP_IRQ_ALL);
	check_indirect();
	check_contexts();
	check_nonfinite_ring();

	pp_card_fini(&card);
	pciem_close(dev);
	check_faults();
	return tap_failed ? 1 : 0;
}
