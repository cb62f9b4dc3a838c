#include <graphviz/gvc.h>

/// The directed-graph descriptor, exposed as a function because Swift 6 rejects the C global.
static inline Agdesc_t goalgraph_directed(void) { return Agdirected; }
