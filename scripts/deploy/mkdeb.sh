#!/usr/bin/env bash
# Builds dist/stemewatch_<version>_amd64.deb with dpkg-deb from a built
# binary: scripts/deploy/mkdeb.sh BIN VERSION
#
#   /usr/bin/stemewatch                          the binary
#   /lib/systemd/system/stemewatch.service       deploy/stemewatch.service, ExecStart in /usr/bin
#   /etc/stemewatch/stemewatch.toml              deploy/stemewatch.toml, a conffile
#   /usr/share/man/man1/stemewatch.1.gz          from the --help texts (manpage.sh)
#   /usr/share/bash-completion/completions/stemewatch
#   /usr/share/stemewatch/{grafana,prometheus}/  dashboard and alert rules
#   maintainer scripts in deploy/debian: enable+start on install, restart on
#   upgrade, stop on remove, state kept on remove and deleted on purge.
set -euo pipefail
bin=${1:?usage: mkdeb.sh BIN VERSION}
version=${2:?usage: mkdeb.sh BIN VERSION}
cd "$(dirname "$0")/../.."

# Debian versions start with a digit and, for a native package, hold no
# '-': v1.2.0 -> 1.2.0, v1.2.0-5-gabc1234-dirty -> 1.2.0+5.gabc1234.dirty,
# abc1234 (no tag) -> 0.0~git20261201.abc1234.
v=${version#v}
if ! [[ $v =~ ^[0-9] ]] || [[ $v =~ ^[0-9a-f]{7,40}(-dirty)?$ && ! $v =~ \. ]]; then
  v="0.0~git$(git show -s --format=%cd --date=format:%Y%m%d HEAD 2>/dev/null || date -u +%Y%m%d).$v"
fi
v=$(printf %s "$v" | sed -e 's/-/+/' -e 's/-/./g')
arch=$(dpkg --print-architecture)
out=dist/stemewatch_${v}_${arch}.deb

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/root
install -D -m 0755 "$bin" "$root/usr/bin/stemewatch"
# The unit as deploy/ has it, with the packaged path and without the
# manual-install instructions of its header.
install -d "$root/lib/systemd/system"
sed -e 's#/usr/local/bin/stemewatch#/usr/bin/stemewatch#g' \
    -e '/^# Install:/,/^#   systemctl daemon-reload/d' \
    deploy/stemewatch.service >"$root/lib/systemd/system/stemewatch.service"
chmod 0644 "$root/lib/systemd/system/stemewatch.service"
install -D -m 0644 deploy/stemewatch.toml "$root/etc/stemewatch/stemewatch.toml"
install -d "$root/usr/share/man/man1"
scripts/deploy/manpage.sh "$bin" "$v" | gzip -9n >"$root/usr/share/man/man1/stemewatch.1.gz"
install -D -m 0644 deploy/debian/stemewatch.bash-completion "$root/usr/share/bash-completion/completions/stemewatch"
install -D -m 0644 deploy/prometheus/alerts.yml "$root/usr/share/stemewatch/prometheus/alerts.yml"
if [ -f deploy/grafana/stemewatch.json ]; then
  install -D -m 0644 deploy/grafana/stemewatch.json "$root/usr/share/stemewatch/grafana/stemewatch.json"
fi
doc=$root/usr/share/doc/stemewatch
install -D -m 0644 deploy/debian/copyright "$doc/copyright"
date_rfc=$(git show -s --format=%cD HEAD 2>/dev/null || date -uR)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
printf 'stemewatch (%s) unstable; urgency=medium\n\n  * Built from commit %s; the changes are in the README'"'"'s Changelog.\n\n -- stemewatch maintainers <stemewatch@stemedb.invalid>  %s\n' \
  "$v" "$commit" "$date_rfc" | gzip -9n >"$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"

install -d -m 0755 "$root/DEBIAN"
for s in postinst prerm postrm; do install -m 0755 "deploy/debian/$s" "$root/DEBIAN/$s"; done
echo /etc/stemewatch/stemewatch.toml >"$root/DEBIAN/conffiles"
# libc from the binary's own symbol versions; libsystemd0 is dlopen'ed (no
# NEEDED entry), so it is named by hand; procps gives the unit's
# ExecReload its /bin/kill (a minbase system has none).
glibc=$(objdump -T "$bin" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -1)
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<CONTROL
Package: stemewatch
Version: $v
Architecture: $arch
Maintainer: stemewatch maintainers <stemewatch@stemedb.invalid>
Installed-Size: $size
Depends: libc6 (>= $glibc), libsystemd0, procps
Section: admin
Priority: optional
Homepage: https://github.com/stemedb/stemewatch
Description: stemedb-api journal error classifier and Prometheus exporter
 stemewatch follows the systemd journal of stemedb-api, classifies every
 error into the runbook taxonomy, exports Prometheus metrics (errors by type,
 signature failures, top agents, its own health) and publishes anomalies to
 NATS JetStream.
 .
 The stemewatch.service unit runs it as an unprivileged dynamic user that
 reads the journal through the systemd-journal group.
CONTROL
(cd "$root" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/md5sums" "$root/DEBIAN/control" "$root/DEBIAN/conffiles"
mkdir -p dist
rm -f dist/stemewatch_*_"$arch".deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
echo "$out"
