/* ProtoPCIem register map (card/SPEC.md sections 1-3, 7). */
#ifndef PROTOPCIEM_REGS_H
#define PROTOPCIEM_REGS_H

#define PP_VENDOR		0x7065
#define PP_DEVICE		0x0100
#define PP_CLASS		0x030000
#define PP_BAR0_SIZE		0x10000
#define PP_VRAM_SIZE		(64u << 20)
#define PP_MSIX_VECTORS		8
#define PP_MSIX_TABLE		0x8000
#define PP_MSIX_PBA		0x9000

#define PP_ID_VALUE		0x50504d31	/* "PPM1" */
#define PP_REV_VALUE		0x00000002	/* manual 0.2 */

#define PP_REG_ID		0x000
#define PP_REG_REV		0x004
#define PP_REG_CAPS		0x008
#define  PP_CAPS_GL		(1u << 0)
#define  PP_CAPS_DISPLAY	(1u << 1)
#define  PP_CAPS_EDID		(1u << 2)
#define PP_REG_VRAM_SIZE	0x00c
#define PP_REG_RESET		0x010
#define PP_REG_IRQ_STATUS	0x020
#define PP_REG_IRQ_MASK		0x024
#define PP_REG_ERR_STATUS	0x030
#define PP_REG_ERR_ADDR		0x034
#define PP_REG_ERR_CLEAR	0x038
#define PP_REG_RING_BASE_LO	0x100
#define PP_REG_RING_BASE_HI	0x104
#define PP_REG_RING_SIZE	0x108
#define PP_REG_RING_HEAD	0x10c
#define PP_REG_RING_TAIL	0x110
#define PP_REG_RING_CTRL	0x114
#define PP_REG_FENCE_ADDR_LO	0x120
#define PP_REG_FENCE_ADDR_HI	0x124
#define PP_REG_FENCE_LAST	0x128
#define PP_REG_DISP_CTRL	0x200
#define  PP_DISP_ENABLE		(1u << 0)
#define  PP_DISP_VBLANK_IRQ	(1u << 1)
#define PP_REG_DISP_WIDTH	0x204
#define PP_REG_DISP_HEIGHT	0x208
#define PP_REG_DISP_STRIDE	0x20c
#define PP_REG_DISP_FORMAT	0x210
#define  PP_FMT_XRGB8888	1
#define  PP_FMT_RGB565		2
#define PP_REG_DISP_BASE	0x214
#define PP_REG_DISP_VBLANK_COUNT 0x218
#define PP_REG_DISP_PENDING_BASE 0x21c
#define PP_REG_EDID		0x300	/* 256 bytes */

#define PP_IRQ_FENCE		0
#define PP_IRQ_VBLANK		1
#define PP_IRQ_ERROR		2
#define PP_IRQ_FLIP		3

#endif
