#ifndef GL_PNG_OUT_H
#define GL_PNG_OUT_H
/* Writes a bottom-up RGBA image (as glReadPixels returns it) top-down. */
int png_write_gl(const char *path, int w, int h, const unsigned char *rgba);
#endif
