/* Display-list recording: every list-able entry point records its call
 * (DL_REC) before acting; compiling with GL_COMPILE stops there. */
#ifndef PPGL_DLIST_H
#define PPGL_DLIST_H

#include "ctx.h"

union dl_arg {
	GLfloat f;
	GLint i;
	GLuint u;
	GLdouble d;
	void *p;		/* owned copy of client data */
};

enum dl_op {
	DL_MatrixMode = 1, DL_LoadIdentity, DL_LoadMatrix, DL_MultMatrix,
	DL_PushMatrix, DL_PopMatrix,
	DL_Enable, DL_Disable, DL_BlendFunc, DL_BlendFuncSeparate,
	DL_BlendEquation, DL_BlendColor, DL_DepthFunc, DL_DepthMask,
	DL_DepthRange, DL_AlphaFunc, DL_StencilFunc, DL_StencilOp,
	DL_StencilMask, DL_ColorMask, DL_CullFace, DL_FrontFace,
	DL_PolygonMode, DL_PolygonOffset, DL_ShadeModel, DL_Scissor,
	DL_Viewport, DL_ClearColor, DL_ClearDepth, DL_ClearStencil, DL_Fogf,
	DL_Fogfv, DL_LogicOp, DL_PointSize, DL_LineWidth, DL_LineStipple,
	DL_PolygonStipple, DL_ClipPlane, DL_TexGenfv, DL_Clear, DL_Hint,
	DL_Lightfv, DL_Materialfv, DL_LightModelfv, DL_ColorMaterial,
	DL_BindTexture, DL_TexParameterfv, DL_TexEnvfv, DL_TexImage2D,
	DL_TexSubImage2D, DL_CopyTexImage2D, DL_CopyTexSubImage2D,
	DL_ActiveTexture, DL_Begin, DL_End, DL_Vertex4f, DL_Color4f,
	DL_Normal3f, DL_MultiTexCoord4f, DL_EdgeFlag, DL_FogCoordf,
	DL_CallList, DL_ListBase, DL_PushAttrib, DL_PopAttrib,
	DL_RasterPos4f, DL_DrawPixels, DL_Bitmap, DL_CopyPixels,
	DL_PixelZoom, DL_PixelTransferf, DL_TexImage1D, DL_TexSubImage1D,
	DL_ReadBuffer, DL_DrawBuffer, DL_ClearAccum, DL_Accum,
	DL_SecondaryColor3f, DL_ClearIndex, DL_IndexMask, DL_Indexf,
	DL_CopyTexImage1D, DL_CopyTexSubImage1D, DL_WindowPos3f,
	DL_InitNames, DL_LoadName, DL_PushName, DL_PopName,
	DL_Map1, DL_Map2, DL_MapGrid1, DL_MapGrid2, DL_EvalCoord1,
	DL_EvalCoord2, DL_EvalPoint1, DL_EvalPoint2, DL_EvalMesh1,
	DL_EvalMesh2, DL_PassThrough, DL_PixelMap,
	DL_DrawIndices, DL_TexImage2DIndex,
};

#define F(x) ((union dl_arg){ .f = (GLfloat)(x) })
#define U(x) ((union dl_arg){ .u = (GLuint)(x) })
#define I(x) ((union dl_arg){ .i = (GLint)(x) })
#define P(x) ((union dl_arg){ .p = (x) })

void ppgl_dl_add(struct ctx *c, int op, const union dl_arg *a, int n);
void ppgl_dl_delete_all(struct ctx *c);

#define DL_REC(C, op, ...)						\
	do {								\
		if ((C)->cur_list) {					\
			union dl_arg a_[] = { __VA_ARGS__ };		\
			ppgl_dl_add(C, op, a_,				\
				    (int)(sizeof(a_) / sizeof(a_[0])));	\
			if ((C)->list_mode == GL_COMPILE)		\
				return;					\
		}							\
	} while (0)

#define DL_REC0(C, op)							\
	do {								\
		if ((C)->cur_list) {					\
			ppgl_dl_add(C, op, NULL, 0);			\
			if ((C)->list_mode == GL_COMPILE)		\
				return;					\
		}							\
	} while (0)

#endif
