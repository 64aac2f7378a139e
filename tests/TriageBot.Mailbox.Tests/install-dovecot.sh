#!/usr/bin/env bash
# Installs Debian's dovecot-imapd for the mailbox tests (a real IMAP server on loopback). A no-op when present.
# The package's own service is not needed: the tests start their own dovecot with a temporary configuration.
set -euo pipefail
if [ -x /usr/sbin/dovecot ] && [ -x /usr/lib/dovecot/imap ]; then exit 0; fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo > /dev/null; then sudo="sudo"; else echo "install-dovecot: run as root or install sudo (apt-get install dovecot-imapd)" >&2; exit 1; fi
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends dovecot-imapd > /dev/null
