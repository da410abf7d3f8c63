/* mkdemo SCRIPT OUT.dem: writes a demo (protocol 666) from a script of
 * keyframes, so the timedemo is the same on every run. Script lines:
 *   model NAME                 model list; the first is the map
 *   frames N                   frames after signon
 *   cam F X Y Z YAW PITCH      camera keyframe (entity 1) at frame F
 *   ent N MODEL F X Y Z        keyframe of entity N drawn with MODEL
 *   stuff F TEXT               console text sent at frame F
 * Positions between keyframes are linear; a disconnect ends the demo. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXK 64
#define MAXE 8

enum {
	SVC_DISCONNECT = 2,
	SVC_SETVIEW = 5,
	SVC_TIME = 7,
	SVC_STUFFTEXT = 9,
	SVC_SERVERINFO = 11,
	SVC_LIGHTSTYLE = 12,
	SVC_CLIENTDATA = 15,
	SVC_SPAWNBASELINE = 22,
	SVC_SIGNONNUM = 25
};

struct key {
	int f;
	float v[5];
};

struct track {
	int num, model, nk;
	struct key k[MAXK];
};

static char models[16][64];
static int nmodels, frames;
static struct track track[MAXE]; /* track 0 is the camera */
static int ntrack = 1;
static struct {
	int f;
	char text[128];
} stuff[32];
static int nstuff;

static void at(const struct track *t, int f, float out[5])
{
	int i, c;

	if (!t->nk)
		die("mkdemo: entity %d has no keyframes", t->num);
	for (i = 0; i + 1 < t->nk && t->k[i + 1].f <= f; i++)
		;
	if (i + 1 == t->nk || f <= t->k[i].f) {
		memcpy(out, t->k[i].v, sizeof(float) * 5);
		return;
	}
	for (c = 0; c < 5; c++) {
		float a = t->k[i].v[c], b = t->k[i + 1].v[c];
		float u = (float)(f - t->k[i].f) /
			  (float)(t->k[i + 1].f - t->k[i].f);

		out[c] = a + (b - a) * u;
	}
}

static void coord(struct buf *b, float v)
{
	buf_i16(b, (int)(v * 8 + (v < 0 ? -0.5f : 0.5f)));
}

static void string(struct buf *b, const char *s)
{
	buf_bytes(b, s, strlen(s) + 1);
}

/* One block: length, view angles, messages. */
static void block(struct buf *out, struct buf *msg, const float ang[3])
{
	int i;

	buf_i32(out, (int32_t)msg->len);
	for (i = 0; i < 3; i++)
		buf_f32(out, ang[i]);
	buf_bytes(out, msg->p, msg->len);
	msg->len = 0;
}

static void clientdata(struct buf *m)
{
	buf_u8(m, SVC_CLIENTDATA);
	buf_i16(m, 0);	 /* default view height, nothing else */
	buf_i32(m, 0);	 /* items */
	buf_i16(m, 100); /* health: alive */
	buf_zero(m, 6);	 /* ammo counts, active weapon */
}

static void parse(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[256], w[16];

	if (!f)
		die("mkdemo: cannot open %s", path);
	while (fgets(line, sizeof(line), f)) {
		struct key k = { 0 };
		int n, model, i;

		if (sscanf(line, "%15s", w) != 1 || w[0] == '#')
			continue;
		if (!strcmp(w, "model") && nmodels < 16 &&
		    sscanf(line, "%*s %63s", models[nmodels]) == 1) {
			nmodels++;
		} else if (!strcmp(w, "frames") &&
			   sscanf(line, "%*s %d", &frames) == 1) {
		} else if (!strcmp(w, "cam") &&
			   sscanf(line, "%*s %d %f %f %f %f %f", &k.f, &k.v[0],
				  &k.v[1], &k.v[2], &k.v[3], &k.v[4]) == 6 &&
			   track[0].nk < MAXK) {
			track[0].k[track[0].nk++] = k;
		} else if (!strcmp(w, "ent") &&
			   sscanf(line, "%*s %d %d %d %f %f %f", &n, &model,
				  &k.f, &k.v[0], &k.v[1], &k.v[2]) == 6) {
			for (i = 1; i < ntrack && track[i].num != n; i++)
				;
			if (i == ntrack && ntrack++ == MAXE)
				die("mkdemo: too many entities");
			track[i].num = n;
			track[i].model = model;
			if (track[i].nk == MAXK)
				die("mkdemo: too many keyframes");
			track[i].k[track[i].nk++] = k;
		} else if (!strcmp(w, "stuff") && nstuff < 32 &&
			   sscanf(line, "%*s %d %120[^\n]", &stuff[nstuff].f,
				  stuff[nstuff].text) == 2) {
			strcat(stuff[nstuff++].text, "\n");
		} else {
			die("mkdemo: bad line: %s", line);
		}
	}
	fclose(f);
	if (!nmodels || frames < 1)
		die("mkdemo: the script needs models and frames");
}

