#!/usr/bin/env bash
# Writes stemewatch(1) in troff from the binary's own --help texts, so the
# man page says what the binary does: scripts/deploy/manpage.sh BIN VERSION
set -euo pipefail
bin=${1:?usage: manpage.sh BIN VERSION}
version=${2:?usage: manpage.sh BIN VERSION}
date=$(git show -s --format=%cs HEAD 2>/dev/null || date -u +%F)

# Verbatim text for troff: backslashes doubled, lines starting with . or '
# protected.
verbatim() { sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"; }

cat <<HEAD
.TH STEMEWATCH 1 "$date" "stemewatch $version" "User Commands"
.SH NAME
stemewatch \- classify stemedb\-api journal errors, export Prometheus metrics, publish anomalies
.SH SYNOPSIS
.B stemewatch
.I COMMAND
.RI [ flags ]
.SH DESCRIPTION
stemewatch follows the systemd journal of stemedb\-api, classifies every error
into the runbook taxonomy, serves Prometheus metrics and publishes anomalies
to NATS JetStream. The package runs it as the
.B stemewatch.service
unit, configured by
.IR /etc/stemewatch/stemewatch.toml ;
.B systemctl reload stemewatch
re\-reads the configuration and pattern rules.
.PP
The sections below are the commands' own
.B \-\-help
texts.
.SH COMMANDS
.nf
HEAD
"$bin" --help | verbatim
echo ".fi"
for cmd in $("$bin" --help | awk '/^Commands:/{on=1;next} on&&/^  [a-z]/{print $1}'); do
  [ "$cmd" = version ] && continue
  echo ".SS $cmd"
  echo ".nf"
  "$bin" "$cmd" --help 2>&1 | verbatim
  echo ".fi"
done
cat <<'TAIL'
.SH FILES
.TP
.I /etc/stemewatch/stemewatch.toml
The configuration (a conffile: upgrades keep your edits).
.TP
.I /var/lib/stemewatch
The state: journal checkpoint, known error types, NATS outbox. Kept when the
package is removed, deleted when it is purged.
.SH SEE ALSO
.BR journalctl (1),
.BR systemctl (1),
.BR systemd.exec (5)
TAIL
