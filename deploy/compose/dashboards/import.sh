#!/bin/sh
# Imports the newsflow saved objects; fixed ids and overwrite=true make a re-import replace them.
set -eu
url="$1"
auth="-u admin:${OPENSEARCH_ADMIN_PASSWORD}"
[ "${DASHBOARDS_NO_AUTH:-false}" = "true" ] && auth=""
# shellcheck disable=SC2086
curl -fsS $auth -H 'osd-xsrf: true' \
  -F file=@/newsflow.ndjson "$url/api/saved_objects/_import?overwrite=true"
echo