int main(int argc, char **argv)
{
	struct buf out = { 0 }, m = { 0 };
	float v[5], ang[3] = { 0, 0, 0 };
	int i, t, f;

	if (argc != 3)
		die("usage: mkdemo SCRIPT OUT.dem");
	parse(argv[1]);
	track[0].num = 1;
	track[0].model = 1; /* the world: the camera needs a model */
	buf_bytes(&out, "-1\n", 3);

	/* Signon 1: server info and the camera entity. */
	buf_u8(&m, SVC_SERVERINFO);
	buf_i32(&m, 666);
	buf_u8(&m, 1);
	buf_u8(&m, 0);
	string(&m, "mkdemo");
	for (i = 0; i < nmodels; i++)
		string(&m, models[i]);
	string(&m, "");
	string(&m, ""); /* no sounds */
	buf_u8(&m, SVC_SETVIEW);
	buf_i16(&m, 1);
	buf_u8(&m, SVC_SIGNONNUM);
	buf_u8(&m, 1);
	block(&out, &m, ang);

	/* Signon 2: baselines. */
	for (t = 0; t < ntrack; t++) {
		at(&track[t], 0, v);
		buf_u8(&m, SVC_SPAWNBASELINE);
		buf_i16(&m, track[t].num);
		buf_u8(&m, (unsigned)track[t].model);
		buf_zero(&m, 3); /* frame, colormap, skin */
		for (i = 0; i < 3; i++) {
			coord(&m, v[i]);
			buf_u8(&m, 0);
		}
	}
	buf_u8(&m, SVC_SIGNONNUM);
	buf_u8(&m, 2);
	block(&out, &m, ang);

	/* Signon 3: time, the player's state, normal light. */
	buf_u8(&m, SVC_TIME);
	buf_f32(&m, 0);
	clientdata(&m);
	buf_u8(&m, SVC_LIGHTSTYLE);
	buf_u8(&m, 0);
	string(&m, "m");
	buf_u8(&m, SVC_SIGNONNUM);
	buf_u8(&m, 3);
	block(&out, &m, ang);

	for (f = 0; f < frames; f++) {
		buf_u8(&m, SVC_TIME);
		buf_f32(&m, (float)(f + 1) / 72);
		clientdata(&m);
		for (t = 0; t < ntrack; t++) {
			at(&track[t], f, v);
			/* origin x, y, z: U_SIGNAL | U_ORIGIN1..3 */
			buf_u8(&m, 0x8e);
			buf_u8(&m, (unsigned)track[t].num);
			for (i = 0; i < 3; i++)
				coord(&m, v[i]);
			if (t == 0) {
				ang[0] = v[4];
				ang[1] = v[3];
			}
		}
		for (i = 0; i < nstuff; i++)
			if (stuff[i].f == f) {
				buf_u8(&m, SVC_STUFFTEXT);
				string(&m, stuff[i].text);
			}
		block(&out, &m, ang);
	}
	/* End with a disconnect: a demo read from a pak is not ended by the
	 * end of its data, the next file follows it. */
	buf_u8(&m, SVC_DISCONNECT);
	block(&out, &m, ang);
	buf_save(&out, argv[2]);
	return 0;
}
