#!/usr/bin/env bash
# Builds (once) a Debian 12 root file system with debootstrap and caches it
# outside the repository, so the deploy tests do not pay for it every run.
#
#   scripts/deploy/rootfs.sh node   -> $STEMEWATCH_DEPLOY_CACHE/nspawn-root
#       systemd as PID 1 for systemd-nspawn -b (the package test's node)
#   scripts/deploy/rootfs.sh base   -> $STEMEWATCH_DEPLOY_CACHE/minbase.tar
#       a minbase root, imported by podman as debian:12-slim
#
# Idempotent: a finished root carries a stamp file and is reused; a partial
# one (interrupted debootstrap) is removed and rebuilt. Concurrent callers
# serialise on a lock file. Prints the path of the result. Needs root.
set -euo pipefail
kind=${1:?usage: rootfs.sh node|base}
cache=${STEMEWATCH_DEPLOY_CACHE:-/var/cache/stemewatch}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$cache"
exec 9>"$cache/.lock-$kind"
flock 9

case $kind in
node)
  out=$cache/nspawn-root
  stamp=$out/.stemewatch-root-ok
  if [ ! -e "$stamp" ]; then
    rm -rf "$out" "$out.tmp"
    echo "rootfs: debootstrap Debian 12 node root into $out (a few minutes, once)" >&2
    debootstrap --variant=minbase \
      --include=systemd,systemd-sysv,dbus,ca-certificates,curl,libsystemd0 \
      bookworm "$out.tmp" "$mirror" >"$cache/debootstrap-node.log" 2>&1 ||
      { tail -20 "$cache/debootstrap-node.log" >&2; exit 1; }
    # The container's apt reaches the mirror as the host does: through the
    # host's CA file and apt settings.
    cp /etc/ssl/certs/ca-certificates.crt "$out.tmp/etc/ssl/certs/ca-certificates.crt"
    cp -a /etc/apt/apt.conf.d/. "$out.tmp/etc/apt/apt.conf.d/" 2>/dev/null || true
    echo "deb $mirror bookworm main" >"$out.tmp/etc/apt/sources.list"
    : >"$out.tmp/etc/machine-id"
    echo stemewatch-node >"$out.tmp/etc/hostname"
    # Nothing in the node needs a login prompt or the network stack.
    chroot "$out.tmp" systemctl mask console-getty.service getty@.service \
      systemd-networkd.service systemd-resolved.service >/dev/null 2>&1 || true
    rm -rf "$out.tmp/var/cache/apt/archives/"*.deb
    touch "$out.tmp/.stemewatch-root-ok"
    mv "$out.tmp" "$out"
  fi
  echo "$out"
  ;;
base)
  out=$cache/minbase.tar
  if [ ! -s "$out" ]; then
    tmp=$(mktemp -d "$cache/minbase.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    echo "rootfs: debootstrap Debian 12 minbase for debian:12-slim (once)" >&2
    debootstrap --variant=minbase bookworm "$tmp/root" "$mirror" >"$cache/debootstrap-base.log" 2>&1 ||
      { tail -20 "$cache/debootstrap-base.log" >&2; exit 1; }
    cp /etc/ssl/certs/ca-certificates.crt "$tmp/root/etc/ssl/certs/ca-certificates.crt" 2>/dev/null ||
      { mkdir -p "$tmp/root/etc/ssl/certs"; cp /etc/ssl/certs/ca-certificates.crt "$tmp/root/etc/ssl/certs/"; }
    echo "deb $mirror bookworm main" >"$tmp/root/etc/apt/sources.list"
    # What makes Debian's official image "slim": no documentation, man
    # pages or translations, and apt keeps no caches in image layers.
    r=$tmp/root
    cat >"$r/etc/dpkg/dpkg.cfg.d/docker" <<'CFG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
CFG
    cat >"$r/etc/apt/apt.conf.d/docker-clean" <<'CFG'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
CFG
    echo 'APT::Install-Recommends "false"; APT::Install-Suggests "false";' >"$r/etc/apt/apt.conf.d/docker-no-recommends"
    find "$r/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete 2>/dev/null || true
    find "$r/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
    rm -rf "$r/usr/share/man/"* "$r/usr/share/info/"* "$r/usr/share/groff/"* "$r/usr/share/lintian/"*
    find "$r/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} + 2>/dev/null || true
    rm -rf "$r/var/cache/apt/"*.bin "$r/var/cache/apt/archives/"*.deb "$r/var/lib/apt/lists/"* "$r/var/log/"*.log
    tar -C "$tmp/root" --numeric-owner -cf "$out.tmp" .
    mv "$out.tmp" "$out"
  fi
  echo "$out"
  ;;
*) echo "rootfs: unknown kind $kind (node|base)" >&2; exit 2 ;;
esac
