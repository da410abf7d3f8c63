/* Texture image formats: every base internal format (RGBA, RGB, ALPHA,
 * LUMINANCE, LUMINANCE_ALPHA, INTENSITY), client formats (RGB, RGBA, BGR,
 * BGRA, RED, GREEN, BLUE, LUMINANCE, ALPHA, LUMINANCE_ALPHA) and types
 * (bytes, shorts, floats and the packed types).  Textures are 16 x 16 and
 * drawn magnified 2 or 3 times with GL_NEAREST: texel edges never meet a
 * pixel centre.  Results are blended over a grey checker so alpha shows. */
#include <string.h>
#include "../scene.h"

#define TS 16

/* The reference image: red across, green up, blue in blocks, alpha along
 * the diagonal. */
static void ref_texel(int x, int y, GLubyte *p)
{
	p[0] = (GLubyte)(x * 17);
	p[1] = (GLubyte)(y * 17);
	p[2] = (GLubyte)((((x >> 2) + (y >> 2)) & 1) ? 230 : 40);
	p[3] = (GLubyte)(20 + (x + y) * 7);
}

static void ref_image(GLubyte *img)
{
	int x, y;

	for (y = 0; y < TS; y++)
		for (x = 0; x < TS; x++)
			ref_texel(x, y, img + (y * TS + x) * 4);
}

static void setup(void)
{
	int x, y;

	glMatrixMode(GL_PROJECTION);
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glClearColor(0.3f, 0.3f, 0.3f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glColor3f(0.7f, 0.7f, 0.7f);
	for (y = 0; y < SCENE_H / 8; y++)
		for (x = 0; x < SCENE_W / 8; x++)
			if ((x + y) & 1)
				glRecti(x * 8, y * 8, x * 8 + 8, y * 8 + 8);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
}

/* Draws the bound texture into panel i of a cols x 2 grid. */
static void panel(int i, int cols)
{
	int w = cols == 3 ? 48 : 32, gap = cols == 3 ? 52 : 39;
	int x = 6 + (i % cols) * gap, y = i < cols ? 6 : 64;

	glEnable(GL_TEXTURE_2D);
	glEnable(GL_BLEND);
	glColor4f(1, 1, 1, 1);
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex2i(x, y);
	glTexCoord2f(1, 0); glVertex2i(x + w, y);
	glTexCoord2f(1, 1); glVertex2i(x + w, y + 48);
	glTexCoord2f(0, 1); glVertex2i(x, y + 48);
	glEnd();
	glDisable(GL_BLEND);
	glDisable(GL_TEXTURE_2D);
}

SCENE(tf_base_formats, "internal formats GL_RGBA, GL_RGB, GL_ALPHA, GL_LUMINANCE, GL_LUMINANCE_ALPHA, GL_INTENSITY from RGBA bytes")
{
	static const GLint fmt[6] = { GL_RGBA, GL_RGB, GL_ALPHA, GL_LUMINANCE,
				      GL_LUMINANCE_ALPHA, GL_INTENSITY };
	GLubyte img[TS * TS * 4];
	int i;

	setup();
	ref_image(img);
	for (i = 0; i < 6; i++) {
		glTexImage2D(GL_TEXTURE_2D, 0, fmt[i], TS, TS, 0, GL_RGBA, GL_UNSIGNED_BYTE, img);
		panel(i, 3);
	}
}

SCENE(tf_client_formats, "client formats GL_RGB, GL_BGR, GL_BGRA, GL_RED, GL_GREEN, GL_BLUE, GL_LUMINANCE_ALPHA, GL_ALPHA into RGBA")
{
	GLubyte img[TS * TS * 4], buf[TS * TS * 4];
	int i, k;

	setup();
	ref_image(img);
	for (i = 0; i < 8; i++) {
		GLenum f;

		for (k = 0; k < TS * TS; k++) {
			GLubyte *s = img + k * 4;

			switch (i) {
			case 0: f = GL_RGB; memcpy(buf + k * 3, s, 3); break;
			case 1: f = GL_BGR;
				buf[k * 3] = s[2]; buf[k * 3 + 1] = s[1]; buf[k * 3 + 2] = s[0]; break;
			case 2: f = GL_BGRA;
				buf[k * 4] = s[2]; buf[k * 4 + 1] = s[1]; buf[k * 4 + 2] = s[0];
				buf[k * 4 + 3] = s[3]; break;
			case 3: f = GL_RED; buf[k] = s[0]; break;
			case 4: f = GL_GREEN; buf[k] = s[1]; break;
			case 5: f = GL_BLUE; buf[k] = s[2]; break;
			case 6: f = GL_LUMINANCE_ALPHA; buf[k * 2] = s[0]; buf[k * 2 + 1] = s[3]; break;
			default: f = GL_ALPHA; buf[k] = s[3]; break;
			}
		}
		glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, f, GL_UNSIGNED_BYTE, buf);
		panel(i, 4);
	}
}

