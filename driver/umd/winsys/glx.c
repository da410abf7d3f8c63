/* GLX for the ProtoPCIem GL driver: visuals and GLX 1.3 FBConfigs, legacy
 * and attribute-created contexts, make-current onto windows, pixmaps and
 * pbuffers, and presentation of the colour buffer with XPutImage. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#define GLX_GLXEXT_PROTOTYPES 1
#include <GL/glx.h>
#include <GL/glxext.h>
#include "ctx.h"
#include "procs.h"
#include "winsys.h"

#define GLX_VENDOR_STR "PCIem project"
#define GLX_VERSION_STR "1.4"
#define GLX_EXTENSIONS_STR						\
	"GLX_ARB_create_context GLX_ARB_create_context_profile "	\
	"GLX_ARB_get_proc_address GLX_EXT_swap_control "		\
	"GLX_MESA_swap_control GLX_SGI_swap_control "			\
	"GLX_EXT_visual_info GLX_SGIX_fbconfig"

#define VRAM_SIZE (128u << 20)

/* One FBConfig per buffering mode, both on the screen's TrueColor visual. */
struct __GLXFBConfigRec {
	int id;
	int doublebuffer;
	int screen;
	VisualID visual;
};

struct __GLXcontextRec {
	struct ctx *ctx;
	struct ppgl_transport *t;
	Display *dpy;
	GLXDrawable draw, read;
	GC gc;
	int w, h;
	int doublebuffer;
	int direct;
	struct __GLXFBConfigRec config;
};

/* pbuffers are drawables we own */
struct pbuffer {
	GLXPbuffer id;
	int w, h;
	struct pbuffer *next;
};

static struct pbuffer *pbuffers;
static GLXPbuffer next_pbuffer = 0x7f000001;
static __thread GLXContext current;
static int swap_interval;
static struct timespec last_swap;

static struct pbuffer *find_pbuffer(GLXDrawable d)
{
	struct pbuffer *p;

	for (p = pbuffers; p; p = p->next)
		if (p->id == d)
			return p;
	return NULL;
}

static int visual_info(Display *dpy, int screen, XVisualInfo *out)
{
	XVisualInfo tmpl, *v;
	int n;

	tmpl.screen = screen;
	tmpl.class = TrueColor;
	tmpl.depth = 24;
	v = XGetVisualInfo(dpy, VisualScreenMask | VisualClassMask |
			   VisualDepthMask, &tmpl, &n);
	if (!v || n < 1) {
		if (v)
			XFree(v);
		return 0;
	}
	*out = v[0];
	XFree(v);
	return 1;
}

Bool glXQueryExtension(Display *dpy, int *err, int *ev)
{
	(void)dpy;
	if (err)
		*err = 0;
	if (ev)
		*ev = 0;
	return True;
}

Bool glXQueryVersion(Display *dpy, int *maj, int *min)
{
	(void)dpy;
	if (maj)
		*maj = 1;
	if (min)
		*min = 4;
	return True;
}

