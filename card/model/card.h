/* The ProtoPCIem card as a libpciem device model: registers, the ring
 * fetched by DMA, fences, interrupts and the display engine. */
#ifndef PP_CARD_H
#define PP_CARD_H

#include <stdint.h>
#include <pciem/pciem.h>
#include "../cp/cp.h"
#include "../include/protopciem/regs.h"

struct pp_monitor;

struct pp_card {
	struct pciem_dev *dev;
	uint8_t *vram;
	struct pp_cp cp;

	uint32_t irq_status, irq_mask;
	int intx_asserted;
	uint32_t err_status, err_addr;

	uint64_t ring_base;
	uint32_t ring_size, ring_head, ring_tail, ring_ctrl;
	int ring_stopped;	/* by an error, until ERR_CLEAR */
	uint64_t fence_addr;
	uint32_t fence_last;
	uint32_t *fetch;	/* commands fetched from the ring */

	uint32_t disp_ctrl, disp_w, disp_h, disp_stride, disp_format;
	uint32_t disp_base, disp_pending, vblank_count;
	int flip_pending;
	uint8_t edid[256];

	struct pp_monitor *monitor;
};

void pp_card_describe(struct pciem_desc *d);
int pp_card_init(struct pp_card *c, struct pciem_dev *dev, uint8_t *vram);
void pp_card_fini(struct pp_card *c);
extern const struct pciem_ops pp_card_ops;

/* One display refresh: vblank, page flip, interrupts. */
void pp_card_vblank(struct pp_card *c);
/* The scan-out surface, or NULL while the display is off or invalid. */
const uint8_t *pp_card_scanout(struct pp_card *c, uint32_t *w, uint32_t *h,
			       uint32_t *stride, uint32_t *format);

void pp_edid_build(uint8_t edid[256]);

#endif
