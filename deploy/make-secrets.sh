#!/usr/bin/env sh
# Writes one random secret per file into $1, else where Compose reads them: $NEWSFLOW_SECRETS_DIR from the environment
# or from deploy/.env (a relative one taken from deploy/, as Compose takes it), else deploy/secrets/; without a
# trailing newline; an existing file is kept. The Compose stack reads every password and token from these files. The
# directory is its owner's only; the files are world-readable because Compose bind-mounts each into the containers
# that use it, which run as other users.
set -eu
deploy="$(dirname "$0")"
if [ -n "${1:-}" ]; then
  dir="$1"
else
  dir="${NEWSFLOW_SECRETS_DIR:-}"
  if [ -z "$dir" ] && [ -f "$deploy/.env" ]; then
    quote="[\"']\\{0,1\\}"
    dir="$(sed -n "s/^NEWSFLOW_SECRETS_DIR=$quote\\([^\"']*\\)$quote[[:space:]]*\$/\\1/p" "$deploy/.env" | tail -n 1)"
  fi
  dir="${dir:-./secrets}"
  case "$dir" in
    /*) ;;
    *) dir="$deploy/$dir" ;;
  esac
fi
mkdir -p "$dir" && chmod 0700 "$dir"
for name in opensearch_admin_password opensearch_kibanaserver_password opensearch_indexer_password \
    opensearch_reader_password kafka_topic_init_password kafka_ingest_password kafka_status_password \
    kafka_enrich_password kafka_index_password kafka_dlq_password kafka_scraper_password ingest_api_token; do
  [ -s "$dir/$name" ] && continue
  (umask 022 && LC_ALL=C tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32 > "$dir/$name")
done
echo "secrets in $dir"
