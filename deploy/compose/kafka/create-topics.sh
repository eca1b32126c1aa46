#!/usr/bin/env bash
# Creates every newsflow topic with its partitions, replication, retention, cleanup policy and max.message.bytes.
# Safe to run again: existing topics keep their partitions, and their max.message.bytes is set to the page-size
# contract's largest message (the services may read it but not change it).
# The names and policies match io.newsflow.events.Topics, the message size PageSizeContract.maxMessageBytes();
# ComposeStackTest checks that they stay in step. Runs as Kafka user newsflow-topic-init (acls.txt).
set -euo pipefail
bootstrap="$1"
topics="${KAFKA_TOPICS_SH:-/opt/kafka/bin/kafka-topics.sh}"
configs="${KAFKA_CONFIGS_SH:-/opt/kafka/bin/kafka-configs.sh}"
client="${CLIENT_PROPERTIES:-/tmp/topic-init.properties}"
partitions="${NEWSFLOW_PARTITIONS:-4}"
brokers="${NEWSFLOW_KAFKA_BROKERS:-1}"
replication=$(( brokers >= 3 ? 3 : 1 ))
min_isr=$(( brokers >= 3 ? 2 : 1 ))
page="${INGEST_MAX_PAGE_BYTES:-5242880}"
# PageSizeContract: record = 2 * (2P + 64 KiB) + 128 KiB, message = record + 64 KiB
message=$(( 2 * (2 * page + 64 * 1024) + 128 * 1024 + 64 * 1024 ))
day=86400000

if [[ -z "${CLIENT_PROPERTIES:-}" ]]; then
  umask 077
  cat > "$client" <<PROPERTIES
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="newsflow-topic-init" password="$(cat /run/secrets/kafka_topic_init_password)";
ssl.truststore.type=PEM
ssl.truststore.location=/tls/ca.pem
PROPERTIES
fi

create() { # name partitions config...
  local name="$1" parts="$2"; shift 2
  local settings=(--config "min.insync.replicas=$min_isr" --config "max.message.bytes=$message")
  for c in "$@"; do settings+=(--config "$c"); done
  "$topics" --bootstrap-server "$bootstrap" --command-config "$client" --create --if-not-exists \
    --topic "$name" --partitions "$parts" --replication-factor "$replication" "${settings[@]}"
  "$configs" --bootstrap-server "$bootstrap" --command-config "$client" --alter --entity-type topics \
    --entity-name "$name" --add-config "max.message.bytes=$message"
}

create pages.raw           "$partitions" cleanup.policy=delete "retention.ms=$((7 * day))"
create pages.clean         "$partitions" cleanup.policy=delete "retention.ms=$((7 * day))"
create articles            "$partitions" cleanup.policy=compact,delete "retention.ms=$((365 * day))"
create articles.duplicates "$partitions" cleanup.policy=delete "retention.ms=$((30 * day))"
create ingest.dlq          1 cleanup.policy=delete "retention.ms=$((30 * day))"
create enrich.dlq          1 cleanup.policy=delete "retention.ms=$((30 * day))"
create index.dlq           1 cleanup.policy=delete "retention.ms=$((30 * day))"
"$topics" --bootstrap-server "$bootstrap" --command-config "$client" --list
