/* Writes gfx.wad (WAD2): conchars and every status-bar and screen lump the
 * engine looks up at start, drawn from our font and palette. */
#include "buf.h"
#include "pal.h"
#include "pic.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXLUMPS 160
#define TYPE_QPIC 66
#define TYPE_MIPTEX 68

struct lump {
	char name[16];
	int type;
	struct buf data;
};

static struct lump lumps[MAXLUMPS];
static int nlumps;

static struct buf *add(const char *name, int type)
{
	struct lump *l;

	if (nlumps == MAXLUMPS || strlen(name) > 15)
		die("mkwad: bad lump %s", name);
	l = &lumps[nlumps++];
	snprintf(l->name, sizeof(l->name), "%s", name);
	l->type = type;
	return &l->data;
}

/* 16x16 cells of 8x8 glyphs, no header; index 0 is transparent. */
static void conchars(void)
{
	struct buf *b = add("conchars", TYPE_MIPTEX);
	uint8_t img[128 * 128] = { 0 }, cell[8][8];
	int c, x, y;

	for (c = 0; c < 256; c++) {
		uint8_t ink = c < 128 ? pal_ramp(RAMP_GREY, 14)
				      : pal_ramp(RAMP_ORANGE, 14);

		font_glyph(c, cell);
		for (y = 0; y < 8; y++)
			for (x = 0; x < 8; x++)
				if (cell[y][x])
					img[((c / 16) * 8 + y) * 128 +
					    (c % 16) * 8 + x] = ink;
	}
	buf_bytes(b, img, sizeof(img));
}

/* A labelled panel; the label is drawn as large as fits. */
static void panel(const char *name, int w, int h, int ramp, const char *label)
{
	struct pic p = pic_new(w, h, 0);
	int scale = 1;

	pic_panel(&p, 0, 0, w, h, ramp);
	if (label && *label) {
		while (pic_text_width(label, scale + 1) <= w - 2 &&
		       8 * (scale + 1) <= h - 2)
			scale++;
		if (pic_text_width(label, scale) <= w)
			pic_text(&p, (w - pic_text_width(label, scale)) / 2,
				 (h - 8 * scale) / 2, label, scale,
				 pal_ramp(RAMP_GREY, 15));
	}
	pic_qpic(&p, add(name, TYPE_QPIC));
	pic_free(&p);
}

static void digits(const char *prefix, int ramp)
{
	static const char *const extra[] = { "minus", "colon", "slash" };
	static const char sym[] = "-:/";
	char name[16], label[2] = { 0, 0 };
	int i, nextra = ramp == RAMP_RED ? 1 : 3;

	for (i = 0; i < 10; i++) {
		struct pic p = pic_new(24, 24, PAL_TRANSPARENT);

		snprintf(name, sizeof(name), "%s_%d", prefix, i);
		label[0] = (char)('0' + i);
		pic_text(&p, 0, 0, label, 3, pal_ramp((enum ramp)ramp, 15));
		pic_qpic(&p, add(name, TYPE_QPIC));
		pic_free(&p);
	}
	for (i = 0; i < nextra; i++) {
		struct pic p = pic_new(24, 24, PAL_TRANSPARENT);

		snprintf(name, sizeof(name), "%s_%s", prefix, extra[i]);
		label[0] = sym[i];
		pic_text(&p, 0, 0, label, 3, pal_ramp((enum ramp)ramp, 15));
		pic_qpic(&p, add(name, TYPE_QPIC));
		pic_free(&p);
	}
}

static void weapons(void)
{
	static const char *const w[] = { "shotgun",  "sshotgun", "nailgun",
					 "snailgun", "rlaunch",	 "srlaunch",
					 "lightng" };
	static const char *const pre[] = { "inv",   "inv2",  "inva1", "inva2",
					   "inva3", "inva4", "inva5" };
	char name[16], label[2] = { 0, 0 };
	int i, j;

	for (j = 0; j < 7; j++)
		for (i = 0; i < 7; i++) {
			snprintf(name, sizeof(name), "%s_%s", pre[j], w[i]);
			label[0] = (char)('2' + i);
			panel(name, i == 6 ? 48 : 24, 16,
			      j == 1 ? RAMP_YELLOW
			      : j    ? RAMP_ORANGE
				     : RAMP_BROWN,
			      label);
		}
}

