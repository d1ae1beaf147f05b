#ifndef CMALLOC_SHIM_H
#define CMALLOC_SHIM_H

/* glibc's mallopt and its M_* parameters, which Swift's Glibc module does not map. Swift
   calls them only where it imports Glibc; elsewhere the CLI keeps the C library's defaults. */
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

#endif /* CMALLOC_SHIM_H */
