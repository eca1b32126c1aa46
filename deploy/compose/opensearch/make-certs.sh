#!/bin/sh
# Makes a private CA, a node certificate for "opensearch" and an admin client certificate, once.
# Replace the files in the certs volume with your own to use a real CA.
set -eu
dir="$1"
[ -f "$dir/node.pem" ] && { echo "certificates already present in $dir"; exit 0; }
apk add --no-cache openssl > /dev/null
cd "$dir"
subj="/O=newsflow/OU=newsflow"
openssl req -x509 -newkey rsa:3072 -nodes -days 825 -subj "$subj/CN=newsflow-ca" -keyout ca-key.pem -out ca.pem
for name in opensearch admin; do
  openssl req -newkey rsa:3072 -nodes -subj "$subj/CN=$name" -keyout "$name-key.tmp" -out "$name.csr"
  printf 'subjectAltName=DNS:%s,DNS:localhost,IP:127.0.0.1\n' "$name" > "$name.ext"
  openssl x509 -req -in "$name.csr" -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 825 -extfile "$name.ext" -out "$name.pem"
  openssl pkcs8 -topk8 -nocrypt -in "$name-key.tmp" -out "$name-key.pem"
  rm -f "$name-key.tmp" "$name.csr" "$name.ext"
done
mv opensearch.pem node.pem && mv opensearch-key.pem node-key.pem
chmod 0644 ./*.pem && chmod 0600 ca-key.pem admin-key.pem
chown 1000:1000 ./*.pem
echo "certificates written to $dir"
