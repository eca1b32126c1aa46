#!/usr/bin/env sh
# Writes one random secret per file into deploy/secrets/ (or $1), without a trailing newline; an existing file is
# kept. The Compose stack reads every password and token from these files. The directory is its owner's only; the
# files are world-readable because Compose bind-mounts each into the containers that use it, which run as other users.
set -eu
dir="${1:-$(dirname "$0")/secrets}"
mkdir -p "$dir" && chmod 0700 "$dir"
for name in opensearch_admin_password opensearch_kibanaserver_password opensearch_indexer_password \
    opensearch_reader_password kafka_topic_init_password kafka_ingest_password kafka_status_password \
    kafka_enrich_password kafka_index_password kafka_dlq_password kafka_scraper_password ingest_api_token; do
  [ -s "$dir/$name" ] && continue
  (umask 022 && LC_ALL=C tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32 > "$dir/$name")
done
echo "secrets in $dir"
