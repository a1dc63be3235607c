# The launchers' client of the resident command line (issue 15; the server is dev.bulkhead.cli.CliServer). Sourced by
# installer/bulkhead (a checkout) and by the package's `bulkhead` command (installer/linux/bulkhead-command). It runs
# a command in a JVM that stays up, warm, instead of starting one: bash alone (its /dev/tcp), no JVM, no other tool
# but stat and head, so that what it adds to a command is a few milliseconds.
#
# bulkhead_daemon_run JAR START... -- ARGS...
#   JAR names the build (its path, size and time make the key of the server's state file: never a server of another
#   build); START... is the command that starts a server (it gets `daemon run --key KEY` appended). Runs ARGS on the
#   server and exits with the command's status, its standard output and error reproduced apart, byte for byte.
#   Returns (so that the caller runs the JVM as before) when the resident process is off (BULKHEAD_DAEMON=off), not
#   for this system, not for these arguments (the desktop app; `daemon ...`), or cannot be started or reached.
#
# Environment: BULKHEAD_DAEMON=off             every command in a JVM of its own, as before
#              BULKHEAD_DAEMON_IDLE_MINUTES=N  a server it starts stops after N minutes without a command (180)
#              BULKHEAD_DAEMON_DIR=DIR         where state files and logs are (default $XDG_RUNTIME_DIR/bulkhead,
#                                              else ~/.cache/bulkhead), as the server's DaemonFiles

bulkhead_daemon_run() {
  local jar=$1; shift
  local start=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do start+=("$1"); shift; done
  shift
  [ "${BULKHEAD_DAEMON:-on}" != off ] || return 0
  # Linux and macOS only: elsewhere (Git Bash on Windows) the JVM runs as before.
  case "${OSTYPE:-}" in linux*|darwin*) ;; *) return 0 ;; esac
  local arg
  for arg in "$@"; do
    case "$arg" in
      -*) continue ;;
      daemon) return 0 ;;   # status and stop talk to servers themselves; `run` is one
      *) break ;;
    esac
  done

  local dir=${BULKHEAD_DAEMON_DIR:-${XDG_RUNTIME_DIR:+$XDG_RUNTIME_DIR/bulkhead}}
  dir=${dir:-$HOME/.cache/bulkhead}
  local stamp key
  stamp=$(stat -c '%s %Y' "$jar" 2>/dev/null || stat -f '%z %m' "$jar" 2>/dev/null) || return 0
  # KEY is PLACE-SIZE-TIME: the jar's path (its last 60 characters, each but a letter, digit or dot made '_'), size
  # and time; a rebuilt jar makes a new KEY with the same PLACE. No tool but stat: each process costs milliseconds.
  local place=${jar//[^A-Za-z0-9.]/_}
  [ "${#place}" -le 60 ] || place=${place: -60}
  key=$place-${stamp// /-}
  local file=$dir/$key.server

  if ! _bulkhead_daemon_connect "$file"; then
    _bulkhead_daemon_stop_older "$dir" "$key"
    _bulkhead_daemon_start "$dir" "$key" "${start[@]}" || return 0
    local tries
    for ((tries = 0; tries < 200; tries++)); do   # 10 s: a JVM starts in one
      _bulkhead_daemon_connect "$file" && break
      kill -0 "$_bulkhead_daemon_started" 2>/dev/null || return 0   # it ended: see $dir/$key.log
      sleep 0.05
    done
    [ "$tries" -lt 200 ] || return 0
  fi

  # The request: NUL-terminated fields (an argument cannot hold NUL, so each arrives as it was, whatever it holds).
  printf '%s\0' bulkhead-1 "$_bulkhead_daemon_token" run "$PWD" "$#" "$@" >&3 2>/dev/null || { exec 3<&-; return 0; }
  local magic='' status outlen errlen
  # The server answers when the command is over; it gives up on a command after its limit (command-timeout).
  # (Every command that may fail is guarded: the launchers run under `set -e`.)
  local waited=0
  # Quiet: a server that quits as the request comes (two clients started two servers at once, and the second's
  # state file replaced the first's) resets the connection, and the command then runs in a JVM of its own.
  IFS=' ' read -r -t "$((_bulkhead_daemon_timeout + 60))" magic status outlen errlen <&3 2>/dev/null || waited=$?
  if [ "$waited" -ne 0 ] || [ "$magic" != bulkhead-1 ]; then
    exec 3<&-
    # Nothing at all (the server ended as the request came, or crashed in it): the command runs in a JVM of its own.
    [ -z "${magic:-}" ] && [ "$waited" -le 128 ] && return 0
    echo "bulkhead: the resident process gave no answer (its log: $dir/$key.log); run 'bulkhead daemon stop', or set BULKHEAD_DAEMON=off" >&2
    exit 3
  fi
  # GNU head reads no byte past the count; elsewhere dd, a byte at a time. What is left is standard error.
  if [ "$outlen" -gt 0 ]; then
    case "${OSTYPE:-}" in
      linux-gnu*) head -c "$outlen" <&3 || true ;;
      *) dd bs=1 count="$outlen" <&3 2>/dev/null || true ;;
    esac
  fi
  [ "$errlen" -eq 0 ] || cat <&3 >&2 || true
  exec 3<&-
  exit "$status"
}

