#!/usr/bin/env bash
# Starts one KRaft broker+controller of the newsflow stack on the apache/kafka image, bypassing the image's own
# env-to-properties scripts so that every setting is visible here:
#   - CLIENT (9092, SASL_SSL, SCRAM-SHA-512): the only listener for clients; users come from secret files.
#   - INTERNAL (9091, SSL with client certificates): broker to broker, and the ACL job; its principal is User:kafka.
#   - CONTROLLER (9093, SSL with client certificates): the controller quorum.
# The SCRAM users are written into the storage when it is formatted (kafka-storage.sh format --add-scram), so they
# exist before the first client connects; kafka-acls.sh keeps their passwords current afterwards.
# Variables: NODE_ID, KAFKA_HOST (this broker's name on the network), NEWSFLOW_KAFKA_BROKERS (1 or 3), CLUSTER_ID,
# SCRAM_USERS (names; user newsflow-x reads /run/secrets/kafka_x_password, "-" as "_").
# With --print-config, prints the broker properties and exits (the structural tests read them).
set -euo pipefail
kafka_home="${KAFKA_HOME:-/opt/kafka}"
tls="${KAFKA_TLS_DIR:-/tls}"
secrets="${SECRETS_DIR:-/run/secrets}"
brokers="${NEWSFLOW_KAFKA_BROKERS:-1}"
[[ "$brokers" == 1 || "$brokers" == 3 ]] || { echo "NEWSFLOW_KAFKA_BROKERS must be 1 or 3: $brokers" >&2; exit 2; }

name() { # broker number -> host name: kafka, kafka-2, kafka-3
  if [[ "$1" == 1 ]]; then echo kafka; else echo "kafka-$1"; fi
}
voters=""
for ((i = 1; i <= brokers; i++)); do voters+="${voters:+,}$i@$(name "$i"):9093"; done
# one broker: nothing to replicate to; three: every write on two brokers before it is acknowledged, so one may fail
replication=$(( brokers >= 3 ? 3 : 1 ))
min_isr=$(( brokers >= 3 ? 2 : 1 ))

config() {
  cat <<PROPERTIES
process.roles=broker,controller
node.id=${NODE_ID}
controller.quorum.voters=${voters}
listeners=CLIENT://:9092,INTERNAL://:9091,CONTROLLER://:9093
advertised.listeners=CLIENT://${KAFKA_HOST}:9092,INTERNAL://${KAFKA_HOST}:9091
listener.security.protocol.map=CLIENT:SASL_SSL,INTERNAL:SSL,CONTROLLER:SSL
inter.broker.listener.name=INTERNAL
controller.listener.names=CONTROLLER
sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.client.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
ssl.keystore.type=PEM
ssl.keystore.location=${tls}/kafka-keystore.pem
ssl.truststore.type=PEM
ssl.truststore.location=${tls}/ca.pem
listener.name.internal.ssl.client.auth=required
listener.name.controller.ssl.client.auth=required
ssl.principal.mapping.rules=RULE:^CN=([a-z0-9-]+),OU=newsflow,O=newsflow\$/\$1/,DEFAULT
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:kafka
allow.everyone.if.no.acl.found=false
log.dirs=/var/lib/kafka/data
auto.create.topics.enable=false
num.partitions=1
default.replication.factor=${replication}
min.insync.replicas=${min_isr}
offsets.topic.replication.factor=${replication}
transaction.state.log.replication.factor=${replication}
transaction.state.log.min.isr=${min_isr}
share.coordinator.state.topic.replication.factor=${replication}
share.coordinator.state.topic.min.isr=${min_isr}
PROPERTIES
}

if [[ "${1:-}" == "--print-config" ]]; then
  config
  exit 0
fi

password() { # user -> the password in its secret file; refuses what would break the SCRAM or JAAS syntax
  local file="$secrets/kafka_$(echo "${1#newsflow-}" | tr - _)_password" value
  [[ -r "$file" ]] || { echo "missing secret $file for Kafka user $1" >&2; exit 2; }
  value="$(cat "$file")"
  if [[ ! "$value" =~ ^[A-Za-z0-9._~-]{16,}$ || "$(wc -c < "$file")" -ne "${#value}" ]]; then
    echo "$file must hold 16+ characters of [A-Za-z0-9._~-] and no newline (deploy/make-secrets.sh writes such)" >&2
    exit 2
  fi
  printf '%s' "$value"
}

properties="$kafka_home/config/newsflow-server.properties"
config > "$properties"
# what the healthcheck and the ACL job use: the broker's own certificate on the INTERNAL listener
cat > "$kafka_home/config/newsflow-internal-client.properties" <<PROPERTIES
security.protocol=SSL
ssl.keystore.type=PEM
ssl.keystore.location=${tls}/kafka-keystore.pem
ssl.truststore.type=PEM
ssl.truststore.location=${tls}/ca.pem
PROPERTIES

scram=()
for user in ${SCRAM_USERS}; do
  scram+=(--add-scram "SCRAM-SHA-512=[name=${user},password=$(password "$user")]")
done
"$kafka_home/bin/kafka-storage.sh" format --ignore-formatted --cluster-id "${CLUSTER_ID}" --config "$properties" \
  "${scram[@]}"
exec "$kafka_home/bin/kafka-server-start.sh" "$properties"
