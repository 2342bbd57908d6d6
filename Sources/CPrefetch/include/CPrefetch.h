#ifndef CROSSCHECK_CPREFETCH_H
#define CROSSCHECK_CPREFETCH_H

/// Asks the processor to start loading the cache line at `address`, for reading soon; the call returns at once and
/// never faults, whatever the address.
///
/// Swift has no prefetch of its own. The batch-wide hash tables (document frequencies, the window's key table) are
/// hundreds of megabytes, nearly every access misses the cache, and the next accesses are known in advance: asked a
/// few keys ahead, the loads of several keys overlap instead of waiting one after the other.
static inline void cc_prefetch_read(const void *address) { __builtin_prefetch(address, 0, 3); }

/// The same, for a line that is about to be written.
static inline void cc_prefetch_write(const void *address) { __builtin_prefetch(address, 1, 3); }

#endif
