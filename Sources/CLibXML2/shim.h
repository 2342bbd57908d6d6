#ifndef CROSSCHECK_CLIBXML2_SHIM_H
#define CROSSCHECK_CLIBXML2_SHIM_H
// xmlversion.h first, then undefine the ICU switch: libxml2's ICU headers clash with Foundation's own ICU copy
// ("'UErrorCode' has different definitions in different modules") on a clean build.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer in C; Swift 6 rejects touching mutable globals, so call it from here.
static inline void cc_xmlFree(void *pointer) { xmlFree(pointer); }

/// Silence libxml2's generic error printer: broken markup is normal on the web and we report problems ourselves.
static void cc_xmlSilentError(void *context, const char *message, ...) { (void)context; (void)message; }
static inline void cc_xmlSilenceErrors(void) { xmlSetGenericErrorFunc(NULL, cc_xmlSilentError); }

#endif