static void save(const char *path)
{
	struct buf out = { 0 };
	size_t dir;
	int i;
	int32_t *pos = calloc((size_t)nlumps, sizeof(*pos));

	buf_bytes(&out, "WAD2", 4);
	buf_i32(&out, nlumps);
	buf_i32(&out, 0);
	for (i = 0; i < nlumps; i++) {
		pos[i] = (int32_t)out.len;
		buf_bytes(&out, lumps[i].data.p, lumps[i].data.len);
		while (out.len & 3)
			buf_u8(&out, 0);
	}
	dir = out.len;
	buf_put_i32(&out, 8, (int32_t)dir);
	for (i = 0; i < nlumps; i++) {
		buf_i32(&out, pos[i]);
		buf_i32(&out, (int32_t)lumps[i].data.len);
		buf_i32(&out, (int32_t)lumps[i].data.len);
		buf_u8(&out, (unsigned)lumps[i].type);
		buf_u8(&out, 0);
		buf_i16(&out, 0);
		buf_name(&out, lumps[i].name, 16);
	}
	buf_save(&out, path);
	free(pos);
}

int main(int argc, char **argv)
{
	static const char *const items[] = {
		"sb_key1",   "sb_key2", "sb_invis",
		"sb_invuln", "sb_suit", "sb_quad"
	};
	char name[16];
	int i;

	if (argc != 2)
		die("usage: mkwad OUT.wad");
	conchars();
	panel("disc", 24, 24, RAMP_GREY, "D");
	panel("backtile", 64, 64, RAMP_NAVY, "");
	panel("net", 32, 32, RAMP_BLUE, "NET");
	panel("turtle", 32, 32, RAMP_GREEN, "T");
	digits("num", RAMP_YELLOW);
	digits("anum", RAMP_RED);
	panel("sbar", 320, 24, RAMP_BROWN, "");
	panel("ibar", 320, 24, RAMP_BROWN, "");
	panel("scorebar", 320, 24, RAMP_BROWN, "");
	weapons();
	panel("sb_shells", 24, 24, RAMP_ORANGE, "S");
	panel("sb_nails", 24, 24, RAMP_GREY, "N");
	panel("sb_rocket", 24, 24, RAMP_RED, "R");
	panel("sb_cells", 24, 24, RAMP_TEAL, "C");
	for (i = 1; i <= 3; i++) {
		snprintf(name, sizeof(name), "sb_armor%d", i);
		panel(name, 24, 24,
		      i == 1   ? RAMP_GREEN
		      : i == 2 ? RAMP_YELLOW
			       : RAMP_RED,
		      "A");
	}
	for (i = 0; i < 6; i++)
		panel(items[i], 16, 16, RAMP_PURPLE, "");
	for (i = 1; i <= 4; i++) {
		snprintf(name, sizeof(name), "sb_sigil%d", i);
		panel(name, 8, 16, RAMP_PINK, "");
	}
	for (i = 1; i <= 5; i++) {
		snprintf(name, sizeof(name), "face%d", i);
		panel(name, 24, 24, RAMP_SKIN, ":)");
		snprintf(name, sizeof(name), "face_p%d", i);
		panel(name, 24, 24, RAMP_SKIN, ":(");
	}
	panel("face_invis", 24, 24, RAMP_GREY, "");
	panel("face_invul2", 24, 24, RAMP_YELLOW, "");
	panel("face_inv2", 24, 24, RAMP_PURPLE, "");
	panel("face_quad", 24, 24, RAMP_BLUE, "");
	save(argv[1]);
	return 0;
}