/* Attribute lists of glXChooseVisual: what we cannot give fails. */
XVisualInfo *glXChooseVisual(Display *dpy, int screen, int *attr)
{
	XVisualInfo vi, *ret;
	int rgba = 0;

	for (; attr && *attr != None; attr++) {
		switch (*attr) {
		case GLX_RGBA: rgba = 1; break;
		case GLX_DOUBLEBUFFER: case GLX_STEREO:
			if (*attr == GLX_STEREO)
				return NULL;
			break;
		case GLX_USE_GL:
			break;
		case GLX_BUFFER_SIZE: case GLX_LEVEL: case GLX_AUX_BUFFERS:
		case GLX_RED_SIZE: case GLX_GREEN_SIZE: case GLX_BLUE_SIZE:
		case GLX_ALPHA_SIZE: case GLX_DEPTH_SIZE: case GLX_STENCIL_SIZE:
		case GLX_ACCUM_RED_SIZE: case GLX_ACCUM_GREEN_SIZE:
		case GLX_ACCUM_BLUE_SIZE: case GLX_ACCUM_ALPHA_SIZE:
		case GLX_SAMPLES: case GLX_SAMPLE_BUFFERS: {
			int v = attr[1];

			attr++;
			if (((attr[-1] == GLX_RED_SIZE || attr[-1] == GLX_GREEN_SIZE ||
			      attr[-1] == GLX_BLUE_SIZE || attr[-1] == GLX_ALPHA_SIZE ||
			      attr[-1] == GLX_STENCIL_SIZE) && v > 8) ||
			    (attr[-1] == GLX_DEPTH_SIZE && v > 24) ||
			    (attr[-1] == GLX_BUFFER_SIZE && v > 32) ||
			    ((attr[-1] == GLX_ACCUM_RED_SIZE ||
			      attr[-1] == GLX_ACCUM_GREEN_SIZE ||
			      attr[-1] == GLX_ACCUM_BLUE_SIZE ||
			      attr[-1] == GLX_ACCUM_ALPHA_SIZE ||
			      attr[-1] == GLX_AUX_BUFFERS ||
			      attr[-1] == GLX_SAMPLES ||
			      attr[-1] == GLX_SAMPLE_BUFFERS) && v > 0) ||
			    (attr[-1] == GLX_LEVEL && v != 0))
				return NULL;
			break;
		}
		default:
			attr++;	/* unknown attribute with a value */
			break;
		}
	}
	if (!rgba)
		return NULL;	/* colour-index visuals do not exist here */
	if (!visual_info(dpy, screen, &vi))
		return NULL;
	ret = malloc(sizeof(*ret));
	if (ret)
		*ret = vi;
	return ret;
}

static int config_attrib(const struct __GLXFBConfigRec *c, int a, int *v)
{
	switch (a) {
	case GLX_USE_GL: case GLX_RGBA: *v = True; return 0;
	case GLX_BUFFER_SIZE: *v = 32; return 0;
	case GLX_LEVEL: case GLX_STEREO: case GLX_AUX_BUFFERS:
	case GLX_ACCUM_RED_SIZE: case GLX_ACCUM_GREEN_SIZE:
	case GLX_ACCUM_BLUE_SIZE: case GLX_ACCUM_ALPHA_SIZE:
	case GLX_SAMPLES: case GLX_SAMPLE_BUFFERS:
	case GLX_TRANSPARENT_RED_VALUE: case GLX_TRANSPARENT_GREEN_VALUE:
	case GLX_TRANSPARENT_BLUE_VALUE: case GLX_TRANSPARENT_ALPHA_VALUE:
	case GLX_TRANSPARENT_INDEX_VALUE:
		*v = 0; return 0;
	case GLX_DOUBLEBUFFER: *v = c->doublebuffer; return 0;
	case GLX_RED_SIZE: case GLX_GREEN_SIZE: case GLX_BLUE_SIZE:
	case GLX_ALPHA_SIZE: case GLX_STENCIL_SIZE:
		*v = 8; return 0;
	case GLX_DEPTH_SIZE: *v = 24; return 0;
	case GLX_FBCONFIG_ID: *v = c->id; return 0;
	case GLX_RENDER_TYPE: *v = GLX_RGBA_BIT; return 0;
	case GLX_DRAWABLE_TYPE:
		*v = GLX_WINDOW_BIT | GLX_PIXMAP_BIT | GLX_PBUFFER_BIT;
		return 0;
	case GLX_X_RENDERABLE: *v = True; return 0;
	case GLX_X_VISUAL_TYPE: *v = GLX_TRUE_COLOR; return 0;
	case GLX_VISUAL_ID: *v = (int)c->visual; return 0;
	case GLX_CONFIG_CAVEAT: *v = GLX_NONE; return 0;
	case GLX_TRANSPARENT_TYPE: *v = GLX_NONE; return 0;
	case GLX_MAX_PBUFFER_WIDTH: case GLX_MAX_PBUFFER_HEIGHT:
		*v = MAX_TEX_SIZE; return 0;
	case GLX_MAX_PBUFFER_PIXELS: *v = MAX_TEX_SIZE * MAX_TEX_SIZE; return 0;
	case GLX_SCREEN: *v = c->screen; return 0;
	}
	return GLX_BAD_ATTRIBUTE;
}

