/* The typed variants of the vertex attribute calls, all funnelled into the
 * float forms (GL 1.x table 2.6 gives the normalized conversions). */
#include "ctx.h"

#define ID(x) ((GLfloat)(x))
#define NB(x) ((2.0f * (GLfloat)(x) + 1.0f) / 255.0f)
#define NUB(x) ((GLfloat)(x) / 255.0f)
#define NS(x) ((2.0f * (GLfloat)(x) + 1.0f) / 65535.0f)
#define NUS(x) ((GLfloat)(x) / 65535.0f)
#define NI(x) ((GLfloat)((2.0 * (double)(x) + 1.0) / 4294967295.0))
#define NUI(x) ((GLfloat)((double)(x) / 4294967295.0))

#define VERTEX(sfx, T)							\
void glVertex2##sfx(T x, T y) { glVertex4f(ID(x), ID(y), 0, 1); }	\
void glVertex3##sfx(T x, T y, T z) { glVertex4f(ID(x), ID(y), ID(z), 1); } \
void glVertex2##sfx##v(const T *v) { glVertex4f(ID(v[0]), ID(v[1]), 0, 1); } \
void glVertex3##sfx##v(const T *v) { glVertex4f(ID(v[0]), ID(v[1]), ID(v[2]), 1); } \
void glVertex4##sfx##v(const T *v) { glVertex4f(ID(v[0]), ID(v[1]), ID(v[2]), ID(v[3])); }
VERTEX(d, GLdouble)
VERTEX(f, GLfloat)
VERTEX(i, GLint)
VERTEX(s, GLshort)
void glVertex4d(GLdouble x, GLdouble y, GLdouble z, GLdouble w) { glVertex4f(ID(x), ID(y), ID(z), ID(w)); }
void glVertex4i(GLint x, GLint y, GLint z, GLint w) { glVertex4f(ID(x), ID(y), ID(z), ID(w)); }
void glVertex4s(GLshort x, GLshort y, GLshort z, GLshort w) { glVertex4f(ID(x), ID(y), ID(z), ID(w)); }

#define COLOR(sfx, T, N)						\
void glColor3##sfx(T r, T g, T b) { glColor4f(N(r), N(g), N(b), 1); }	\
void glColor3##sfx##v(const T *v) { glColor4f(N(v[0]), N(v[1]), N(v[2]), 1); } \
void glColor4##sfx##v(const T *v) { glColor4f(N(v[0]), N(v[1]), N(v[2]), N(v[3])); }
COLOR(b, GLbyte, NB)
COLOR(d, GLdouble, ID)
COLOR(f, GLfloat, ID)
COLOR(i, GLint, NI)
COLOR(s, GLshort, NS)
COLOR(ub, GLubyte, NUB)
COLOR(ui, GLuint, NUI)
COLOR(us, GLushort, NUS)
void glColor4b(GLbyte r, GLbyte g, GLbyte b, GLbyte a) { glColor4f(NB(r), NB(g), NB(b), NB(a)); }
void glColor4d(GLdouble r, GLdouble g, GLdouble b, GLdouble a) { glColor4f(ID(r), ID(g), ID(b), ID(a)); }
void glColor4i(GLint r, GLint g, GLint b, GLint a) { glColor4f(NI(r), NI(g), NI(b), NI(a)); }
void glColor4s(GLshort r, GLshort g, GLshort b, GLshort a) { glColor4f(NS(r), NS(g), NS(b), NS(a)); }
void glColor4ub(GLubyte r, GLubyte g, GLubyte b, GLubyte a) { glColor4f(NUB(r), NUB(g), NUB(b), NUB(a)); }
void glColor4ui(GLuint r, GLuint g, GLuint b, GLuint a) { glColor4f(NUI(r), NUI(g), NUI(b), NUI(a)); }
void glColor4us(GLushort r, GLushort g, GLushort b, GLushort a) { glColor4f(NUS(r), NUS(g), NUS(b), NUS(a)); }