# Opens fd 3 to the server a state file names, if that server's process lives; sets its token and command limit.
_bulkhead_daemon_connect() {
  local name value port='' pid=''
  _bulkhead_daemon_token='' _bulkhead_daemon_timeout=1800
  [ -r "$1" ] || return 1
  while IFS='=' read -r name value; do
    case "$name" in
      port) port=$value ;;
      pid) pid=$value ;;
      token) _bulkhead_daemon_token=$value ;;
      command-timeout) _bulkhead_daemon_timeout=$value ;;
    esac
  done <"$1"
  [ -n "$port" ] && [ -n "$_bulkhead_daemon_token" ] && kill -0 "$pid" 2>/dev/null || return 1
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null
}

# Starts a server, detached: its own session, no terminal, stdio to its log, no other descriptor of ours, so that
# neither a terminal's hangup nor a CI job or hook that waits for its pipes to close waits on it.
_bulkhead_daemon_start() {
  local dir=$1 key=$2; shift 2
  (umask 077 && mkdir -p "$dir") || return 1
  local detach=nohup; command -v setsid >/dev/null && detach='setsid nohup'
  local idle=''; [ -n "${BULKHEAD_DAEMON_IDLE_MINUTES:-}" ] && idle="--idle-minutes=$BULKHEAD_DAEMON_IDLE_MINUTES"
  _bulkhead_daemon_started=$(
    cd / || exit 1
    if [ -d /proc/self/fd ]; then
      for fd in /proc/$BASHPID/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done 2>/dev/null
    fi
    umask 077
    $detach "$@" daemon run --key "$key" $idle </dev/null >"$dir/$key.log" 2>&1 &
    echo $!
  )
  [ -n "$_bulkhead_daemon_started" ]
}

# Stops the servers of earlier builds of this same jar (a checkout rebuilt, a package upgraded): they would only
# hold their memory until their idle time ends, as no launcher asks them again. Their logs go with them.
_bulkhead_daemon_stop_older() {
  local dir=$1 key=$2 older
  for older in "$dir/${key%%-*}"-*.log; do
    [ "$older" = "$dir/$key.log" ] || rm -f "$older"
  done
  for older in "$dir/${key%%-*}"-*.server; do
    [ -f "$older" ] && [ "$older" != "$dir/$key.server" ] || continue
    if _bulkhead_daemon_connect "$older"; then
      printf '%s\0' bulkhead-1 "$_bulkhead_daemon_token" stop / 0 >&3 2>/dev/null
      read -r -t 5 _ <&3 || true
      exec 3<&-
    fi
  done
}
