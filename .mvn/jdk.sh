# Finds a JDK 25 or newer: $JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
# Sourced by ./freshet and ./mvnw; defines find_jdk25, which prints the JDK's home.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1; }

find_jdk25() {
  local cand v
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/*25* /usr/lib/jvm/*; do
    [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    v="$(java_major "$cand/bin/java")"
    if [ -n "$v" ] && [ "${v%%.*}" -ge 25 ] 2>/dev/null; then echo "$cand"; return 0; fi
  done
  return 1
}

no_jdk25_message() {
  cat >&2 <<'MSG'
no JDK 25 found (looked at $JAVA_HOME, then /usr/lib/jvm/*).
Install one, for example Eclipse Temurin 25 (package temurin-25-jdk) or OpenJDK 25
(package openjdk-25-jdk), or point JAVA_HOME at it, then run this again.
MSG
}
