// SPDX-License-Identifier: MIT
/* Resources, capabilities, object lookups and property blobs. */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "kms.h"

static void caps(struct kms *k)
{
	struct drm_get_cap gc = { .capability = 0xdead };
	struct drm_set_client_cap sc = { .capability = 0xdead, .value = 1 };
	uint64_t v = 0;

	if (drmGetCap(k->fd, DRM_CAP_DUMB_BUFFER, &v) == 0 && v == 1)
		pass("caps.dumb-buffer");
	else
		fail("caps.dumb-buffer", "DRM_CAP_DUMB_BUFFER is %llu",
		     (unsigned long long)v);
	v = 0;
	if (drmGetCap(k->fd, DRM_CAP_CRTC_IN_VBLANK_EVENT, &v) == 0 && v == 1)
		pass("caps.crtc-in-vblank-event");
	else
		fail("caps.crtc-in-vblank-event", "an atomic driver must report it");
	kms_expect("caps.unknown-cap", kms_io(k->fd, DRM_IOCTL_GET_CAP, &gc),
		   EINVAL);
	kms_expect("caps.unknown-client-cap",
		   kms_io(k->fd, DRM_IOCTL_SET_CLIENT_CAP, &sc), EINVAL);
	sc.capability = DRM_CLIENT_CAP_ATOMIC;
	sc.value = 7;
	kms_expect("caps.client-cap-bad-value",
		   kms_io(k->fd, DRM_IOCTL_SET_CLIENT_CAP, &sc), EINVAL);
}

static void lookups(struct kms *k)
{
	struct drm_mode_crtc crtc = { .crtc_id = 0xfffff };
	struct drm_mode_get_connector conn = { .connector_id = 0xfffff };
	struct drm_mode_get_encoder enc = { .encoder_id = 0xfffff };
	struct drm_mode_get_plane plane = { .plane_id = 0xfffff };
	struct drm_mode_get_property prop = { .prop_id = 0xfffff };
	struct drm_mode_get_blob blob = { .blob_id = 0xfffff };
	struct drm_mode_obj_get_properties op = { .obj_id = k->crtc,
		.obj_type = DRM_MODE_OBJECT_PLANE };

	kms_expect("resources.getcrtc-bad-id",
		   kms_io(k->fd, DRM_IOCTL_MODE_GETCRTC, &crtc), ENOENT);
	crtc.crtc_id = k->conn;
	kms_expect("resources.getcrtc-wrong-type",
		   kms_io(k->fd, DRM_IOCTL_MODE_GETCRTC, &crtc), ENOENT);
	kms_expect("resources.getconnector-bad-id",
		   kms_io(k->fd, DRM_IOCTL_MODE_GETCONNECTOR, &conn), ENOENT);
	kms_expect("resources.getencoder-bad-id",
		   kms_io(k->fd, DRM_IOCTL_MODE_GETENCODER, &enc), ENOENT);
	kms_expect("resources.getplane-bad-id",
		   kms_io(k->fd, DRM_IOCTL_MODE_GETPLANE, &plane), ENOENT);
	kms_expect("resources.getproperty-bad-id",
		   kms_io(k->fd, DRM_IOCTL_MODE_GETPROPERTY, &prop), ENOENT);
	kms_expect("resources.getblob-bad-id",
		   kms_io(k->fd, DRM_IOCTL_MODE_GETPROPBLOB, &blob), ENOENT);
	kms_expect("resources.obj-getprops-wrong-type",
		   kms_io(k->fd, DRM_IOCTL_MODE_OBJ_GETPROPERTIES, &op), ENOENT);
}

/* Every connector, encoder and plane points at CRTCs that exist. */
static void topology(struct kms *k)
{
	drmModeResPtr res = drmModeGetResources(k->fd);
	drmModePlaneResPtr pres = drmModeGetPlaneResources(k->fd);
	uint32_t all;
	int bad = 0, primaries = 0;

	if (!res || !pres) {
		fail("resources.topology", "GETRESOURCES/GETPLANERESOURCES failed");
		drmModeFreeResources(res);
		drmModeFreePlaneResources(pres);
		return;
	}
	all = (1u << res->count_crtcs) - 1;
	for (int i = 0; i < res->count_encoders; i++) {
		drmModeEncoderPtr e = drmModeGetEncoder(k->fd, res->encoders[i]);

		if (!e || !e->possible_crtcs || (e->possible_crtcs & ~all))
			bad++;
		drmModeFreeEncoder(e);
	}
	for (uint32_t i = 0; i < pres->count_planes; i++) {
		drmModePlanePtr p = drmModeGetPlane(k->fd, pres->planes[i]);
		uint64_t t;

		if (!p || !p->possible_crtcs || (p->possible_crtcs & ~all) ||
		    !p->count_formats)
			bad++;
		if (p && !kms_prop_value(k->fd, p->plane_id,
					 DRM_MODE_OBJECT_PLANE, "type", &t) &&
		    t == DRM_PLANE_TYPE_PRIMARY)
			primaries++;
		drmModeFreePlane(p);
	}
	if (bad)
		fail("resources.topology", "%d encoders/planes with impossible CRTC masks or no formats",
		     bad);
	else if (primaries < res->count_crtcs)
		fail("resources.topology", "%d CRTCs but %d primary planes",
		     res->count_crtcs, primaries);
	else
		pass("resources.topology");
	drmModeFreeResources(res);
	drmModeFreePlaneResources(pres);
}

