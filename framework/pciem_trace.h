/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Trace events: what the driver did to the device, as the device saw it.
 * Enable with: echo 1 > /sys/kernel/tracing/events/pciem/enable
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM pciem

#if !defined(_PCIEM_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _PCIEM_TRACE_H

#include <linux/tracepoint.h>

TRACE_EVENT(pciem_mmio,
	TP_PROTO(int dev, int bar, u64 off, int size, u64 val, bool write),
	TP_ARGS(dev, bar, off, size, val, write),
	TP_STRUCT__entry(
		__field(int, dev)
		__field(int, bar)
		__field(u64, off)
		__field(int, size)
		__field(u64, val)
		__field(bool, write)
	),
	TP_fast_assign(
		__entry->dev = dev;
		__entry->bar = bar;
		__entry->off = off;
		__entry->size = size;
		__entry->val = val;
		__entry->write = write;
	),
	TP_printk("pciem%d %s BAR%d+%#llx size %d value %#llx",
		  __entry->dev, __entry->write ? "write" : "read",
		  __entry->bar, __entry->off, __entry->size, __entry->val)
);

TRACE_EVENT(pciem_read_timeout,
	TP_PROTO(int dev, int bar, u64 off, int size),
	TP_ARGS(dev, bar, off, size),
	TP_STRUCT__entry(
		__field(int, dev)
		__field(int, bar)
		__field(u64, off)
		__field(int, size)
	),
	TP_fast_assign(
		__entry->dev = dev;
		__entry->bar = bar;
		__entry->off = off;
		__entry->size = size;
	),
	TP_printk("pciem%d read BAR%d+%#llx size %d timed out",
		  __entry->dev, __entry->bar, __entry->off, __entry->size)
);

TRACE_EVENT(pciem_ring_full,
	TP_PROTO(int dev, u32 type, u32 bar, u64 off),
	TP_ARGS(dev, type, bar, off),
	TP_STRUCT__entry(
		__field(int, dev)
		__field(u32, type)
		__field(u32, bar)
		__field(u64, off)
	),
	TP_fast_assign(
		__entry->dev = dev;
		__entry->type = type;
		__entry->bar = bar;
		__entry->off = off;
	),
	TP_printk("pciem%d ring full: event %u BAR%u+%#llx lost",
		  __entry->dev, __entry->type, __entry->bar, __entry->off)
);

TRACE_EVENT(pciem_failed,
	TP_PROTO(int dev, const char *why),
	TP_ARGS(dev, why),
	TP_STRUCT__entry(
		__field(int, dev)
		__array(char, why, 48)
	),
	TP_fast_assign(
		__entry->dev = dev;
		strscpy(__entry->why, why, sizeof(__entry->why));
	),
	TP_printk("pciem%d failed: %s", __entry->dev, __entry->why)
);

TRACE_EVENT(pciem_config,
	TP_PROTO(int dev, int where, int size, u32 val, bool write),
	TP_ARGS(dev, where, size, val, write),
	TP_STRUCT__entry(
		__field(int, dev)
		__field(int, where)
		__field(int, size)
		__field(u32, val)
		__field(bool, write)
	),
	TP_fast_assign(
		__entry->dev = dev;
		__entry->where = where;
		__entry->size = size;
		__entry->val = val;
		__entry->write = write;
	),
	TP_printk("pciem%d config %s %#x size %d value %#x",
		  __entry->dev, __entry->write ? "write" : "read",
		  __entry->where, __entry->size, __entry->val)
);

TRACE_EVENT(pciem_dma,
	TP_PROTO(int dev, u64 addr, u64 len, int dir, int err),
	TP_ARGS(dev, addr, len, dir, err),
	TP_STRUCT__entry(
		__field(int, dev)
		__field(u64, addr)
		__field(u64, len)
		__field(int, dir)
		__field(int, err)
	),
	TP_fast_assign(
		__entry->dev = dev;
		__entry->addr = addr;
		__entry->len = len;
		__entry->dir = dir;
		__entry->err = err;
	),
	TP_printk("pciem%d DMA %s %#llx len %llu%s",
		  __entry->dev, __entry->dir == 1 ? "to host" : "from host",
		  __entry->addr, __entry->len,
		  __entry->err ? " REFUSED" : "")
);

TRACE_EVENT(pciem_dma_map,
	TP_PROTO(int dev, bool map, u64 addr, u64 len, u16 flags, u32 index),
	TP_ARGS(dev, map, addr, len, flags, index),
	TP_STRUCT__entry(
		__field(int, dev)
		__field(bool, map)
		__field(u64, addr)
		__field(u64, len)
		__field(u16, flags)
		__field(u32, index)
	),
	TP_fast_assign(
		__entry->dev = dev;
		__entry->map = map;
		__entry->addr = addr;
		__entry->len = len;
		__entry->flags = flags;
		__entry->index = index;
	),
	TP_printk("pciem%d %s %#llx len %llu %s%s%s",
		  __entry->dev, __entry->map ? "map" : "unmap",
		  __entry->addr, __entry->len,
		  (__entry->flags & 3) == 1 ? "to-device" :
		  (__entry->flags & 3) == 2 ? "from-device" : "bidirectional",
		  __entry->flags & 4 ? " coherent" : "",
		  __entry->flags & 8 ? " sg" : "")
);

TRACE_EVENT(pciem_irq,
	TP_PROTO(int dev, int type, int vector, int result),
	TP_ARGS(dev, type, vector, result),
	TP_STRUCT__entry(
		__field(int, dev)
		__field(int, type)
		__field(int, vector)
		__field(int, result)
	),
	TP_fast_assign(
		__entry->dev = dev;
		__entry->type = type;
		__entry->vector = vector;
		__entry->result = result;
	),
	TP_printk("pciem%d irq type %d vector %d: %s", __entry->dev,
		  __entry->type, __entry->vector,
		  __entry->result == 0 ? "sent" :
		  __entry->result == 1 ? "pending (masked)" : "refused")
);

#endif /* _PCIEM_TRACE_H */

#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH .
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE pciem_trace
#include <trace/define_trace.h>
