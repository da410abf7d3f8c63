/* 4x4 column-major matrices, as GL stores them. */
#include <math.h>
#include <string.h>
#include "mat4.h"

void pg_identity(float *m)
{
	memset(m, 0, 16 * sizeof(*m));
	m[0] = m[5] = m[10] = m[15] = 1.0f;
}

void pg_mat_mul(float *r, const float *a, const float *b)
{
	float t[16];
	int i, j;

	for (i = 0; i < 4; i++)
		for (j = 0; j < 4; j++)
			t[j * 4 + i] = a[i] * b[j * 4] + a[4 + i] * b[j * 4 + 1] +
				       a[8 + i] * b[j * 4 + 2] +
				       a[12 + i] * b[j * 4 + 3];
	memcpy(r, t, sizeof(t));
}

void pg_mat_xform(float *r, const float *m, const float *v)
{
	float t[4];
	int i;

	for (i = 0; i < 4; i++)
		t[i] = m[i] * v[0] + m[4 + i] * v[1] + m[8 + i] * v[2] +
		       m[12 + i] * v[3];
	memcpy(r, t, sizeof(t));
}

/* Gauss-Jordan with partial pivoting, in double; 0 when singular. */
int pg_mat_invert(float *r, const float *m)
{
	double a[4][8];
	int i, j, k;

	for (i = 0; i < 4; i++)
		for (j = 0; j < 4; j++) {
			a[i][j] = m[j * 4 + i];
			a[i][j + 4] = i == j;
		}
	for (i = 0; i < 4; i++) {
		int p = i;

		for (k = i + 1; k < 4; k++)
			if (fabs(a[k][i]) > fabs(a[p][i]))
				p = k;
		if (fabs(a[p][i]) < 1e-30)
			return 0;
		if (p != i)
			for (j = 0; j < 8; j++) {
				double t = a[i][j];

				a[i][j] = a[p][j];
				a[p][j] = t;
			}
		for (j = 7; j >= i; j--)
			a[i][j] /= a[i][i];
		for (k = 0; k < 4; k++)
			if (k != i && a[k][i] != 0.0) {
				double f = a[k][i];

				for (j = i; j < 8; j++)
					a[k][j] -= f * a[i][j];
			}
	}
	for (i = 0; i < 4; i++)
		for (j = 0; j < 4; j++)
			r[j * 4 + i] = (float)a[i][j + 4];
	return 1;
}
