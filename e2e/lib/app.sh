# Sourced by e2e/run and e2e/bilder: starts AQB-Workflow (demo profile, in-memory H2, temp mail folder) on a free
# port unless AQB_BASE_URL is set, exports AQB_BASE_URL, and stops the app on exit. Expects E2E_DIR and ROOT.
APP_PID=""
WORK=""
cleanup() {
  local rc=$?
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "$WORK" ]; then
    if [ "$rc" -ne 0 ] && [ -f "$WORK/app.log" ]; then
      echo "---- letzte Zeilen des App-Logs ($WORK/app.log) ----" >&2
      tail -n 60 "$WORK/app.log" >&2 || true
    elif [ "${E2E_KEEP_APP:-0}" != "1" ]; then
      rm -rf "$WORK"
    fi
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${AQB_BASE_URL:-}" ]; then
  JAR="${AQB_JAR:-}"
  if [ -z "$JAR" ]; then
    JAR="$(ls "$ROOT"/target/aqb-workflow-*.jar 2>/dev/null | grep -v -- '-plain\|sources' | head -n 1 || true)"
    if [ -z "$JAR" ]; then
      echo "e2e: baue das Jar (./mvnw -q -B -DskipTests package) …"
      (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
      JAR="$(ls "$ROOT"/target/aqb-workflow-*.jar | grep -v -- '-plain\|sources' | head -n 1)"
    fi
  fi
  PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  WORK="$(mktemp -d -t aqb-e2e.XXXXXX)"
  mkdir -p "$WORK/mails"
  echo "e2e: starte $(basename "$JAR") auf Port $PORT (Profil demo, H2 im Speicher, Mails in $WORK/mails)"
  (cd "$WORK" && exec java -Xmx512m -jar "$JAR" \
      --spring.profiles.active=demo \
      --server.port="$PORT" \
      --spring.datasource.url="jdbc:h2:mem:aqb-e2e;DB_CLOSE_DELAY=-1" \
      --aqb.mail.ablage-verzeichnis="$WORK/mails" \
      --aqb.basis-url="http://localhost:$PORT" \
      >"$WORK/app.log" 2>&1) &
  APP_PID=$!
  export AQB_BASE_URL="http://localhost:$PORT"
  for i in $(seq 1 "${E2E_START_SEKUNDEN:-420}"); do
    if curl -fsS "$AQB_BASE_URL/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; then
      echo "e2e: App bereit nach ${i}s"; break
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "e2e: App ist beim Start abgebrochen" >&2; exit 1; }
    [ "$i" -eq "${E2E_START_SEKUNDEN:-420}" ] && { echo "e2e: App nach ${E2E_START_SEKUNDEN:-420} s nicht bereit" >&2; exit 1; }
    sleep 1
  done
fi

