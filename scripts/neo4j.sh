#!/usr/bin/env bash
# A local Neo4j Community server without Docker: the real server jars from Maven Central,
# run on the machine's Java through org.neo4j.server.CommunityEntryPoint.
#
#   scripts/neo4j.sh install   resolve the jars (once; a second run fetches nothing)
#   scripts/neo4j.sh start     install if needed, set the password, start, wait for Bolt
#   scripts/neo4j.sh stop      stop the server started here
#   scripts/neo4j.sh status    say whether it runs and where to connect
#   scripts/neo4j.sh reset     stop and delete the local database (keeps the jars)
#
# Everything lives under $PLEDGEGRAPH_NEO4J_HOME (default: .neo4j/ in the project, git-ignored).
# The Neo4j version is pinned once, in scripts/neo4j/pom.xml.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOME_DIR="${PLEDGEGRAPH_NEO4J_HOME:-$ROOT/.neo4j}"
mkdir -p "$HOME_DIR" "$ROOT/.neo4j"
HOME_DIR="$(cd "$HOME_DIR" && pwd)"
POM="$ROOT/scripts/neo4j/pom.xml"
CONF_TEMPLATE="$ROOT/scripts/neo4j/neo4j.conf.template"
# The resolved classpath is shared by every server home of this checkout (demo, tests).
CLASSPATH_FILE="$ROOT/.neo4j/classpath.txt"
PID_FILE="$HOME_DIR/run/neo4j.pid"
LOG="$HOME_DIR/logs/neo4j.log"

BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
PASSWORD="${NEO4J_PASSWORD:-pledgegraph-local}"
# Sized for a 2-core, 24 GB machine that also runs the loader, the API and the tests.
HEAP="${NEO4J_HEAP:-2g}"
PAGECACHE="${NEO4J_PAGECACHE:-2g}"
TX_TIMEOUT="${NEO4J_TX_TIMEOUT:-120s}"
TX_MEMORY="${NEO4J_TX_MEMORY:-512m}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"

die() { echo "neo4j.sh: $*" >&2; exit 1; }
say() { echo "neo4j.sh: $*"; }

