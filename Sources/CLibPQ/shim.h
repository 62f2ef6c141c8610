// libpq, PostgreSQL's own client library: the team store's driver (Debian: libpq-dev).
#include <libpq-fe.h>
