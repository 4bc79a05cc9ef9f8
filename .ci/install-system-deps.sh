#!/usr/bin/env bash
# Installs the system packages Brandpilot's tests need on a Debian 12 machine:
#   - Debian's chromium (Playwright cannot download its own browser here)
#   - pgvector built for the running local PostgreSQL (Debian 12 ships no pgvector package,
#     so we build Debian 13's source package against the installed server; ~30 s).
# Idempotent: each step is skipped when already done.
set -euo pipefail

need_update=1
apt_update_once() {
  if [ "$need_update" = 1 ]; then
    apt-get update -qq
    need_update=0
  fi
}

if ! command -v chromium >/dev/null 2>&1; then
  echo "[deps] installing chromium"
  apt_update_once
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

pg_major=$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "show server_version_num" | cut -c1-2)
if [ -f "/usr/share/postgresql/${pg_major}/extension/vector.control" ]; then
  echo "[deps] pgvector already installed for PostgreSQL ${pg_major}"
  exit 0
fi

echo "[deps] building pgvector for PostgreSQL ${pg_major}"
# Reuse the mirror of the machine's existing Debian sources for the trixie source package.
mirror=$(grep -h '^URIs:' /etc/apt/sources.list.d/debian.sources 2>/dev/null | grep -v security | head -n1 | awk '{print $2}')
mirror=${mirror:-http://deb.debian.org/debian}
cat > /etc/apt/sources.list.d/brandpilot-trixie-src.sources <<SRC
Types: deb-src
URIs: ${mirror}
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
need_update=1
apt_update_once
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-server-dev-${pg_major}" build-essential dpkg-dev >/dev/null
workdir=$(mktemp -d)
( cd "$workdir" && apt-get source -qq pgvector >/dev/null 2>&1 )
srcdir=$(find "$workdir" -maxdepth 1 -type d -name 'pgvector-*' | head -n1)
make -s -C "$srcdir" PG_CONFIG="/usr/lib/postgresql/${pg_major}/bin/pg_config" >/dev/null
make -s -C "$srcdir" PG_CONFIG="/usr/lib/postgresql/${pg_major}/bin/pg_config" install >/dev/null
rm -rf "$workdir"
echo "[deps] pgvector installed"
