#!/usr/bin/env bash
# Writes the OpenSearch security configuration the node starts with and securityadmin.sh applies: the image's own
# files (config.yml, action_groups.yml, tenants.yml, ...) with newsflow's internal users, roles and role mappings in
# place of the demo ones. Every password comes from a secret file and is stored only as a bcrypt hash, made by the
# security plugin's own tool (hash.sh, which reads it from an environment variable of its own process: -env).
# Runs in the opensearch image; writes into $1 (the opensearch-security volume). Safe to run again.
set -euo pipefail
out="$1"
home="${OPENSEARCH_HOME:-/usr/share/opensearch}"
secrets="${SECRETS_DIR:-/run/secrets}"
hash() { # secret name -> bcrypt hash of the password in its file
  local password result
  password="$(cat "$secrets/$1")"
  [ -n "$password" ] || { echo "the secret $1 is empty" >&2; exit 2; }
  result="$(NEWSFLOW_PASSWORD="$password" "$home/plugins/opensearch-security/tools/hash.sh" -env NEWSFLOW_PASSWORD | tail -n 1)"
  [[ "$result" == '$2'* ]] || { echo "hash.sh gave no bcrypt hash for $1: $result" >&2; exit 2; }
  printf '%s' "$result"
}
admin="$(hash opensearch_admin_password)"
kibanaserver="$(hash opensearch_kibanaserver_password)"
indexer="$(hash opensearch_indexer_password)"
reader="$(hash opensearch_reader_password)"

# $out is the image's config/opensearch-security: its other files (config.yml, action_groups.yml, ...) stay as shipped

cat > "$out/internal_users.yml" <<YAML
_meta:
  type: "internalusers"
  config_version: 2
admin:
  hash: "${admin}"
  reserved: true
  description: "cluster administrator"
kibanaserver:
  hash: "${kibanaserver}"
  reserved: true
  description: "the OpenSearch Dashboards server"
newsflow_indexer:
  hash: "${indexer}"
  description: "the newsflow index service"
newsflow_reader:
  hash: "${reader}"
  description: "dashboard users: read-only on the article indices"
YAML

cat > "$out/roles.yml" <<'YAML'
_meta:
  type: "roles"
  config_version: 2
# the index service: installs its template and aliases, creates and writes the article indices, nothing else
newsflow_writer:
  cluster_permissions:
    - "cluster_monitor"
    - "indices:admin/index_template/*"
    - "indices:admin/template/*"
    - "indices:data/write/bulk"
  index_permissions:
    - index_patterns: ["articles", "articles-*"]
      allowed_actions: ["crud", "create_index", "manage_aliases", "indices:admin/mapping/put"]
# dashboard users: read the article indices in the global tenant
newsflow_reader:
  cluster_permissions:
    - "cluster_composite_ops_ro"
  index_permissions:
    - index_patterns: ["articles", "articles-*"]
      allowed_actions: ["read", "indices:admin/mappings/get"]
  tenant_permissions:
    - tenant_patterns: ["global_tenant"]
      allowed_actions: ["kibana_all_read"]
YAML

cat > "$out/roles_mapping.yml" <<'YAML'
_meta:
  type: "rolesmapping"
  config_version: 2
all_access:
  reserved: true
  users: ["admin"]
security_rest_api_access:
  reserved: true
  users: ["admin"]
kibana_server:
  reserved: true
  users: ["kibanaserver"]
newsflow_writer:
  users: ["newsflow_indexer"]
newsflow_reader:
  users: ["newsflow_reader"]
kibana_user:
  users: ["newsflow_reader"]
YAML
chmod 0640 "$out"/*.yml
echo "security configuration written to $out: users admin, kibanaserver, newsflow_indexer, newsflow_reader"
