#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>

/// The directed-graph descriptor, exposed as a function because Swift 6 rejects the C global.
static inline Agdesc_t goalgraph_directed(void) { return Agdirected; }

/*
 * Deterministic object ids.
 *
 * cgraph's default id discipline uses the address of an object's interned name as its id, and
 * dot visits subgraphs (the clusters) in id order. Addresses depend on what the heap held
 * before, so two layouts of the same graph in one process could differ. This discipline gives
 * named objects ids in the order their names first appear (even numbers, as cgraph expects)
 * and anonymous ones odd numbers from a counter, so that a layout depends on the text alone.
 */

typedef struct {
  Agraph_t *graph;
  char **names;          /* names[i] is the interned name of id 2 * (i + 1) */
  size_t count;
  size_t capacity;
  size_t *slots;         /* open addressing: index + 1 into names, 0 when empty */
  size_t slotCount;      /* a power of two */
  IDTYPE anonymous;
} goalgraph_ids;

static inline size_t goalgraph_hash(const char *text) {
  size_t hash = 1469598103934665603ULL;
  for (; *text; text++) hash = (hash ^ (unsigned char)*text) * 1099511628211ULL;
  return hash;
}

static inline void *goalgraph_ids_open(Agraph_t *graph, Agdisc_t *disc) {
  (void)disc;
  goalgraph_ids *state = calloc(1, sizeof(goalgraph_ids));
  if (!state) return NULL;
  state->graph = graph;
  state->anonymous = 1;
  return state;
}

static inline int goalgraph_ids_grow(goalgraph_ids *state) {
  size_t slotCount = state->slotCount ? state->slotCount * 2 : 64;
  size_t *slots = calloc(slotCount, sizeof(size_t));
  if (!slots) return 0;
  for (size_t i = 0; i < state->count; i++) {
    size_t slot = goalgraph_hash(state->names[i]) & (slotCount - 1);
    while (slots[slot]) slot = (slot + 1) & (slotCount - 1);
    slots[slot] = i + 1;
  }
  free(state->slots);
  state->slots = slots;
  state->slotCount = slotCount;
  return 1;
}

static inline long goalgraph_ids_map(void *opaque, int objtype, char *name, IDTYPE *id,
                                     int create) {
  (void)objtype;
  goalgraph_ids *state = opaque;
  if (!name) {
    *id = state->anonymous;
    state->anonymous += 2;
    return 1;
  }
  if (state->slotCount) {
    size_t slot = goalgraph_hash(name) & (state->slotCount - 1);
    while (state->slots[slot]) {
      size_t index = state->slots[slot] - 1;
      if (strcmp(state->names[index], name) == 0) {
        *id = 2 * (IDTYPE)(index + 1);
        return 1;
      }
      slot = (slot + 1) & (state->slotCount - 1);
    }
  }
  if (!create) {
    *id = 0;
    return 1;
  }
  if (state->count == state->capacity) {
    size_t capacity = state->capacity ? state->capacity * 2 : 64;
    char **names = realloc(state->names, capacity * sizeof(char *));
    if (!names) return 0;
    state->names = names;
    state->capacity = capacity;
  }
  if ((state->count + 1) * 2 > state->slotCount && !goalgraph_ids_grow(state)) return 0;
  char *interned = agstrdup(state->graph, name);
  if (!interned) return 0;
  state->names[state->count] = interned;
  size_t slot = goalgraph_hash(interned) & (state->slotCount - 1);
  while (state->slots[slot]) slot = (slot + 1) & (state->slotCount - 1);
  state->slots[slot] = ++state->count;
  *id = 2 * (IDTYPE)state->count;
  return 1;
}

static inline long goalgraph_ids_alloc(void *state, int objtype, IDTYPE id) {
  (void)state;
  (void)objtype;
  (void)id;
  return 0;
}

static inline void goalgraph_ids_free(void *state, int objtype, IDTYPE id) {
  /* Names stay interned until the graph closes and frees its strings. */
  (void)state;
  (void)objtype;
  (void)id;
}

static inline char *goalgraph_ids_print(void *opaque, int objtype, IDTYPE id) {
  (void)objtype;
  goalgraph_ids *state = opaque;
  if (id == 0 || id % 2 == 1) return NULL;
  size_t index = (size_t)(id / 2) - 1;
  return index < state->count ? state->names[index] : NULL;
}

static inline void goalgraph_ids_close(void *opaque) {
  goalgraph_ids *state = opaque;
  if (!state) return;
  free(state->names);
  free(state->slots);
  free(state);
}

static inline void goalgraph_ids_register(void *state, int objtype, void *object) {
  (void)state;
  (void)objtype;
  (void)object;
}

/* Reading DOT text from memory, with the id discipline above. */

typedef struct {
  const char *text;
  size_t length;
  size_t offset;
} goalgraph_reader;

static inline int goalgraph_read(void *channel, char *buffer, int size) {
  goalgraph_reader *reader = channel;
  if (size <= 0 || reader->offset >= reader->length) return 0;
  /* cgraph's lexer takes one line at a time. */
  int count = 0;
  while (count < size - 1 && reader->offset < reader->length) {
    char c = reader->text[reader->offset++];
    buffer[count++] = c;
    if (c == '\n') break;
  }
  buffer[count] = '\0';
  return count;
}

/// Parses DOT text into a graph whose layout depends on the text alone; NULL on a syntax error.
static inline Agraph_t *goalgraph_read_dot(const char *text) {
  static Agiddisc_t ids = {
    goalgraph_ids_open, goalgraph_ids_map, goalgraph_ids_alloc, goalgraph_ids_free,
    goalgraph_ids_print, goalgraph_ids_close, goalgraph_ids_register,
  };
  static Agiodisc_t io = {goalgraph_read, NULL, NULL};
  io.putstr = AgIoDisc.putstr;
  io.flush = AgIoDisc.flush;
  Agdisc_t disc = {&AgMemDisc, &ids, &io};
  goalgraph_reader reader = {text, strlen(text), 0};
  return agread(&reader, &disc);
}