int glXGetConfig(Display *dpy, XVisualInfo *vis, int attr, int *value)
{
	struct __GLXFBConfigRec c = { 1, 1, 0, 0 };

	(void)dpy;
	if (vis) {
		c.visual = vis->visualid;
		c.screen = vis->screen;
	}
	return config_attrib(&c, attr, value);
}

static struct __GLXFBConfigRec *make_configs(Display *dpy, int screen, int *n)
{
	struct __GLXFBConfigRec *c;
	XVisualInfo vi;

	*n = 0;
	if (!visual_info(dpy, screen, &vi))
		return NULL;
	c = calloc(2, sizeof(*c));
	if (!c)
		return NULL;
	c[0].id = 1;
	c[0].doublebuffer = 1;
	c[1].id = 2;
	c[1].doublebuffer = 0;
	c[0].screen = c[1].screen = screen;
	c[0].visual = c[1].visual = vi.visualid;
	*n = 2;
	return c;
}

/* Configs are owned by a static table per screen, as applications do not
 * free the elements, only the array. */
static struct __GLXFBConfigRec *table;
static int table_n;

GLXFBConfig *glXGetFBConfigs(Display *dpy, int screen, int *n)
{
	GLXFBConfig *list;
	int i;

	if (!table)
		table = make_configs(dpy, screen, &table_n);
	*n = 0;
	if (!table)
		return NULL;
	list = malloc((size_t)table_n * sizeof(*list));
	if (!list)
		return NULL;
	for (i = 0; i < table_n; i++)
		list[i] = &table[i];
	*n = table_n;
	return list;
}

GLXFBConfig *glXChooseFBConfig(Display *dpy, int screen, const int *attr,
			       int *n)
{
	GLXFBConfig *all = glXGetFBConfigs(dpy, screen, n), *out;
	int i, k = 0;

	if (!all)
		return NULL;
	out = malloc((size_t)*n * sizeof(*out));
	if (!out) {
		XFree(all);
		*n = 0;
		return NULL;
	}
	for (i = 0; i < *n; i++) {
		const int *a;
		int ok = 1, v;

		for (a = attr; a && *a != None && ok; a += 2) {
			if (a[1] == (int)GLX_DONT_CARE)
				continue;
			if (config_attrib(all[i], a[0], &v)) {
				continue;	/* attributes we do not know are ignored */
			}
			switch (a[0]) {
			case GLX_DOUBLEBUFFER: case GLX_STEREO:
			case GLX_X_VISUAL_TYPE: case GLX_TRANSPARENT_TYPE:
			case GLX_FBCONFIG_ID: case GLX_CONFIG_CAVEAT:
			case GLX_X_RENDERABLE: case GLX_LEVEL:
				ok = v == a[1] || (a[0] == GLX_CONFIG_CAVEAT &&
						   a[1] == GLX_NONE);
				break;
			case GLX_RENDER_TYPE: case GLX_DRAWABLE_TYPE:
				ok = (v & a[1]) == a[1];
				break;
			default:
				ok = v >= a[1];
			}
		}
		if (ok)
			out[k++] = all[i];
	}
	XFree(all);
	*n = k;
	if (!k) {
		free(out);
		return NULL;
	}
	return out;
}

int glXGetFBConfigAttrib(Display *dpy, GLXFBConfig c, int attr, int *value)
{
	(void)dpy;
	return config_attrib(c, attr, value);
}

XVisualInfo *glXGetVisualFromFBConfig(Display *dpy, GLXFBConfig c)
{
	XVisualInfo vi, *ret;

	if (!visual_info(dpy, c->screen, &vi))
		return NULL;
	ret = malloc(sizeof(*ret));
	if (ret)
		*ret = vi;
	return ret;
}

static GLXContext create(Display *dpy, const struct __GLXFBConfigRec *cfg,
			 GLXContext share, Bool direct)
{
	GLXContext g = calloc(1, sizeof(*g));

	(void)share;
	if (!g)
		return NULL;
	g->dpy = dpy;
	g->direct = direct;
	g->doublebuffer = cfg ? cfg->doublebuffer : 1;
	if (cfg)
		g->config = *cfg;
	g->t = ppgl_transport_open(VRAM_SIZE);
	if (!g->t) {
		free(g);
		return NULL;
	}
	return g;
}

