#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Signs a message with dkimpy (Debian's python3-dkim) for the interop tests.

  dkim_sign.py KEY.pem SELECTOR DOMAIN HCANON BCANON ALGORITHM LENGTH(0|1) IN OUT

KEY.pem is a PKCS#8 key written by Todoku; dkimpy wants RSA keys as PEM and Ed25519 keys as the base64 of
the raw 32-byte seed, which is the tail of the PKCS#8 structure (RFC 8410). The signature header is
prepended to IN's bytes unchanged (LF or CRLF as they are).
"""
import base64
import sys

import dkim

key_path, selector, domain, hcanon, bcanon, algorithm, length, in_path, out_path = sys.argv[1:10]
pem = open(key_path, 'rb').read()
if algorithm.startswith('ed25519'):
    der = base64.b64decode(b''.join(l for l in pem.splitlines() if not l.startswith(b'-----')))
    key = base64.b64encode(der[-32:])
else:
    key = pem
message = open(in_path, 'rb').read()
signature = dkim.sign(message, selector.encode(), domain.encode(), key,
                      canonicalize=(hcanon.encode(), bcanon.encode()), signature_algorithm=algorithm.encode(),
                      include_headers=[b'from', b'to', b'subject', b'date', b'from'], length=length == '1')
if b'\r\n' not in message:
    signature = signature.replace(b'\r\n', b'\n')
open(out_path, 'wb').write(signature + message)
