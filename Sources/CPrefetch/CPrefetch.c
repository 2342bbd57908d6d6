// The functions are `static inline` in the header, compiled into their callers; this file makes the target a C
// library for the package manager, which needs one source file.
#include "CPrefetch.h"
