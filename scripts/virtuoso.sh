#!/usr/bin/env bash
# A private Virtuoso Open Source for the push / `query --endpoint` integration tests.
#
#   eval "$(bash scripts/virtuoso.sh start)"   # prints `export CLAIMGRAPH_VIRTUOSO_*=...` lines
#   bash scripts/virtuoso.sh status
#   bash scripts/virtuoso.sh stop
#
# start: writes a minimal virtuoso.ini into a fresh temp folder (database, logs), binds HTTP and
# ISQL to loopback only (ports CLAIMGRAPH_VIRTUOSO_HTTP_PORT, default 18890, and
# CLAIMGRAPH_VIRTUOSO_ISQL_PORT, default 11111), waits until /sparql answers, creates a user with
# a random password and the SPARQL_UPDATE role (what the Graph Store endpoint
# /sparql-graph-crud-auth needs, with HTTP Digest auth), gives the dba account a random password
# too, and prints the variables the tests read:
#   CLAIMGRAPH_VIRTUOSO_URL       http://127.0.0.1:PORT               (base URL)
#   CLAIMGRAPH_VIRTUOSO_SPARQL    http://127.0.0.1:PORT/sparql        (query endpoint, public)
#   CLAIMGRAPH_VIRTUOSO_GSP       http://127.0.0.1:PORT/sparql-graph-crud-auth (Graph Store, digest)
#   CLAIMGRAPH_VIRTUOSO_USER / CLAIMGRAPH_VIRTUOSO_PASSWORD
# Everything else goes to stderr, so stdout can be eval'd. stop: kills that server (by its
# recorded pid) and removes its folder. The state file is /tmp/claimgraph-virtuoso-PORT.state.
set -euo pipefail

HTTP_PORT="${CLAIMGRAPH_VIRTUOSO_HTTP_PORT:-18890}"
ISQL_PORT="${CLAIMGRAPH_VIRTUOSO_ISQL_PORT:-11111}"
STATE="/tmp/claimgraph-virtuoso-${HTTP_PORT}.state"
USER_NAME="claimgraph"
WAIT_SECONDS="${CLAIMGRAPH_VIRTUOSO_WAIT:-180}"

say() { echo "virtuoso.sh: $*" >&2; }

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

stop() {
  if [ ! -f "$STATE" ]; then
    say "not running (no $STATE)"
    return 0
  fi
  # shellcheck disable=SC1090
  . "$STATE"
  if alive "${PID:-}"; then
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 50); do alive "$PID" || break; sleep 0.2; done
    if alive "$PID"; then kill -KILL "$PID" 2>/dev/null || true; fi
  fi
  case "${DIR:-}" in
    /tmp/claimgraph-virtuoso.*) rm -rf "$DIR" ;;
  esac
  rm -f "$STATE"
  say "stopped (pid ${PID:-?})"
}

