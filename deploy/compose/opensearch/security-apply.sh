#!/usr/bin/env bash
# Loads the security configuration (users, roles, mappings) into the running cluster with the plugin's own admin
# tool, authenticated by the admin certificate (plugins.security.authcz.admin_dn). The node initialises its
# security index from the same files on its first start; this makes every later change (a new password) take
# effect. Runs in the opensearch image. Safe to run again.
set -euo pipefail
/usr/share/opensearch/plugins/opensearch-security/tools/securityadmin.sh \
  -cd /security -h "$1" -p 9200 -icl -nhnv \
  -cacert /tls/ca.pem -cert /tls/admin.pem -key /tls/admin-key.pem