GLXContext glXCreateContext(Display *dpy, XVisualInfo *vis, GLXContext share,
			    Bool direct)
{
	struct __GLXFBConfigRec c = { 1, 1, vis ? vis->screen : 0,
				      vis ? vis->visualid : 0 };
	int db = 1;

	if (vis)
		glXGetConfig(dpy, vis, GLX_DOUBLEBUFFER, &db);
	c.doublebuffer = db;
	return create(dpy, &c, share, direct);
}

GLXContext glXCreateNewContext(Display *dpy, GLXFBConfig cfg, int type,
			       GLXContext share, Bool direct)
{
	if (type != GLX_RGBA_TYPE)
		return NULL;
	return create(dpy, cfg, share, direct);
}

GLXContext glXCreateContextAttribsARB(Display *dpy, GLXFBConfig cfg,
				      GLXContext share, Bool direct,
				      const int *attr)
{
	int major = 1, minor = 0, profile = 0;

	for (; attr && *attr != None; attr += 2) {
		switch (attr[0]) {
		case GLX_CONTEXT_MAJOR_VERSION_ARB: major = attr[1]; break;
		case GLX_CONTEXT_MINOR_VERSION_ARB: minor = attr[1]; break;
		case GLX_CONTEXT_PROFILE_MASK_ARB: profile = attr[1]; break;
		}
	}
	/* legacy contexts only: GL up to 1.x with any profile bits that
	 * allow compatibility */
	if (major > 1 || (profile & GLX_CONTEXT_CORE_PROFILE_BIT_ARB)) {
		fprintf(stderr, "ppgl: GL %d.%d contexts are not available "
			"(the card implements OpenGL 1.x)\n", major, minor);
		return NULL;
	}
	return create(dpy, cfg, share, direct);
}

void glXDestroyContext(Display *dpy, GLXContext g)
{
	if (!g)
		return;
	if (current == g) {
		ppgl_cur = NULL;
		current = NULL;
	}
	if (g->gc)
		XFreeGC(dpy, g->gc);
	ppgl_context_destroy(g->ctx);
	g->t->destroy(g->t);
	free(g);
}

static int drawable_size(Display *dpy, GLXDrawable d, int *w, int *h)
{
	struct pbuffer *pb = find_pbuffer(d);
	Window root;
	int x, y;
	unsigned int uw, uh, bw, depth;

	if (pb) {
		*w = pb->w;
		*h = pb->h;
		return 1;
	}
	if (!XGetGeometry(dpy, d, &root, &x, &y, &uw, &uh, &bw, &depth))
		return 0;
	*w = (int)uw;
	*h = (int)uh;
	return 1;
}

static int bind_surface(GLXContext g)
{
	int w, h;

	if (!drawable_size(g->dpy, g->draw, &w, &h))
		return 0;
	if (w < 1)
		w = 1;
	if (h < 1)
		h = 1;
	if (w > MAX_TEX_SIZE)
		w = MAX_TEX_SIZE;
	if (h > MAX_TEX_SIZE)
		h = MAX_TEX_SIZE;
	if (!g->ctx) {
		g->ctx = ppgl_context_create(g->t, w, h);
		if (!g->ctx)
			return 0;
		if (getenv("PPGL_DEBUG"))
			fprintf(stderr, "ppgl: GLX context on drawable %#lx, %dx%d\n",
				(unsigned long)g->draw, w, h);
		/* the first binding sets viewport and scissor to the window */
	} else if (w != g->w || h != g->h) {
		if (!ppgl_context_resize(g->ctx, w, h))
			return 0;
	}
	g->w = w;
	g->h = h;
	return 1;
}

Bool glXMakeContextCurrent(Display *dpy, GLXDrawable draw, GLXDrawable read,
			   GLXContext g)
{
	if (current && current->ctx)
		ppgl_flush(current->ctx);
	if (!g) {
		current = NULL;
		ppgl_cur = NULL;
		return True;
	}
	g->dpy = dpy;
	g->draw = draw;
	g->read = read;
	if (!bind_surface(g))
		return False;
	if (!g->gc && !find_pbuffer(draw))
		g->gc = XCreateGC(dpy, draw, 0, NULL);
	current = g;
	ppgl_cur = g->ctx;
	return True;
}

