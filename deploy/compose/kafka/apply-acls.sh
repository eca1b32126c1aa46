#!/usr/bin/env bash
# Applies deploy/compose/kafka/acls.txt (mounted at /acls.txt) with kafka-acls.sh and sets every SCRAM user's
# password from its secret file, so a changed secret takes effect on the next `up` (the broker only reads them when
# its storage is first formatted). Runs as the broker's own principal (User:kafka, its certificate on the INTERNAL
# listener): creating ACLs needs Alter on the cluster, which only the super user has. Safe to run again.
set -euo pipefail
bootstrap="$1"
bin="${KAFKA_BIN:-/opt/kafka/bin}"
acls="${ACLS_FILE:-/acls.txt}"
secrets="${SECRETS_DIR:-/run/secrets}"
client="$(mktemp)"
cat > "$client" <<PROPERTIES
security.protocol=SSL
ssl.keystore.type=PEM
ssl.keystore.location=/tls/kafka-keystore.pem
ssl.truststore.type=PEM
ssl.truststore.location=/tls/ca.pem
PROPERTIES

for user in ${SCRAM_USERS}; do
  file="$secrets/kafka_$(echo "${user#newsflow-}" | tr - _)_password"
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$client" --alter \
    --entity-type users --entity-name "$user" --add-config "SCRAM-SHA-512=[password=$(cat "$file")]"
done

while read -r principal type pattern name operations; do
  [[ -z "$principal" || "$principal" == \#* ]] && continue
  args=(--add --allow-principal "User:$principal" --resource-pattern-type "$pattern")
  case "$type" in
    topic) args+=(--topic "$name") ;;
    group) args+=(--group "$name") ;;
    transactional-id) args+=(--transactional-id "$name") ;;
    cluster) args+=(--cluster) ;;
    *) echo "acls.txt: unknown resource type $type" >&2; exit 2 ;;
  esac
  for operation in ${operations//,/ }; do args+=(--operation "$operation"); done
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$client" "${args[@]}" > /dev/null
done < "$acls"
"$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$client" --list
