#!/usr/bin/env bash
# Starts OpenSearch Dashboards with the kibanaserver password read from its secret file into the variable the
# image's entrypoint turns into --opensearch.password, so the password is in no compose file or container config.
set -euo pipefail
OPENSEARCH_PASSWORD="$(cat /run/secrets/opensearch_kibanaserver_password)"
export OPENSEARCH_PASSWORD
exec /usr/share/opensearch-dashboards/opensearch-dashboards-docker-entrypoint.sh opensearch-dashboards
