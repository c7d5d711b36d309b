#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Verifies a message's DKIM signature with dkimpy (Debian's python3-dkim), dnspython pointed at the
given server, as run-dkim-bench's peer. Prints pass or fail; exit 0 on pass.
  dkimpy_verify.py HOST PORT FILE"""
import sys

import dkim
import dns.resolver

host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
resolver = dns.resolver.Resolver(configure=False)
resolver.nameservers = [host]
resolver.port = port
resolver.cache = None
dns.resolver.default_resolver = resolver

ok = dkim.verify(open(path, 'rb').read())
print('pass' if ok else 'fail')
sys.exit(0 if ok else 1)
