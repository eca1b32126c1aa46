#!/usr/bin/env bash
# The image's health probe: exits 0 when the newsflow service in this container answers GET /health/ready with 200.
# Ports probed: the arguments, else the health port of each service as that service reads it (INGEST_HTTP_PORT,
# ENRICH_HTTP_PORT, INDEX_HTTP_PORT, with the services' defaults); one service runs per container, so the others'
# ports are simply closed. bash's /dev/tcp avoids shipping curl in the image.
set -u

ready() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    IFS= read -r -t 4 status <&3 || exit 1
    [[ "$status" == HTTP/*" 200"* ]]
  ) 2>/dev/null
}

if [[ $# -gt 0 ]]; then
  ports=("$@")
else
  ports=("${INGEST_HTTP_PORT:-8080}" "${ENRICH_HTTP_PORT:-8081}" "${INDEX_HTTP_PORT:-8082}")
fi
for port in "${ports[@]}"; do
  ready "$port" && exit 0
done
exit 1
