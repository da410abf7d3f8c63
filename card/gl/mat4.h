/* 4x4 column-major float matrices, as GL stores them; shared by the GL
 * engine and the GL driver. */
#ifndef PG_MAT4_H
#define PG_MAT4_H

void pg_identity(float *m);
void pg_mat_mul(float *r, const float *a, const float *b);
/* 0 when m is singular (r untouched) */
int pg_mat_invert(float *r, const float *m);
void pg_mat_xform(float *r, const float *m, const float *v);

#endif