#define NORMAL(sfx, T, N)						\
void glNormal3##sfx(T x, T y, T z) { glNormal3f(N(x), N(y), N(z)); }	\
void glNormal3##sfx##v(const T *v) { glNormal3f(N(v[0]), N(v[1]), N(v[2])); }
NORMAL(b, GLbyte, NB)
NORMAL(d, GLdouble, ID)
NORMAL(i, GLint, NI)
NORMAL(s, GLshort, NS)
void glNormal3fv(const GLfloat *v) { glNormal3f(v[0], v[1], v[2]); }

#define TEXCOORD(sfx, T)						\
void glTexCoord1##sfx(T s) { glTexCoord4f(ID(s), 0, 0, 1); }		\
void glTexCoord2##sfx(T s, T t) { glTexCoord4f(ID(s), ID(t), 0, 1); }	\
void glTexCoord3##sfx(T s, T t, T r) { glTexCoord4f(ID(s), ID(t), ID(r), 1); } \
void glTexCoord1##sfx##v(const T *v) { glTexCoord4f(ID(v[0]), 0, 0, 1); } \
void glTexCoord2##sfx##v(const T *v) { glTexCoord4f(ID(v[0]), ID(v[1]), 0, 1); } \
void glTexCoord3##sfx##v(const T *v) { glTexCoord4f(ID(v[0]), ID(v[1]), ID(v[2]), 1); } \
void glTexCoord4##sfx##v(const T *v) { glTexCoord4f(ID(v[0]), ID(v[1]), ID(v[2]), ID(v[3])); } \
void glMultiTexCoord1##sfx(GLenum u, T s) { glMultiTexCoord4f(u, ID(s), 0, 0, 1); } \
void glMultiTexCoord2##sfx(GLenum u, T s, T t) { glMultiTexCoord4f(u, ID(s), ID(t), 0, 1); } \
void glMultiTexCoord3##sfx(GLenum u, T s, T t, T r) { glMultiTexCoord4f(u, ID(s), ID(t), ID(r), 1); } \
void glMultiTexCoord1##sfx##v(GLenum u, const T *v) { glMultiTexCoord4f(u, ID(v[0]), 0, 0, 1); } \
void glMultiTexCoord2##sfx##v(GLenum u, const T *v) { glMultiTexCoord4f(u, ID(v[0]), ID(v[1]), 0, 1); } \
void glMultiTexCoord3##sfx##v(GLenum u, const T *v) { glMultiTexCoord4f(u, ID(v[0]), ID(v[1]), ID(v[2]), 1); } \
void glMultiTexCoord4##sfx##v(GLenum u, const T *v) { glMultiTexCoord4f(u, ID(v[0]), ID(v[1]), ID(v[2]), ID(v[3])); } \
void glMultiTexCoord1##sfx##ARB(GLenum u, T s) { glMultiTexCoord4f(u, ID(s), 0, 0, 1); } \
void glMultiTexCoord2##sfx##ARB(GLenum u, T s, T t) { glMultiTexCoord4f(u, ID(s), ID(t), 0, 1); } \
void glMultiTexCoord3##sfx##ARB(GLenum u, T s, T t, T r) { glMultiTexCoord4f(u, ID(s), ID(t), ID(r), 1); } \
void glMultiTexCoord4##sfx##ARB(GLenum u, T s, T t, T r, T q) { glMultiTexCoord4f(u, ID(s), ID(t), ID(r), ID(q)); } \
void glMultiTexCoord1##sfx##vARB(GLenum u, const T *v) { glMultiTexCoord4f(u, ID(v[0]), 0, 0, 1); } \
void glMultiTexCoord2##sfx##vARB(GLenum u, const T *v) { glMultiTexCoord4f(u, ID(v[0]), ID(v[1]), 0, 1); } \
void glMultiTexCoord3##sfx##vARB(GLenum u, const T *v) { glMultiTexCoord4f(u, ID(v[0]), ID(v[1]), ID(v[2]), 1); } \
void glMultiTexCoord4##sfx##vARB(GLenum u, const T *v) { glMultiTexCoord4f(u, ID(v[0]), ID(v[1]), ID(v[2]), ID(v[3])); }
TEXCOORD(d, GLdouble)
TEXCOORD(f, GLfloat)
TEXCOORD(i, GLint)
TEXCOORD(s, GLshort)
void glTexCoord4d(GLdouble s, GLdouble t, GLdouble r, GLdouble q) { glTexCoord4f(ID(s), ID(t), ID(r), ID(q)); }
void glTexCoord4i(GLint s, GLint t, GLint r, GLint q) { glTexCoord4f(ID(s), ID(t), ID(r), ID(q)); }
void glTexCoord4s(GLshort s, GLshort t, GLshort r, GLshort q) { glTexCoord4f(ID(s), ID(t), ID(r), ID(q)); }
void glMultiTexCoord4d(GLenum u, GLdouble s, GLdouble t, GLdouble r, GLdouble q) { glMultiTexCoord4f(u, ID(s), ID(t), ID(r), ID(q)); }
void glMultiTexCoord4i(GLenum u, GLint s, GLint t, GLint r, GLint q) { glMultiTexCoord4f(u, ID(s), ID(t), ID(r), ID(q)); }
void glMultiTexCoord4s(GLenum u, GLshort s, GLshort t, GLshort r, GLshort q) { glMultiTexCoord4f(u, ID(s), ID(t), ID(r), ID(q)); }

