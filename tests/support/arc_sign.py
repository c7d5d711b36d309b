#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Adds one ARC set with dkimpy (Debian's python3-dkim) for the interop tests, as a forwarder does.

  arc_sign.py KEY.pem SELECTOR DOMAIN SRV_ID TIMESTAMP IN OUT

IN must carry an Authentication-Results field of SRV_ID (dkimpy copies it into the
ARC-Authentication-Results and reads cv= from its arc= result). KEY.pem is an RSA PKCS#8 key written by
Todoku. TIMESTAMP is the t= value (0: now). The ARC set is prepended to IN's bytes unchanged; the script
fails (exit 1) when dkimpy declines to seal.
"""
import sys

import dkim

key_path, selector, domain, srv_id, timestamp, in_path, out_path = sys.argv[1:8]
key = open(key_path, 'rb').read()
message = open(in_path, 'rb').read()
headers = dkim.arc_sign(message, selector.encode(), domain.encode(), key, srv_id.encode(),
                        timestamp=int(timestamp) or None,
                        include_headers=[b'from', b'to', b'subject', b'date'])
if not headers:
    sys.exit('dkimpy did not seal (no Authentication-Results of %s?)' % srv_id)
arc_set = b''.join(headers)
if b'\r\n' not in message:
    arc_set = arc_set.replace(b'\r\n', b'\n')
open(out_path, 'wb').write(arc_set + message)