SCENE(tf_client_types, "client types GL_BYTE, GL_UNSIGNED_SHORT, GL_SHORT, GL_UNSIGNED_INT, GL_INT, GL_FLOAT; GL_LUMINANCE float into GL_LUMINANCE")
{
	GLubyte img[TS * TS * 4];
	GLbyte sb[TS * TS * 4];
	GLushort us[TS * TS * 4];
	GLshort ss[TS * TS * 4];
	GLuint ui[TS * TS * 4];
	GLint si[TS * TS * 4];
	GLfloat fl[TS * TS * 4];
	int k;

	setup();
	ref_image(img);
	for (k = 0; k < TS * TS * 4; k++) {
		sb[k] = (GLbyte)(img[k] / 2);		/* 0..127 maps to 0..1 */
		us[k] = (GLushort)(img[k] * 257);
		ss[k] = (GLshort)(img[k] * 128 + img[k] / 2);
		ui[k] = (GLuint)img[k] * 0x01010101u;
		si[k] = (GLint)((GLuint)img[k] * 0x00808080u + (img[k] >> 1));
		fl[k] = img[k] / 255.0f;
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_BYTE, sb);
	panel(0, 4);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_UNSIGNED_SHORT, us);
	panel(1, 4);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_SHORT, ss);
	panel(2, 4);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_UNSIGNED_INT, ui);
	panel(3, 4);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_INT, si);
	panel(4, 4);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_FLOAT, fl);
	panel(5, 4);
	/* float luminance: every fourth value, i.e. the red channel */
	for (k = 0; k < TS * TS; k++)
		fl[k] = img[k * 4] / 255.0f;
	glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE, TS, TS, 0, GL_LUMINANCE, GL_FLOAT, fl);
	panel(6, 4);
	/* out-of-range floats are clamped */
	for (k = 0; k < TS * TS * 4; k++)
		fl[k] = img[k] / 80.0f - 1;
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_FLOAT, fl);
	panel(7, 4);
}

SCENE(tf_packed_565, "GL_UNSIGNED_SHORT_5_6_5 and _REV with GL_RGB, GL_UNSIGNED_BYTE_3_3_2 and _2_3_3_REV")
{
	GLubyte img[TS * TS * 4], b8[TS * TS];
	GLushort s16[TS * TS];
	int k;

	setup();
	ref_image(img);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		s16[k] = (GLushort)(((p[0] >> 3) << 11) | ((p[1] >> 2) << 5) | (p[2] >> 3));
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, TS, TS, 0, GL_RGB, GL_UNSIGNED_SHORT_5_6_5, s16);
	panel(0, 3);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		s16[k] = (GLushort)(((p[2] >> 3) << 11) | ((p[1] >> 2) << 5) | (p[0] >> 3));
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, TS, TS, 0, GL_RGB, GL_UNSIGNED_SHORT_5_6_5_REV, s16);
	panel(1, 3);
	/* 5_6_5 into an RGBA texture: alpha is 1 */
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGB, GL_UNSIGNED_SHORT_5_6_5_REV, s16);
	panel(2, 3);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		b8[k] = (GLubyte)(((p[0] >> 5) << 5) | ((p[1] >> 5) << 2) | (p[2] >> 6));
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, TS, TS, 0, GL_RGB, GL_UNSIGNED_BYTE_3_3_2, b8);
	panel(3, 3);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		b8[k] = (GLubyte)(((p[2] >> 6) << 6) | ((p[1] >> 5) << 3) | (p[0] >> 5));
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, TS, TS, 0, GL_RGB, GL_UNSIGNED_BYTE_2_3_3_REV, b8);
	panel(4, 3);
	/* 2_3_3_REV data into a GL_LUMINANCE texture keeps the red channel */
	glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE, TS, TS, 0, GL_RGB, GL_UNSIGNED_BYTE_2_3_3_REV, b8);
	panel(5, 3);
}

