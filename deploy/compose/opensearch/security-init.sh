#!/bin/sh
# Creates the newsflow roles and users through the security plugin's REST API. Safe to run again (PUT).
#  - newsflow_indexer: writes the article indices and manages their template and aliases, nothing else
#  - newsflow_reader: read-only on the article indices, plus the Dashboards tenant (for dashboard users)
set -eu
url="$1"
auth="admin:${OPENSEARCH_ADMIN_PASSWORD}"
api() { curl -fsS --cacert /certs/ca.pem -u "$auth" -H 'Content-Type: application/json' -X PUT "$url/_plugins/_security/api/$1" -d "$2"; echo; }

api roles/newsflow_writer '{
  "cluster_permissions": ["cluster_monitor", "indices:admin/index_template/*", "indices:admin/template/*", "indices:data/write/bulk"],
  "index_permissions": [{"index_patterns": ["articles", "articles-*"], "allowed_actions": ["crud", "create_index", "manage_aliases", "indices:admin/mapping/put"]}]
}'
api roles/newsflow_reader '{
  "cluster_permissions": ["cluster_composite_ops_ro"],
  "index_permissions": [{"index_patterns": ["articles", "articles-*"], "allowed_actions": ["read", "indices:admin/mappings/get"]}],
  "tenant_permissions": [{"tenant_patterns": ["global_tenant"], "allowed_actions": ["kibana_all_read"]}]
}'
api internalusers/newsflow_indexer "{\"password\": \"$(cat /run/secrets/indexer_password)\", \"description\": \"newsflow index service\"}"
api internalusers/newsflow_reader "{\"password\": \"$(cat /run/secrets/dashboards_reader_password)\", \"description\": \"dashboards, read-only\"}"
api rolesmapping/newsflow_writer '{"users": ["newsflow_indexer"]}'
api rolesmapping/newsflow_reader '{"users": ["newsflow_reader"]}'
api rolesmapping/kibana_user '{"users": ["newsflow_reader"]}'
echo "security roles and users ready"
