#!/usr/bin/env sh
# Writes one random secret per file into $1, else $NEWSFLOW_SECRETS_DIR (a relative one taken from deploy/, as Compose
# takes it), else deploy/secrets/; without a trailing newline; an existing file is kept. The Compose stack reads every
# password and token from these files. The directory is its owner's only; the files are world-readable because
# Compose bind-mounts each into the containers that use it, which run as other users.
set -eu
deploy="$(dirname "$0")"
dir="${1:-${NEWSFLOW_SECRETS_DIR:-./secrets}}"
if [ -z "${1:-}" ]; then
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