SCENE(tf_packed_4444_5551, "GL_UNSIGNED_SHORT_4_4_4_4 (RGBA), _4_4_4_4_REV (BGRA), _5_5_5_1 (RGBA), _1_5_5_5_REV (BGRA)")
{
	GLubyte img[TS * TS * 4];
	GLushort s16[TS * TS];
	int k;

	setup();
	ref_image(img);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		s16[k] = (GLushort)(((p[0] >> 4) << 12) | ((p[1] >> 4) << 8) |
				    ((p[2] >> 4) << 4) | (p[3] >> 4));
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_UNSIGNED_SHORT_4_4_4_4, s16);
	panel(0, 4);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		/* BGRA, reversed: A in the top bits, B in the bottom */
		s16[k] = (GLushort)(((p[3] >> 4) << 12) | ((p[0] >> 4) << 8) |
				    ((p[1] >> 4) << 4) | (p[2] >> 4));
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_BGRA, GL_UNSIGNED_SHORT_4_4_4_4_REV, s16);
	panel(1, 4);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		s16[k] = (GLushort)(((p[0] >> 3) << 11) | ((p[1] >> 3) << 6) |
				    ((p[2] >> 3) << 1) | (p[3] > 100));
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_UNSIGNED_SHORT_5_5_5_1, s16);
	panel(2, 4);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		s16[k] = (GLushort)(((p[3] > 100) << 15) | ((p[0] >> 3) << 10) |
				    ((p[1] >> 3) << 5) | (p[2] >> 3));
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_BGRA, GL_UNSIGNED_SHORT_1_5_5_5_REV, s16);
	panel(3, 4);
	/* the same four into GL_RGB textures: alpha dropped */
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, TS, TS, 0, GL_BGRA, GL_UNSIGNED_SHORT_1_5_5_5_REV, s16);
	panel(4, 4);
	/* into GL_ALPHA: only the 1-bit alpha is kept */
	glTexImage2D(GL_TEXTURE_2D, 0, GL_ALPHA, TS, TS, 0, GL_BGRA, GL_UNSIGNED_SHORT_1_5_5_5_REV, s16);
	panel(5, 4);
	/* into GL_LUMINANCE_ALPHA from 4_4_4_4 */
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		s16[k] = (GLushort)(((p[0] >> 4) << 12) | ((p[1] >> 4) << 8) |
				    ((p[2] >> 4) << 4) | (p[3] >> 4));
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE_ALPHA, TS, TS, 0, GL_RGBA, GL_UNSIGNED_SHORT_4_4_4_4, s16);
	panel(6, 4);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_INTENSITY, TS, TS, 0, GL_RGBA, GL_UNSIGNED_SHORT_4_4_4_4, s16);
	panel(7, 4);
}

SCENE(tf_packed_8888, "GL_UNSIGNED_INT_8_8_8_8_REV with GL_BGRA, _8_8_8_8 with GL_RGBA and GL_BGRA, _10_10_10_2 and _2_10_10_10_REV")
{
	GLubyte img[TS * TS * 4];
	GLuint u32[TS * TS];
	int k;

	setup();
	ref_image(img);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		u32[k] = ((GLuint)p[3] << 24) | ((GLuint)p[0] << 16) | ((GLuint)p[1] << 8) | p[2];
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, u32);
	panel(0, 3);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		u32[k] = ((GLuint)p[0] << 24) | ((GLuint)p[1] << 16) | ((GLuint)p[2] << 8) | p[3];
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_UNSIGNED_INT_8_8_8_8, u32);
	panel(1, 3);
	/* the same words read as BGRA: red and blue swap */
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8, u32);
	panel(2, 3);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		u32[k] = ((GLuint)(p[0] * 4 + (p[0] >> 6)) << 22) |
			 ((GLuint)(p[1] * 4 + (p[1] >> 6)) << 12) |
			 ((GLuint)(p[2] * 4 + (p[2] >> 6)) << 2) | (GLuint)(p[3] >> 6);
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_UNSIGNED_INT_10_10_10_2, u32);
	panel(3, 3);
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4;

		u32[k] = ((GLuint)(p[3] >> 6) << 30) |
			 ((GLuint)(p[2] * 4 + (p[2] >> 6)) << 20) |
			 ((GLuint)(p[1] * 4 + (p[1] >> 6)) << 10) |
			 (GLuint)(p[0] * 4 + (p[0] >> 6));
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, TS, TS, 0, GL_RGBA, GL_UNSIGNED_INT_2_10_10_10_REV, u32);
	panel(4, 3);
	/* BGRA bytes, the common "native" layout */
	for (k = 0; k < TS * TS; k++) {
		GLubyte *p = img + k * 4, *q = (GLubyte *)&u32[k];

		q[0] = p[2]; q[1] = p[1]; q[2] = p[0]; q[3] = p[3];
	}
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, TS, TS, 0, GL_BGRA, GL_UNSIGNED_BYTE, u32);
	panel(5, 3);
}
