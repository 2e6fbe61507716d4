#include <sqlite3.h>

/// SQLite counts every allocation under a global mutex unless told not to; Cadre never reads
/// those counts (sqlite3_memory_used), and the lock and unlock were a twentieth of importing
/// two million marks. sqlite3_config is variadic, which Swift cannot call, hence this wrapper.
/// Must run before SQLite initialises (before the first connection is opened); afterwards it
/// returns SQLITE_MISUSE and changes nothing.
static inline int cadre_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