start() {
  command -v virtuoso-t >/dev/null || { say "virtuoso-t not found: run scripts/setup-system.sh (Debian package virtuoso-opensource)"; exit 1; }
  command -v isql-vt >/dev/null || { say "isql-vt not found: run scripts/setup-system.sh"; exit 1; }
  if [ -f "$STATE" ]; then
    say "a previous server is recorded in $STATE; stopping it first"
    stop
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$HTTP_PORT") 2>/dev/null; then
    say "port $HTTP_PORT is already in use; set CLAIMGRAPH_VIRTUOSO_HTTP_PORT"
    exit 1
  fi
  DIR="$(mktemp -d /tmp/claimgraph-virtuoso.XXXXXX)"
  local vad=/usr/share/virtuoso-opensource-7/vad
  local root=/var/lib/virtuoso-opensource-7/vsp
  [ -d "$root" ] || root="$DIR"
  cat > "$DIR/virtuoso.ini" <<INI
[Database]
DatabaseFile       = $DIR/virtuoso.db
ErrorLogFile       = $DIR/virtuoso.log
LockFile           = $DIR/virtuoso.lck
TransactionFile    = $DIR/virtuoso.trx
xa_persistent_file = $DIR/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
[TempDatabase]
DatabaseFile       = $DIR/virtuoso-temp.db
TransactionFile    = $DIR/virtuoso-temp.trx
[Parameters]
ServerPort         = 127.0.0.1:$ISQL_PORT
DisableUnixSocket  = 1
CheckpointInterval = 0
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
DirsAllowed        = $DIR
VADInstallDir      = $vad/
[HTTPServer]
ServerPort         = 127.0.0.1:$HTTP_PORT
ServerRoot         = $root
ServerThreads      = 10
EnabledDavVSP      = 0
[SPARQL]
ResultSetMaxRows           = 1000000
MaxQueryExecutionTime      = 120
MaxQueryCostEstimationTime = 400
INI
  # started directly (no setsid, which may fork) so that $! is the server's own pid
  cd "$DIR"
  nohup virtuoso-t -c "$DIR/virtuoso.ini" +foreground >"$DIR/stdout.log" 2>&1 < /dev/null &
  PID=$!
  cd - >/dev/null
  printf 'DIR=%q\nPID=%q\n' "$DIR" "$PID" > "$STATE"
  say "started pid $PID, database in $DIR; waiting for http://127.0.0.1:$HTTP_PORT/sparql"
  local ok=""
  for _ in $(seq 1 "$WAIT_SECONDS"); do
    if ! alive "$PID"; then
      say "virtuoso-t exited during start; its log:"; tail -20 "$DIR/virtuoso.log" >&2 || true; tail -5 "$DIR/stdout.log" >&2 || true
      stop; exit 1
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/sparql?query=ASK%7B%7D" || true)" = "200" ]; then ok=1; break; fi
    sleep 1
  done
  if [ -z "$ok" ]; then say "no answer from /sparql after ${WAIT_SECONDS}s"; tail -20 "$DIR/virtuoso.log" >&2 || true; stop; exit 1; fi
  local password dba_password
  password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
  dba_password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
  cat > "$DIR/setup.sql" <<SQL
DB.DBA.USER_CREATE ('$USER_NAME', '$password');
GRANT SPARQL_UPDATE TO "$USER_NAME";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('$USER_NAME', 3);
USER_SET_PASSWORD ('dba', '$dba_password');
SQL
  if ! isql-vt "127.0.0.1:$ISQL_PORT" dba dba "$DIR/setup.sql" > "$DIR/setup.log" 2>&1 || grep -q '\*\*\* Error' "$DIR/setup.log"; then
    say "user set-up failed:"; cat "$DIR/setup.log" >&2; stop; exit 1
  fi
  rm -f "$DIR/setup.sql"
  printf 'DBA_PASSWORD=%q\n' "$dba_password" >> "$STATE"
  chmod 600 "$STATE"
  say "ready: SPARQL http://127.0.0.1:$HTTP_PORT/sparql, Graph Store http://127.0.0.1:$HTTP_PORT/sparql-graph-crud-auth (user $USER_NAME, digest)"
  cat <<ENV
export CLAIMGRAPH_VIRTUOSO_URL=http://127.0.0.1:$HTTP_PORT
export CLAIMGRAPH_VIRTUOSO_SPARQL=http://127.0.0.1:$HTTP_PORT/sparql
export CLAIMGRAPH_VIRTUOSO_GSP=http://127.0.0.1:$HTTP_PORT/sparql-graph-crud-auth
export CLAIMGRAPH_VIRTUOSO_USER=$USER_NAME
export CLAIMGRAPH_VIRTUOSO_PASSWORD=$password
ENV
}

status() {
  if [ -f "$STATE" ]; then
    # shellcheck disable=SC1090
    . "$STATE"
    if alive "${PID:-}"; then say "running, pid $PID, database in $DIR"; return 0; fi
    say "recorded in $STATE but not running"; return 1
  fi
  say "not running"; return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