Bool glXMakeCurrent(Display *dpy, GLXDrawable d, GLXContext g)
{
	return glXMakeContextCurrent(dpy, d, d, g);
}

GLXContext glXGetCurrentContext(void) { return current; }
GLXDrawable glXGetCurrentDrawable(void) { return current ? current->draw : None; }
GLXDrawable glXGetCurrentReadDrawable(void) { return current ? current->read : None; }
Display *glXGetCurrentDisplay(void) { return current ? current->dpy : NULL; }
Bool glXIsDirect(Display *dpy, GLXContext g) { (void)dpy; return g ? g->direct : False; }

static void present(GLXContext g)
{
	XImage *img;
	XVisualInfo vi;
	uint8_t *pixels;

	if (find_pbuffer(g->draw) || !g->gc)
		return;
	ppgl_finish(g->ctx);
	if (!visual_info(g->dpy, DefaultScreen(g->dpy), &vi))
		return;
	pixels = g->t->vram + g->ctx->color_off;
	img = XCreateImage(g->dpy, vi.visual, 24, ZPixmap, 0, (char *)pixels,
			   (unsigned int)g->w, (unsigned int)g->h, 32,
			   (int)g->ctx->pitch);
	if (!img)
		return;
	img->byte_order = LSBFirst;
	XPutImage(g->dpy, g->draw, g->gc, img, 0, 0, 0, 0, (unsigned int)g->w,
		  (unsigned int)g->h);
	img->data = NULL;	/* VRAM is not Xlib's to free */
	XDestroyImage(img);
	XFlush(g->dpy);
}

static void pace(void)
{
	struct timespec now, next;
	long period = 1000000000L / 60 * swap_interval;

	clock_gettime(CLOCK_MONOTONIC, &now);
	next = last_swap;
	next.tv_nsec += period;
	while (next.tv_nsec >= 1000000000L) {
		next.tv_nsec -= 1000000000L;
		next.tv_sec++;
	}
	if (now.tv_sec < next.tv_sec ||
	    (now.tv_sec == next.tv_sec && now.tv_nsec < next.tv_nsec))
		clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL);
	clock_gettime(CLOCK_MONOTONIC, &last_swap);
}

void glXSwapBuffers(Display *dpy, GLXDrawable d)
{
	GLXContext g = current;

	(void)dpy;
	if (!g || g->draw != d || !g->ctx)
		return;
	present(g);
	if (swap_interval > 0)
		pace();
	/* follow the window's size from one frame to the next */
	bind_surface(g);
}

void glXWaitGL(void)
{
	if (current && current->ctx) {
		ppgl_finish(current->ctx);
		if (!current->doublebuffer)
			present(current);
	}
}

void glXWaitX(void)
{
	if (current)
		XSync(current->dpy, False);
}

const char *glXQueryExtensionsString(Display *dpy, int screen)
{
	(void)dpy;
	(void)screen;
	return GLX_EXTENSIONS_STR;
}

static const char *string(int name)
{
	switch (name) {
	case GLX_VENDOR: return GLX_VENDOR_STR;
	case GLX_VERSION: return GLX_VERSION_STR;
	case GLX_EXTENSIONS: return GLX_EXTENSIONS_STR;
	}
	return NULL;
}

const char *glXGetClientString(Display *dpy, int name)
{
	(void)dpy;
	return string(name);
}

const char *glXQueryServerString(Display *dpy, int screen, int name)
{
	(void)dpy;
	(void)screen;
	return string(name);
}

void (*glXGetProcAddressARB(const GLubyte *name))(void)
{
	return ppgl_proc_address((const char *)name);
}

void (*glXGetProcAddress(const GLubyte *name))(void)
{
	return glXGetProcAddressARB(name);
}

/* swap control */
int glXSwapIntervalSGI(int interval)
{
	if (interval <= 0)
		return GLX_BAD_VALUE;
	swap_interval = interval;
	return 0;
}

int glXSwapIntervalMESA(unsigned int interval)
{
	swap_interval = (int)interval;
	return 0;
}

