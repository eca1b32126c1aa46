#!/usr/bin/env bash
# Creates every newsflow topic with its partitions, retention and cleanup policy. Safe to run again.
# The names and policies match io.newsflow.events.Topics; ComposeStackTest checks that they stay in step.
set -euo pipefail
bootstrap="$1"
partitions="${NEWSFLOW_PARTITIONS:-4}"
day=86400000

create() { # name partitions config...
  local name="$1" parts="$2"; shift 2
  local configs=()
  for c in "$@"; do configs+=(--config "$c"); done
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$name" --partitions "$parts" --replication-factor 1 "${configs[@]}"
}

create pages.raw           "$partitions" cleanup.policy=delete "retention.ms=$((7 * day))"
create pages.clean         "$partitions" cleanup.policy=delete "retention.ms=$((7 * day))"
create articles            "$partitions" cleanup.policy=compact,delete "retention.ms=$((365 * day))"
create articles.duplicates "$partitions" cleanup.policy=delete "retention.ms=$((30 * day))"
create ingest.dlq          1 cleanup.policy=delete "retention.ms=$((30 * day))"
create enrich.dlq          1 cleanup.policy=delete "retention.ms=$((30 * day))"
create index.dlq           1 cleanup.policy=delete "retention.ms=$((30 * day))"
/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --list