# Neo4j 5.26 runs on Java 17 or 21. Prefer $NEO4J_JAVA, then `java` on PATH, then a JDK in /usr/lib/jvm.
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
find_java() {
  local candidates=()
  [ -n "${NEO4J_JAVA:-}" ] && candidates+=("$NEO4J_JAVA")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for d in /usr/lib/jvm/*; do [ -x "$d/bin/java" ] && candidates+=("$d/bin/java"); done
  for j in "${candidates[@]}"; do
    [ -x "$j" ] || continue
    case "$(java_major "$j")" in 17|21) echo "$j"; return 0 ;; esac
  done
  return 1
}

# The server of this home, even if its pid file was lost (found by its --home-dir argument).
find_pid() {
  if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then cat "$PID_FILE"; return 0; fi
  local pid
  pid="$(pgrep -f -- "--home-dir=$HOME_DIR( |$)" | head -n1 || true)"
  [ -n "$pid" ] || return 1
  mkdir -p "$(dirname "$PID_FILE")"; echo "$pid" > "$PID_FILE"; echo "$pid"
}
pid_alive() { find_pid >/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

jars_present() {
  [ -s "$CLASSPATH_FILE" ] || return 1
  local jar
  while IFS= read -r jar; do [ -f "$jar" ] || return 1; done < <(tr ':' '\n' < "$CLASSPATH_FILE")
}

cmd_install() {
  if jars_present; then
    say "jars already resolved ($(tr ':' '\n' < "$CLASSPATH_FILE" | wc -l) on the classpath); nothing to fetch"
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "Maven ('mvn') is not installed; it resolves the Neo4j jars from Maven Central. Install it (Debian: apt-get install maven) or use docker compose."
  find_java >/dev/null || die "no Java 17 or 21 found (Neo4j 5.26 needs one). Install openjdk-17-jre-headless or set NEO4J_JAVA."
  say "resolving Neo4j from Maven Central (about 165 MB on a cold cache) ..."
  mvn -q -B -f "$POM" dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE.tmp" >"$ROOT/.neo4j/mvn.log" 2>&1 \
    || { tail -n 20 "$ROOT/.neo4j/mvn.log" >&2; die "mvn could not resolve the Neo4j jars (log: $ROOT/.neo4j/mvn.log)"; }
  mv "$CLASSPATH_FILE.tmp" "$CLASSPATH_FILE"
  say "resolved $(tr ':' '\n' < "$CLASSPATH_FILE" | wc -l) jars"
}

write_conf() {
  mkdir -p "$HOME_DIR/conf" "$HOME_DIR/data" "$HOME_DIR/logs" "$HOME_DIR/run" "$HOME_DIR/import" "$HOME_DIR/plugins"
  sed -e "s|@BOLT_PORT@|$BOLT_PORT|g" -e "s|@HTTP_PORT@|$HTTP_PORT|g" \
      -e "s|@PAGECACHE@|$PAGECACHE|g" -e "s|@HEAP@|$HEAP|g" -e "s|@TX_TIMEOUT@|$TX_TIMEOUT|g" -e "s|@TX_MEMORY@|$TX_MEMORY|g" \
      "$CONF_TEMPLATE" > "$HOME_DIR/conf/neo4j.conf"
}

admin() {
  NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$HOME_DIR/conf" "$JAVA" -cp "$(cat "$CLASSPATH_FILE")" org.neo4j.cli.AdminTool "$@"
}

print_where() {
  echo "  Bolt:    bolt://127.0.0.1:$BOLT_PORT  (user neo4j, password from NEO4J_PASSWORD; local default 'pledgegraph-local')"
  echo "  Browser: http://127.0.0.1:$HTTP_PORT/browser/"
}

cmd_start() {
  if pid_alive && port_open "$BOLT_PORT"; then
    say "already running (pid $(cat "$PID_FILE"))"; print_where; return 0
  fi
  if port_open "$BOLT_PORT"; then
    die "port $BOLT_PORT is taken by another process; stop it, or set NEO4J_BOLT_PORT/NEO4J_HTTP_PORT (or point NEO4J_URI at that server and skip this script)"
  fi
  cmd_install
  JAVA="$(find_java)" || die "no Java 17 or 21 found (Neo4j 5.26 needs one). Install openjdk-17-jre-headless or set NEO4J_JAVA."
  write_conf
  # The password can only be set before the first start; later runs keep the one stored in data/.
  if [ ! -d "$HOME_DIR/data/dbms" ]; then
    admin dbms set-initial-password "$PASSWORD" >"$HOME_DIR/logs/admin.log" 2>&1 \
      || { cat "$HOME_DIR/logs/admin.log" >&2; die "could not set the initial password"; }
  fi
  local before=0
  [ -f "$LOG" ] && before=$(wc -l < "$LOG")
  say "starting Neo4j (heap $HEAP, page cache $PAGECACHE) ..."
  NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$HOME_DIR/conf" nohup "$JAVA" \
    -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8 \
    -cp "$(cat "$CLASSPATH_FILE")" org.neo4j.server.CommunityEntryPoint \
    --home-dir="$HOME_DIR" --config-dir="$HOME_DIR/conf" >"$HOME_DIR/logs/console.log" 2>&1 9>&- &
  echo $! > "$PID_FILE"
  local waited=0
  until port_open "$BOLT_PORT" && [ -f "$LOG" ] && tail -n +"$((before + 1))" "$LOG" | grep -q "Started\."; do
    if ! pid_alive; then
      tail -n 30 "$HOME_DIR/logs/console.log" >&2 || true
      die "Neo4j exited during start-up (logs: $HOME_DIR/logs/)"
    fi
    if [ "$waited" -ge "$START_TIMEOUT" ]; then
      tail -n 30 "$LOG" >&2 || true
      die "Bolt did not answer on 127.0.0.1:$BOLT_PORT within ${START_TIMEOUT}s (logs: $HOME_DIR/logs/)"
    fi
    sleep 1; waited=$((waited + 1))
  done
  say "started in ${waited}s (pid $(cat "$PID_FILE"))"
  print_where
}

cmd_stop() {
  local pid
  if ! pid="$(find_pid)"; then say "not running"; rm -f "$PID_FILE"; return 0; fi
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && { say "did not stop in 60s; killing"; kill -9 "$pid"; }
  rm -f "$PID_FILE"
  say "stopped"
}

cmd_status() {
  if pid_alive && port_open "$BOLT_PORT"; then
    say "running (pid $(cat "$PID_FILE"))"; print_where; return 0
  fi
  if pid_alive; then say "starting or unhealthy (pid $(cat "$PID_FILE")), Bolt not answering on $BOLT_PORT"; return 1; fi
  say "not running"; return 3
}

cmd_reset() {
  cmd_stop
  rm -rf "$HOME_DIR/data" "$HOME_DIR/logs"
  say "local database deleted (jars kept)"
}

# Two callers (two test sessions, make demo and make test) must not start or stop the same
# server at once: the second waits for the first and then finds it running.
with_lock() {
  exec 9>"$HOME_DIR/.lock"
  flock -w 300 9 || die "another neo4j.sh holds $HOME_DIR/.lock for over 300s"
  "$@"
}

case "${1:-}" in
  install) cmd_install ;;
  start) with_lock cmd_start ;;
  stop) with_lock cmd_stop ;;
  status) cmd_status ;;
  reset) with_lock cmd_reset ;;
  *) echo "usage: $0 {install|start|stop|status|reset}" >&2; exit 64 ;;
esac
