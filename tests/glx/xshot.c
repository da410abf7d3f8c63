/* Saves a window (default: the root window) of an X display as PNG.
 * Usage: xshot OUT.png [WINDOW-ID] */
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#include <stdio.h>
#include <stdlib.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>

int main(int argc, char **argv)
{
	Display *dpy = XOpenDisplay(NULL);
	XWindowAttributes wa;
	unsigned char *rgb;
	XImage *img;
	Window w;
	int x, y;

	if (argc < 2) {
		fprintf(stderr, "usage: %s OUT.png [WINDOW-ID]\n", argv[0]);
		return 2;
	}
	if (!dpy) {
		fprintf(stderr, "xshot: cannot open display\n");
		return 1;
	}
	w = argc > 2 ? (Window)strtoul(argv[2], NULL, 0) : DefaultRootWindow(dpy);
	if (!XGetWindowAttributes(dpy, w, &wa))
		return 1;
	img = XGetImage(dpy, w, 0, 0, (unsigned)wa.width, (unsigned)wa.height,
			AllPlanes, ZPixmap);
	if (!img) {
		fprintf(stderr, "xshot: cannot read the window\n");
		return 1;
	}
	rgb = malloc((size_t)wa.width * wa.height * 3);
	if (!rgb)
		return 1;
	for (y = 0; y < wa.height; y++)
		for (x = 0; x < wa.width; x++) {
			unsigned long p = XGetPixel(img, x, y);
			unsigned char *o = rgb + ((size_t)y * wa.width + x) * 3;

			o[0] = (unsigned char)((p & img->red_mask) >> 16);
			o[1] = (unsigned char)((p & img->green_mask) >> 8);
			o[2] = (unsigned char)(p & img->blue_mask);
		}
	if (!stbi_write_png(argv[1], wa.width, wa.height, 3, rgb, wa.width * 3)) {
		fprintf(stderr, "xshot: cannot write %s\n", argv[1]);
		return 1;
	}
	XDestroyImage(img);
	XCloseDisplay(dpy);
	free(rgb);
	return 0;
}
