/* Writes the gfx/NAME.lmp qpics the engine draws outside the status bar:
 * console background, loading and pause plaques, text-box pieces and the
 * menu pictures, so no screen the engine can reach is missing a pic. */
#include "buf.h"
#include "pal.h"
#include "pic.h"

#include <stdio.h>
#include <string.h>

static const char *outdir;

static void save(const char *name, const struct pic *p)
{
	struct buf b = { 0 };
	char path[512];

	snprintf(path, sizeof(path), "%s/%s.lmp", outdir, name);
	pic_qpic(p, &b);
	buf_save(&b, path);
	buf_free(&b);
}

static void plaque(const char *name, int w, int h, int ramp, const char *text)
{
	struct pic p = pic_new(w, h, PAL_TRANSPARENT);
	int scale = 1;

	pic_panel(&p, 0, 0, w, h, ramp);
	while (pic_text_width(text, scale + 1) <= w - 4 &&
	       8 * (scale + 1) <= h - 4)
		scale++;
	if (*text)
		pic_text(&p, (w - pic_text_width(text, scale)) / 2,
			 (h - 8 * scale) / 2, text, scale,
			 pal_ramp(RAMP_GREY, 15));
	save(name, &p);
	pic_free(&p);
}

/* Console background: a navy gradient with the project's name. */
static void conback(void)
{
	struct pic p = pic_new(320, 200, 0);
	const char *t = "ProtoPCIem";
	int y;

	for (y = 0; y < 200; y++)
		pic_rect(&p, 0, y, 320, 1, pal_ramp(RAMP_NAVY, y * 8 / 200));
	pic_text(&p, 320 - pic_text_width(t, 2) - 8, 200 - 24, t, 2,
		 pal_ramp(RAMP_TEAL, 12));
	save("conback", &p);
	pic_free(&p);
}

/* The text box is drawn from 8x8 corner, edge and middle pieces. */
static void box(void)
{
	static const char *const names[] = { "box_tl", "box_ml", "box_bl",
					     "box_tm", "box_mm", "box_mm2",
					     "box_bm", "box_tr", "box_mr",
					     "box_br" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		struct pic p = pic_new(8, 8, pal_ramp(RAMP_NAVY, 4));
		const char *n = names[i] + 4;

		if (n[0] == 't')
			pic_rect(&p, 0, 0, 8, 2, pal_ramp(RAMP_GREY, 12));
		if (n[0] == 'b')
			pic_rect(&p, 0, 6, 8, 2, pal_ramp(RAMP_GREY, 6));
		if (n[1] == 'l')
			pic_rect(&p, 0, 0, 2, 8, pal_ramp(RAMP_GREY, 12));
		if (n[1] == 'r')
			pic_rect(&p, 6, 0, 2, 8, pal_ramp(RAMP_GREY, 6));
		save(names[i], &p);
		pic_free(&p);
	}
}

int main(int argc, char **argv)
{
	static const struct {
		const char *name, *text;
		int w, h;
	} menus[] = {
		{ "loading", "LOADING", 144, 24 },
		{ "pause", "PAUSED", 128, 24 },
		{ "qplaque", "", 32, 144 },
		{ "ttl_main", "MAIN", 96, 24 },
		{ "mainmenu", "", 240, 112 },
		{ "ttl_sgl", "SINGLE", 128, 24 },
		{ "sp_menu", "", 232, 64 },
		{ "p_load", "LOAD", 96, 24 },
		{ "p_save", "SAVE", 96, 24 },
		{ "p_multi", "MULTI", 128, 24 },
		{ "mp_menu", "", 232, 64 },
		{ "bigbox", "", 72, 72 },
		{ "menuplyr", "", 48, 56 },
		{ "netmen3", "", 200, 40 },
		{ "netmen4", "", 200, 40 },
		{ "dim_ipx", "", 200, 20 },
		{ "dim_tcp", "", 200, 20 },
		{ "p_option", "OPTIONS", 144, 24 },
		{ "ttl_cstm", "CUSTOM", 144, 24 },
		{ "complete", "COMPLETE", 192, 24 },
		{ "inter", "", 160, 144 },
		{ "finale", "THE END", 288, 24 },
		{ "ranking", "RANK", 128, 24 },
	};
	char name[16];
	size_t i;

	if (argc != 2)
		die("usage: mkpics OUTDIR");
	outdir = argv[1];
	conback();
	box();
	for (i = 0; i < sizeof(menus) / sizeof(menus[0]); i++)
		plaque(menus[i].name, menus[i].w, menus[i].h, RAMP_BROWN,
		       menus[i].text);
	for (i = 1; i <= 6; i++) {
		snprintf(name, sizeof(name), "menudot%zu", i);
		plaque(name, 24, 24, RAMP_RED, "*");
	}
	for (i = 0; i <= 5; i++) {
		snprintf(name, sizeof(name), "help%zu", i);
		plaque(name, 320, 200, RAMP_NAVY, "HELP");
	}
	return 0;
}
