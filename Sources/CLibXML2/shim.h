#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> pulls in the system
   <unicode/ucnv.h>, which clashes with Foundation's own ICU module on Swift 6.3.1
   ("'UErrorCode' has different definitions in different modules"). Nothing here needs
   libxml2's ICU declarations, so hide them. Swift code must never allocate or copy an
   xmlCharEncodingHandler by value. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>
#include <zlib.h>

/* xmlFree is a mutable global function pointer; Swift 6 rejects reading it from
   nonisolated code, so call it through a function. */
static inline void cxml_free(void *p) { xmlFree(p); }

/* zlib's inflateInit2 is a macro. */
static inline int cxml_inflate_init(z_stream *stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

/* Some libxml2 errors have no parser context (encoding conversion, I/O) and go to the
   thread's generic handler, which prints to stderr whatever the NOERROR option says. Swift
   cannot write a C variadic function, so the silent handler lives here. libxml2 keeps these
   handlers per thread; NULL restores the default. */
static inline void cxml_ignore_generic_error(void *ctx, const char *msg, ...) {
    (void)ctx;
    (void)msg;
}
static inline void cxml_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, cxml_ignore_generic_error);
}
static inline void cxml_restore_generic_errors(void) { xmlSetGenericErrorFunc(NULL, NULL); }

#endif /* CLIBXML2_SHIM_H */
