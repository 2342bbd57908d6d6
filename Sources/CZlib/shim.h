#ifndef CROSSCHECK_CZLIB_SHIM_H
#define CROSSCHECK_CZLIB_SHIM_H
#include <zlib.h>

/// `inflateInit2` is a macro; this wrapper lets Swift call it. 15 + 32 = largest window, gzip or zlib header detected.
static inline int cc_inflateInitGzip(z_stream *stream) {
    return inflateInit2_(stream, 15 + 32, ZLIB_VERSION, (int)sizeof(z_stream));
}

/// `deflateInit` is a macro too: a zlib stream at the fastest level with the defaults `compress2` uses.
static inline int cc_deflateInitFastest(z_stream *stream) {
    return deflateInit_(stream, Z_BEST_SPEED, ZLIB_VERSION, (int)sizeof(z_stream));
}
#endif
