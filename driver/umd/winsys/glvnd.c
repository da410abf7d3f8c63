/* The GLVND vendor entry: libGLX_protopciem.so.0 exports only __glx_Main.
 * The system's libGL/libGLX then call the driver through the functions
 * given here: GLX 1.4 and GL by name, and the GLX extension functions
 * through dispatch stubs that find the vendor owning the display object
 * (another vendor may drive another screen of the same program). */
#include <string.h>
#include <GL/glx.h>
#include <GL/glxext.h>
#include <glvnd/libglxabi.h>
#include "procs.h"

static const __GLXapiExports *glx;
static __GLXvendorInfo *self;

/* GLX 1.4: libGLX's static dispatch table asks for these by name */
static const char *const core[] = {
	"glXChooseFBConfig", "glXChooseVisual", "glXCopyContext",
	"glXCreateContext", "glXCreateGLXPixmap", "glXCreateNewContext",
	"glXCreatePbuffer", "glXCreatePixmap", "glXCreateWindow",
	"glXDestroyContext", "glXDestroyGLXPixmap", "glXDestroyPbuffer",
	"glXDestroyPixmap", "glXDestroyWindow", "glXGetClientString",
	"glXGetConfig", "glXGetFBConfigAttrib", "glXGetFBConfigs",
	"glXGetSelectedEvent", "glXGetVisualFromFBConfig", "glXIsDirect",
	"glXMakeContextCurrent", "glXMakeCurrent", "glXQueryContext",
	"glXQueryDrawable", "glXQueryExtensionsString",
	"glXQueryServerString", "glXSelectEvent", "glXSwapBuffers",
	"glXUseXFont", "glXWaitGL", "glXWaitX",
};

enum { X_CREATE_ATTRIBS, X_SWAP_EXT, X_SWAP_MESA, X_GET_SWAP_MESA,
       X_SWAP_SGI, X_COUNT };

static const char *const ext_name[X_COUNT] = {
	[X_CREATE_ATTRIBS] = "glXCreateContextAttribsARB",
	[X_SWAP_EXT] = "glXSwapIntervalEXT",
	[X_SWAP_MESA] = "glXSwapIntervalMESA",
	[X_GET_SWAP_MESA] = "glXGetSwapIntervalMESA",
	[X_SWAP_SGI] = "glXSwapIntervalSGI",
};

static int ext_index[X_COUNT];

static __GLXextFuncPtr fetch(__GLXvendorInfo *vendor, int which)
{
	return vendor ? glx->fetchDispatchEntry(vendor, ext_index[which]) :
			NULL;
}

static GLXContext d_create_attribs(Display *dpy, GLXFBConfig cfg,
				   GLXContext share, Bool direct,
				   const int *attr)
{
	__GLXvendorInfo *v = glx->vendorFromFBConfig(dpy, cfg);
	PFNGLXCREATECONTEXTATTRIBSARBPROC f =
		(PFNGLXCREATECONTEXTATTRIBSARBPROC)fetch(v, X_CREATE_ATTRIBS);
	GLXContext c;

	if (!f)
		return NULL;
	c = f(dpy, cfg, share, direct, attr);
	if (c && glx->addVendorContextMapping(dpy, c, v)) {
		/* libGLX could not record it: the context would be unusable
		 * (only our own contexts can be destroyed from here) */
		if (v == self)
			glXDestroyContext(dpy, c);
		return NULL;
	}
	return c;
}

static void d_swap_ext(Display *dpy, GLXDrawable d, int interval)
{
	PFNGLXSWAPINTERVALEXTPROC f = (PFNGLXSWAPINTERVALEXTPROC)
		fetch(glx->vendorFromDrawable(dpy, d), X_SWAP_EXT);

	if (f)
		f(dpy, d, interval);
}

static int d_swap_mesa(unsigned int interval)
{
	PFNGLXSWAPINTERVALMESAPROC f = (PFNGLXSWAPINTERVALMESAPROC)
		fetch(glx->getCurrentDynDispatch(), X_SWAP_MESA);

	return f ? f(interval) : GLX_BAD_CONTEXT;
}

static int d_get_swap_mesa(void)
{
	PFNGLXGETSWAPINTERVALMESAPROC f = (PFNGLXGETSWAPINTERVALMESAPROC)
		fetch(glx->getCurrentDynDispatch(), X_GET_SWAP_MESA);

	return f ? f() : 0;
}

static int d_swap_sgi(int interval)
{
	PFNGLXSWAPINTERVALSGIPROC f = (PFNGLXSWAPINTERVALSGIPROC)
		fetch(glx->getCurrentDynDispatch(), X_SWAP_SGI);

	return f ? f(interval) : GLX_BAD_CONTEXT;
}

static void *const ext_stub[X_COUNT] = {
	[X_CREATE_ATTRIBS] = (void *)d_create_attribs,
	[X_SWAP_EXT] = (void *)d_swap_ext,
	[X_SWAP_MESA] = (void *)d_swap_mesa,
	[X_GET_SWAP_MESA] = (void *)d_get_swap_mesa,
	[X_SWAP_SGI] = (void *)d_swap_sgi,
};

static int find_ext(const char *name)
{
	int i;

	for (i = 0; i < X_COUNT; i++)
		if (!strcmp(name, ext_name[i]))
			return i;
	return -1;
}

static int is_core(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(core) / sizeof(core[0]); i++)
		if (!strcmp(name, core[i]))
			return 1;
	return 0;
}

static Bool screen_supported(Display *dpy, int screen)
{
	(void)dpy;
	(void)screen;
	return True;	/* the driver presents with plain Xlib on any screen */
}

/* GL functions, GLX 1.4 and the extension functions we dispatch; libGLX
 * treats any other name we return as a GL function, so other glX names
 * (handled by libGLX itself) are not returned. */
static void *get_proc(const GLubyte *name)
{
	const char *n = (const char *)name;

	if (!strncmp(n, "glX", 3) && !is_core(n) && find_ext(n) < 0)
		return NULL;
	return (void *)ppgl_proc_address(n);
}

static void *get_dispatch(const GLubyte *name)
{
	int i = find_ext((const char *)name);

	return i < 0 ? NULL : ext_stub[i];
}

static void set_index(const GLubyte *name, int index)
{
	int i = find_ext((const char *)name);

	if (i >= 0)
		ext_index[i] = index;
}

__attribute__((visibility("default")))
Bool __glx_Main(uint32_t version, const __GLXapiExports *exports,
		__GLXvendorInfo *vendor, __GLXapiImports *imports)
{
	if (GLX_VENDOR_ABI_GET_MAJOR_VERSION(version) !=
	    GLX_VENDOR_ABI_MAJOR_VERSION)
		return False;
	glx = exports;
	self = vendor;
	imports->isScreenSupported = screen_supported;
	imports->getProcAddress = get_proc;
	imports->getDispatchAddress = get_dispatch;
	imports->setDispatchIndex = set_index;
	return True;
}
