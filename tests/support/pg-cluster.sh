#!/usr/bin/env bash
# SPDX-FileCopyrightText: KMUni CRM contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A throw-away PostgreSQL cluster for the tests: Debian's server binaries, a data folder of its own,
# listening on 127.0.0.1 only, trusting local connections, owned by an unprivileged user (initdb
# refuses to run as root; under root the server runs as "nobody"). Its superuser is "testuser", the
# KMUNI_USER of the file tests: the audit log names the same person on both engines. Three roles,
# "password_user", "keyring_user" and "keyring_cli_user" (made by the tests that need them, one per
# test program, which may run at once), must log in with a password (scram-sha-256), so that a wrong
# password meets the server's real refusal.
#   pg-cluster.sh start DIR PORT   a fresh cluster in DIR (one left by a killed run is stopped and
#                                  removed first); prints the server's address
#   pg-cluster.sh stop DIR         stop it (fast) and remove DIR
# DIR should lie outside the user's home (under root, "nobody" must reach it): /tmp/kmuni-pg-PORT.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z $bindir || ! -x $bindir/initdb ]]; then
    echo "pg-cluster.sh: PostgreSQL's server is not installed (apt install postgresql)" >&2
    exit 1
fi

as_user=()
owner=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
    owner=nobody
fi

command=${1:-}
dir=${2:-}
usage() { sed -n '8,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[[ -n $dir ]] || usage

stop() {
    if [[ -d $dir/data ]]; then
        "${as_user[@]}" "$bindir/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case $command in
start)
    port=${3:?port}
    stop
    mkdir -p "$dir"
    chmod 0700 "$dir"
    [[ $owner == "$(id -un)" ]] || chown "$owner" "$dir"
    # The cluster's own locale for its messages; the tests' German order comes from the ICU collation.
    "${as_user[@]}" env LC_ALL=C.UTF-8 "$bindir/initdb" --pgdata="$dir/data" --username=testuser --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # pg_hba takes the first line that fits: the password rule before initdb's "trust" lines.
    { echo "host all password_user,keyring_user,keyring_cli_user 127.0.0.1/32 scram-sha-256"; cat "$dir/data/pg_hba.conf"; } >"$dir/pg_hba.new"
    "${as_user[@]}" cp "$dir/pg_hba.new" "$dir/data/pg_hba.conf"
    rm -f "$dir/pg_hba.new"
    # TLS as on a real server: a CA of its own (tls/ca.pem, for sslrootcert) signs the server's
    # certificate for the name "localhost" (not for 127.0.0.1: verify-full must see the difference).
    mkdir "$dir/tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=KMUni test CA" \
        -keyout "$dir/tls/ca.key" -out "$dir/tls/ca.pem" >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
        -keyout "$dir/tls/server.key" -out "$dir/tls/server.csr" >/dev/null 2>&1
    printf 'subjectAltName=DNS:localhost\n' >"$dir/tls/san.cnf"
    openssl x509 -req -in "$dir/tls/server.csr" -CA "$dir/tls/ca.pem" -CAkey "$dir/tls/ca.key" -CAcreateserial \
        -days 2 -extfile "$dir/tls/san.cnf" -out "$dir/tls/server.pem" >/dev/null 2>&1
    chmod 0600 "$dir/tls/server.key"
    chmod 0755 "$dir/tls"
    [[ $owner == "$(id -un)" ]] || chown -R "$owner" "$dir/tls"
    "${as_user[@]}" "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c ssl=on -c ssl_cert_file=$dir/tls/server.pem -c ssl_key_file=$dir/tls/server.key" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://testuser@127.0.0.1:$port/postgres"
    ;;
stop)
    stop
    ;;
*)
    usage
    ;;
esac
