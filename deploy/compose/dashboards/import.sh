#!/bin/sh
# Imports the newsflow saved objects as admin (password from its secret file); fixed ids and overwrite=true make a
# re-import replace them.
set -eu
url="$1"
if [ "${DASHBOARDS_NO_AUTH:-false}" = "true" ]; then
  curl -fsS -H 'osd-xsrf: true' -F file=@/newsflow.ndjson "$url/api/saved_objects/_import?overwrite=true"
else
  printf 'user = "admin:%s"\n' "$(cat /run/secrets/opensearch_admin_password)" \
    | curl -fsS -K - -H 'osd-xsrf: true' -F file=@/newsflow.ndjson "$url/api/saved_objects/_import?overwrite=true"
fi
echo
