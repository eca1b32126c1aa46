#!/bin/sh
# Makes a private CA and, once, the certificates of the stack, each written only to the volume of whoever uses it:
#   /pki               the CA key (this job only)
#   /tls/ca            ca.pem: what every client trusts
#   /tls/opensearch    the node's certificate and key (HTTP and transport)
#   /tls/admin         the OpenSearch admin certificate (plugins.security.authcz.admin_dn) for securityadmin.sh
#   /tls/kafka         the brokers' certificate (kafka, kafka-2, kafka-3) and key, as a PEM key store
# Replace the files with your own to use a real CA.
set -eu
[ -f /pki/ca.pem ] && { echo "certificates already present"; exit 0; }
apk add --no-cache openssl > /dev/null
cd /pki
subj="/O=newsflow/OU=newsflow"
openssl req -x509 -newkey rsa:3072 -nodes -days 825 -subj "$subj/CN=newsflow-ca" -keyout ca-key.pem -out ca.pem
issue() { # name subject-alternative-names
  openssl req -newkey rsa:3072 -nodes -subj "$subj/CN=$1" -keyout "$1-key.tmp" -out "$1.csr"
  printf 'subjectAltName=%s\n' "$2" > "$1.ext"
  openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 825 -extfile "$1.ext" -out "$1.pem"
  openssl pkcs8 -topk8 -nocrypt -in "$1-key.tmp" -out "$1-key.pem"
  rm -f "$1-key.tmp" "$1.csr" "$1.ext"
}
issue opensearch "DNS:opensearch,DNS:localhost,IP:127.0.0.1"
issue admin "DNS:admin"
issue kafka "DNS:kafka,DNS:kafka-2,DNS:kafka-3,DNS:localhost,IP:127.0.0.1"
for dir in ca opensearch admin kafka; do cp ca.pem "/tls/$dir/ca.pem"; done
cp opensearch.pem /tls/opensearch/node.pem && cp opensearch-key.pem /tls/opensearch/node-key.pem
cp admin.pem admin-key.pem /tls/admin/
cat kafka-key.pem kafka.pem > /tls/kafka/kafka-keystore.pem
chmod 0644 /tls/*/ca.pem /tls/opensearch/node.pem /tls/admin/admin.pem
chmod 0600 /tls/opensearch/node-key.pem /tls/admin/admin-key.pem /tls/kafka/kafka-keystore.pem
# uid 1000: opensearch in the opensearch images, appuser in the apache/kafka image
chown 1000:1000 /tls/opensearch/* /tls/admin/* /tls/kafka/*
rm -f opensearch*.pem admin*.pem kafka*.pem && chmod 0600 ca-key.pem
echo "certificates written"