#define RASTERPOS(sfx, T)						\
void glRasterPos2##sfx(T x, T y) { glRasterPos4f(ID(x), ID(y), 0, 1); } \
void glRasterPos3##sfx(T x, T y, T z) { glRasterPos4f(ID(x), ID(y), ID(z), 1); } \
void glRasterPos2##sfx##v(const T *v) { glRasterPos4f(ID(v[0]), ID(v[1]), 0, 1); } \
void glRasterPos3##sfx##v(const T *v) { glRasterPos4f(ID(v[0]), ID(v[1]), ID(v[2]), 1); } \
void glRasterPos4##sfx##v(const T *v) { glRasterPos4f(ID(v[0]), ID(v[1]), ID(v[2]), ID(v[3])); }
RASTERPOS(d, GLdouble)
RASTERPOS(f, GLfloat)
RASTERPOS(i, GLint)
RASTERPOS(s, GLshort)
void glRasterPos4d(GLdouble x, GLdouble y, GLdouble z, GLdouble w) { glRasterPos4f(ID(x), ID(y), ID(z), ID(w)); }
void glRasterPos4i(GLint x, GLint y, GLint z, GLint w) { glRasterPos4f(ID(x), ID(y), ID(z), ID(w)); }
void glRasterPos4s(GLshort x, GLshort y, GLshort z, GLshort w) { glRasterPos4f(ID(x), ID(y), ID(z), ID(w)); }

#define RECT(sfx, T)							\
void glRect##sfx##v(const T *a, const T *b) { glRectf(ID(a[0]), ID(a[1]), ID(b[0]), ID(b[1])); }
RECT(d, GLdouble)
RECT(f, GLfloat)
RECT(i, GLint)
RECT(s, GLshort)
void glRectd(GLdouble a, GLdouble b, GLdouble c, GLdouble d) { glRectf(ID(a), ID(b), ID(c), ID(d)); }
void glRecti(GLint a, GLint b, GLint c, GLint d) { glRectf(ID(a), ID(b), ID(c), ID(d)); }
void glRects(GLshort a, GLshort b, GLshort c, GLshort d) { glRectf(ID(a), ID(b), ID(c), ID(d)); }

#define INDEX(sfx, T)							\
void glIndex##sfx(T c) { glIndexf(ID(c)); }				\
void glIndex##sfx##v(const T *c) { glIndexf(ID(c[0])); }
INDEX(d, GLdouble)
INDEX(i, GLint)
INDEX(s, GLshort)
INDEX(ub, GLubyte)
void glIndexfv(const GLfloat *c) { glIndexf(c[0]); }

void glFogCoordfv(const GLfloat *f) { glFogCoordf(f[0]); }
void glFogCoordd(GLdouble f) { glFogCoordf(ID(f)); }
void glFogCoorddv(const GLdouble *f) { glFogCoordf(ID(f[0])); }
