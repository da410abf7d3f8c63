// SPDX-License-Identifier: MIT
/* Property metadata and current values agree, for every object we drive. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "kms.h"

/* "" when the value fits the property's declaration, else why not. */
static void judge(int fd, drmModePropertyPtr p, uint64_t v, char *why,
		  size_t len)
{
	uint32_t t = p->flags & (DRM_MODE_PROP_LEGACY_TYPE |
				 DRM_MODE_PROP_EXTENDED_TYPE);

	why[0] = 0;
	if (t == DRM_MODE_PROP_RANGE && p->count_values == 2) {
		if (v < p->values[0] || v > p->values[1])
			snprintf(why, len, "%s=%llu outside [%llu,%llu]", p->name,
				 (unsigned long long)v,
				 (unsigned long long)p->values[0],
				 (unsigned long long)p->values[1]);
	} else if (t == DRM_MODE_PROP_SIGNED_RANGE && p->count_values == 2) {
		if ((int64_t)v < (int64_t)p->values[0] ||
		    (int64_t)v > (int64_t)p->values[1])
			snprintf(why, len, "%s=%lld outside its range", p->name,
				 (long long)v);
	} else if (t == DRM_MODE_PROP_ENUM) {
		bool found = false;

		for (int i = 0; i < p->count_enums; i++)
			found |= p->enums[i].value == v;
		if (!found)
			snprintf(why, len, "%s=%llu is no enum value", p->name,
				 (unsigned long long)v);
	} else if (t == DRM_MODE_PROP_BITMASK) {
		uint64_t all = 0;

		for (int i = 0; i < p->count_enums; i++)
			all |= 1ull << p->enums[i].value;
		if (v & ~all)
			snprintf(why, len, "%s=%#llx has unknown bits", p->name,
				 (unsigned long long)v);
	} else if (t == DRM_MODE_PROP_BLOB && v) {
		drmModePropertyBlobPtr b = drmModeGetPropertyBlob(fd, (uint32_t)v);

		if (!b)
			snprintf(why, len, "%s names missing blob %llu", p->name,
				 (unsigned long long)v);
		drmModeFreePropertyBlob(b);
	}
}

static int check_object(int fd, uint32_t obj, uint32_t type, char *why,
			size_t len)
{
	drmModeObjectPropertiesPtr props = drmModeObjectGetProperties(fd, obj, type);
	int bad = 0;

	if (!props) {
		snprintf(why, len, "OBJ_GETPROPERTIES of %u: %s", obj,
			 kms_errname(errno));
		return 1;
	}
	for (uint32_t i = 0; i < props->count_props; i++) {
		drmModePropertyPtr p = drmModeGetProperty(fd, props->props[i]);
		char w[128];

		if (!p) {
			snprintf(why, len, "property %u of object %u does not resolve",
				 props->props[i], obj);
			bad++;
			continue;
		}
		judge(fd, p, props->prop_values[i], w, sizeof(w));
		if (w[0]) {
			snprintf(why, len, "object %u: %s", obj, w);
			bad++;
		}
		drmModeFreeProperty(p);
	}
	drmModeFreeObjectProperties(props);
	return bad;
}

static void values(struct kms *k)
{
	char why[192] = "";
	int bad = 0;

	bad += check_object(k->fd, k->crtc, DRM_MODE_OBJECT_CRTC, why, sizeof(why));
	bad += check_object(k->fd, k->conn, DRM_MODE_OBJECT_CONNECTOR, why,
			    sizeof(why));
	bad += check_object(k->fd, k->primary, DRM_MODE_OBJECT_PLANE, why,
			    sizeof(why));
	if (k->cursor)
		bad += check_object(k->fd, k->cursor, DRM_MODE_OBJECT_PLANE, why,
				    sizeof(why));
	if (bad)
		fail("props.values-match-declarations", "%d bad, e.g. %s", bad, why);
	else
		pass("props.values-match-declarations");
}

static void plane_type(struct kms *k)
{
	uint32_t id = kms_prop(k->fd, k->primary, DRM_MODE_OBJECT_PLANE, "type");
	drmModePropertyPtr p = id ? drmModeGetProperty(k->fd, id) : NULL;
	int names = 0;

	for (int i = 0; p && i < p->count_enums; i++)
		names += (!strcmp(p->enums[i].name, "Overlay") &&
			  p->enums[i].value == DRM_PLANE_TYPE_OVERLAY) ||
			 (!strcmp(p->enums[i].name, "Primary") &&
			  p->enums[i].value == DRM_PLANE_TYPE_PRIMARY) ||
			 (!strcmp(p->enums[i].name, "Cursor") &&
			  p->enums[i].value == DRM_PLANE_TYPE_CURSOR);
	if (!p || !(p->flags & DRM_MODE_PROP_IMMUTABLE) || names != 3)
		fail("props.plane-type-enum", "type property malformed");
	else
		pass("props.plane-type-enum");
	drmModeFreeProperty(p);
}

/* A modes buffer shorter than the list: the kernel fills only that much. */
static void short_modes(struct kms *k)
{
	struct drm_mode_get_connector c = { .connector_id = k->conn };
	struct drm_mode_modeinfo m[2];
	uint32_t total;

	if (kms_io(k->fd, DRM_IOCTL_MODE_GETCONNECTOR, &c) || !c.count_modes) {
		fail("connector.short-mode-buffer", "GETCONNECTOR failed");
		return;
	}
	total = c.count_modes;
	memset(m, 0xa5, sizeof(m));
	memset(&c, 0, sizeof(c));
	c.connector_id = k->conn;
	c.count_modes = 1;
	c.modes_ptr = (uintptr_t)m;
	if (kms_io(k->fd, DRM_IOCTL_MODE_GETCONNECTOR, &c))
		fail("connector.short-mode-buffer", "GETCONNECTOR: %s",
		     kms_errname(errno));
	else if (c.count_modes != total || !m[0].hdisplay ||
		 m[1].hdisplay != 0xa5a5)
		fail("connector.short-mode-buffer",
		     "count %u (want %u), or it wrote past one mode", c.count_modes,
		     total);
	else
		pass("connector.short-mode-buffer");
}

void t_props(struct kms *k)
{
	values(k);
	plane_type(k);
	short_modes(k);
}