int glXGetSwapIntervalMESA(void)
{
	return swap_interval;
}

void glXSwapIntervalEXT(Display *dpy, GLXDrawable d, int interval)
{
	(void)dpy;
	(void)d;
	swap_interval = interval < 0 ? -interval : interval;
}

/* drawables */
GLXWindow glXCreateWindow(Display *dpy, GLXFBConfig c, Window w, const int *a)
{
	(void)dpy; (void)c; (void)a;
	return w;
}

void glXDestroyWindow(Display *dpy, GLXWindow w) { (void)dpy; (void)w; }

GLXPixmap glXCreatePixmap(Display *dpy, GLXFBConfig c, Pixmap p, const int *a)
{
	(void)dpy; (void)c; (void)a;
	return p;
}

void glXDestroyPixmap(Display *dpy, GLXPixmap p) { (void)dpy; (void)p; }

GLXPixmap glXCreateGLXPixmap(Display *dpy, XVisualInfo *vis, Pixmap p)
{
	(void)dpy; (void)vis;
	return p;
}

void glXDestroyGLXPixmap(Display *dpy, GLXPixmap p) { (void)dpy; (void)p; }

GLXPbuffer glXCreatePbuffer(Display *dpy, GLXFBConfig c, const int *attr)
{
	struct pbuffer *pb = calloc(1, sizeof(*pb));

	(void)dpy; (void)c;
	if (!pb)
		return None;
	pb->w = pb->h = 0;
	for (; attr && *attr != None; attr += 2) {
		if (attr[0] == GLX_PBUFFER_WIDTH)
			pb->w = attr[1];
		else if (attr[0] == GLX_PBUFFER_HEIGHT)
			pb->h = attr[1];
	}
	pb->id = next_pbuffer++;
	pb->next = pbuffers;
	pbuffers = pb;
	return pb->id;
}

void glXDestroyPbuffer(Display *dpy, GLXPbuffer id)
{
	struct pbuffer **p;

	(void)dpy;
	for (p = &pbuffers; *p; p = &(*p)->next)
		if ((*p)->id == id) {
			struct pbuffer *d = *p;

			*p = d->next;
			free(d);
			return;
		}
}

void glXQueryDrawable(Display *dpy, GLXDrawable d, int attr, unsigned int *v)
{
	int w = 0, h = 0;

	drawable_size(dpy, d, &w, &h);
	switch (attr) {
	case GLX_WIDTH: *v = (unsigned int)w; break;
	case GLX_HEIGHT: *v = (unsigned int)h; break;
	case GLX_PRESERVED_CONTENTS: *v = True; break;
	case GLX_LARGEST_PBUFFER: *v = False; break;
	case GLX_FBCONFIG_ID: *v = 1; break;
	case GLX_SWAP_INTERVAL_EXT: *v = (unsigned int)swap_interval; break;
	case GLX_MAX_SWAP_INTERVAL_EXT: *v = 8; break;
	default: *v = 0; break;
	}
}

int glXQueryContext(Display *dpy, GLXContext g, int attr, int *v)
{
	(void)dpy;
	switch (attr) {
	case GLX_FBCONFIG_ID: *v = g->config.id ? g->config.id : 1; return Success;
	case GLX_RENDER_TYPE: *v = GLX_RGBA_TYPE; return Success;
	case GLX_SCREEN: *v = g->config.screen; return Success;
	}
	return GLX_BAD_ATTRIBUTE;
}

void glXSelectEvent(Display *dpy, GLXDrawable d, unsigned long m)
{
	(void)dpy; (void)d; (void)m;
}

void glXGetSelectedEvent(Display *dpy, GLXDrawable d, unsigned long *m)
{
	(void)dpy; (void)d;
	*m = 0;
}

void glXCopyContext(Display *dpy, GLXContext s, GLXContext d, unsigned long m)
{
	(void)dpy; (void)s; (void)d; (void)m;
}

void glXUseXFont(Font font, int first, int count, int base)
{
	(void)font; (void)first; (void)count; (void)base;
}

Display *glXGetCurrentDisplayEXT(void) { return glXGetCurrentDisplay(); }