static bool mode_sane(const drmModeModeInfo *m)
{
	return m->clock && m->hdisplay && m->vdisplay &&
	       m->hdisplay <= m->hsync_start && m->hsync_start <= m->hsync_end &&
	       m->hsync_end <= m->htotal && m->vdisplay <= m->vsync_start &&
	       m->vsync_start <= m->vsync_end && m->vsync_end <= m->vtotal;
}

static void connector(struct kms *k)
{
	drmModeConnectorPtr c = drmModeGetConnector(k->fd, k->conn);
	drmModePropertyBlobPtr edid = NULL;
	uint64_t id = 0;
	int bad = 0;

	if (!c) {
		fail("connector.modes-sane", "GETCONNECTOR failed");
		return;
	}
	for (int i = 0; i < c->count_modes; i++)
		if (!mode_sane(&c->modes[i]))
			bad++;
	if (bad)
		fail("connector.modes-sane", "%d of %d modes have impossible timings",
		     bad, c->count_modes);
	else
		pass("connector.modes-sane");
	if (kms_prop_value(k->fd, k->conn, DRM_MODE_OBJECT_CONNECTOR, "EDID",
			   &id) || !id) {
		skip("connector.edid-blob", "no EDID on the connector");
	} else {
		static const uint8_t hdr[8] = { 0, 0xff, 0xff, 0xff, 0xff, 0xff,
						0xff, 0 };
		edid = drmModeGetPropertyBlob(k->fd, (uint32_t)id);
		if (!edid || edid->length < 128 || edid->length % 128 ||
		    memcmp(edid->data, hdr, 8))
			fail("connector.edid-blob", "EDID blob is not a whole EDID");
		else
			pass("connector.edid-blob");
		drmModeFreePropertyBlob(edid);
	}
	drmModeFreeConnector(c);
}

static void blobs(struct kms *k)
{
	struct drm_mode_create_blob cb = { 0 };
	struct drm_mode_destroy_blob db = { .blob_id = 0xfffff };
	uint32_t data[4] = { 1, 2, 3, 4 }, id;
	int fd2;

	cb.data = (uintptr_t)data;
	kms_expect("blob.create-zero-length",
		   kms_io(k->fd, DRM_IOCTL_MODE_CREATEPROPBLOB, &cb), EINVAL);
	cb.length = sizeof(data);
	cb.data = 8;
	kms_expect("blob.create-bad-pointer",
		   kms_io(k->fd, DRM_IOCTL_MODE_CREATEPROPBLOB, &cb), EFAULT);
	kms_expect("blob.destroy-bad-id",
		   kms_io(k->fd, DRM_IOCTL_MODE_DESTROYPROPBLOB, &db), ENOENT);
	if (drmModeCreatePropertyBlob(k->fd, data, sizeof(data), &id)) {
		fail("blob.destroy-foreign", "CREATEPROPBLOB failed");
		return;
	}
	fd2 = kms_reopen(k, 0);
	db.blob_id = id;
	kms_expect("blob.destroy-foreign",
		   kms_io(fd2, DRM_IOCTL_MODE_DESTROYPROPBLOB, &db), EPERM);
	close(fd2);
	if (kms_expect("blob.destroy",
		       kms_io(k->fd, DRM_IOCTL_MODE_DESTROYPROPBLOB, &db), 0))
		kms_expect("blob.destroy-twice",
			   kms_io(k->fd, DRM_IOCTL_MODE_DESTROYPROPBLOB, &db),
			   ENOENT);
}

void t_resources(struct kms *k)
{
	caps(k);
	lookups(k);
	topology(k);
	connector(k);
	blobs(k);
}
